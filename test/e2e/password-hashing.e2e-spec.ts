import { monitorEventLoopDelay } from 'node:perf_hooks';
import { startApp, type E2eApp } from '../support/e2e-app';
import { ADMIN } from '../support/test-environment';

/*
 * Issue 15: password hashing does not block the event loop. With BCRYPT_ROUNDS=12 one bcrypt
 * compare takes a few hundred milliseconds of CPU (about 280 ms here); done on the main thread, as
 * bcryptjs does even in its async form (slices of up to 100 ms), ten parallel logins would hold
 * every other request up for that long. They run in worker threads, so the event loop stays free.
 */

const ROUNDS = 12;
/** The bound on the event loop's longest stall during the burst. */
const MAX_DELAY_MS = 100;

describe('password hashing off the event loop', () => {
  let t: E2eApp;
  beforeAll(async () => {
    t = await startApp({ BCRYPT_ROUNDS: String(ROUNDS) });
  });
  afterAll(async () => {
    await t?.close();
  });

  const login = async (username: string, password: string) => {
    const started = performance.now();
    const res = await t.http.post('/api/auth/login').send({ username, password });
    return { status: res.status, ms: performance.now() - started };
  };
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];

  it('keeps the event loop answering during 10 parallel logins whose hashing is far longer than the bound', async () => {
    // One login alone: its compare alone is well over the bound, so a blocked loop would show.
    const alone = await login(ADMIN.username, ADMIN.password);
    expect(alone.status).toBe(200);
    expect(alone.ms).toBeGreaterThan(1.5 * MAX_DELAY_MS);

    const histogram = monitorEventLoopDelay({ resolution: 5 });
    histogram.enable();
    const started = performance.now();
    const burst = await Promise.all(
      Array.from({ length: 10 }, () => login(ADMIN.username, ADMIN.password)),
    );
    const elapsed = performance.now() - started;
    histogram.disable();
    const maxDelayMs = histogram.max / 1e6;
    console.log(
      `bcrypt cost ${ROUNDS}: one login ${alone.ms.toFixed(0)} ms; 10 parallel in ${elapsed.toFixed(0)} ms; ` +
        `event-loop delay max ${maxDelayMs.toFixed(1)} ms, mean ${(histogram.mean / 1e6).toFixed(1)} ms`,
    );
    expect(burst.map((r) => r.status)).toEqual(Array<number>(10).fill(200));
    expect(maxDelayMs).toBeLessThan(MAX_DELAY_MS);
  });

  it('takes as long for a user name without an account as for a wrong password (a decoy hash)', async () => {
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 5; i++) {
      const a = await login(ADMIN.username, `wrong-${i}`);
      const b = await login('no.such.user', `wrong-${i}`);
      expect([a.status, b.status]).toEqual([401, 401]);
      known.push(a.ms);
      unknown.push(b.ms);
    }
    const ratio = median(unknown) / median(known);
    console.log(
      `login timing: wrong password ${median(known).toFixed(0)} ms, unknown name ${median(unknown).toFixed(0)} ms (medians)`,
    );
    expect(median(unknown)).toBeGreaterThan(1.5 * MAX_DELAY_MS);
    // Without the decoy an unknown name would answer in a few milliseconds (a ratio near 0).
    expect(ratio).toBeGreaterThan(0.6);
    expect(ratio).toBeLessThan(1.67);
  });

  it('still verifies hashes made by bcryptjs on the main thread before (existing accounts)', async () => {
    // The pool is bcryptjs too: a hash in the database from before verifies unchanged.
    const bcrypt = await import('bcryptjs');
    const old = bcrypt.hashSync('an-old-password', 4);
    const { PasswordHasher } = await import('../../src/users/password-hasher');
    const hasher = t.app.get(PasswordHasher);
    await expect(hasher.verify('an-old-password', old)).resolves.toBe(true);
    await expect(hasher.verify('another-password', old)).resolves.toBe(false);
    expect(bcrypt.compareSync('a-new-password', await hasher.hash('a-new-password'))).toBe(true);
  });
});
