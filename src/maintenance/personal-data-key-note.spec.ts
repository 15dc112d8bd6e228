import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { personalDataCipherFor } from '../config/personal-data-key';
import { checkPersonalDataKey, notePersonalDataKey } from './personal-data-key-note';
import { reportFileOf } from './sqlite-backup';

const HEX = '8f3a5c0d2e71b9a46c58d1f03e92a7b45d6e8f1029c3b7a4e5f6071829a3b4c5';

describe('the personal-data key in backup reports', () => {
  let dir: string;
  let backup: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pdk-backup-'));
    backup = join(dir, 'contest.sqlite');
    writeFileSync(backup, 'backup bytes');
    writeFileSync(reportFileOf(backup), JSON.stringify({ sha256: 'x', tables: {} }));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('names the key in the report, never the key itself', async () => {
    const env = { DATA_DIR: join(dir, 'data') };
    const note = await notePersonalDataKey(backup, env);
    const report = readFileSync(reportFileOf(backup), 'utf8');
    const key = readFileSync(join(dir, 'data', 'personal-data-key'), 'utf8').trim();
    expect(JSON.parse(report)).toMatchObject({
      sha256: 'x',
      personalDataKey: {
        id: personalDataCipherFor(env).keyId(),
        source: join(dir, 'data', 'personal-data-key'),
      },
    });
    expect(note.note).toMatch(/not in the backup/);
    expect(report).not.toContain(key);
    expect(report).not.toContain(Buffer.from(key, 'base64').toString('hex'));
  });

  it('lets a restore go on with the same key, from the variable or the file', async () => {
    await notePersonalDataKey(backup, { PERSONAL_DATA_KEY: HEX, DATA_DIR: dir });
    const id = personalDataCipherFor({ PERSONAL_DATA_KEY: HEX, DATA_DIR: dir }).keyId();
    await expect(
      checkPersonalDataKey(backup, { PERSONAL_DATA_KEY: HEX, DATA_DIR: join(dir, 'elsewhere') }),
    ).resolves.toEqual({ id, matches: true });
    const other = join(dir, 'other');
    await notePersonalDataKey(backup, { DATA_DIR: other });
    await expect(checkPersonalDataKey(backup, { DATA_DIR: other })).resolves.toMatchObject({
      matches: true,
    });
  });

  it('refuses a restore with another key, or with none (and makes no key)', async () => {
    await notePersonalDataKey(backup, { PERSONAL_DATA_KEY: HEX, DATA_DIR: dir });
    await expect(
      checkPersonalDataKey(backup, { DATA_DIR: join(dir, 'fresh') }),
    ).rejects.toMatchObject({
      code: 'KEY_MISSING',
    });
    expect(() => readFileSync(join(dir, 'fresh', 'personal-data-key'))).toThrow();
    const elsewhere = join(dir, 'elsewhere');
    personalDataCipherFor({ DATA_DIR: elsewhere }); // a key of its own
    await expect(checkPersonalDataKey(backup, { DATA_DIR: elsewhere })).rejects.toMatchObject({
      code: 'KEY_MISMATCH',
    });
    await expect(
      checkPersonalDataKey(backup, { DATA_DIR: elsewhere }, { force: true }),
    ).resolves.toMatchObject({ matches: false });
  });

  it('passes a report written before keys were noted', async () => {
    await expect(checkPersonalDataKey(backup, { DATA_DIR: dir })).resolves.toEqual({
      id: null,
      matches: null,
    });
  });
});
