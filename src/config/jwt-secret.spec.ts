import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveJwtSecret } from './jwt-secret';

describe('resolveJwtSecret', () => {
  const dataDir = () => mkdtempSync(join(tmpdir(), 'jwt-secret-'));

  it('uses JWT_SECRET when it is set and writes nothing', () => {
    const dir = dataDir();
    expect(resolveJwtSecret({ JWT_SECRET: 'x'.repeat(40), DATA_DIR: dir })).toBe('x'.repeat(40));
    expect(() => statSync(join(dir, 'jwt-secret'))).toThrow();
  });

  it('generates a secret once, keeps it readable only by the owner, and reuses it', () => {
    const dir = join(dataDir(), 'nested');
    const first = resolveJwtSecret({ DATA_DIR: dir });
    expect(first.length).toBeGreaterThanOrEqual(64);
    expect(statSync(join(dir, 'jwt-secret')).mode & 0o777).toBe(0o600);
    expect(resolveJwtSecret({ DATA_DIR: dir })).toBe(first);
    expect(readFileSync(join(dir, 'jwt-secret'), 'utf8')).toBe(first);
  });

  it('gives different directories different secrets', () => {
    expect(resolveJwtSecret({ DATA_DIR: dataDir() })).not.toBe(
      resolveJwtSecret({ DATA_DIR: dataDir() }),
    );
  });
});
