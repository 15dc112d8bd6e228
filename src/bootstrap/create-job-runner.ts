import { INestApplicationContext, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import type { Environment } from '../config/environment';
import { JobRunnerModule } from '../job-runner.module';
import { prepareProcess, processLogger, warnTightened } from './process-setup';

/**
 * The job runner (no HTTP, only the job processors), set up the same way for its entry point and
 * for the tests: DATA_DIR owner-only, the API's logger (common/logger.ts: the same JSON lines, at
 * LOG_LEVEL, redacted), and a refusal to start on a schema the API has not migrated yet.
 */
export async function createJobRunner(env: Environment): Promise<INestApplicationContext> {
  const tightened = prepareProcess(env);
  const app = await NestFactory.createApplicationContext(JobRunnerModule.forRoot(env), {
    logger: processLogger(env.LOG_LEVEL),
  });
  warnTightened(tightened);
  if (await app.get(DataSource).showMigrations()) {
    await app.close();
    throw new Error(
      'The database schema is not up to date: start the API once, or run `npm run migrate`',
    );
  }
  new Logger('JobRunner').log('Job runner ready');
  return app;
}
