import { EnvironmentError, loadEnvironment } from './environment';

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
});
