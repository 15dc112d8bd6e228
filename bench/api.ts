import createClient, { type Client } from 'openapi-fetch';
import type { components, paths } from '../web/src/api/schema';

/**
 * The API as the benchmark, the load test and the demo call it: openapi-fetch's client typed by
 * the document (web/src/api/schema.d.ts, generated from docs/openapi.json by `npm run openapi`),
 * so a path, its parameters, its body and its answer are checked against what the server
 * describes: `await ok(api.client.POST('/api/units', { body: { code, name } }))`.
 */
export type ApiClient = Client<paths>;

/** The client for the API at `origin` (e.g. http://127.0.0.1:3000), with a Bearer token if any. */
export function apiClient(origin: string, token = ''): ApiClient {
  return createClient<paths>({
    baseUrl: origin,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
}

/** What one of the client's calls resolves to (openapi-fetch's FetchResponse, loosely). */
type Answer<D> = { data?: D; error?: unknown; response: Response };

/**
 * A call's answer; a refusal (any status ≥ 400) is thrown as `<label> → <status> <body>`, the
 * label being the request's path unless given (then with the whole body, not its start).
 */
export async function ok<D>(request: Promise<Answer<D>>, label?: string): Promise<D> {
  const { data, error, response } = await request;
  if (!response.ok) {
    const body = typeof error === 'string' ? error : JSON.stringify(error);
    if (label !== undefined) throw new Error(`${label} → ${response.status} ${body}`);
    const path = response.url ? new URL(response.url).pathname : '(no URL)';
    throw new Error(`${path} → ${response.status} ${body.slice(0, 300)}`);
  }
  return data as D;
}

/**
 * An upload's body as multipart form data, each value under its field (a File keeps its name):
 * `client.POST(path, { body: { file }, bodySerializer: multipart })`.
 */
export function multipart(body: Record<string, Blob | string | undefined>): FormData {
  const form = new FormData();
  for (const [field, value] of Object.entries(body))
    if (value !== undefined) form.append(field, value);
  return form;
}

/**
 * The size of a download (an .xlsx, a .zip):
 * `size(client.GET(path, { params, parseAs: 'arrayBuffer' }))`.
 */
export async function size(request: Promise<Answer<ArrayBuffer>>): Promise<number> {
  return (await ok(request)).byteLength;
}

/** The document's named shapes: `Schemas['SchemeDto']`. */
export type Schemas = components['schemas'];

/** One score as PUT …/scores takes it. */
export type ScoreEntry = Schemas['ScoreEntryDto'];

/** Moves a contest along its lifecycle: PATCH …/contests/{id} with its new status. */
export function setStatus(
  client: ApiClient,
  id: number,
  status: NonNullable<Schemas['UpdateContestDto']['status']>,
) {
  return ok(
    client.PATCH('/api/contests/{id}', {
      params: { path: { id } },
      body: { status },
    }),
  );
}

/** One caller of the API: its typed client, with the Bearer token it signed in with. */
export class BenchApi {
  readonly client: ApiClient;

  /** `base` is the API's base, the origin followed by /api (e.g. http://127.0.0.1:3000/api). */
  constructor(
    readonly base: string,
    readonly token = '',
  ) {
    this.client = apiClient(BenchApi.originOf(base), token);
  }

  /** The document's paths start with /api: the client's base is the origin before it. */
  static originOf(base: string): string {
    return base.replace(/\/api\/?$/, '');
  }

  as(token: string): BenchApi {
    return new BenchApi(this.base, token);
  }

  async login(username: string, password: string): Promise<BenchApi> {
    const { accessToken } = await ok(
      this.client.POST('/api/auth/login', { body: { username, password } }),
    );
    return this.as(accessToken);
  }
}

export type Record_ = (name: string, value: string) => void;

export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = process.hrtime.bigint();
  const value = await work();
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, value };
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
}

/**
 * With BENCH_PROFILE=<dir>, writes a V8 CPU profile of `work` (this process: the API, its
 * in-process Bull workers and the benchmark's client) to <dir>/<name>.cpuprofile, for Chrome
 * DevTools or `npx ts-node bench/profile-summary.ts <file>`. Without it, runs `work` as is.
 */
export async function profiled<T>(name: string, work: () => Promise<T>): Promise<T> {
  const dir = process.env.BENCH_PROFILE;
  if (!dir) return work();
  const { Session } = await import('node:inspector/promises');
  const { mkdirSync, writeFileSync } = await import('node:fs');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${dir}/${name}.cpuprofile`, JSON.stringify(profile));
    session.disconnect();
  }
}
