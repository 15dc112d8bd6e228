import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './main';

/** The CLI in-process, on a throwaway SQLite data directory; what it printed is kept. */
describe('the service CLI (node dist/src/cli/main.js <command>)', () => {
  const saved = { ...process.env };
  let dataDir: string;
  let out: string[];
  let err: string[];

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'skills-cli-'));
    process.env = { ...saved, DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
    delete process.env.DATABASE_URL;
    delete process.env.PERSONAL_DATA_KEY;
    out = [];
    err = [];
    jest.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
    jest.spyOn(console, 'warn').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
    jest
      .spyOn(console, 'error')
      .mockImplementation((...a: unknown[]) => void err.push(a.map(String).join(' ')));
  });

  afterEach(() => {
    jest.restoreAllMocks();
    process.env = saved;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers an unknown or missing command with the usage and status 2', async () => {
    expect(await runCli(['frobnicate'])).toBe(2);
    expect(err.join('\n')).toMatch(
      /unknown command frobnicate[\s\S]*backup \[FILE\][\s\S]*db:move/,
    );
    expect(await runCli([])).toBe(2);
  });

  it('migrates an empty database, then finds nothing to run', async () => {
    expect(await runCli(['migrate'])).toBe(0);
    expect(out.join('\n')).toMatch(/^Ran \d+ migration\(s\): InitialSetup\d+, /);
    out.length = 0;
    expect(await runCli(['migrate'])).toBe(0);
    expect(out).toEqual(['The database schema is up to date: no migration to run']);
  });

  it('backs up and restores, verified against the report; refuses bad arguments with status 2', async () => {
    expect(await runCli(['migrate'])).toBe(0);
    expect(await runCli(['backup'])).toBe(0);
    const [backup] = readdirSync(join(dataDir, 'backups')).filter((f) => f.endsWith('.sqlite'));
    expect(existsSync(join(dataDir, 'backups', `${backup}.json`))).toBe(true);
    expect(out.join('\n')).toContain(`Backup written: ${join(dataDir, 'backups', backup)}`);

    expect(await runCli(['restore'])).toBe(2);
    expect(err.join('\n')).toContain('Usage: npm run restore -- FILE [--force]');
    out.length = 0;
    expect(await runCli(['restore', join(dataDir, 'backups', backup)])).toBe(0);
    expect(out.join('\n')).toContain("row counts equal the backup's report: true");

    expect(await runCli(['restore', join(dataDir, 'nothing.sqlite')])).toBe(1);
    expect(err.join('\n')).toMatch(/Restore refused: /);
  });

  it('refuses a db:move without a PostgreSQL target with status 2, before touching anything', async () => {
    expect(await runCli(['db:move', '--to', 'mysql://x'])).toBe(2);
    expect(err.join('\n')).toContain('--to must be a postgres:// URL');
    expect(await runCli(['db:move', '--bogus'])).toBe(2);
    expect(err.join('\n')).toContain('unknown argument --bogus');
  });
});
