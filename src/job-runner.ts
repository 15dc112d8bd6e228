import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { drainQueues, onShutdownSignal } from './bootstrap/graceful-shutdown';
import { createJobRunner } from './bootstrap/create-job-runner';
import { EnvironmentError, loadEnvironment } from './config/environment';

/**
 * The job runner: a process that only runs queued jobs (`npm run start:job-runner`); start several
 * against the same Redis to scale out. ("Worker" in this code base is the person: 职工.)
 */
async function main(): Promise<void> {
  const env = loadEnvironment(process.env);
  // Its ready and stopped lines are at info: a supervisor that waits for them runs it at info.
  const app = await createJobRunner(env);
  const logger = new Logger('JobRunner');
  // SIGTERM / SIGINT: take no new job, let the jobs in hand finish (or send them back to their
  // queue after SHUTDOWN_GRACE_MS), close Redis and the database, exit 0.
  onShutdownSignal(async (signal) => {
    logger.log(`${signal}: stopping`);
    const report = await drainQueues(app, env.SHUTDOWN_GRACE_MS);
    // Jobs sent back may still be running here: exit without waiting for their connections.
    if (report.finished) {
      await app.close();
      logger.log(`Job runner stopped: ${report.inHand} job(s) in hand finished`);
    } else {
      logger.log(
        `Job runner stopped after ${env.SHUTDOWN_GRACE_MS} ms: ${report.returned.length} job(s) sent back to their queue` +
          (report.returned.length > 0 ? ` (${report.returned.join(', ')})` : ''),
      );
    }
  }, env.SHUTDOWN_GRACE_MS + 15000);
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvironmentError ? error.message : error);
  process.exit(1);
});
