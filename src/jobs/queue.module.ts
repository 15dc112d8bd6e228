import { BullModule } from '@nestjs/bull';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import Redis from 'ioredis';
import { Environment } from '../config/environment';
import { KEEP_FINISHED_JOBS, QUEUES } from './job-catalogue';
import { JobQueue } from './job-queue.service';
import { JobWorkers } from './job-workers.service';
import { JobAccess } from './job-access';
import { JobsController } from './jobs.controller';
import { bullClientOptions } from './redis-options';

export interface QueueModuleOptions {
  /** Attach the job handlers in this process. */
  processors: boolean;
  /** Serve GET /api/jobs/:jobId (the API process). */
  http: boolean;
}

@Global()
@Module({})
export class QueueModule {
  static forRoot(options: QueueModuleOptions): DynamicModule {
    return {
      module: QueueModule,
      imports: [
        DiscoveryModule,
        BullModule.forRootAsync({
          inject: [Environment],
          useFactory: (env: Environment) => ({
            prefix: env.QUEUE_PREFIX,
            createClient: (type) => new Redis(env.REDIS_URL, bullClientOptions(type)),
            // A job whose process died (its lock not renewed) goes back to waiting for another.
            settings: { lockDuration: env.QUEUE_LOCK_MS, stalledInterval: env.QUEUE_STALLED_MS },
            defaultJobOptions: {
              attempts: env.QUEUE_JOB_ATTEMPTS,
              backoff: { type: 'exponential', delay: env.QUEUE_BACKOFF_MS },
              removeOnComplete: KEEP_FINISHED_JOBS,
              removeOnFail: KEEP_FINISHED_JOBS,
            },
          }),
        }),
        BullModule.registerQueue(...Object.values(QUEUES).map((name) => ({ name }))),
      ],
      controllers: options.http ? [JobsController] : [],
      providers: [
        JobQueue,
        ...(options.http ? [JobAccess] : []),
        ...(options.processors ? [JobWorkers] : []),
      ],
      exports: [JobQueue, BullModule],
    };
  }
}
