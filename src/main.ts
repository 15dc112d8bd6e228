import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './bootstrap/create-app';
import { EnvironmentError, loadEnvironment } from './config/environment';

async function main(): Promise<void> {
  const env = loadEnvironment(process.env);
  const app = await createApp(env);
  await app.listen(env.PORT, env.HOST);
  new Logger('Bootstrap').log(
    `Listening on http://${env.HOST}:${env.PORT} (API docs at /api/docs)`,
  );
}

main().catch((error: unknown) => {
  // A bad configuration names the variables; anything else is printed in full.
  console.error(error instanceof EnvironmentError ? error.message : error);
  process.exit(1);
});
