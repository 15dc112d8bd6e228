import { DataSource } from 'typeorm';
import { SetupApi } from '../factories/setup-api';
import { startApp, type E2eApp } from '../support/e2e-app';
import { databases } from '../support/e2e-databases';
import { ADMIN } from '../support/test-environment';

/*
 * Issue 15, login: a limit per client address whatever the user names (one address spraying
 * guesses over many names), and no database row for a user name without an account, while such a
 * name is still answered exactly like a real one (no account enumeration).
 */

const BACKOFF = { free: 3, baseSeconds: 30, maxSeconds: 60 };

describe.each(databases)('login limits on %s', (_name, database) => {
  let dropDatabase: () => Promise<void> = () => Promise.resolve();
  let t: E2eApp;
  let setup: SetupApi;
  beforeAll(async () => {
    const db = await database();
    dropDatabase = db.drop;
    t = await startApp({
      ...db.overrides,
      LOGIN_ADDRESS_RATE_LIMIT: '6',
      LOGIN_RATE_LIMIT: '1000',
      LOGIN_BACKOFF_FREE_ATTEMPTS: String(BACKOFF.free),
      LOGIN_BACKOFF_BASE_SECONDS: String(BACKOFF.baseSeconds),
      LOGIN_BACKOFF_MAX_SECONDS: String(BACKOFF.maxSeconds),
    });
    setup = new SetupApi(t.http, await t.login());
  });
  afterAll(async () => {
    await t?.close();
    await dropDatabase();
  });

  const login = (username: string, password: string, remoteAddress: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password },
      remoteAddress,
    });
  const answer = (res: Awaited<ReturnType<typeof login>>) =>
    `${res.statusCode} ${res.json<{ code?: string }>().code ?? ''}`.trim();
  const backoffRows = async (): Promise<string[]> => {
    const rows = await t.app
      .get(DataSource)
      .query<Array<{ username_key: string }>>('SELECT username_key FROM login_backoff');
    return rows.map((r) => r.username_key);
  };

  it('limits one address whatever the user names, saying when to come back', async () => {
    const spray = '10.5.0.1';
    // A room of colleagues signing in behind one gateway: successes do not spend the budget.
    for (let i = 0; i < 10; i++) {
      expect((await login(ADMIN.username, ADMIN.password, spray)).statusCode).toBe(200);
    }
    for (let i = 0; i < 6; i++) {
      expect(answer(await login(`sprayed.${i}`, 'Password-1', spray))).toBe(
        '401 INVALID_CREDENTIALS',
      );
    }
    // A seventh name from that address: refused before any password is compared.
    const refused = await login('sprayed.6', 'Password-1', spray);
    expect(answer(refused)).toBe('429 TOO_MANY_LOGIN_ATTEMPTS');
    const seconds = Number(refused.headers['retry-after']);
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(seconds).toBeLessThanOrEqual(t.env.LOGIN_RATE_WINDOW_SECONDS);
    expect(refused.json()).toMatchObject({ details: { retryAfterSeconds: seconds } });
    // Even the right password of a real account, from that address.
    expect(answer(await login(ADMIN.username, ADMIN.password, spray))).toBe(
      '429 TOO_MANY_LOGIN_ATTEMPTS',
    );
    // Other addresses are not held up.
    expect((await login(ADMIN.username, ADMIN.password, '10.5.0.2')).statusCode).toBe(200);
  });

  it('writes no back-off row for names without an account, yet answers them like real ones', async () => {
    await setup.user('lim.known', 'JUDGE');
    let address = 0;
    /** BACKOFF.free + 2 wrong guesses for `name`, each from an address of its own. */
    const guesses = async (name: string) => {
      const seen: string[] = [];
      for (let i = 0; i < BACKOFF.free + 2; i++) {
        const res = await login(
          name,
          `guess-${i}`,
          `10.4.${Math.floor(address / 200)}.${address++ % 200}`,
        );
        seen.push(`${answer(res)} ${res.headers['retry-after'] ?? ''}`.trim());
      }
      return seen;
    };
    const known = await guesses('lim.known');
    const unknown = await guesses('lim.nobody');
    expect(known).toEqual([
      ...Array<string>(BACKOFF.free).fill('401 INVALID_CREDENTIALS'),
      `429 LOGIN_DELAYED ${BACKOFF.baseSeconds}`,
      `429 LOGIN_DELAYED ${BACKOFF.baseSeconds}`,
    ]);
    expect(unknown).toEqual(known);
    // A name in another case is the same name, known or not.
    expect(answer(await login('LIM.NOBODY', 'x-guess', '10.4.9.1'))).toBe('429 LOGIN_DELAYED');
    expect(answer(await login('LIM.KNOWN', 'x-guess', '10.4.9.2'))).toBe('429 LOGIN_DELAYED');

    // An attacker filling the table with guessed names: 40 names, not one row.
    for (let i = 0; i < 40; i++) {
      expect(answer(await login(`guessed.name.${i}`, 'Password-1', `10.3.0.${i + 1}`))).toBe(
        '401 INVALID_CREDENTIALS',
      );
    }
    // The only row is the real account's: no sprayed, guessed or probed name left one.
    expect(await backoffRows()).toEqual(['lim.known']);
  });

  it('lets at most the free attempts through a parallel burst on a name without an account', async () => {
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => login('lim.ghost', `burst-${i}`, `10.2.0.${i + 1}`)),
    );
    const codes = answers.map(answer);
    expect(codes.filter((c) => c === '401 INVALID_CREDENTIALS')).toHaveLength(BACKOFF.free);
    expect(codes.filter((c) => c === '429 LOGIN_DELAYED')).toHaveLength(12 - BACKOFF.free);
    expect(await backoffRows()).not.toContain('lim.ghost');
  });
});
