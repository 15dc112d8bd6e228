import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './bootstrap/create-app';
import {
  closeHttpServer,
  drainQueues,
  onShutdownSignal,
  settleIncoming,
} from './bootstrap/graceful-shutdown';
import { restrictNewFiles } from './common/private-files';
import { EnvironmentError, loadEnvironment } from './config/environment';

async function main(): Promise<void> {
  // Before anything is written: the database, its -wal and -shm, certificate PDFs, secret files
  // are owner-only whoever creates them (createApp checks DATA_DIR itself).
  restrictNewFiles();
  const env = loadEnvironment(process.env);
  const app = await createApp(env);
  await app.listen(env.PORT, env.HOST);
  const logger = new Logger('Bootstrap');
  // SIGTERM / SIGINT: stop accepting connections and answer the requests in flight (Fastify's
  // close), then let the jobs this process runs finish or go back to their queue, then the Nest
  // shutdown hooks (queues, database), and exit 0.
  onShutdownSignal(async (signal) => {
    logger.log(`${signal}: closing the HTTP server after the requests in flight`);
    await settleIncoming();
    await closeHttpServer(async () => {
      await app.getHttpAdapter().close();
    }, app.getHttpServer());
    logger.log('HTTP server closed');
    const report = await drainQueues(app, env.SHUTDOWN_GRACE_MS);
    if (report.finished) await app.close();
    logger.log('API stopped');
  }, env.SHUTDOWN_GRACE_MS + 30000);
  logger.log(`Listening on http://${env.HOST}:${env.PORT} (API docs at /api/docs)`);
}

main().catch((error: unknown) => {
  // A bad configuration names the variables; anything else is printed in full.
  console.error(error instanceof EnvironmentError ? error.message : error);
  process.exit(1);
});
