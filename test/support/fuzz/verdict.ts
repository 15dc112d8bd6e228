import { isErrorCode } from '../../../src/common/errors/error-codes';
import type { RawResponse } from './send';

/** What must never reach a client: stack frames, driver errors, file paths. */
const LEAK =
  /QueryFailedError|SQLITE_[A-Z]|\bat .+\.[jt]s:\d+|node_modules|TypeError|RangeError|ReferenceError|Cannot read propert|syntax error at or near/;

/** The problems with one answer (none: it is a right answer). */
export function problemsWith(res: RawResponse, mustRefuse: boolean): string[] {
  const problems: string[] = [];
  if (res.status >= 500) problems.push(`answered ${res.status}`);
  if (mustRefuse && res.status < 400) problems.push(`accepted (${res.status}) what it must refuse`);
  if (res.status < 400) return problems;
  const type = String(res.headers['content-type'] ?? '');
  if (!type.startsWith('application/json')) problems.push(`error as ${type || 'no content type'}`);
  let body: unknown;
  try {
    body = JSON.parse(res.body.toString('utf8'));
  } catch {
    problems.push(`error body is not JSON: ${res.body.toString('utf8').slice(0, 80)}`);
    return problems;
  }
  const b = body as { statusCode?: unknown; code?: unknown; message?: unknown };
  if (b.statusCode !== res.status)
    problems.push(`statusCode ${String(b.statusCode)} ≠ ${res.status}`);
  if (typeof b.code !== 'string' || !/^[A-Z][A-Z0-9_]*$/.test(b.code)) {
    problems.push(`code ${JSON.stringify(b.code)} is not a code`);
  } else if (!isErrorCode(b.code)) {
    // The catalogue (src/common/errors/error-codes.ts) is what the document and the clients know.
    problems.push(`code ${b.code} is not in the catalogue the clients know`);
  }
  if (typeof b.message !== 'string' || b.message.trim() === '') problems.push('no message');
  else if (LEAK.test(b.message))
    problems.push(`message leaks internals: ${b.message.slice(0, 120)}`);
  return problems;
}

/** Counts for the printed report. */
export class Tally {
  private readonly byClass = new Map<
    string,
    { tried: number; ms: number; statuses: Map<number, number> }
  >();
  private readonly codes = new Map<string, number>();
  /** The statuses each route answered (`POST /api/units`), to hold against the document. */
  readonly statusesByRoute = new Map<string, Set<number>>();
  serverErrors = 0;

  add(routeClass: string, res: RawResponse, ms: number, route?: string): void {
    if (route) {
      const seen = this.statusesByRoute.get(route) ?? new Set<number>();
      seen.add(res.status);
      this.statusesByRoute.set(route, seen);
    }
    const entry = this.byClass.get(routeClass) ?? { tried: 0, ms: 0, statuses: new Map() };
    entry.tried++;
    entry.ms += ms;
    entry.statuses.set(res.status, (entry.statuses.get(res.status) ?? 0) + 1);
    this.byClass.set(routeClass, entry);
    if (res.status >= 500) this.serverErrors++;
    if (res.status >= 400) {
      try {
        const code = (JSON.parse(res.body.toString('utf8')) as { code?: string }).code ?? '?';
        this.codes.set(code, (this.codes.get(code) ?? 0) + 1);
      } catch {
        this.codes.set('(not JSON)', (this.codes.get('(not JSON)') ?? 0) + 1);
      }
    }
  }

  get total(): number {
    return [...this.byClass.values()].reduce((n, e) => n + e.tried, 0);
  }

  report(): string {
    const lines = [...this.byClass.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([cls, e]) => {
        const statuses = [...e.statuses.entries()]
          .sort(([a], [b]) => a - b)
          .map(([s, n]) => `${s}×${n}`)
          .join(' ');
        const avg = (e.ms / e.tried).toFixed(1);
        return `  ${cls.padEnd(10)} ${String(e.tried).padStart(6)} tried  ${avg.padStart(5)} ms each   ${statuses}`;
      });
    const codes = [...this.codes.entries()]
      .sort(([, a], [, b]) => b - a)
      .map(([c, n]) => `${c}×${n}`)
      .join(' ');
    return [...lines, `  codes: ${codes}`].join('\n');
  }
}
