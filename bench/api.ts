/** A small HTTP client for the benchmark: JSON in and out, one Bearer token per caller. */
export class BenchApi {
  constructor(
    readonly base: string,
    public token = '',
  ) {}

  as(token: string): BenchApi {
    return new BenchApi(this.base, token);
  }

  async login(username: string, password: string): Promise<BenchApi> {
    const { accessToken } = await this.call<{ accessToken: string }>('POST', '/auth/login', {
      username,
      password,
    });
    return this.as(accessToken);
  }

  async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${this.token}`,
        ...(body instanceof FormData || body === undefined
          ? {}
          : { 'content-type': 'application/json' }),
      },
      body: body instanceof FormData ? body : body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (res.status >= 400)
      throw new Error(`${method} ${path} → ${res.status} ${text.slice(0, 300)}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  async bytes(path: string): Promise<number> {
    const res = await fetch(`${this.base}${path}`, {
      headers: { authorization: `Bearer ${this.token}` },
    });
    return (await res.arrayBuffer()).byteLength;
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
