import { INestApplicationContext, Logger } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bull';
import type { Job, Queue } from 'bull';
import { QUEUES } from '../jobs/job-catalogue';

/** How long a Redis call made while stopping may take before it is given up. */
const REDIS_CALL_MS = 3000;

export interface DrainReport {
  /** Jobs this process was running when the stop began. */
  inHand: number;
  /** True when every one of them finished (completed or failed) before the grace ran out. */
  finished: boolean;
  /** The Bull ids of the jobs sent back to their queue for another job runner. */
  returned: string[];
}

function within<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(fallback), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/**
 * The jobs whose lock this process holds. Bull locks a job it starts with its queue instance's
 * token (`queue.token`, a uuid; not in Bull's typings), so this asks Redis rather than keeping a
 * list of its own.
 */
async function jobsInHand(queue: Queue): Promise<Job[]> {
  const token = (queue as unknown as { token?: string }).token;
  if (!token) return [];
  const mine: Job[] = [];
  for (const job of await queue.getActive()) {
    if ((await queue.client.get(job.lockKey())) === token) mine.push(job);
  }
  return mine;
}

/**
 * Stops this process's job processing: no new job is taken, the jobs in hand get `graceMs` to
 * finish, and the queues' Redis connections close. Any job still running after that goes back
 * to its queue (as a retry; a last attempt is put back as well, so nothing is lost) for another
 * process, and the caller exits without waiting for it: its unfinished transaction is rolled back
 * when the process's database connections drop, and the jobs are written to be repeated (a run
 * already DONE is answered as it is; certificates are reconciled, never issued twice).
 */
export async function drainQueues(
  app: INestApplicationContext,
  graceMs: number,
  logger = new Logger('Shutdown'),
): Promise<DrainReport> {
  const queues = Object.values(QUEUES).map((name) =>
    app.get<Queue>(getQueueToken(name), { strict: false }),
  );
  const held = async (): Promise<Job[]> =>
    (await Promise.all(queues.map((q) => within(jobsInHand(q), REDIS_CALL_MS, [])))).flat();
  const inHand = (await held()).length;
  if (inHand > 0) {
    logger.log(`waiting up to ${graceMs} ms for ${inHand} job(s) in hand`);
  }
  // Queue.close(): pause locally (take nothing new), wait for the jobs in hand, disconnect.
  const closed = Promise.all(queues.map((q) => q.close())).then(() => true);
  if (await within(closed, graceMs, false)) return { inHand, finished: true, returned: [] };

  const returned: string[] = [];
  for (const job of await held()) {
    try {
      await within(
        (async () => {
          await job.moveToFailed(
            { message: 'The job runner was stopped before the job finished; retried elsewhere' },
            true,
          );
          if (await job.isFailed()) await job.retry();
        })(),
        REDIS_CALL_MS,
        undefined,
      );
      returned.push(String(job.id));
    } catch (error) {
      logger.warn(
        `job ${job.id} could not be sent back (${error instanceof Error ? error.message : String(error)}); it returns to its queue when its lock expires`,
      );
    }
  }
  logger.warn(
    `${returned.length} job(s) still running after ${graceMs} ms sent back to their queue: ${returned.join(', ')}`,
  );
  return { inHand, finished: false, returned };
}

/**
 * Lets the event loop read what has already arrived before the HTTP server closes. Closing
 * destroys every connection with no request under way, and a connection whose request is still
 * unread in its socket (or still waiting to be accepted) counts as one: when SIGTERM lands while
 * the loop is busy, a client that has sent its request would get a reset instead of an answer.
 * A few turns of the loop (each one polls the sockets) and a short pause parse those requests,
 * which the close then waits for.
 */
export async function settleIncoming(pauseMs = 100): Promise<void> {
  const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
  for (let i = 0; i < 3; i++) await turn();
  await new Promise<void>((resolve) => setTimeout(resolve, pauseMs));
  for (let i = 0; i < 3; i++) await turn();
}

/**
 * Closes an HTTP server the way a stop should: no new connection is accepted, the requests under
 * way are answered, and each keep-alive connection is closed as soon as it falls idle (Node's
 * close() closes only those idle at the moment it is called, and a client's idle keep-alive
 * connection would otherwise hold the close open until it times out).
 */
export async function closeHttpServer(
  close: () => Promise<void>,
  server: { closeIdleConnections(): void },
): Promise<void> {
  const sweep = setInterval(() => server.closeIdleConnections(), 50);
  try {
    await close();
  } finally {
    clearInterval(sweep);
  }
}

/**
 * Calls `stop` once on the first SIGTERM or SIGINT, then exits 0 (1 if `stop` throws). A second
 * signal while stopping is ignored; `hardLimitMs` after the first, the process exits 1 whatever
 * is still pending.
 */
export function onShutdownSignal(
  stop: (signal: NodeJS.Signals) => Promise<void>,
  hardLimitMs: number,
  logger = new Logger('Shutdown'),
): void {
  let stopping = false;
  const handle = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => {
      logger.error(`still not stopped ${hardLimitMs} ms after ${signal}; exiting`);
      process.exit(1);
    }, hardLimitMs).unref();
    stop(signal).then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error(
          `stopping failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', handle);
  process.on('SIGINT', handle);
}
