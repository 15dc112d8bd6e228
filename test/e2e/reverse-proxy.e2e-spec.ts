import Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { maleId } from '../factories/id-numbers';
import { startApp, type E2eApp } from '../support/e2e-app';
import { freePort } from '../support/redis-server';

/*
 * Issue 15, behind a reverse proxy: the client address is the forwarded one only when the
 * connection comes from a proxy TRUST_PROXY names, and the public look-up limits (own results,
 * objections, own certificates) are one budget per address across the three routes and one per ID
 * number from any address, kept in Redis for every API process. supertest connects from 127.0.0.1.
 */

function expectError(res: { status: number; body: unknown }, status: number, code: string): void {
  const body = res.body as { code?: string };
  expect({ status: res.status, code: body?.code }).toEqual({ status, code });
}

/** The three look-up routes, each answering 404 for a person with no published result. */
const ROUTES = {
  results: (t: E2eApp, body: object) => t.http.post('/api/public/results/lookup').send(body),
  objection: (t: E2eApp, body: object) =>
    t.http.post('/api/public/contests/999/objections').send({ ...body, text: '评分有误，请复核' }),
  certificates: (t: E2eApp, body: object) =>
    t.http.post('/api/public/certificates/lookup').send(body),
};
const NOT_FOUND = {
  results: 'CONTESTANT_NOT_FOUND',
  objection: 'CONTESTANT_NOT_FOUND',
  certificates: 'CERTIFICATE_NOT_FOUND',
};

describe('TRUST_PROXY decides whose X-Forwarded-For is believed', () => {
  const apps: E2eApp[] = [];
  afterAll(async () => {
    for (const app of apps) await app.close();
  });

  /** Two look-ups from client A, then one from client B, as the proxy would forward them. */
  async function thirdLookupFromAnotherClient(trustProxy: string | null): Promise<number> {
    const t = await startApp({
      PUBLIC_LOOKUP_RATE_LIMIT: '2',
      ...(trustProxy === null ? {} : { TRUST_PROXY: trustProxy }),
    });
    apps.push(t);
    const lookup = (client: string, n: number) =>
      t.http
        .post('/api/public/results/lookup')
        .set('X-Forwarded-For', client)
        .send({ name: '张三', idNumber: maleId(n) });
    expect((await lookup('198.51.100.1', 1)).status).toBe(404);
    expect((await lookup('198.51.100.1', 2)).status).toBe(404);
    return (await lookup('198.51.100.2', 3)).status;
  }

  it('unset: X-Forwarded-For is ignored, two forwarded clients share one limit', async () => {
    expect(await thirdLookupFromAnotherClient(null)).toBe(429);
  });

  it('naming our peer (127.0.0.1): the forwarded clients are counted apart', async () => {
    expect(await thirdLookupFromAnotherClient('127.0.0.1')).toBe(404);
  });

  it('a CIDR that holds our peer (127.0.0.0/8, ::1): counted apart too', async () => {
    expect(await thirdLookupFromAnotherClient('127.0.0.0/8, ::1')).toBe(404);
  });

  it('naming another network (10.0.0.0/8): our peer is not trusted, the header is ignored', async () => {
    expect(await thirdLookupFromAnotherClient('10.0.0.0/8')).toBe(429);
  });
});

describe('public look-up limits in Redis', () => {
  const WINDOW = { PUBLIC_LOOKUP_WINDOW_SECONDS: '60', PUBLIC_LOOKUP_PER_ID_WINDOW_SECONDS: '600' };
  let redis: Redis;
  const apps: E2eApp[] = [];
  beforeAll(() => {
    redis = new Redis(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    redis.disconnect();
  });
  const start = async (overrides: Record<string, string>) => {
    const t = await startApp({ ...WINDOW, ...overrides });
    apps.push(t);
    return t;
  };

  it('one budget per address across the three routes, with Retry-After', async () => {
    const t = await start({ PUBLIC_LOOKUP_RATE_LIMIT: '3' });
    let n = 0;
    for (const route of ['results', 'objection', 'certificates'] as const) {
      expectError(
        await ROUTES[route](t, { name: '李四', idNumber: maleId(++n) }),
        404,
        NOT_FOUND[route],
      );
    }
    // Each route has had one look-up; the address has had three: every route now refuses.
    for (const route of ['results', 'objection', 'certificates'] as const) {
      const refused = await ROUTES[route](t, { name: '李四', idNumber: maleId(++n) });
      expectError(refused, 429, 'TOO_MANY_LOOKUPS');
      const seconds = Number(refused.headers['retry-after']);
      expect(seconds).toBeGreaterThanOrEqual(1);
      expect(seconds).toBeLessThanOrEqual(60);
      expect(refused.body).toMatchObject({ details: { retryAfterSeconds: seconds } });
    }
    // The rankings are not look-ups: they stay open (404: no such competition).
    expectError(
      await t.http.get('/api/public/competitions/1/rankings'),
      404,
      'COMPETITION_NOT_FOUND',
    );
  });

  it('many addresses probing one ID number are stopped by the per-ID limit', async () => {
    const t = await start({
      TRUST_PROXY: '127.0.0.1',
      PUBLIC_LOOKUP_RATE_LIMIT: '1000',
      PUBLIC_LOOKUP_PER_ID_LIMIT: '4',
    });
    const victim = maleId(4242);
    const statuses: number[] = [];
    // Twelve addresses, each trying one name against the same ID number, over the three routes;
    // the ID number written as people type it (blanks, a lower-case x) is the same ID number.
    const spellings = [victim, ` ${victim} `, victim.toLowerCase()];
    for (let i = 0; i < 12; i++) {
      const route = (['results', 'objection', 'certificates'] as const)[i % 3];
      const res = await ROUTES[route](t, { name: `王${i}`, idNumber: spellings[i % 3] }).set(
        'X-Forwarded-For',
        `203.0.113.${i + 1}`,
      );
      statuses.push(res.status);
      if (res.status === 429) expect((res.body as { code: string }).code).toBe('TOO_MANY_LOOKUPS');
    }
    expect(statuses).toEqual([...Array<number>(4).fill(404), ...Array<number>(8).fill(429)]);
    // Another ID number from one of those addresses is still answered.
    const other = await ROUTES.results(t, { name: '王0', idNumber: maleId(4243) }).set(
      'X-Forwarded-For',
      '203.0.113.1',
    );
    expect(other.status).toBe(404);

    // Redis holds neither the ID number nor the addresses in clear.
    const keys = await redis.keys(`${t.env.QUEUE_PREFIX}:rate-limit:*`);
    expect(keys.length).toBeGreaterThanOrEqual(13);
    const text = keys.join('\n');
    expect(text).not.toContain(victim.slice(0, 12));
    expect(text).not.toContain('203.0.113');
  });

  it('two API processes on one Redis share the budget', async () => {
    const first = await start({ PUBLIC_LOOKUP_RATE_LIMIT: '4' });
    // Same data directory (so the same JWT secret, which keys the hashes) and the same prefix,
    // as the processes of one deployment.
    const second = await start({
      PUBLIC_LOOKUP_RATE_LIMIT: '4',
      DATA_DIR: first.env.DATA_DIR,
      QUEUE_PREFIX: first.env.QUEUE_PREFIX,
    });
    let n = 100;
    const ask = (t: E2eApp) => ROUTES.results(t, { name: '赵五', idNumber: maleId(++n) });
    expect((await ask(first)).status).toBe(404);
    expect((await ask(second)).status).toBe(404);
    expect((await ask(first)).status).toBe(404);
    expect((await ask(second)).status).toBe(404);
    // Four between them: both now refuse.
    expectError(await ask(first), 429, 'TOO_MANY_LOOKUPS');
    expectError(await ask(second), 429, 'TOO_MANY_LOOKUPS');
  });

  it('with Redis down the limits fall back to the process: answered, and still limited', async () => {
    const nowhere = `redis://127.0.0.1:${await freePort()}`;
    const t = await start({
      REDIS_URL: nowhere,
      QUEUE_PREFIX: `down_${randomBytes(4).toString('hex')}`,
      PUBLIC_LOOKUP_RATE_LIMIT: '3',
    });
    let n = 200;
    for (let i = 0; i < 3; i++) {
      expect((await ROUTES.results(t, { name: '钱六', idNumber: maleId(++n) })).status).toBe(404);
    }
    expectError(
      await ROUTES.certificates(t, { name: '钱六', idNumber: maleId(++n) }),
      429,
      'TOO_MANY_LOOKUPS',
    );
    // Staff still log in (their limits fall back the same way).
    await expect(t.login()).resolves.toMatch(/^Bearer /);
  });
});
