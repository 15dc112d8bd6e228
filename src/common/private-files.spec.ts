import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { excessBits, mkdirPrivate, securePrivateDir, tightenFile } from './private-files';

const modeOf = (path: string): number => statSync(path).mode & 0o777;

describe('private files', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'skills-private-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('creates a missing data directory owner-only, folders above it included', () => {
    const dir = join(root, 'a', 'data');
    expect(securePrivateDir(dir)).toEqual([]);
    expect(modeOf(dir)).toBe(0o700);
    expect(modeOf(join(root, 'a'))).toBe(0o700);
  });

  it('tightens a data directory left open, and what lies directly in it, saying what it did', () => {
    const dir = join(root, 'data');
    mkdirSync(join(dir, 'backups'), { recursive: true });
    writeFileSync(join(dir, 'contest.sqlite'), 'x');
    writeFileSync(join(dir, 'jwt-secret'), 'x', { mode: 0o600 });
    const outside = join(root, 'outside');
    writeFileSync(outside, 'x');
    chmodSync(outside, 0o644);
    symlinkSync(outside, join(dir, 'link'));
    chmodSync(dir, 0o755);
    chmodSync(join(dir, 'backups'), 0o775);
    chmodSync(join(dir, 'contest.sqlite'), 0o644);

    const tightened = securePrivateDir(dir);
    expect(tightened).toEqual(
      expect.arrayContaining([
        `${dir} (was 0755)`,
        `${join(dir, 'backups')} (was 0775)`,
        `${join(dir, 'contest.sqlite')} (was 0644)`,
      ]),
    );
    expect(tightened).toHaveLength(3);
    expect(modeOf(dir)).toBe(0o700);
    expect(modeOf(join(dir, 'backups'))).toBe(0o700);
    expect(modeOf(join(dir, 'contest.sqlite'))).toBe(0o600);
    // A link is not followed: what it points to may not be ours.
    expect(modeOf(outside)).toBe(0o644);
    expect(securePrivateDir(dir)).toEqual([]);
  });

  it('tightens one file, and makes owner-only folders', async () => {
    const file = join(root, 'f');
    writeFileSync(file, 'x');
    chmodSync(file, 0o664);
    expect(tightenFile(file)).toBe(0o664);
    expect(modeOf(file)).toBe(0o600);
    expect(tightenFile(file)).toBeNull();
    expect(tightenFile(join(root, 'missing'))).toBeNull();
    await mkdirPrivate(join(root, 'x', 'y'));
    expect(excessBits(join(root, 'x'))).toBe(0);
    expect(excessBits(join(root, 'x', 'y'))).toBe(0);
  });
});
