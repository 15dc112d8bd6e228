import { getQueueToken } from '@nestjs/bull';
import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Job, JobStatus, Queue } from 'bull';
import {
  JobName,
  JobPayload,
  parsePublicJobId,
  publicJobId,
  QUEUE_CALL_TIMEOUT_MS,
  QUEUE_OF,
  QUEUES,
  QueueName,
} from './job-catalogue';
import { DomainError } from '../common/errors/domain-error';
import { JobErrors } from './jobs.errors';

export interface JobView {
  jobId: string;
  name: string;
  state: JobStatus | 'stuck' | 'unknown';
  progress: unknown;
  attempts: number;
  result?: unknown;
  error?: string;
  createdAt: string;
  finishedAt?: string;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(JobErrors.queueUnavailable()), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The one way the rest of the service enqueues work and reads a job's state. */
@Injectable()
export class JobQueue implements OnModuleInit {
  private readonly logger = new Logger('JobQueue');
  private readonly queues = new Map<QueueName, Queue>();
  private lastErrorLog = 0;

  constructor(private readonly moduleRef: ModuleRef) {}

  onModuleInit(): void {
    for (const name of Object.values(QUEUES)) {
      const queue = this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
      // Without a listener an unreachable Redis would print an error every reconnect attempt.
      queue.on('error', (error: Error) => this.logRedisError(name, error));
      this.queues.set(name, queue);
    }
  }

  /** Adds a job under a deterministic id: adding the same key again returns the existing job. */
  async enqueue<N extends JobName>(
    name: N,
    payload: JobPayload<N>,
    key: string,
    options: { replaceFinished?: boolean } = {},
  ): Promise<string> {
    const queue = this.queue(QUEUE_OF[name]);
    if (queue.client.status !== 'ready') throw JobErrors.queueUnavailable();
    const add = async (): Promise<Job> => {
      if (options.replaceFinished) {
        // A finished job under the same id would otherwise answer for the new request forever.
        const previous = await queue.getJob(key);
        if (previous && ((await previous.isCompleted()) || (await previous.isFailed()))) {
          await previous.remove();
        }
      }
      return queue.add(name, payload, { jobId: key });
    };
    const job = await withTimeout(add(), QUEUE_CALL_TIMEOUT_MS).catch((error: unknown) => {
      throw error instanceof DomainError ? error : JobErrors.queueUnavailable();
    });
    return publicJobId(QUEUE_OF[name], String(job.id));
  }

  async get(jobId: string): Promise<JobView> {
    const parsed = parsePublicJobId(jobId);
    if (!parsed) throw JobErrors.notFound(jobId);
    const queue = this.queue(parsed.queue);
    if (queue.client.status !== 'ready') throw JobErrors.queueUnavailable();
    const read = () => withTimeout(queue.getJob(parsed.bullId), QUEUE_CALL_TIMEOUT_MS);
    let job = await read();
    if (!job) throw JobErrors.notFound(jobId);
    const state = await withTimeout(job.getState(), QUEUE_CALL_TIMEOUT_MS);
    // Finished between the two reads: read it again, or "completed" would come without its result.
    if ((state === 'completed' || state === 'failed') && !job.finishedOn)
      job = (await read()) ?? job;
    return this.view(jobId, job, state);
  }

  /** True when every queue's Redis connection is ready. */
  isAvailable(): boolean {
    return [...this.queues.values()].every((q) => q.client.status === 'ready');
  }

  /** Round trip to Redis, for /health. */
  async ping(timeoutMs: number): Promise<boolean> {
    const queue = this.queue(QUEUES.maintenance);
    if (queue.client.status !== 'ready') return false;
    try {
      return (await withTimeout(queue.client.ping(), timeoutMs)) === 'PONG';
    } catch {
      return false;
    }
  }

  private queue(name: QueueName): Queue {
    const queue = this.queues.get(name);
    if (!queue) throw new Error(`Queue ${name} is not registered`);
    return queue;
  }

  private view(jobId: string, job: Job, state: JobStatus | 'stuck'): JobView {
    const view: JobView = {
      jobId,
      name: job.name,
      state: state ?? 'unknown',
      progress: job.progress() as unknown,
      attempts: job.attemptsMade,
      createdAt: new Date(job.timestamp).toISOString(),
    };
    if (state === 'completed') view.result = job.returnvalue as unknown;
    if (job.failedReason) view.error = job.failedReason;
    if (job.finishedOn) view.finishedAt = new Date(job.finishedOn).toISOString();
    return view;
  }

  private logRedisError(queue: string, error: Error): void {
    const now = Date.now();
    if (now - this.lastErrorLog < 30000) return;
    this.lastErrorLog = now;
    this.logger.warn(
      `Queue ${queue}: Redis unreachable (${error.message}); retrying in the background`,
    );
  }
}
