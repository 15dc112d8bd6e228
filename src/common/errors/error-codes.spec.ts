import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorMessages } from '../../../web/src/i18n/errors';
import { CODE_OF_STATUS } from '../filters/error-body';
import { SPREADSHEET_ERROR_KINDS } from '../spreadsheet/table-errors';
import { ERROR_CODES, isErrorCode } from './error-codes';

/*
 * The catalogue of error codes (error-codes.ts). The compiler already holds every DomainError,
 * rule issue and row problem to a code of the catalogue, and the web's words to exactly the
 * catalogue (web/src/i18n/errors.ts is keyed by the generated ErrorCode). What is left to check
 * here: the catalogue is well formed, and it lists no code that nothing in the server produces
 * any more (which would leave the document and the web with words for a code nobody answers).
 */

const ROOT = join(__dirname, '..', '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : sourceFiles(path);
    const source = entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts');
    return source && !['error-codes.ts', 'metadata.ts'].includes(entry.name) ? [path] : [];
  });
}

const sources = sourceFiles(join(ROOT, 'src')).map((path) => readFileSync(path, 'utf8'));
/** Quoted (', " or `) UPPER_SNAKE words: where a code is made (a factory, a rule, a row problem). */
const quoted = new Set(
  sources.flatMap((text) => [...text.matchAll(/(['"`])([A-Z][A-Z0-9_]+)\1/g)].map((m) => m[2])),
);
/** File-level table errors are coded `${codePrefix}_${kind}` (ROSTER_NO_HEADER, SCORE_FILE_EMPTY). */
const tableCodes = sources.flatMap((text) =>
  [...text.matchAll(/codePrefix: '([A-Z_]+)'/g)].flatMap((m) =>
    SPREADSHEET_ERROR_KINDS.map((kind) => `${m[1]}_${kind}`),
  ),
);
const produced = new Set<string>([...quoted, ...tableCodes, ...Object.values(CODE_OF_STATUS)]);

describe('the catalogue of error codes', () => {
  it('lists each code once, in UPPER_SNAKE, sorted', () => {
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
    expect(ERROR_CODES.filter((code) => !/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/.test(code))).toEqual([]);
    expect([...ERROR_CODES]).toEqual([...ERROR_CODES].sort());
  });

  it('finds where codes are made, each way a code is made', () => {
    // So that a broken scan cannot pass by finding nothing.
    for (const code of [
      'CONTEST_NOT_FOUND', // an error factory
      'DRAW_PENDING_REGISTRATIONS', // a rule's issue
      'ID_NUMBER_CHECK_DIGIT', // a roster row's problem
      'ROSTER_NO_HEADER', // a file-level table error
      'FORBIDDEN', // a framework error by status
    ]) {
      expect(produced).toContain(code);
    }
  });

  it('lists no code that nothing in the server produces', () => {
    expect(ERROR_CODES.filter((code) => !produced.has(code))).toEqual([]);
  });

  it('tells a catalogued code from any other string', () => {
    expect(isErrorCode('CONTEST_NOT_FOUND')).toBe(true);
    expect(isErrorCode('SQLITE_BUSY')).toBe(false);
    expect(isErrorCode('contest_not_found')).toBe(false);
  });
});

describe("the web's words for the codes", () => {
  it.each(['zh-CN', 'en'] as const)(
    'are plain sentences in %s that vue-i18n shows as written',
    (locale) => {
      // vue-i18n reads {…} as a placeholder, @ as a linked message and | as plural forms.
      const bad = Object.entries(errorMessages[locale])
        .filter(([, text]) => text.trim() === '' || /[{}@|]/.test(text))
        .map(([code]) => code);
      expect(bad).toEqual([]);
    },
  );

  it.each(['zh-CN', 'en'] as const)('cover the catalogue in %s at run time too', (locale) => {
    expect(Object.keys(errorMessages[locale]).sort()).toEqual([...ERROR_CODES].sort());
  });
});
