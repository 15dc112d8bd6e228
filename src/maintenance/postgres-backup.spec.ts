import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  passwordFileLine,
  pgDumpArguments,
  pgRestoreArguments,
  splitPassword,
  withPasswordFile,
} from './postgres-backup';

const URL_WITH_PASSWORD = 'postgres://skills:s3cr%3At%40pw@db.example:5433/contest?sslmode=require';
const PASSWORD = 's3cr:t@pw';

describe('PostgreSQL client tools get the password from a file, never on the command line', () => {
  it('takes the password out of the URL (user part or password= parameter)', () => {
    expect(splitPassword(URL_WITH_PASSWORD)).toEqual({
      url: 'postgres://skills@db.example:5433/contest?sslmode=require',
      password: PASSWORD,
    });
    expect(splitPassword('postgresql://u@h/db?password=p%3Aq&sslmode=disable')).toEqual({
      url: 'postgresql://u@h/db?sslmode=disable',
      password: 'p:q',
    });
    expect(splitPassword('postgres://u@h/db')).toEqual({
      url: 'postgres://u@h/db',
      password: null,
    });
  });

  it('writes a password-file line matching any server, with : and \\ escaped', () => {
    expect(passwordFileLine(PASSWORD)).toBe('*:*:*:*:s3cr\\:t@pw\n');
    expect(passwordFileLine('a\\b')).toBe('*:*:*:*:a\\\\b\n');
    expect(() => passwordFileLine('a\nb')).toThrow(/line break/);
  });

  it('runs the tool with a password-less URL and PGPASSFILE naming a 0600 file, removed afterwards', () => {
    let seen: {
      argv: string[];
      passfile: string | undefined;
      content: string;
      mode: number;
      dirMode: number;
    } | null = null;
    withPasswordFile(URL_WITH_PASSWORD, (tool) => {
      const passfile = tool.env.PGPASSFILE;
      seen = {
        argv: [
          ...pgDumpArguments(tool.url, '/backups/x.pgdump', '00000003-1'),
          ...pgRestoreArguments(tool.url, '/backups/x.pgdump'),
        ],
        passfile,
        content: passfile ? readFileSync(passfile, 'utf8') : '',
        mode: passfile ? statSync(passfile).mode & 0o777 : 0,
        dirMode: passfile ? statSync(dirname(passfile)).mode & 0o777 : 0,
      };
    });
    expect(seen).not.toBeNull();
    const { argv, passfile, content, mode, dirMode } = seen!;
    for (const arg of argv) {
      expect(arg).not.toContain('s3cr');
      expect(arg).not.toContain(encodeURIComponent(PASSWORD));
    }
    expect(argv).toContain('postgres://skills@db.example:5433/contest?sslmode=require');
    expect(argv).toContain('--dbname=postgres://skills@db.example:5433/contest?sslmode=require');
    expect(content).toBe('*:*:*:*:s3cr\\:t@pw\n');
    expect(mode).toBe(0o600);
    expect(dirMode).toBe(0o700);
    expect(existsSync(passfile!)).toBe(false);
    expect(existsSync(dirname(passfile!))).toBe(false);
  });

  it('removes the password file when the tool fails, and makes none without a password', () => {
    let passfile: string | undefined;
    expect(() =>
      withPasswordFile(URL_WITH_PASSWORD, (tool) => {
        passfile = tool.env.PGPASSFILE;
        throw new Error('pg_dump exited with 1');
      }),
    ).toThrow('pg_dump exited with 1');
    expect(passfile).toBeDefined();
    expect(existsSync(passfile!)).toBe(false);
    const previous = process.env.PGPASSFILE;
    delete process.env.PGPASSFILE;
    try {
      withPasswordFile('postgres://u@h/db', (tool) => {
        expect(tool.url).toBe('postgres://u@h/db');
        expect(tool.env.PGPASSFILE).toBeUndefined();
      });
    } finally {
      if (previous !== undefined) process.env.PGPASSFILE = previous;
    }
  });
});
