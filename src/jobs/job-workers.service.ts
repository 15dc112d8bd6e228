import { getQueueToken } from '@nestjs/bull';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, ModuleRef } from '@nestjs/core';
import type { Job, Queue } from 'bull';
import { Environment } from '../config/environment';
import { JobName, JobPayload, QUEUE_OF } from './job-catalogue';
import { JOB_HANDLER_KEY, JobHandler } from './job-handler';

/**
 * Present only in processes that process jobs (the API by default, and `npm run start:worker`):
 * finds every @HandlesJob provider and attaches it to its queue. Bull closes the queues on
 * shutdown after the jobs in hand finish, so a stopped worker leaves no job half-done in Redis.
 */
@Injectable()
export class JobWorkers implements OnApplicationBootstrap {
  private readonly logger = new Logger('JobWorkers');

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly moduleRef: ModuleRef,
    private readonly env: Environment,
  ) {}

  onApplicationBootstrap(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const metatype = wrapper.metatype as unknown;
      const instance = wrapper.instance as unknown;
      if (!metatype || !instance) continue;
      const name = Reflect.getMetadata(JOB_HANDLER_KEY, metatype) as JobName | undefined;
      if (!name) continue;
      const handler = instance as JobHandler<typeof name>;
      const queue = this.moduleRef.get<Queue>(getQueueToken(QUEUE_OF[name]), { strict: false });
      // process() resolves only when the queue closes, so it is not awaited; it waits for Redis itself.
      queue
        .process(name, this.env.QUEUE_CONCURRENCY, (job: Job<JobPayload<typeof name>>) =>
          handler.handle(job),
        )
        .catch((error: Error) => this.logger.error(`Processing ${name} stopped: ${error.message}`));
      this.logger.log(`Processing ${name} jobs (concurrency ${this.env.QUEUE_CONCURRENCY})`);
    }
  }
}
