import { getQueueToken } from '@nestjs/bull';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, ModuleRef } from '@nestjs/core';
import type { Job, Queue } from 'bull';
import { Environment } from '../config/environment';
import { withBestEffortProgress } from './best-effort-progress';
import { JobPayload, QUEUE_OF, QueueName } from './job-catalogue';
import { discoverJobHandlers } from './job-handler';
import { JobQueue } from './job-queue.service';
import { JobRecovery, RecoverableHandler } from './job-recovery';

/**
 * Present only in processes that process jobs (the API by default, and `npm run start:job-runner`):
 * finds every @HandlesJob provider and attaches it to its queue. Bull closes the queues on
 * shutdown after the jobs in hand finish, so a stopped process leaves no job half-done in Redis.
 * A job whose process died is taken over by another after its lock expires (QUEUE_LOCK_MS,
 * QUEUE_STALLED_MS), and work the database records as queued is put back into Redis whenever
 * Redis (re)connects, in case it came back empty (JobRecovery).
 */
@Injectable()
export class JobWorkers implements OnApplicationBootstrap {
  private readonly logger = new Logger('JobWorkers');

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly moduleRef: ModuleRef,
    private readonly env: Environment,
    private readonly jobs: JobQueue,
  ) {}

  onApplicationBootstrap(): void {
    const recoverable = new Map<QueueName, RecoverableHandler[]>();
    for (const { name, handler } of discoverJobHandlers(this.discovery)) {
      const queue = this.queue(QUEUE_OF[name]);
      // process() resolves only when the queue closes, so it is not awaited; it waits for Redis itself.
      queue
        .process(name, this.env.QUEUE_CONCURRENCY, (job: Job<JobPayload<typeof name>>) =>
          handler.handle(withBestEffortProgress(job)),
        )
        .catch((error: Error) => this.logger.error(`Processing ${name} stopped: ${error.message}`));
      this.logger.log(`Processing ${name} jobs (concurrency ${this.env.QUEUE_CONCURRENCY})`);
      if (handler.pending) {
        const list = recoverable.get(QUEUE_OF[name]) ?? [];
        list.push({ name, handler });
        recoverable.set(QUEUE_OF[name], list);
      }
    }
    for (const [queueName, handlers] of recoverable) {
      const queue = this.queue(queueName);
      const recovery = new JobRecovery(queueName, queue, handlers, this.jobs, this.logger);
      // 'ready' comes on the first connection and after every reconnection.
      queue.client.on('ready', () => void recovery.request());
      if (queue.client.status === 'ready') void recovery.request();
    }
  }

  private queue(name: QueueName): Queue {
    return this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
  }
}
