import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request, { type Response } from 'supertest';
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

/**
 * Requests as the holder of `auth` (an Authorization value from `E2eApp.login`), answered as they
 * come: for specs that check statuses and bodies of refusals. Set-up goes through the typed client
 * (test/support/typed-api.ts).
 */
export function requestsAs(http: TestAgent, auth: string) {
  return {
    get: (url: string) => http.get(url).set('authorization', auth),
    post: (url: string, body: object = {}) => http.post(url).set('authorization', auth).send(body),
    put: (url: string, body: object) => http.put(url).set('authorization', auth).send(body),
    patch: (url: string, body: object) => http.patch(url).set('authorization', auth).send(body),
    delete: (url: string) => http.delete(url).set('authorization', auth),
  };
}

/** Fails with the answer's status and body unless its status is `status`. */
export function expectStatus(res: Response, status: number): void {
  if (res.status !== status) {
    throw new Error(`${res.status} ${JSON.stringify(res.body)} (expected ${status})`);
  }
}

/** Fails with the answer's status and body unless it is a 2xx (setting up). */
export function expectOk(res: Response): void {
  if (res.status < 200 || res.status > 299) {
    throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
  }
}
