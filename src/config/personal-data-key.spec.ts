import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEnvironment } from './environment';
import { personalDataKeyFile, resolvePersonalDataKey } from './personal-data-key';

const dataDir = () => mkdtempSync(join(tmpdir(), 'pdk-'));
const HEX = '8f3a5c0d2e71b9a46c58d1f03e92a7b45d6e8f1029c3b7a4e5f6071829a3b4c5';

describe('resolvePersonalDataKey', () => {
  it('uses PERSONAL_DATA_KEY when set and writes nothing', () => {
    const dir = dataDir();
    expect(resolvePersonalDataKey({ PERSONAL_DATA_KEY: HEX, DATA_DIR: dir })).toEqual(
      Buffer.from(HEX, 'hex'),
    );
    expect(() => statSync(personalDataKeyFile({ DATA_DIR: dir }))).toThrow();
  });

  it('generates a key once into DATA_DIR/personal-data-key, mode 0600, and reuses it', () => {
    const dir = dataDir();
    const first = resolvePersonalDataKey({ DATA_DIR: dir });
    expect(first).toHaveLength(32);
    expect(statSync(join(dir, 'personal-data-key')).mode & 0o777).toBe(0o600);
    expect(resolvePersonalDataKey({ DATA_DIR: dir })).toEqual(first);
    expect(resolvePersonalDataKey({ DATA_DIR: dataDir() })).not.toEqual(first);
  });

  it('refuses a damaged key file rather than making a new key', () => {
    const dir = dataDir();
    writeFileSync(join(dir, 'personal-data-key'), 'short', { mode: 0o600 });
    expect(() => resolvePersonalDataKey({ DATA_DIR: dir })).toThrow(/personal-data-key must be/);
    expect(readFileSync(join(dir, 'personal-data-key'), 'utf8')).toBe('short');
  });
});

describe('PERSONAL_DATA_KEY at boot', () => {
  it('refuses a placeholder or weak key, naming the variable without printing it', () => {
    for (const value of ['CHANGE-ME', '0'.repeat(64)]) {
      expect(() => loadEnvironment({ PERSONAL_DATA_KEY: value })).toThrow(
        /PERSONAL_DATA_KEY=\(hidden\)/,
      );
      try {
        loadEnvironment({ PERSONAL_DATA_KEY: value });
      } catch (error) {
        expect((error as Error).message).not.toContain(value);
      }
    }
    expect(loadEnvironment({ PERSONAL_DATA_KEY: HEX }).PERSONAL_DATA_KEY).toBe(HEX);
  });

  it('reads the retention period, 1095 days unless set', () => {
    expect(loadEnvironment({}).PERSONAL_DATA_RETENTION_DAYS).toBe(1095);
    expect(
      loadEnvironment({ PERSONAL_DATA_RETENTION_DAYS: '30' }).PERSONAL_DATA_RETENTION_DAYS,
    ).toBe(30);
    expect(() => loadEnvironment({ PERSONAL_DATA_RETENTION_DAYS: '0' })).toThrow(
      /PERSONAL_DATA_RETENTION_DAYS/,
    );
  });
});

describe('the generated key under concurrent starts', () => {
  it('is one key for every process sharing DATA_DIR, and leaves no draft behind', async () => {
    const dir = dataDir();
    const { spawn } = await import('node:child_process');
    const script = `
      require('ts-node/register/transpile-only');
      const { resolvePersonalDataKey } = require(${JSON.stringify(join(__dirname, 'personal-data-key.ts'))});
      process.stdout.write(resolvePersonalDataKey({ DATA_DIR: ${JSON.stringify(dir)} }).toString('hex'));
    `;
    const keys = await Promise.all(
      Array.from(
        { length: 4 },
        () =>
          new Promise<string>((resolve, reject) => {
            const child = spawn(process.execPath, ['-e', script], {
              cwd: join(__dirname, '..', '..'),
            });
            let out = '';
            child.stdout.on('data', (d: Buffer) => (out += d.toString()));
            child.on('exit', (code) =>
              code === 0 ? resolve(out) : reject(new Error(`exit ${code}`)),
            );
          }),
      ),
    );
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(readdirSync(dir)).toEqual(['personal-data-key']);
  }, 60000);
});
