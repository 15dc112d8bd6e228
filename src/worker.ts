import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { EnvironmentError, loadEnvironment } from './config/environment';
import { WorkerModule } from './worker.module';

/** A process that only runs queued jobs; start several against the same Redis to scale out. */
async function main(): Promise<void> {
  const env = loadEnvironment(process.env);
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(env), {
    logger: env.LOG_LEVEL === 'silent' ? false : ['fatal', 'error', 'warn', 'log'],
  });
  if (await app.get(DataSource).showMigrations()) {
    await app.close();
    throw new Error(
      'The database schema is not up to date: start the API once, or run `npm run migration:run`',
    );
  }
  app.enableShutdownHooks();
  new Logger('Worker').log('Worker ready');
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvironmentError ? error.message : error);
  process.exit(1);
});
