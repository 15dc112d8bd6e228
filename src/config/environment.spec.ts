import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EnvironmentError, loadEnvironment } from './environment';

/** KEY=value lines of an env file, comments and blank lines skipped. */
function envFile(path: string): Record<string, string> {
  const entries = readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]);
  return Object.fromEntries(entries) as Record<string, string>;
}

describe('loadEnvironment', () => {
  it('gives the documented defaults for an empty environment', () => {
    const env = loadEnvironment({});
    expect(env).toMatchObject({
      PORT: 3000,
      DATA_DIR: './data',
      REDIS_URL: 'redis://127.0.0.1:6379',
      QUEUE_PROCESSORS_IN_API: true,
      QUEUE_CONCURRENCY: 2,
      JWT_TTL_SECONDS: 43200,
      LOGIN_RATE_LIMIT: 10,
    });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.JWT_SECRET).toBeUndefined();
  });

  it('converts numbers and booleans from their text', () => {
    const env = loadEnvironment({
      PORT: '8080',
      QUEUE_PROCESSORS_IN_API: 'false',
      QUEUE_CONCURRENCY: '4',
    });
    expect(env.PORT).toBe(8080);
    expect(env.QUEUE_PROCESSORS_IN_API).toBe(false);
    expect(env.QUEUE_CONCURRENCY).toBe(4);
    expect(loadEnvironment({ QUEUE_PROCESSORS_IN_API: '0' }).QUEUE_PROCESSORS_IN_API).toBe(false);
    expect(loadEnvironment({ QUEUE_PROCESSORS_IN_API: 'yes' }).QUEUE_PROCESSORS_IN_API).toBe(true);
  });

  it('treats an empty variable as unset', () => {
    expect(loadEnvironment({ PORT: '', DATABASE_URL: '' }).PORT).toBe(3000);
  });

  it('accepts PostgreSQL and SQLite database URLs', () => {
    expect(loadEnvironment({ DATABASE_URL: 'postgres://u@h:5432/db' }).DATABASE_URL).toBe(
      'postgres://u@h:5432/db',
    );
    expect(loadEnvironment({ DATABASE_URL: 'sqlite:/tmp/x.sqlite' }).DATABASE_URL).toBe(
      'sqlite:/tmp/x.sqlite',
    );
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['PORT', '1.5'],
    ['DATABASE_URL', 'mysql://x'],
    ['REDIS_URL', 'http://localhost'],
    ['QUEUE_PROCESSORS_IN_API', 'maybe'],
    ['JWT_SECRET', 'too-short'],
    ['ADMIN_PASSWORD', 'short'],
    ['LOG_LEVEL', 'loud'],
    ['QUEUE_PREFIX', 'has space'],
  ])('refuses %s=%s and names the variable', (name, value) => {
    expect(() => loadEnvironment({ [name]: value })).toThrow(EnvironmentError);
    expect(() => loadEnvironment({ [name]: value })).toThrow(new RegExp(`- ${name}=`));
  });

  it('names every bad variable at once and never prints a secret', () => {
    let error: EnvironmentError | undefined;
    try {
      loadEnvironment({ PORT: '-1', JWT_SECRET: 'secret-value', ADMIN_PASSWORD: 'pw' });
    } catch (e) {
      error = e as EnvironmentError;
    }
    expect(error?.problems).toHaveLength(3);
    expect(error?.message).not.toContain('secret-value');
    expect(error?.message).toContain('JWT_SECRET=(hidden)');
  });

  it('refuses to start with the deploy example as it is, naming each placeholder', () => {
    const example = envFile(join(__dirname, '../../deploy/systemd/skills.env.example'));
    let error: EnvironmentError | undefined;
    try {
      loadEnvironment(example);
    } catch (e) {
      error = e as EnvironmentError;
    }
    expect(error).toBeInstanceOf(EnvironmentError);
    const named = (error?.problems ?? []).map((p) => p.split('=')[0]).sort();
    expect(named).toEqual(['ADMIN_PASSWORD', 'DATABASE_URL', 'JWT_SECRET']);
    expect(error?.message).toContain('placeholder');
    for (const name of ['JWT_SECRET', 'DATABASE_URL']) {
      expect(error?.message).not.toContain(example[name]);
    }
  });

  it.each([
    ['JWT_SECRET', 'x'.repeat(48)],
    ['JWT_SECRET', 'my-jwt-secret-CHANGE-ME-0123456789abcdef'],
    ['ADMIN_PASSWORD', 'password123'],
    ['ADMIN_PASSWORD', 'Admin@2026'],
    ['ADMIN_PASSWORD', '12345678'],
  ])('refuses a weak %s and never prints it', (name, value) => {
    expect(() => loadEnvironment({ [name]: value })).toThrow(new RegExp(`- ${name}=\\(hidden\\)`));
    expect(() => loadEnvironment({ [name]: value })).not.toThrow(value);
  });

  it('accepts strong secrets', () => {
    const env = loadEnvironment({
      JWT_SECRET: 'q0v3M5nJ8Zr2Lw9sYt4Xb7Ue1Kd6Hf0Pa',
      ADMIN_PASSWORD: 'Hx7#kq2Lp9wz',
      DATABASE_URL: 'postgres://skills:Tq8vN2pXr@db:5432/skills',
    });
    expect(env.ADMIN_PASSWORD).toBe('Hx7#kq2Lp9wz');
  });
});
