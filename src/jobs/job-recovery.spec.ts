import { Logger } from '@nestjs/common';
import type { Job, Queue } from 'bull';
import { withBestEffortProgress, PROGRESS_WAIT_MS } from './best-effort-progress';
import type { JobHandler, PendingJob } from './job-handler';
import type { JobQueue } from './job-queue.service';
import { JobRecovery } from './job-recovery';

/** Bull's side as the recovery sees it: jobs by id, each waiting/active/completed or failed. */
class FakeQueue {
  readonly jobs = new Map<string, { failed: boolean }>();
  getJob(id: string) {
    const job = this.jobs.get(id);
    return Promise.resolve(
      job && {
        isFailed: () => Promise.resolve(job.failed),
        remove: () => Promise.resolve(void this.jobs.delete(id)),
      },
    );
  }
}

class FakeJobQueue {
  readonly added: Array<{ name: string; key: string; payload: unknown }> = [];
  constructor(
    private readonly queue: FakeQueue,
    private readonly available = () => true,
  ) {}
  enqueue(name: string, payload: unknown, key: string): Promise<string> {
    if (!this.available()) return Promise.reject(new Error('QUEUE_UNAVAILABLE'));
    if (!this.queue.jobs.has(key)) {
      this.queue.jobs.set(key, { failed: false });
      this.added.push({ name, key, payload });
    }
    return Promise.resolve(`results:${key}`);
  }
}

const handler = (pending: () => Promise<PendingJob<'compute-results'>[]>) =>
  ({ handle: () => Promise.resolve(null), pending }) as unknown as JobHandler<'compute-results'>;

const quietLogger = () => {
  const logger = new Logger('test');
  jest.spyOn(logger, 'warn').mockImplementation(() => undefined);
  return logger;
};

describe('JobRecovery', () => {
  const runs = [
    { payload: { runId: 1 }, key: 'results-1-run-1' },
    { payload: { runId: 2 }, key: 'results-1-run-2' },
    { payload: { runId: 3 }, key: 'results-2-run-3' },
  ];

  function setUp(options: { available?: () => boolean } = {}) {
    const queue = new FakeQueue();
    const jobs = new FakeJobQueue(queue, options.available);
    let reads = 0;
    const recovery = new JobRecovery(
      'results',
      queue as unknown as Queue,
      [
        {
          name: 'compute-results',
          handler: handler(() => {
            reads++;
            return Promise.resolve(runs);
          }),
        },
      ],
      jobs as unknown as JobQueue,
      quietLogger(),
    );
    return { queue, jobs, recovery, reads: () => reads };
  }

  it('adds again the jobs the database waits for and Redis lost, and only those', async () => {
    const { queue, jobs, recovery } = setUp();
    queue.jobs.set('results-1-run-2', { failed: false }); // still waiting (or running) in Redis
    await recovery.request();
    expect(jobs.added.map((a) => a.key)).toEqual(['results-1-run-1', 'results-2-run-3']);
    expect(jobs.added[0]).toEqual({
      name: 'compute-results',
      key: 'results-1-run-1',
      payload: { runId: 1 },
    });
  });

  it('replaces a job Redis failed for good while the database still waits for it', async () => {
    const { queue, jobs, recovery } = setUp();
    for (const r of runs) queue.jobs.set(r.key, { failed: r.key === 'results-2-run-3' });
    await recovery.request();
    expect(jobs.added.map((a) => a.key)).toEqual(['results-2-run-3']);
    expect(queue.jobs.get('results-2-run-3')).toEqual({ failed: false });
  });

  it('runs one pass at a time, and once more when asked during a pass', async () => {
    const { recovery, reads } = setUp();
    const passes = [recovery.request(), recovery.request(), recovery.request()];
    await Promise.all(passes);
    expect(reads()).toBe(2);
  });

  it('gives up quietly while Redis is away, and succeeds on the next request', async () => {
    let up = false;
    const { jobs, recovery } = setUp({ available: () => up });
    await recovery.request();
    expect(jobs.added).toEqual([]);
    up = true;
    await recovery.request();
    expect(jobs.added).toHaveLength(3);
  });
});

describe('withBestEffortProgress', () => {
  const jobWith = (progress: (value?: unknown) => unknown) =>
    ({ progress }) as unknown as Job<{ runId: number }>;

  it('records progress when Redis answers', async () => {
    const recorded: unknown[] = [];
    const job = withBestEffortProgress(
      jobWith((value) => {
        if (value === undefined) return 40;
        recorded.push(value);
        return Promise.resolve();
      }),
    );
    await job.progress(30);
    expect(recorded).toEqual([30]);
    expect(job.progress()).toBe(40);
  });

  it('never fails the work: a job Redis lost answers like any other', async () => {
    const job = withBestEffortProgress(
      jobWith(() => Promise.reject(new Error('Missing key for job 7. updateProgress'))),
    );
    await expect(job.progress(60)).resolves.toBeUndefined();
  });

  it('does not wait for a Redis that is down longer than PROGRESS_WAIT_MS', async () => {
    const job = withBestEffortProgress(jobWith(() => new Promise(() => undefined)));
    const started = Date.now();
    await job.progress(80);
    expect(Date.now() - started).toBeGreaterThanOrEqual(PROGRESS_WAIT_MS - 20);
    expect(Date.now() - started).toBeLessThan(3 * PROGRESS_WAIT_MS);
  });
});
