import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { createApp } from '../../src/bootstrap/create-app';
import type { Environment } from '../../src/config/environment';
import { ADMIN, testEnvironment } from './test-environment';

export interface E2eApp {
  app: NestFastifyApplication;
  env: Environment;
  http: TestAgent;
  /** Logs in and returns the Authorization header value. */
  login(username?: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

/** The real API (Fastify, SQLite file, Redis, in-process Bull processors) on a fresh data directory. */
export async function startApp(overrides: Record<string, string> = {}): Promise<E2eApp> {
  const env = testEnvironment(overrides);
  const app = await createApp(env, { databaseRetryAttempts: 0 });
  const http = request(app.getHttpServer());
  return {
    app,
    env,
    http,
    async login(username = ADMIN.username, password = ADMIN.password) {
      const res = await http.post('/api/auth/login').send({ username, password });
      if (res.status !== 200)
        throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
      return `Bearer ${(res.body as { accessToken: string }).accessToken}`;
    },
    close: () => app.close(),
  };
}

/** Polls until `check` returns a value that is not undefined, or fails after `ms`. */
export async function eventually<T>(
  check: () => Promise<T | undefined>,
  ms = 10000,
  every = 100,
): Promise<T> {
  const deadline = Date.now() + ms;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, every));
  }
  throw new Error(
    `condition not met within ${ms} ms${last instanceof Error ? `: ${last.message}` : ''}`,
  );
}
