import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { drainQueues, onShutdownSignal } from './bootstrap/graceful-shutdown';
import { nestLogger, prepareProcess, warnTightened } from './bootstrap/process-setup';
import { EnvironmentError, loadEnvironment } from './config/environment';
import { WorkerModule } from './worker.module';

/** A process that only runs queued jobs; start several against the same Redis to scale out. */
async function main(): Promise<void> {
  const env = loadEnvironment(process.env);
  // Owner-only files and folders in DATA_DIR (certificate PDFs are drawn here), as in the API.
  const tightened = prepareProcess(env);
  // Info and above unless silent, whatever LOG_LEVEL says (its start and stop lines are what
  // supervisors and the system tests wait for); redacted like the API's.
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(env), {
    logger: nestLogger(env.LOG_LEVEL === 'silent' ? 'silent' : 'info'),
  });
  warnTightened(tightened);
  if (await app.get(DataSource).showMigrations()) {
    await app.close();
    throw new Error(
      'The database schema is not up to date: start the API once, or run `npm run migration:run`',
    );
  }
  const logger = new Logger('Worker');
  // SIGTERM / SIGINT: take no new job, let the jobs in hand finish (or send them back to their
  // queue after SHUTDOWN_GRACE_MS), close Redis and the database, exit 0.
  onShutdownSignal(async (signal) => {
    logger.log(`${signal}: stopping`);
    const report = await drainQueues(app, env.SHUTDOWN_GRACE_MS);
    // Jobs sent back may still be running here: exit without waiting for their connections.
    if (report.finished) {
      await app.close();
      logger.log(`Worker stopped: ${report.inHand} job(s) in hand finished`);
    } else {
      logger.log(
        `Worker stopped after ${env.SHUTDOWN_GRACE_MS} ms: ${report.returned.length} job(s) sent back to their queue` +
          (report.returned.length > 0 ? ` (${report.returned.join(', ')})` : ''),
      );
    }
  }, env.SHUTDOWN_GRACE_MS + 15000);
  logger.log('Worker ready');
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvironmentError ? error.message : error);
  process.exit(1);
});
