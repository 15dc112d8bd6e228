import fc from 'fast-check';
import { classOf, requestArb, wrongMethods, type FuzzLimits } from './requests';
import type { FuzzRoute } from './routes';
import type { RawClient, RawResponse } from './send';
import { problemsWith, Tally } from './verdict';
import type { FuzzWorld } from './world';

export interface CampaignResult {
  tally: Tally;
  /** One line per route whose property failed (the shrunk request, the seed and path to replay). */
  failures: string[];
  /** Requests the campaign meant to send. */
  planned: number;
  /** One line of figures, and the per-class table that follows it. */
  summary: string;
  details: string;
}

type Sendable = Parameters<RawClient['send']>[0] & {
  mustRefuse: boolean;
  what: string;
};

/** Paths that do not exist, and methods a path does not serve (sent with a valid token). */
function strayRequests(routes: FuzzRoute[]): Array<{ method: string; url: string }> {
  return [
    ...routes.flatMap((r) =>
      wrongMethods(r, routes).map((method) => ({ method, url: r.path.replace(/\{\w+\}/g, '1') })),
    ),
    ...[
      '/api/nope',
      '/api/units/1/nope',
      '/api/../../etc/passwd',
      '/api/%2e%2e/%2e%2e/etc/passwd',
      '//api//units',
      '/api/units/..%2F..%2Fusers',
      '/.env',
      '/api/docs-json/../../package.json',
    ].map((url) => ({ method: 'GET', url })),
  ];
}

/**
 * The budget, less the strays, shared by weight: a route that reads a body has the most ways to be
 * wrong; a read has only its path and query.
 */
function runsPerRoute(routes: FuzzRoute[], budget: number): (route: FuzzRoute) => number {
  const weights: Record<string, number> = { 'json-body': 3, upload: 3, action: 2, read: 1 };
  const weight = (r: FuzzRoute): number =>
    classOf(r) === 'public' ? (r.method === 'GET' ? 1 : 3) : (weights[classOf(r)] ?? 1);
  const total = routes.reduce((n, r) => n + weight(r), 0);
  return (r) => Math.max(2, Math.round((budget * weight(r)) / total));
}

/**
 * Sends `runs` requests in all: fast-check properties per route (route i with seed + i), then the
 * strays. A failing route is shrunk to its smallest failing request and recorded; the rest go on.
 */
export async function runCampaign(
  client: RawClient,
  routes: FuzzRoute[],
  world: FuzzWorld,
  limits: FuzzLimits,
  options: { seed: number; runs: number },
): Promise<CampaignResult> {
  const tally = new Tally();
  const failures: string[] = [];
  /** Time per route, to show where a run's time goes. */
  const timeOf = new Map<string, number>();
  const started = Date.now();

  const check = async (
    routeClass: string,
    req: Sendable,
    label: string,
    route?: string,
  ): Promise<void> => {
    let res: RawResponse;
    const sent = performance.now();
    try {
      res = await client.send(req);
    } catch (error) {
      throw new Error(
        `${req.method} ${req.url.slice(0, 100)} — ${req.what}: no answer (${(error as Error).message})`,
      );
    }
    const ms = performance.now() - sent;
    tally.add(routeClass, res, ms, route);
    timeOf.set(label, (timeOf.get(label) ?? 0) + ms);
    const problems = problemsWith(res, req.mustRefuse);
    if (problems.length > 0) {
      const body = res.body.toString('utf8').slice(0, 200);
      throw new Error(
        `${req.method} ${req.url.slice(0, 100)} — ${req.what}: ${problems.join('; ')}; body ${body}`,
      );
    }
  };

  const strays = strayRequests(routes);
  const runsOf = runsPerRoute(routes, Math.max(routes.length, options.runs - strays.length));
  for (const [i, route] of routes.entries()) {
    const label = `${route.method} ${route.path}`;
    try {
      await fc.assert(
        fc.asyncProperty(requestArb(route, world, limits), (req) =>
          check(req.routeClass, req, label, label),
        ),
        { seed: options.seed + i, numRuns: runsOf(route) },
      );
    } catch (error) {
      const report = (error as Error).message;
      const replay = /seed: -?\d+, path: "[^"]*"/.exec(report)?.[0] ?? '';
      const cause = (error as { cause?: Error }).cause?.message ?? report.split('\n')[0];
      failures.push(`${label} (${replay}): ${cause}`);
    }
  }
  const organizer = { authorization: world.tokens.ORGANIZER };
  for (const stray of strays) {
    const req = { ...stray, headers: organizer, mustRefuse: true, what: 'not served' };
    try {
      await check('transport', req, `${stray.method} ${stray.url}`);
    } catch (error) {
      failures.push((error as Error).message);
    }
  }

  const perRoute = routes.map(runsOf);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const slowest = [...timeOf.entries()]
    .sort(([, a], [, b]) => b - a)
    .slice(0, 6)
    .map(([route, ms]) => `${route} ${(ms / 1000).toFixed(1)} s`);
  return {
    tally,
    failures,
    planned: perRoute.reduce((n, r) => n + r, 0) + strays.length,
    summary:
      `${tally.total} requests to ${routes.length} routes in ${seconds} s ` +
      `(${Math.min(...perRoute)}–${Math.max(...perRoute)} per route + ${strays.length} stray); ` +
      `5xx: ${tally.serverErrors}; problems: ${failures.length}`,
    details: `${tally.report()}\n` + `  most time: ${slowest.join(', ')}`,
  };
}
