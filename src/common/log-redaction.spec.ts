import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { REDACTED, redactText, redactUrl, RedactingTypeOrmLogger } from './log-redaction';

const ID = '11010519491231002X';
const OLD_ID = '110105491231002';
const PHONE = '13800138000';

describe('log redaction', () => {
  it('masks ID numbers (18 with X, old 15) and mobile numbers (plain or grouped) in any text', () => {
    expect(redactText(`worker ${ID} and ${ID.toLowerCase()}`)).toBe(
      `worker ${REDACTED} and ${REDACTED}`,
    );
    expect(redactText(`old ${OLD_ID};`)).toBe(`old ${REDACTED};`);
    expect(redactText(`call ${PHONE}, 138-0013-8000 or 138 0013 8000`)).toBe(
      `call ${REDACTED}, ${REDACTED} or ${REDACTED}`,
    );
    // Right after a colour code, inside JSON, inside a path.
    expect(redactText(`\x1b[32m${ID}\x1b[39m`)).toBe(`\x1b[32m${REDACTED}\x1b[39m`);
    expect(redactText(`{"url":"/api/x/${PHONE}"}`)).toBe(`{"url":"/api/x/${REDACTED}"}`);
  });

  it('leaves timestamps, ids, counts and times alone', () => {
    const line =
      '{"level":30,"time":1765100000000,"pid":4242,"reqId":"req-1f","url":"/api/contests/12/registrations","responseTime":6.123456789012345}';
    expect(redactText(line)).toBe(line);
    expect(redactText('contest 7: 20000 rows in 1534 ms')).toBe('contest 7: 20000 rows in 1534 ms');
  });

  it('masks every query value except ids, paging, sorting and states', () => {
    expect(
      redactUrl('/api/contests/3/registrations?q=1234&page=2&pageSize=50&status=APPROVED'),
    ).toBe(`/api/contests/3/registrations?q=${REDACTED}&page=2&pageSize=50&status=APPROVED`);
    expect(redactUrl('/api/public/competitions/1/rankings?contestId=4&q=%E5%BC%A0%E4%B8%89')).toBe(
      `/api/public/competitions/1/rankings?contestId=4&q=${REDACTED}`,
    );
    // Unknown names are masked too, and so is a value under a name that does not decode.
    expect(redactUrl(`/api/x?phone=${PHONE}&idNumber=${ID}&%ZZ=1&flag`)).toBe(
      `/api/x?phone=${REDACTED}&idNumber=${REDACTED}&%ZZ=${REDACTED}&flag=${REDACTED}`,
    );
    expect(redactUrl(`/api/registrations/${ID}`)).toBe(`/api/registrations/${REDACTED}`);
    expect(redactUrl('/health')).toBe('/health');
  });

  it("logs a failed query without its parameters (TypeORM's own logger prints them)", async () => {
    const written: string[] = [];
    const capture = (chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    };
    const stdout = jest.spyOn(process.stdout, 'write').mockImplementation(capture);
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(capture);
    const log = jest.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      written.push(args.map(String).join(' '));
    });
    const source = new DataSource({
      type: 'sqlite',
      database: ':memory:',
      logging: ['error'],
      logger: new RedactingTypeOrmLogger(),
    });
    try {
      await source.initialize();
      await source.query('CREATE TABLE workers (id_number TEXT UNIQUE, name TEXT)');
      await source.query('INSERT INTO workers VALUES (?, ?)', [ID, '张三']);
      await expect(source.query('INSERT INTO workers VALUES (?, ?)', [ID, '张三'])).rejects.toThrow(
        /UNIQUE/,
      );
    } finally {
      await source.destroy();
      stdout.mockRestore();
      stderr.mockRestore();
      log.mockRestore();
    }
    const all = written.join('');
    expect(all).toContain('query failed: SQLITE_CONSTRAINT: UNIQUE constraint failed');
    expect(all).toContain('INSERT INTO workers VALUES (?, ?)');
    expect(all).not.toContain(ID);
    expect(all).not.toContain('张三');
  });
});
