import { JwtService } from '@nestjs/jwt';
import type { Response } from 'supertest';
import { SetupApi } from '../factories/setup-api';
import { scheme30x70 } from '../factories/schemes';
import { startApp, type E2eApp } from '../support/e2e-app';
import { ADMIN } from '../support/test-environment';
import { databases } from '../support/e2e-databases';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
/** bcrypt hashes start with $2a$, $2b$ or $2y$ and the cost. */
const BCRYPT_HASH = /\$2[aby]\$\d\d\$/;

/** Fails if any object in `value` has a key that looks like a password, or a bcrypt hash shows up. */
function expectNoPasswordLeak(res: Response): void {
  expect(res.text).not.toMatch(BCRYPT_HASH);
  expect(res.text).not.toMatch(/"password(Hash)?"\s*:/i);
}

function expectError(res: Response, status: number, code: string): void {
  expect({ status: res.status, code: res.body?.code }).toEqual({ status, code });
  expect(res.body.statusCode).toBe(status);
  expect(typeof res.body.message).toBe('string');
  expect(res.body.message.length).toBeGreaterThan(0);
}

/** Replaces the character at `index` of `text` with another base64url character. */
function changeCharAt(text: string, index: number): string {
  const replacement = text[index] === 'A' ? 'B' : 'A';
  return text.slice(0, index) + replacement + text.slice(index + 1);
}

const b64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe.each(databases)('auth on %s: login, tokens, users and roles', (_name, database) => {
  let dropDatabase: () => Promise<void> = () => Promise.resolve();
  let t: E2eApp;
  let admin: string;
  let setup: SetupApi;

  beforeAll(async () => {
    const db = await database();
    dropDatabase = db.drop;
    t = await startApp(db.overrides);
    admin = await t.login();
    setup = new SetupApi(t.http, admin);
  });
  afterAll(async () => {
    await t?.close();
    await dropDatabase();
  });

  const login = (username: string, password: string) =>
    t.http.post('/api/auth/login').send({ username, password });

  describe('login and tokens', () => {
    it("gives an access token and the organizer's profile for the admin's credentials", async () => {
      const res = await login(ADMIN.username, ADMIN.password);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        accessToken: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/),
        expiresIn: t.env.JWT_TTL_SECONDS,
        user: {
          id: expect.any(Number),
          username: ADMIN.username,
          displayName: expect.any(String),
          role: 'ORGANIZER',
          unitId: null,
        },
      });
      expectNoPasswordLeak(res);
      const me = await t.http
        .get('/api/auth/me')
        .set('authorization', `Bearer ${res.body.accessToken}`);
      expect(me.status).toBe(200);
    });

    it('answers a wrong password and an unknown user alike: 401 INVALID_CREDENTIALS', async () => {
      const wrongPassword = await login(ADMIN.username, 'not-the-password');
      const unknownUser = await login('nobody-here', ADMIN.password);
      expectError(wrongPassword, 401, 'INVALID_CREDENTIALS');
      expectError(unknownUser, 401, 'INVALID_CREDENTIALS');
      expect(unknownUser.body).toEqual(wrongPassword.body);
      expect(wrongPassword.body.accessToken).toBeUndefined();
    });

    it('refuses a login body without a password with 400 VALIDATION_FAILED', async () => {
      const res = await t.http.post('/api/auth/login').send({ username: ADMIN.username });
      expectError(res, 400, 'VALIDATION_FAILED');
      expect(res.body.details).toEqual(
        expect.arrayContaining([expect.objectContaining({ field: 'password' })]),
      );
    });

    it('answers a call without a token with 401 TOKEN_MISSING', async () => {
      expectError(await t.http.get('/api/auth/me'), 401, 'TOKEN_MISSING');
      expectError(
        await t.http.get('/api/auth/me').set('authorization', 'Basic YWRtaW46YWRtaW4='),
        401,
        'TOKEN_MISSING',
      );
      expectError(await t.http.get('/api/trades'), 401, 'TOKEN_MISSING');
    });

    it('answers a garbage or tampered token with 401 TOKEN_INVALID', async () => {
      const token = admin.slice('Bearer '.length);
      const [header, payload, signature] = token.split('.');
      const me = (bearer: string) =>
        t.http.get('/api/auth/me').set('authorization', `Bearer ${bearer}`);

      // The untouched token works, so the failures below are down to the changes.
      expect((await me(token)).status).toBe(200);

      expectError(await me('not-a-token'), 401, 'TOKEN_INVALID');
      expectError(await me('a.b.c'), 401, 'TOKEN_INVALID');
      // One character of the signature changed (not the last, whose low bits base64 may ignore).
      const tamperedSignature = `${header}.${payload}.${changeCharAt(signature, 5)}`;
      expect(tamperedSignature).not.toBe(token);
      expectError(await me(tamperedSignature), 401, 'TOKEN_INVALID');
      // The payload changed to claim another user, signature kept.
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as object;
      const forgedPayload = b64url({ ...claims, username: 'someone-else', sub: 999 });
      expectError(await me(`${header}.${forgedPayload}.${signature}`), 401, 'TOKEN_INVALID');
      // An unsigned token ("alg": "none").
      const unsigned = `${b64url({ alg: 'none', typ: 'JWT' })}.${payload}.`;
      expectError(await me(unsigned), 401, 'TOKEN_INVALID');
    });

    it('refuses tokens signed with another secret, expired, or naming an unknown role', async () => {
      const claims = { sub: 1, username: ADMIN.username, role: 'ORGANIZER', unitId: null };
      const me = (bearer: string) =>
        t.http.get('/api/auth/me').set('authorization', `Bearer ${bearer}`);

      const otherSecret = new JwtService({ secret: 'x'.repeat(40) });
      expectError(await me(otherSecret.sign(claims)), 401, 'TOKEN_INVALID');

      const ours = t.app.get(JwtService);
      expect((await me(ours.sign(claims))).status).toBe(200);
      // Issued two lifetimes ago, so it expired one lifetime ago.
      const iat = Math.floor(Date.now() / 1000) - 2 * t.env.JWT_TTL_SECONDS;
      const expired = ours.sign({ ...claims, iat });
      expectError(await me(expired), 401, 'TOKEN_EXPIRED');
      expectError(await me(ours.sign({ ...claims, role: 'SUPERUSER' })), 401, 'TOKEN_INVALID');
    });

    it('GET /api/auth/me returns the principal the token names', async () => {
      const res = await t.http.get('/api/auth/me').set('authorization', admin);
      expect(res.status).toBe(200);
      const loggedIn = await login(ADMIN.username, ADMIN.password);
      expect(res.body).toEqual({
        userId: loggedIn.body.user.id,
        username: ADMIN.username,
        role: 'ORGANIZER',
        unitId: null,
      });
    });
  });

  describe('users', () => {
    let unitId: number;

    const createUser = (body: Record<string, unknown>) =>
      t.http.post('/api/users').set('authorization', admin).send(body);
    const listUsers = async () => {
      const res = await t.http.get('/api/users').set('authorization', admin);
      expect(res.status).toBe(200);
      return res.body as { id: number; username: string; role: string; unitId: number | null }[];
    };
    const user = (username: string, role: string, extra: Record<string, unknown> = {}) => ({
      username,
      password: `${username}-secret`,
      displayName: `显示名 ${username}`,
      role,
      ...extra,
    });

    beforeAll(async () => {
      unitId = (await setup.unit('USERS-FED', '市总工会')).id;
    });

    it('refuses a unit coordinator without a unit (400 UNIT_REQUIRED) or with an unknown one (400 UNIT_NOT_FOUND)', async () => {
      const before = await listUsers();
      expectError(await createUser(user('coord.nounit', 'UNIT_COORDINATOR')), 400, 'UNIT_REQUIRED');
      expectError(
        await createUser(user('coord.badunit', 'UNIT_COORDINATOR', { unitId: 999999 })),
        400,
        'UNIT_NOT_FOUND',
      );
      expect(await listUsers()).toEqual(before);
    });

    it('refuses a unit coordinator whose unitId is null, and creates nobody', async () => {
      const before = await listUsers();
      const res = await createUser(user('coord.nullunit', 'UNIT_COORDINATOR', { unitId: null }));
      expect(res.status).toBe(400);
      expect(['UNIT_REQUIRED', 'VALIDATION_FAILED']).toContain(res.body.code);
      expect(await listUsers()).toEqual(before);
    });

    it('creates a unit coordinator of a unit, without showing the password', async () => {
      const res = await createUser(user('coord.one', 'UNIT_COORDINATOR', { unitId }));
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        id: expect.any(Number),
        username: 'coord.one',
        displayName: '显示名 coord.one',
        role: 'UNIT_COORDINATOR',
        unitId,
        active: true,
        createdAt: expect.stringMatching(ISO_INSTANT),
      });
      expectNoPasswordLeak(res);
      const fetched = await t.http.get(`/api/users/${res.body.id}`).set('authorization', admin);
      expect(fetched.status).toBe(200);
      expect(fetched.body).toEqual(res.body);
      expectNoPasswordLeak(fetched);
    });

    it('creates judges, with or without their own unit', async () => {
      const plain = await createUser(user('judge.one', 'JUDGE'));
      expect(plain.status).toBe(201);
      expect(plain.body).toMatchObject({ username: 'judge.one', role: 'JUDGE', unitId: null });
      expectNoPasswordLeak(plain);
      const withUnit = await createUser(user('judge.two', 'JUDGE', { unitId }));
      expect(withUnit.status).toBe(201);
      expect(withUnit.body).toMatchObject({ username: 'judge.two', role: 'JUDGE', unitId });
    });

    it('refuses an organizer that names a unit with 400 UNIT_NOT_ALLOWED', async () => {
      const before = await listUsers();
      expectError(
        await createUser(user('org.unit', 'ORGANIZER', { unitId })),
        400,
        'UNIT_NOT_ALLOWED',
      );
      expect(await listUsers()).toEqual(before);
    });

    it('refuses a duplicate user name with 409 USERNAME_TAKEN', async () => {
      expect((await createUser(user('dup.user', 'JUDGE'))).status).toBe(201);
      const before = await listUsers();
      const again = await createUser({ ...user('dup.user', 'JUDGE'), displayName: 'another' });
      expectError(again, 409, 'USERNAME_TAKEN');
      expect(again.body.message).toContain('dup.user');
      expectError(await createUser(user(ADMIN.username, 'JUDGE')), 409, 'USERNAME_TAKEN');
      expect(await listUsers()).toEqual(before);
    });

    it('refuses a short password with 400 VALIDATION_FAILED naming password', async () => {
      const before = await listUsers();
      const res = await createUser({ ...user('short.pw', 'JUDGE'), password: 'short' });
      expectError(res, 400, 'VALIDATION_FAILED');
      expect(res.body.details).toEqual([{ field: 'password', message: expect.any(String) }]);
      expect(await listUsers()).toEqual(before);
    });

    it('refuses an unknown role with 400 VALIDATION_FAILED naming role', async () => {
      const res = await createUser(user('role.bad', 'SUPERUSER'));
      expectError(res, 400, 'VALIDATION_FAILED');
      expect(res.body.details).toEqual([{ field: 'role', message: expect.any(String) }]);
      expect((await listUsers()).map((u) => u.username)).not.toContain('role.bad');
    });

    it('refuses an extra unknown field with 400 VALIDATION_FAILED', async () => {
      const res = await createUser({ ...user('extra.field', 'JUDGE'), isAdmin: true });
      expectError(res, 400, 'VALIDATION_FAILED');
      expect(res.body.details).toEqual([{ field: 'isAdmin', message: expect.any(String) }]);
      expect((await listUsers()).map((u) => u.username)).not.toContain('extra.field');
    });

    it('never shows a password hash in the user list', async () => {
      const res = await t.http.get('/api/users').set('authorization', admin);
      expect(res.status).toBe(200);
      expect(res.body.length).toBeGreaterThanOrEqual(4);
      expectNoPasswordLeak(res);
      for (const u of res.body as Record<string, unknown>[]) {
        expect(Object.keys(u).sort()).toEqual(
          ['active', 'createdAt', 'displayName', 'id', 'role', 'unitId', 'username'].sort(),
        );
      }
    });

    it('lets the new users log in, with their role and unit in the token', async () => {
      const coord = await login('coord.one', 'coord.one-secret');
      expect(coord.status).toBe(200);
      expect(coord.body.user).toMatchObject({
        username: 'coord.one',
        role: 'UNIT_COORDINATOR',
        unitId,
      });
      expectNoPasswordLeak(coord);
      const me = await t.http
        .get('/api/auth/me')
        .set('authorization', `Bearer ${coord.body.accessToken}`);
      expect(me.body).toEqual({
        userId: coord.body.user.id,
        username: 'coord.one',
        role: 'UNIT_COORDINATOR',
        unitId,
      });

      const judge = await login('judge.one', 'judge.one-secret');
      expect(judge.status).toBe(200);
      expect(judge.body.user).toMatchObject({ username: 'judge.one', role: 'JUDGE', unitId: null });
      expectError(await login('judge.one', 'coord.one-secret'), 401, 'INVALID_CREDENTIALS');
    });
  });

  describe('roles on every route', () => {
    let judge: string;
    let coordinator: string;
    let unitId: number;
    let competitionId: number;
    let contestId: number;
    let ecomId: number;
    let agateId: number;

    const as = (auth: string) => ({
      get: (path: string) => t.http.get(path).set('authorization', auth),
    });

    /** What each write route would create or change, were it allowed. */
    const writeRoutes = () => [
      {
        method: 'post' as const,
        path: '/api/users',
        body: {
          username: 'sneaky.user',
          password: 'sneaky-password',
          displayName: 'x',
          role: 'ORGANIZER',
        },
      },
      { method: 'post' as const, path: '/api/units', body: { code: 'SNEAKY', name: '偷偷' } },
      {
        method: 'post' as const,
        path: '/api/trades',
        body: { code: 'SNEAKY', name: '偷偷', nameEn: 'Sneaky' },
      },
      {
        method: 'post' as const,
        path: '/api/competitions',
        body: { code: 'SNEAKY2017', name: '偷偷大赛', year: 2017 },
      },
      {
        method: 'post' as const,
        path: `/api/competitions/${competitionId}/contests`,
        body: { tradeId: agateId, scheme: scheme30x70() },
      },
      {
        method: 'patch' as const,
        path: `/api/contests/${contestId}`,
        body: { status: 'REGISTRATION' },
      },
      { method: 'post' as const, path: '/api/maintenance/optimize-database', body: {} },
    ];

    /** Everything an organizer can see that a write route could have changed. */
    const snapshot = async () => {
      const org = as(admin);
      const [users, units, trades, competitions, competition, contest] = await Promise.all([
        org.get('/api/users'),
        org.get('/api/units'),
        org.get('/api/trades'),
        org.get('/api/competitions'),
        org.get(`/api/competitions/${competitionId}`),
        org.get(`/api/contests/${contestId}`),
      ]);
      for (const res of [users, units, trades, competitions, competition, contest]) {
        expect(res.status).toBe(200);
      }
      return {
        users: (users.body as unknown[]).length,
        units: (units.body as unknown[]).length,
        trades: (trades.body as unknown[]).length,
        competitions: (competitions.body as unknown[]).length,
        contests: (competition.body.contests as unknown[]).length,
        contest: { status: contest.body.status, version: contest.body.version },
      };
    };

    beforeAll(async () => {
      unitId = (await setup.unit('ROLES-UNIT', '角色测试单位')).id;
      await setup.user('roles.judge', 'JUDGE');
      await setup.user('roles.coord', 'UNIT_COORDINATOR', unitId);
      judge = await t.login('roles.judge', 'roles.judge-password');
      coordinator = await t.login('roles.coord', 'roles.coord-password');
      competitionId = (await setup.competition('ROLES2017')).id;
      ecomId = await setup.tradeId('ECOM');
      agateId = await setup.tradeId('AGATE');
      contestId = (await setup.contest(competitionId, { tradeId: ecomId, scheme: scheme30x70() }))
        .id;
    });

    it('starts from a known state', async () => {
      const state = await snapshot();
      expect(state.contests).toBe(1);
      expect(state.contest).toEqual({ status: 'DRAFT', version: 1 });
      expect(state.competitions).toBeGreaterThanOrEqual(1);
    });

    /**
     * A coordinator may create judge accounts and contests hosted within their subtree
     * (docs/security.md "Hosted contests"): an organizer's account, or a contest without a host,
     * is refused by the rule's own code.
     */
    const COORDINATOR_CODES: Record<string, string> = {
      '/api/users': 'USER_ROLE_NOT_ALLOWED',
      contests: 'HOST_UNIT_OUT_OF_SCOPE',
    };

    it.each(['JUDGE', 'UNIT_COORDINATOR'])(
      'refuses every write route to a %s with 403 and changes nothing',
      async (role) => {
        const auth = role === 'JUDGE' ? judge : coordinator;
        const before = await snapshot();
        for (const route of writeRoutes()) {
          const res = await t.http[route.method](route.path)
            .set('authorization', auth)
            .send(route.body);
          const code =
            role === 'UNIT_COORDINATOR'
              ? (COORDINATOR_CODES[route.path] ??
                COORDINATOR_CODES[route.path.split('/').pop()!] ??
                'ROLE_NOT_ALLOWED')
              : 'ROLE_NOT_ALLOWED';
          expect({ route: route.path, status: res.status, code: res.body.code }).toEqual({
            route: route.path,
            status: 403,
            code,
          });
        }
        expect(await snapshot()).toEqual(before);
      },
    );

    it('refuses every write route without a token with 401 TOKEN_MISSING and changes nothing', async () => {
      const before = await snapshot();
      for (const route of writeRoutes()) {
        const res = await t.http[route.method](route.path).send(route.body);
        expect({ route: route.path, status: res.status, code: res.body.code }).toEqual({
          route: route.path,
          status: 401,
          code: 'TOKEN_MISSING',
        });
      }
      expect(await snapshot()).toEqual(before);
    });

    it('the same write routes do work for the organizer (so the refusals above are about roles)', async () => {
      const res = await t.http
        .post('/api/units')
        .set('authorization', admin)
        .send({ code: 'ORG-OK', name: '组织者可建' });
      expect(res.status).toBe(201);
      const patched = await t.http
        .patch(`/api/contests/${contestId}`)
        .set('authorization', admin)
        .send({ minField: 4 });
      expect(patched.status).toBe(200);
      expect(patched.body).toMatchObject({ minField: 4, version: 2 });
    });

    it.each(['ORGANIZER', 'UNIT_COORDINATOR', 'JUDGE'])(
      'lets a %s read trades, units and a competition',
      async (role) => {
        const auth = role === 'ORGANIZER' ? admin : role === 'JUDGE' ? judge : coordinator;
        const trades = await as(auth).get('/api/trades');
        expect(trades.status).toBe(200);
        expect((trades.body as { code: string }[]).map((x) => x.code)).toEqual(
          expect.arrayContaining(['ECOM', 'AGATE', 'CHEMLAB', 'EXPRESS', 'GARDEN']),
        );
        const units = await as(auth).get('/api/units');
        expect(units.status).toBe(200);
        expect((units.body as { code: string }[]).map((x) => x.code)).toContain('ROLES-UNIT');
        const competition = await as(auth).get(`/api/competitions/${competitionId}`);
        expect(competition.status).toBe(200);
        expect(competition.body).toMatchObject({
          id: competitionId,
          code: 'ROLES2017',
          contests: [{ id: contestId, tradeCode: 'ECOM', status: 'DRAFT' }],
        });
      },
    );

    it('keeps GET /api/users to organizers, and a coordinator to their units’ judges', async () => {
      expect((await as(admin).get('/api/users')).status).toBe(200);
      expectError(await as(judge).get('/api/users'), 403, 'ROLE_NOT_ALLOWED');
      const theirs = await as(coordinator).get('/api/users');
      expect(theirs.status).toBe(200);
      expect(theirs.body).toEqual([]);
      expectError(await t.http.get('/api/users'), 401, 'TOKEN_MISSING');
    });
  });
});

describe.each(databases)('auth on %s: login rate limit', (_name, database) => {
  let dropDatabase: () => Promise<void> = () => Promise.resolve();
  let t: E2eApp;
  beforeAll(async () => {
    const db = await database();
    dropDatabase = db.drop;
    t = await startApp({ ...db.overrides, LOGIN_RATE_LIMIT: '3' });
  });
  afterAll(async () => {
    await t?.close();
    await dropDatabase();
  });

  const login = (username: string, password: string) =>
    t.http.post('/api/auth/login').send({ username, password });

  it('allows 3 attempts per user name and address, then answers 429 even to the right password', async () => {
    // One admin attempt (of 3) to create the account whose password is then guessed.
    const admin = await t.login();
    await new SetupApi(t.http, admin).user('limited.user', 'JUDGE');

    for (let i = 0; i < 3; i++) {
      expectError(await login('limited.user', `guess-${i}`), 401, 'INVALID_CREDENTIALS');
    }
    const fourth = await login('limited.user', 'limited.user-password');
    expectError(fourth, 429, 'TOO_MANY_LOGIN_ATTEMPTS');
    expect(fourth.body.accessToken).toBeUndefined();
    // The same name in another case is the same account, so it is limited too.
    expectError(
      await login('LIMITED.USER', 'limited.user-password'),
      429,
      'TOO_MANY_LOGIN_ATTEMPTS',
    );

    // Another user name from the same address is still allowed (its 2nd attempt).
    const other = await login(ADMIN.username, ADMIN.password);
    expect(other.status).toBe(200);
    expect(other.body.user.role).toBe('ORGANIZER');
    // An unknown name is judged on its own count too: refused as a bad login, not as throttled.
    expectError(await login('someone.else', 'whatever-1'), 401, 'INVALID_CREDENTIALS');
  });
});
