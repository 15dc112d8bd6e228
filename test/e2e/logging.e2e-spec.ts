import { getQueueToken } from '@nestjs/bull';
import type { INestApplicationContext } from '@nestjs/common';
import type { Queue } from 'bull';
import { createJobRunner } from '../../src/bootstrap/create-job-runner';
import { REDACTED } from '../../src/common/log-redaction';
import type { Environment } from '../../src/config/environment';
import { QUEUES } from '../../src/jobs/job-catalogue';
import { E2eApp, startApp } from '../support/e2e-app';

const ID = '11010519491231002X';

type Line = Record<string, unknown>;

/**
 * The job runner as its entry point starts it, once its queues are connected: closed while they
 * still connect, their pending Redis calls would fail after the test ("Connection is closed").
 */
async function startJobRunner(env: Environment): Promise<INestApplicationContext> {
  const runner = await createJobRunner(env);
  await Promise.all(
    Object.values(QUEUES).map((name) =>
      runner.get<Queue>(getQueueToken(name), { strict: false }).isReady(),
    ),
  );
  return runner;
}

/**
 * Both processes of the service, booted as their entry points boot them (createApp, createJobRunner),
 * write one format: pino's JSON lines on standard output, at LOG_LEVEL, redacted.
 */
describe('One log for the API and the job runner', () => {
  let written: string[] = [];
  let stdout: jest.SpyInstance;
  let api: E2eApp | undefined;
  let runner: INestApplicationContext | undefined;

  beforeEach(() => {
    written = [];
    stdout = jest
      .spyOn(process.stdout, 'write')
      .mockImplementation((chunk: string | Uint8Array) => {
        written.push(String(chunk));
        return true;
      });
  });

  afterEach(async () => {
    stdout.mockRestore();
    await runner?.close();
    await api?.close();
    runner = undefined;
    api = undefined;
  });

  const lines = (): Line[] =>
    written
      .join('')
      .split('\n')
      .filter((line) => line.length > 0)
      .map((line) => JSON.parse(line) as Line);

  it('writes the same JSON lines from both processes at LOG_LEVEL=info, ID numbers masked', async () => {
    api = await startApp({ LOG_LEVEL: 'info' });
    const res = await api.http.get(`/api/public/competitions?q=${ID}`);
    expect(res.status).toBe(200);
    const apiLines = lines();
    written.length = 0;
    runner = await startJobRunner(api.env);
    const runnerLines = lines();

    const ready = apiLines.find((l) => l.msg === 'API ready');
    const request = apiLines.find((l) => l.msg === 'incoming request');
    const runnerReady = runnerLines.find((l) => l.context === 'JobRunner');
    expect(ready).toMatchObject({ level: 30, context: 'Bootstrap' });
    expect(request).toMatchObject({
      level: 30,
      req: { method: 'GET', url: `/api/public/competitions?q=${REDACTED}` },
    });
    expect(runnerReady).toMatchObject({ level: 30 });
    const shape = (line: Line | undefined) =>
      Object.keys(line ?? {}).filter((key) =>
        ['level', 'time', 'pid', 'hostname', 'context', 'msg'].includes(key),
      );
    expect(shape(runnerReady)).toEqual(shape(ready));
    expect(shape(ready)).toEqual(['level', 'time', 'pid', 'hostname', 'context', 'msg']);
    expect(written.join('')).not.toContain(ID);
  }, 60000);

  it('honours LOG_LEVEL in both: nothing below warn, nothing at all when silent', async () => {
    api = await startApp({ LOG_LEVEL: 'silent' });
    await api.http.get('/health');
    const env: Environment = Object.assign(
      Object.create(Object.getPrototypeOf(api.env) as object),
      api.env,
      {
        LOG_LEVEL: 'warn',
      },
    );
    expect(written).toEqual([]);
    runner = await startJobRunner(env);
    expect(lines().filter((l) => (l.level as number) < 40)).toEqual([]);
    expect(lines().some((l) => l.context === 'JobRunner')).toBe(false);
  }, 60000);
});
