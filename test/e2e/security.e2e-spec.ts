import { JwtService } from '@nestjs/jwt';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEnvironment } from '../../src/config/environment';
import { maleId } from '../factories/id-numbers';
import { register, setStatus } from '../factories/registration-api';
import { scheme30x70 } from '../factories/schemes';
import { SetupApi } from '../factories/setup-api';
import { startApp, type E2eApp } from '../support/e2e-app';
import { databases } from '../support/e2e-databases';
import { ADMIN } from '../support/test-environment';

/*
 * Issue 9, security: secure headers, CORS closed by default, token expiry and revocation that
 * holds across API processes, the per-account login back-off, and upload limits. The
 * authorization matrix is in authorization.e2e-spec.ts.
 */

function expectError(res: { status: number; body: unknown }, status: number, code: string): void {
  const body = res.body as { statusCode?: number; code?: string; message?: string };
  expect({ status: res.status, code: body?.code }).toEqual({ status, code });
  expect(body.statusCode).toBe(status);
  expect(typeof body.message).toBe('string');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const payloadOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as Record<string, unknown>;
const bearer = (token: string) => `Bearer ${token}`;

/** The back-off the API below runs with: 3 free failures, then 1 s, 2 s, 2 s, … */
const BACKOFF = { free: 3, baseSeconds: 1, maxSeconds: 2 };
const UPLOAD_LIMIT = 65536;

describe.each(databases)('security on %s', (_name, database) => {
  let dropDatabase: () => Promise<void> = () => Promise.resolve();
  let t: E2eApp;
  /** A second API process on the same database, as behind a load balancer. */
  let other: E2eApp;
  let admin: string;
  let setup: SetupApi;

  beforeAll(async () => {
    const db = await database();
    dropDatabase = db.drop;
    const overrides = {
      ...db.overrides,
      LOGIN_BACKOFF_FREE_ATTEMPTS: String(BACKOFF.free),
      LOGIN_BACKOFF_BASE_SECONDS: String(BACKOFF.baseSeconds),
      LOGIN_BACKOFF_MAX_SECONDS: String(BACKOFF.maxSeconds),
      ROSTER_MAX_BYTES: String(UPLOAD_LIMIT),
    };
    t = await startApp(overrides);
    // Same DATA_DIR: the same SQLite file (or the same PostgreSQL database) and the same JWT secret.
    other = await startApp({ ...overrides, DATA_DIR: t.env.DATA_DIR, LOGIN_RATE_LIMIT: '3' });
    admin = await t.login();
    setup = new SetupApi(t.http, admin);
  });
  afterAll(async () => {
    await other?.close();
    await t?.close();
    await dropDatabase();
  });

  const login = (username: string, password: string, remoteAddress = '127.0.0.1') =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password },
      remoteAddress,
    });
  const loginToken = async (username: string, password: string): Promise<string> => {
    const res = await login(username, password);
    expect(res.statusCode).toBe(200);
    return res.json<{ accessToken: string }>().accessToken;
  };
  const me = (app: E2eApp, token: string) =>
    app.http.get('/api/auth/me').set('authorization', bearer(token));
  const asResponse = (res: Awaited<ReturnType<typeof login>>) => ({
    status: res.statusCode,
    body: res.json<unknown>(),
    headers: res.headers,
  });

  describe('secure headers', () => {
    it.each([
      ['an API answer', '/health', 200],
      ['a refusal', '/api/auth/me', 401],
      ['an unknown route', '/api/no-such-route', 404],
      ['the OpenAPI document', '/api/docs-json', 200],
      ['Swagger UI', '/api/docs', 200],
      ['the verification page', '/verify/NO-SUCH-CODE', 200],
    ])('on %s (%s)', async (_what, path, status) => {
      const res = await t.http.get(path);
      expect(res.status).toBe(status);
      const csp = String(res.headers['content-security-policy']);
      const directives = new Map(
        csp.split(';').map((d) => {
          const [name, ...values] = d.trim().split(/\s+/);
          return [name, values] as [string, string[]];
        }),
      );
      expect(directives.get('default-src')).toEqual(["'self'"]);
      expect(directives.get('script-src')).toEqual(["'self'"]);
      expect(directives.get('script-src-attr')).toEqual(["'none'"]);
      expect(directives.get('object-src')).toEqual(["'none'"]);
      expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
      expect(directives.get('connect-src')).toEqual(["'self'"]);
      expect(directives.has('upgrade-insecure-requests')).toBe(false);
      expect(res.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'SAMEORIGIN',
        'referrer-policy': 'no-referrer',
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-resource-policy': 'same-origin',
        'strict-transport-security': expect.stringMatching(/^max-age=\d+/),
      });
      expect(res.headers['x-powered-by']).toBeUndefined();
    });

    it('Swagger UI runs under script-src self: every script of its page is a file that loads', async () => {
      const page = await t.http.get('/api/docs');
      const scripts = [...page.text.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
      expect(scripts.length).toBeGreaterThanOrEqual(3);
      for (const [, attributes, body] of scripts) {
        expect(body.trim()).toBe(''); // an inline script would be refused by the policy
        const src = /src=["']([^"']+)["']/.exec(attributes)?.[1];
        expect(src).toBeDefined();
        const file = await t.http.get(new URL(src!, 'http://x/api/docs/').pathname);
        expect({ src, status: file.status }).toEqual({ src, status: 200 });
      }
    });
  });

  describe('CORS, closed by default', () => {
    it('answers a cross-origin request without Access-Control-Allow-Origin', async () => {
      const res = await t.http
        .get('/api/public/competitions')
        .set('origin', 'https://elsewhere.example');
      expect(res.status).toBe(200);
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
      expect(res.headers['access-control-allow-credentials']).toBeUndefined();
    });

    it('grants no preflight', async () => {
      const res = await t.http
        .options('/api/auth/login')
        .set('origin', 'https://elsewhere.example')
        .set('access-control-request-method', 'POST')
        .set('access-control-request-headers', 'content-type');
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
      expect(res.headers['access-control-allow-methods']).toBeUndefined();
    });
  });

  describe('access tokens: expiry and revocation', () => {
    let judgeId: number;
    beforeAll(async () => {
      judgeId = (await setup.user('sec.judge', 'JUDGE')).id;
    });

    it('issues tokens that live exactly JWT_TTL_SECONDS, each with its own id', async () => {
      const a = payloadOf(await loginToken('sec.judge', 'sec.judge-password'));
      const b = payloadOf(await loginToken('sec.judge', 'sec.judge-password'));
      expect(Number(a.exp) - Number(a.iat)).toBe(t.env.JWT_TTL_SECONDS);
      expect(a).toMatchObject({ sub: judgeId, role: 'JUDGE', ver: 0 });
      expect(a.jti).toEqual(expect.stringMatching(/^[0-9a-f-]{36}$/));
      expect(b.jti).not.toBe(a.jti);
    });

    it('refuses a token once it expires: 401 TOKEN_EXPIRED', async () => {
      const jwt = t.app.get(JwtService);
      const claims = { sub: judgeId, username: 'sec.judge', role: 'JUDGE', unitId: null, ver: 0 };
      const shortLived = jwt.sign({ ...claims, jti: 'short-lived' }, { expiresIn: 1 });
      expect((await me(t, shortLived)).status).toBe(200);
      await sleep(2100);
      expectError(await me(t, shortLived), 401, 'TOKEN_EXPIRED');
      expectError(await me(other, shortLived), 401, 'TOKEN_EXPIRED');
      const iat = Math.floor(Date.now() / 1000) - t.env.JWT_TTL_SECONDS - 1;
      expectError(await me(t, jwt.sign({ ...claims, jti: 'old', iat })), 401, 'TOKEN_EXPIRED');
    });

    it('logout revokes the token it is sent with, in every API process, and no other', async () => {
      const first = await loginToken('sec.judge', 'sec.judge-password');
      const second = await loginToken('sec.judge', 'sec.judge-password');
      expect((await me(other, first)).status).toBe(200);

      const out = await t.http.post('/api/auth/logout').set('authorization', bearer(first));
      expect(out.status).toBe(204);
      expectError(await me(t, first), 401, 'TOKEN_REVOKED');
      expectError(await me(other, first), 401, 'TOKEN_REVOKED');
      expectError(
        await other.http.get('/api/trades').set('authorization', bearer(first)),
        401,
        'TOKEN_REVOKED',
      );
      expectError(
        await t.http.post('/api/auth/logout').set('authorization', bearer(first)),
        401,
        'TOKEN_REVOKED',
      );
      expect((await me(t, second)).status).toBe(200);
      expect((await me(other, second)).status).toBe(200);
    });

    it('a password change revokes every token of the user, and needs the current password', async () => {
      await setup.user('sec.changer', 'JUDGE');
      const sessionA = await loginToken('sec.changer', 'sec.changer-password');
      const sessionB = await loginToken('sec.changer', 'sec.changer-password');
      const change = (token: string, body: object) =>
        other.http.post('/api/auth/password').set('authorization', bearer(token)).send(body);

      expectError(
        await change(sessionA, { currentPassword: 'wrong-one', newPassword: 'a-new-password' }),
        400,
        'CURRENT_PASSWORD_WRONG',
      );
      expectError(
        await change(sessionA, {
          currentPassword: 'sec.changer-password',
          newPassword: 'sec.changer-password',
        }),
        400,
        'PASSWORD_UNCHANGED',
      );
      expect((await me(t, sessionB)).status).toBe(200);

      const changed = await change(sessionA, {
        currentPassword: 'sec.changer-password',
        newPassword: 'a-new-password',
      });
      expect(changed.status).toBe(204);
      for (const token of [sessionA, sessionB]) {
        expectError(await me(t, token), 401, 'TOKEN_REVOKED');
        expectError(await me(other, token), 401, 'TOKEN_REVOKED');
      }
      expectError(
        asResponse(await login('sec.changer', 'sec.changer-password')),
        401,
        'INVALID_CREDENTIALS',
      );
      const fresh = await loginToken('sec.changer', 'a-new-password');
      expect(payloadOf(fresh).ver).toBe(1);
      expect((await me(other, fresh)).status).toBe(200);
    });

    it('deactivating an account revokes its tokens at once; reactivating does not revive them', async () => {
      const { id } = await setup.user(
        'sec.leaver',
        'UNIT_COORDINATOR',
        (await setup.unit('SEC-U', '安全测试单位')).id,
      );
      const token = await loginToken('sec.leaver', 'sec.leaver-password');
      const patch = (active: boolean) =>
        t.http.patch(`/api/users/${id}`).set('authorization', admin).send({ active });

      const off = await patch(false);
      expect(off.status).toBe(200);
      expect(off.body).toMatchObject({ id, active: false });
      expectError(await me(other, token), 401, 'TOKEN_REVOKED');
      expectError(
        asResponse(await login('sec.leaver', 'sec.leaver-password')),
        401,
        'INVALID_CREDENTIALS',
      );

      expect((await patch(true)).body).toMatchObject({ id, active: true });
      expectError(await me(t, token), 401, 'TOKEN_REVOKED');
      expect((await me(other, await loginToken('sec.leaver', 'sec.leaver-password'))).status).toBe(
        200,
      );
    });

    it('an organizer resets a forgotten password: old tokens revoked, the delay cleared, never their own', async () => {
      const { id } = await setup.user('sec.forgetful', 'JUDGE');
      const token = await loginToken('sec.forgetful', 'sec.forgetful-password');
      // The judge has forgotten: guesses until the account is delayed.
      for (let i = 0; i < BACKOFF.free; i++) {
        expectError(
          asResponse(await login('sec.forgetful', `guess-${i}`, `10.8.0.${i + 1}`)),
          401,
          'INVALID_CREDENTIALS',
        );
      }
      expectError(
        asResponse(await login('sec.forgetful', 'guess-x', '10.8.0.9')),
        429,
        'LOGIN_DELAYED',
      );
      const reset = (userId: number, body: object, auth = admin) =>
        t.http.post(`/api/users/${userId}/password`).set('authorization', auth).send(body);
      expectError(await reset(id, { newPassword: 'short' }), 400, 'VALIDATION_FAILED');
      expectError(await reset(987654, { newPassword: 'long-enough-1' }), 404, 'USER_NOT_FOUND');
      expectError(
        await reset(id, { newPassword: 'long-enough-1' }, bearer(token)),
        403,
        'ROLE_NOT_ALLOWED',
      );
      expect((await me(other, token)).status).toBe(200);

      expect((await reset(id, { newPassword: 'handed-over-2026' })).status).toBe(204);
      expectError(await me(other, token), 401, 'TOKEN_REVOKED');
      expectError(
        asResponse(await login('sec.forgetful', 'sec.forgetful-password', '10.8.0.20')),
        401,
        'INVALID_CREDENTIALS',
      );
      // The delay is cleared with the reset: the new password works at once.
      const fresh = await loginToken('sec.forgetful', 'handed-over-2026');
      expect((await me(other, fresh)).status).toBe(200);

      // One's own password is changed against the current one, not reset.
      const self = (await t.http.get('/api/auth/me').set('authorization', admin)).body as {
        userId: number;
      };
      expectError(
        await reset(self.userId, { newPassword: 'long-enough-1' }),
        409,
        'RESET_OWN_PASSWORD',
      );
      expect((await t.http.get('/api/auth/me').set('authorization', admin)).status).toBe(200);
    });

    it('an organizer cannot deactivate their own account (409 CANNOT_DEACTIVATE_SELF)', async () => {
      const self = (await t.http.get('/api/auth/me').set('authorization', admin)).body as {
        userId: number;
      };
      const res = await t.http
        .patch(`/api/users/${self.userId}`)
        .set('authorization', admin)
        .send({ active: false });
      expectError(res, 409, 'CANNOT_DEACTIVATE_SELF');
      expect((await t.http.get('/api/auth/me').set('authorization', admin)).status).toBe(200);
    });
  });

  describe('login back-off per account, from any address, across processes', () => {
    it('delays a user name after the free failures, growing to the maximum, then lets the owner in', async () => {
      await setup.user('sec.victim', 'JUDGE');
      let address = 0;
      /** Each attempt from an address of its own: the per-address limit never comes into it. */
      const attempt = async (password: string) =>
        asResponse(await login('sec.victim', password, `10.9.0.${++address}`));

      for (let i = 0; i < BACKOFF.free; i++) {
        expectError(await attempt(`guess-${i}`), 401, 'INVALID_CREDENTIALS');
      }
      // Even the right password waits: the delay is the account's, not the guess's.
      const delayed = await attempt('sec.victim-password');
      expectError(delayed, 429, 'LOGIN_DELAYED');
      expect(delayed.headers['retry-after']).toBe('1');
      expect(delayed.body).toMatchObject({ details: { retryAfterSeconds: 1 } });
      // Another API process knows it too.
      const elsewhere = await other.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'SEC.VICTIM', password: 'sec.victim-password' },
        remoteAddress: '10.9.1.1',
      });
      expectError(asResponse(elsewhere), 429, 'LOGIN_DELAYED');
      // Other accounts are not held up.
      expect((await login(ADMIN.username, ADMIN.password)).statusCode).toBe(200);

      const waits: string[] = [];
      for (const wait of [1, 2, 2]) {
        await sleep(wait * 1000 + 100);
        expectError(await attempt('another-guess'), 401, 'INVALID_CREDENTIALS');
        const next = await attempt('sec.victim-password');
        expectError(next, 429, 'LOGIN_DELAYED');
        waits.push(String(next.headers['retry-after']));
      }
      // 1 s, then doubling (2 s), then held at LOGIN_BACKOFF_MAX_SECONDS (2 s, not 4 s).
      expect(waits).toEqual(['2', '2', '2']);

      await sleep(BACKOFF.maxSeconds * 1000 + 100);
      expect((await attempt('sec.victim-password')).status).toBe(200);
      // A success forgets the failures: the next wrong password is just wrong.
      expectError(await attempt('one-more-guess'), 401, 'INVALID_CREDENTIALS');
      expect((await attempt('sec.victim-password')).status).toBe(200);
    });

    it('limits attempts per address and user name too, saying when to come back', async () => {
      const attempt = async () =>
        asResponse(
          await other.app.inject({
            method: 'POST',
            url: '/api/auth/login',
            payload: { username: 'sec.throttled', password: 'wrong-password' },
            remoteAddress: '10.6.0.1',
          }),
        );
      for (let i = 0; i < 3; i++) expect((await attempt()).status).toBe(401);
      const fourth = await attempt();
      expectError(fourth, 429, 'TOO_MANY_LOGIN_ATTEMPTS');
      const seconds = Number(fourth.headers['retry-after']);
      expect(seconds).toBeGreaterThanOrEqual(1);
      expect(seconds).toBeLessThanOrEqual(t.env.LOGIN_RATE_WINDOW_SECONDS);
      expect(fourth.body).toMatchObject({ details: { retryAfterSeconds: seconds } });
    });

    it('lets at most the free attempts through a burst of parallel guesses', async () => {
      await setup.user('sec.burst', 'JUDGE');
      const answers = await Promise.all(
        Array.from({ length: 12 }, (_, i) => login('sec.burst', `burst-${i}`, `10.8.0.${i + 1}`)),
      );
      const codes = answers.map((r) => r.json<{ code: string }>().code).sort();
      console.log(
        `login back-off: ${answers.length} parallel guesses for one account from ${answers.length} ` +
          `addresses: ${codes.filter((c) => c === 'INVALID_CREDENTIALS').length} checked, ` +
          `${codes.filter((c) => c === 'LOGIN_DELAYED').length} delayed (429 LOGIN_DELAYED)`,
      );
      expect(codes.filter((c) => c === 'INVALID_CREDENTIALS')).toHaveLength(BACKOFF.free);
      expect(codes.filter((c) => c === 'LOGIN_DELAYED')).toHaveLength(12 - BACKOFF.free);
    });

    it('treats an unknown user name exactly like a known one (no account enumeration)', async () => {
      const seen: string[] = [];
      for (let i = 0; i <= BACKOFF.free; i++) {
        const res = await login('sec.nobody', `guess-${i}`, `10.7.0.${i + 1}`);
        seen.push(`${res.statusCode} ${res.json<{ code: string }>().code}`);
      }
      expect(seen).toEqual([
        ...Array<string>(BACKOFF.free).fill('401 INVALID_CREDENTIALS'),
        '429 LOGIN_DELAYED',
      ]);
    });
  });

  describe('upload limits on every upload route', () => {
    /** Every multipart route of the OpenAPI document, by the prefix of its error codes. */
    const KNOWN_UPLOADS: Record<string, string> = {
      'POST /api/contests/{id}/registrations/import': 'ROSTER',
      'POST /api/contests/{id}/scores/import': 'SCORE_FILE',
      'POST /api/trades/{id}/questions/import': 'QUESTION_FILE',
    };

    /** Rosters are read while registration is open, score files while scoring is. */
    let registering: number;
    let scoring: number;
    /** Question banks are a trade's. */
    let bankTrade: number;
    const uploads: Array<{ path: string; prefix: string }> = [];

    beforeAll(async () => {
      const competition = await setup.competition('SEC2017');
      const unit = await setup.unit('SEC-UP', '上传测试单位');
      const open = async (tradeCode: string) => {
        const { id } = await setup.contest(competition.id, {
          tradeId: await setup.tradeId(tradeCode),
          scheme: scheme30x70(),
        });
        await setStatus(t.http, admin, id, 'REGISTRATION');
        return id;
      };
      registering = await open('ECOM');
      scoring = await open('AGATE');
      bankTrade = await setup.tradeId('ECOM');
      await register(t.http, admin, scoring, {
        name: '张三',
        idNumber: maleId(401),
        unitId: unit.id,
      });
      // The organizer imports a score file on behalf of the contest's only judge.
      const grader = await setup.user('sec.grader', 'JUDGE');
      const assigned = await t.http
        .post(`/api/contests/${scoring}/judges`)
        .set('authorization', admin)
        .send({ userId: grader.id });
      expect(assigned.status).toBe(201);
      await setStatus(t.http, admin, scoring, 'SCORING');
      for (const [path, body] of [
        [
          `/api/contests/${scoring}/registrations/decisions`,
          { status: 'APPROVED', allPending: true },
        ],
        [`/api/contests/${scoring}/draw`, {}],
      ] as const) {
        const res = await t.http.post(path).set('authorization', admin).send(body);
        expect([200, 201]).toContain(res.status);
      }

      const doc = (await t.http.get('/api/docs-json')).body as {
        paths: Record<string, Record<string, { requestBody?: { content?: object } }>>;
      };
      for (const [path, operations] of Object.entries(doc.paths)) {
        for (const [method, operation] of Object.entries(operations)) {
          const content = operation.requestBody?.content ?? {};
          if (!('multipart/form-data' in content)) continue;
          const prefix = KNOWN_UPLOADS[`${method.toUpperCase()} ${path}`] ?? `${method} ${path}`;
          const id =
            prefix === 'QUESTION_FILE' ? bankTrade : prefix === 'ROSTER' ? registering : scoring;
          uploads.push({ path: path.replace('{id}', String(id)), prefix });
        }
      }
    });

    /** What an upload could have changed: the registrations, the scores and the question bank. */
    const state = async () => {
      const count = async (path: string) =>
        (await t.http.get(path).set('authorization', admin)).headers['x-total-count'];
      const status = await t.http
        .get(`/api/contests/${scoring}/scores/status`)
        .set('authorization', admin);
      return {
        registering: await count(`/api/contests/${registering}/registrations?page=1&pageSize=1`),
        scoring: await count(`/api/contests/${scoring}/registrations?page=1&pageSize=1`),
        scores: JSON.stringify(status.body),
        questions: await count(`/api/trades/${bankTrade}/questions?status=ALL&page=1&pageSize=1`),
      };
    };
    let before: Awaited<ReturnType<typeof state>>;
    beforeAll(async () => {
      before = await state();
      expect(before).toMatchObject({ registering: '0', scoring: '1', questions: '0' });
    });
    afterEach(async () => {
      expect(await state()).toEqual(before);
    });

    it('finds exactly the known upload routes', () => {
      expect(uploads.map((u) => u.prefix).sort()).toEqual(Object.values(KNOWN_UPLOADS).sort());
    });

    it('refuses a file over the limit with 413 <PREFIX>_TOO_LARGE, and imports nothing', async () => {
      for (const { path, prefix } of uploads) {
        const csv = Buffer.alloc(UPLOAD_LIMIT + 1, 'a');
        const res = await t.http
          .post(path)
          .set('authorization', admin)
          .attach('file', csv, 'big.csv');
        expectError(res, 413, `${prefix}_TOO_LARGE`);
        expect(res.body.details).toEqual({ limitBytes: UPLOAD_LIMIT });
      }
    });

    it('refuses what is not a multipart upload with 415 <PREFIX>_NOT_MULTIPART', async () => {
      for (const { path, prefix } of uploads) {
        const json = await t.http.post(path).set('authorization', admin).send({ file: 'a,b' });
        expectError(json, 415, `${prefix}_NOT_MULTIPART`);
        const text = await t.http
          .post(path)
          .set('authorization', admin)
          .set('content-type', 'text/plain')
          .send('name,id');
        expect(text.status).toBe(415);
      }
    });

    it('refuses a file of another kind (a PDF, an old .xls) with 415 and a code', async () => {
      for (const { path, prefix } of uploads) {
        const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
        const old = await t.http
          .post(path)
          .set('authorization', admin)
          .attach('file', xls, 'r.xls');
        expectError(old, 415, `${prefix}_XLS_UNSUPPORTED`);
        const pdf = await t.http
          .post(path)
          .set('authorization', admin)
          .attach('file', Buffer.from('%PDF-1.4\n%âãÏÓ\n'), 'r.pdf');
        expect(pdf.status).toBe(415);
        expect(pdf.body.code).toMatch(new RegExp(`^${prefix}_`));
      }
    });
  });
});

describe('CORS with CORS_ORIGINS set', () => {
  const ALLOWED = ['https://scores.example.org', 'http://10.1.2.3:8080'];
  let t: E2eApp;
  beforeAll(async () => {
    t = await startApp({ CORS_ORIGINS: ALLOWED.join(', ') });
  });
  afterAll(async () => {
    await t?.close();
  });

  it.each(ALLOWED)('lets %s read the API, and says so for that origin only', async (origin) => {
    const res = await t.http.get('/api/public/competitions').set('origin', origin);
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe(origin);
    expect(res.headers.vary).toMatch(/origin/i);
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();

    const preflight = await t.http
      .options('/api/contests/1/scores')
      .set('origin', origin)
      .set('access-control-request-method', 'PUT')
      .set('access-control-request-headers', 'authorization, content-type, if-match');
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe(origin);
    expect(preflight.headers['access-control-allow-methods']).toContain('PUT');
    expect(String(preflight.headers['access-control-allow-headers']).toLowerCase()).toContain(
      'authorization',
    );
  });

  it.each([
    'https://elsewhere.example',
    'https://scores.example.org.elsewhere.example',
    'http://scores.example.org',
    'https://scores.example.org:444',
    'null',
  ])('grants nothing to %s', async (origin) => {
    const res = await t.http.get('/api/public/competitions').set('origin', origin);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await t.http
      .options('/api/auth/login')
      .set('origin', origin)
      .set('access-control-request-method', 'POST');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  it.each(['*', 'https://a.example/path', 'scores.example.org', 'https://a.example,*'])(
    'refuses CORS_ORIGINS=%s at start-up',
    (value) => {
      expect(() => loadEnvironment({ CORS_ORIGINS: value })).toThrow(/CORS_ORIGINS=/);
    },
  );
});

describe('issue 15: no personal data kept by browsers or proxies; the web pages served safely', () => {
  let t: E2eApp;
  let admin: string;
  let contestId: number;
  let registrationId: number;
  let webRoot: string;
  beforeAll(async () => {
    // A built web app as Vite leaves it, and a file beside it that must never be served.
    const parent = mkdtempSync(join(tmpdir(), 'skills-web-'));
    webRoot = join(parent, 'dist');
    mkdirSync(join(webRoot, 'assets'), { recursive: true });
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>技能大赛</title>');
    writeFileSync(join(webRoot, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(parent, 'secret.txt'), 'not for the web');
    t = await startApp({ WEB_DIR: webRoot });
    admin = await t.login();
    const setup = new SetupApi(t.http, admin);
    const unit = await setup.unit('NS-U', '缓存测试单位');
    const competition = await setup.competition('NS2017');
    contestId = (
      await setup.contest(competition.id, {
        tradeId: await setup.tradeId('ECOM'),
        scheme: scheme30x70(),
      })
    ).id;
    await setStatus(t.http, admin, contestId, 'REGISTRATION');
    ({ id: registrationId } = await register(t.http, admin, contestId, {
      name: '李四',
      idNumber: maleId(402),
      phone: '13900139000',
      unitId: unit.id,
    }));
  });
  afterAll(async () => {
    await t?.close();
  });

  it.each([
    [
      'the own-results look-up',
      'POST',
      '/api/public/results/lookup',
      { name: '李四', idNumber: maleId(402) },
    ],
    [
      'the certificate look-up',
      'POST',
      '/api/public/certificates/lookup',
      { name: '李四', idNumber: maleId(402) },
    ],
    [
      'an objection',
      'POST',
      '/api/public/contests/999999/objections',
      { name: '李四', idNumber: maleId(402), text: '成绩有误请复核' },
    ],
    ['a certificate check', 'GET', '/api/public/certificates/NO-SUCH-CODE', undefined],
    ['the verification page', 'GET', '/verify/NO-SUCH-CODE', undefined],
  ])('%s answers Cache-Control: no-store', async (_what, method, path, body) => {
    const res = method === 'POST' ? await t.http.post(path).send(body) : await t.http.get(path);
    expect(res.status).toBeLessThan(500);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('so does every authenticated answer carrying personal data, and an error', async () => {
    const list = await t.http
      .get(`/api/registrations/${registrationId}`)
      .set('authorization', admin);
    expect(list.status).toBe(200);
    expect(JSON.stringify(list.body)).toContain('13900139000');
    expect(list.headers['cache-control']).toBe('no-store');
    const me = await t.http.get('/api/auth/me').set('authorization', admin);
    expect(me.headers['cache-control']).toBe('no-store');
    const refused = await t.http.get(`/api/contests/${contestId}/registrations`);
    expect(refused.status).toBe(401);
    expect(refused.headers['cache-control']).toBe('no-store');
  });

  it('leaves the public tables and the web pages cacheable', async () => {
    for (const path of ['/api/public/competitions', '/', '/assets/app.js']) {
      const res = await t.http.get(path);
      expect({ path, status: res.status }).toEqual({ path, status: 200 });
      expect(res.headers['cache-control'] ?? '').not.toContain('no-store');
    }
  });

  it('serves the web pages from @fastify/static ≥ 10.1.3 and nothing outside their folder', async () => {
    const installed = (
      JSON.parse(readFileSync(require.resolve('@fastify/static/package.json'), 'utf8')) as {
        version: string;
      }
    ).version
      .split('.')
      .map(Number);
    expect(installed[0] * 1e6 + installed[1] * 1e3 + installed[2]).toBeGreaterThanOrEqual(10001003);
    const page = await t.http.get('/');
    expect(page.text).toContain('技能大赛');
    for (const probe of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '//secret.txt',
      '/./../secret.txt',
    ]) {
      const res = await t.app.inject({ method: 'GET', url: probe });
      expect({ probe, leaked: res.body.includes('not for the web') }).toEqual({
        probe,
        leaked: false,
      });
    }
  });
});
