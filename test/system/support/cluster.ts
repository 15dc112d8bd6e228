import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ADMIN } from '../../support/test-environment';
import { freePort } from '../../support/redis-server';

const ROOT = join(__dirname, '..', '..', '..');

/**
 * The environment every process of one system test shares: one data directory (so one SQLite
 * file, unless DATABASE_URL names PostgreSQL), one Redis, one queue prefix.
 */
export function clusterEnvironment(
  redisUrl: string,
  overrides: Record<string, string> = {},
): Record<string, string> {
  return {
    NODE_ENV: 'test',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'skills-system-')),
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: `sys_${process.pid}_${randomBytes(4).toString('hex')}`,
    QUEUE_BACKOFF_MS: '200',
    BCRYPT_ROUNDS: '4',
    LOG_LEVEL: 'warn',
    ADMIN_USERNAME: ADMIN.username,
    ADMIN_PASSWORD: ADMIN.password,
    LOGIN_RATE_LIMIT: '100000',
    LOGIN_ADDRESS_RATE_LIMIT: '100000',
    // Setting up imports rosters faster than people upload; the limit is tested in upload-bombs.e2e.
    UPLOAD_RATE_LIMIT: '100000',
    // The web pages are not needed (and not built) for these tests.
    WEB_DIR: join(tmpdir(), 'skills-no-web-pages'),
    ...overrides,
  };
}

/**
 * One real process of the product, from the sources (`src/main.ts` or `src/job-runner.ts` through
 * ts-node), with its output kept for a failing test's message.
 */
export class ProductProcess {
  private output = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  private constructor(
    readonly kind: 'api' | 'job runner',
    readonly child: ChildProcess,
    readonly port: number | null,
  ) {
    const keep = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString()).slice(-20000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    this.exited = new Promise((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal })),
    );
  }

  get url(): string {
    if (this.port === null) throw new Error('a job runner has no URL');
    return `http://127.0.0.1:${this.port}`;
  }

  get log(): string {
    return this.output;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** An API process (it also processes jobs unless QUEUE_PROCESSORS_IN_API=false). */
  static async api(env: Record<string, string>, timeoutMs = 90000): Promise<ProductProcess> {
    const port = await freePort();
    const proc = new ProductProcess('api', start('main.ts', { ...env, PORT: String(port) }), port);
    await proc.waitFor(async () => {
      try {
        const res = await fetch(`${proc.url}/health`);
        return res.status < 600;
      } catch {
        return false;
      }
    }, timeoutMs);
    return proc;
  }

  /**
   * A job runner: only runs queued jobs. At LOG_LEVEL=info, whatever the others run at: its
   * ready and stopped lines (info) are what the tests wait for and read.
   */
  static async jobRunner(env: Record<string, string>, timeoutMs = 90000): Promise<ProductProcess> {
    const proc = new ProductProcess(
      'job runner',
      start('job-runner.ts', { ...env, LOG_LEVEL: 'info' }),
      null,
    );
    await proc.waitFor(() => Promise.resolve(proc.output.includes('Job runner ready')), timeoutMs);
    return proc;
  }

  private async waitFor(ready: () => Promise<boolean>, timeoutMs: number): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      if (!this.running)
        throw new Error(`${this.kind} process exited while starting:\n${this.output}`);
      if (await ready()) return;
      await new Promise((r) => setTimeout(r, 200));
    }
    this.child.kill('SIGKILL');
    throw new Error(`${this.kind} process did not start in ${timeoutMs} ms:\n${this.output}`);
  }

  /** Sends the signal and waits for the exit (SIGKILL after `graceMs` if it is still there). */
  async stop(
    signal: NodeJS.Signals = 'SIGTERM',
    graceMs = 30000,
  ): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    if (!this.running) return this.exited;
    this.child.kill(signal);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    const result = await this.exited;
    clearTimeout(timer);
    return result;
  }
}

function start(entry: 'main.ts' | 'job-runner.ts', env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', join('src', entry)], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** JSON over HTTP against a process, with a bearer token when given. */
export async function call<T = unknown>(
  base: string,
  method: string,
  path: string,
  body?: unknown,
  token?: string,
): Promise<{ status: number; body: T }> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, body: parsed as T };
}

/** Signs in and returns the bearer token. */
export async function signIn(base: string, username: string, password: string): Promise<string> {
  const res = await call<{ accessToken: string }>(base, 'POST', '/api/auth/login', {
    username,
    password,
  });
  if (res.status !== 200 && res.status !== 201)
    throw new Error(`sign-in as ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.accessToken;
}

/** Polls until `done` answers true (or throws after `timeoutMs` with the last value seen). */
export async function eventually<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 60000,
  everyMs = 250,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: T = await read();
  while (!done(last)) {
    if (Date.now() > until)
      throw new Error(`not reached in ${timeoutMs} ms; last: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, everyMs));
    last = await read();
  }
  return last;
}

// ---- Added for the scale-out and move specs (several processes, uploads, jobs) ----

/** A multipart upload (field `file`) to a process, as a browser would send it. */
export async function upload<T = unknown>(
  base: string,
  path: string,
  content: Buffer,
  filename: string,
  token: string,
): Promise<{ status: number; body: T }> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(content)]), filename);
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, body: parsed as T };
}

export interface JobState {
  state: string;
  progress: unknown;
  attempts: number;
  result?: unknown;
  error?: string;
}

/** Polls GET /api/jobs/:jobId until the job has completed (throws if it failed for good). */
export async function jobCompleted(
  base: string,
  token: string,
  jobId: string,
  timeoutMs = 60000,
): Promise<JobState> {
  const job = await eventually(
    async () => (await call<JobState>(base, 'GET', `/api/jobs/${jobId}`, undefined, token)).body,
    (j) => j.state === 'completed' || j.state === 'failed',
    timeoutMs,
    100,
  );
  if (job.state !== 'completed') throw new Error(`job ${jobId} failed: ${JSON.stringify(job)}`);
  return job;
}

/** Starts several processes at once (each start takes seconds; they overlap); all or none. */
export async function startTogether(
  starts: Array<() => Promise<ProductProcess>>,
): Promise<ProductProcess[]> {
  const settled = await Promise.allSettled(starts.map((start) => start()));
  const started = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) {
    await Promise.all(started.map((p) => p.stop('SIGKILL')));
    throw failed.reason;
  }
  return started;
}
