import { Logger } from '@nestjs/common';
import type { Queue } from 'bull';
import { JobName, QUEUE_CALL_TIMEOUT_MS, QueueName } from './job-catalogue';
import type { JobHandler } from './job-handler';
import type { JobQueue } from './job-queue.service';

export interface RecoverableHandler {
  name: JobName;
  handler: JobHandler<JobName>;
}

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took over ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/**
 * Puts back into one queue the jobs the database records as queued or running but Redis no
 * longer holds (Redis without persistence, as the README starts it, comes back empty after a
 * restart), or holds as failed for good although no outcome was recorded. Each is added again
 * under its own deterministic id, so a job still in Redis (waiting, delayed for a retry, running
 * in another process, completed) is left alone, and several processes doing this at once add
 * each job once. Runs when a processing process starts and after every reconnection to Redis.
 */
export class JobRecovery {
  private current: Promise<void> | null = null;
  private again = false;

  constructor(
    private readonly queueName: QueueName,
    private readonly queue: Queue,
    private readonly handlers: RecoverableHandler[],
    private readonly jobs: JobQueue,
    private readonly logger: Logger,
  ) {}

  /** Starts a pass now, or once more after the one under way; resolves when they are done. */
  request(): Promise<void> {
    if (this.current) {
      this.again = true;
      return this.current;
    }
    this.current = (async () => {
      do {
        this.again = false;
        await this.pass();
      } while (this.again);
    })().finally(() => {
      this.current = null;
    });
    return this.current;
  }

  private async pass(): Promise<void> {
    let requeued = 0;
    try {
      for (const { name, handler } of this.handlers) {
        for (const { payload, key } of (await handler.pending?.()) ?? []) {
          const existing = await within(
            this.queue.getJob(key),
            QUEUE_CALL_TIMEOUT_MS,
            `reading job ${key}`,
          );
          if (existing && !(await existing.isFailed())) continue;
          // Failed for good in Redis while the database still waits for it: the handler never
          // recorded an outcome (Bull gave up on a job that stalled too often), so run it again.
          if (existing) await existing.remove();
          await this.jobs.enqueue(name, payload, key);
          requeued++;
        }
      }
    } catch (error) {
      this.logger.warn(
        `Queue ${this.queueName}: putting back queued work failed (${error instanceof Error ? error.message : String(error)}); tried again when Redis reconnects`,
      );
    }
    if (requeued > 0) {
      this.logger.warn(
        `Queue ${this.queueName}: ${requeued} job(s) recorded in the database but missing from Redis added again`,
      );
    }
  }
}
