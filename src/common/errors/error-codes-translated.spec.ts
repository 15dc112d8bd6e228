import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { common } from '../../../web/src/i18n/common';
import { errorMessages } from '../../../web/src/i18n/errors';
import { CODE_OF_STATUS } from '../filters/error-body';
import { SPREADSHEET_ERROR_KINDS } from '../spreadsheet/table-errors';

/*
 * The web pages show an API error as a sentence looked up by its code (web/src/i18n/errors.ts, or
 * the shared `errors` block of common.ts); an unknown code falls back to the server's English
 * message. This keeps the dictionary complete without a hand-kept list of codes: every
 * UPPER_SNAKE string literal in the server's sources is taken for a code unless it is listed below
 * as something else, so a new code anywhere (an error factory, a rule's issue, a row-level import
 * problem) fails here until it has words in both languages.
 */

const ROOT = join(__dirname, '..', '..', '..');

/** UPPER_SNAKE literals that are not error codes, by what they are. */
const NOT_ERROR_CODES: Record<string, string> = {
  ...Object.fromEntries(
    [
      'ADMIN_PASSWORD',
      'ADMIN_USERNAME',
      'CERT_DIR',
      'CERT_FONT_PATH',
      'DATABASE_URL',
      'DATA_DIR',
      'JWT_SECRET',
      'LOG_LEVEL',
      'PERSONAL_DATA_KEY',
      'SQLITE_BUSY_TIMEOUT_MS',
    ].map((name) => [name, 'environment variable']),
  ),
  EXCLUDE_ALL: 'tie-at-boundary policy',
  INCLUDE_ALL: 'tie-at-boundary policy',
  HALF_UP: 'rounding rule',
  TRIMMED_MEAN: 'aggregation method',
  UNIT_COORDINATOR: 'role',
  UNSUPPORTED_MEDIA: 'DomainError kind (the filter answers 415 with the error’s own code)',
  CSV_MAX_RECORD_SIZE: 'csv-parse code, answered as <TABLE>_UNREADABLE',
  CSV_QUOTE_NOT_CLOSED: 'csv-parse code, answered as <TABLE>_UNREADABLE',
  FST_INVALID_MULTIPART_CONTENT_TYPE: '@fastify/multipart code, answered as the upload’s own code',
  FST_REQ_FILE_TOO_LARGE: '@fastify/multipart code, answered as the upload’s own code',
  ...Object.fromEntries(
    [
      'FST_ERR_BAD_URL',
      'FST_ERR_MAX_PARAM_LENGTH',
      'HPE_HEADER_OVERFLOW',
      'ERR_HTTP_REQUEST_TIMEOUT',
    ].map((name) => [
      name,
      'Fastify or Node.js code, answered as BAD_REQUEST (filters/framework-errors.ts)',
    ]),
  ),
  ...Object.fromEntries(
    [
      'ATTENDANCE_SET',
      'CONFLICT_DECLARED',
      'JUDGE_ASSIGNED',
      'JUDGE_REMOVED',
      'SCORES_CONFIRMED',
      'SCORE_CORRECTED',
      'SCORING_CLOSED',
      'SCORE_CREATED',
      'SCORE_FILE_IMPORT',
      'SCORE_UPDATED',
      'TIME_SET',
    ].map((name) => [name, 'audit log action']),
  ),
  ...Object.fromEntries(
    [
      'IN_USE',
      'KEY_MISMATCH',
      'KEY_MISSING',
      'NEWER_SCHEMA',
      'NO_REPORT',
      'SCHEMA_MISMATCH',
      'SOURCE_BUSY',
      'SOURCE_MISSING',
      'SOURCE_NOT_PRODUCT',
      'TARGET_FOREIGN',
      'TARGET_NOT_EMPTY',
    ].map((name) => [
      name,
      'refusal of a command-line tool (backup, restore, db:move), printed, never an API answer',
    ]),
  ),
  SQLITE_BUSY: 'SQLite driver code (another process holds the file)',
  SQLITE_LOCKED: 'SQLite driver code (another process holds the file)',
  ...Object.fromEntries(
    ['HASH_MISMATCH', 'HEAD_MISSING', 'PREV_HASH_MISMATCH', 'SEQ_GAP'].map((name) => [
      name,
      'finding of the audit-chain check (a report, not a refusal)',
    ]),
  ),
  ...Object.fromEntries(
    [
      'BELOW_MIN_TOTAL',
      'FIELD_TOO_SMALL',
      'NOT_RANKED',
      'OUTSIDE_LADDER',
      'PART_NOT_PASSED',
      'TIE_AT_BOUNDARY_EXCLUDED',
    ].map((name) => [name, 'why a result has no title']),
  ),
  TOO_FEW_JUDGES: 'why a score group is flagged (its state, not a refusal)',
  RESULT_CHANGED: 'why a certificate was revoked',
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    // Migrations are schema history; specs hold test data, not answers.
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

const sources = sourceFiles(join(ROOT, 'src')).map((path) => readFileSync(path, 'utf8'));

/** Quoted (', " or `) UPPER_SNAKE words with at least one underscore: 'ROSTER_NO_HEADER'. */
const LITERAL = /(['"`])([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\1/g;
const literals = new Set(sources.flatMap((text) => [...text.matchAll(LITERAL)].map((m) => m[2])));

/** File-level table errors are coded `${codePrefix}_${kind}` (ROSTER_NO_HEADER, SCORE_FILE_EMPTY). */
const tablePrefixes = sources.flatMap((text) =>
  [...text.matchAll(/codePrefix: '([A-Z_]+)'/g)].map((m) => m[1]),
);
const kindsAndPrefixes = new Set<string>([...SPREADSHEET_ERROR_KINDS, ...tablePrefixes]);

const serverCodes = new Set<string>([
  ...[...literals].filter((word) => !(word in NOT_ERROR_CODES) && !kindsAndPrefixes.has(word)),
  ...tablePrefixes.flatMap((prefix) => SPREADSHEET_ERROR_KINDS.map((kind) => `${prefix}_${kind}`)),
  // The framework's own errors, coded by status (FORBIDDEN, CONFLICT, …).
  ...Object.values(CODE_OF_STATUS),
]);

const LOCALES = ['zh-CN', 'en'] as const;
const sorted = (codes: Iterable<string>) => [...codes].sort();

describe('error codes in words for the web pages', () => {
  it('finds the codes it is meant to find', () => {
    // One of each way a code is made, so that a broken scan cannot pass by finding nothing.
    for (const code of [
      'CONTEST_NOT_FOUND', // an error factory
      'USE_RESULTS_FINALIZE', // the other branch of a conditional code
      'DRAW_PENDING_REGISTRATIONS', // a rule's issue, thrown with the code
      'SCORE_OUT_OF_RANGE', // a batch entry's or score-file row's problem
      'ID_NUMBER_CHECK_DIGIT', // a roster row's problem
      'ROSTER_NO_HEADER', // a file-level table error
      'SCORE_FILE_XLS_UNSUPPORTED',
      'VALIDATION_FAILED',
      'TOO_MANY_LOGIN_ATTEMPTS',
      'INTERNAL_ERROR',
      'FORBIDDEN', // a framework error by status
    ]) {
      expect(serverCodes).toContain(code);
    }
    expect(serverCodes.size).toBeGreaterThan(150);
  });

  it('lists as "not an error code" only words that the sources still use', () => {
    const gone = Object.keys(NOT_ERROR_CODES).filter((word) => !literals.has(word));
    expect(gone).toEqual([]);
  });

  it.each(LOCALES)('has words in %s for every code the server answers', (locale) => {
    const known = new Set([
      ...Object.keys(errorMessages[locale]),
      ...Object.keys(common[locale].errors),
    ]);
    // A word listed here that is not an error code belongs in NOT_ERROR_CODES instead.
    const missing = sorted([...serverCodes].filter((code) => !known.has(code)));
    expect(missing).toEqual([]);
  });

  it.each(LOCALES)('has no %s entry for a code the server does not answer', (locale) => {
    const unknown = sorted(Object.keys(errorMessages[locale]).filter((c) => !serverCodes.has(c)));
    expect(unknown).toEqual([]);
  });

  it.each(LOCALES)('does not repeat in %s a code that common.ts already words', (locale) => {
    // errors.ts is spread over common's block, so a repeat would silently replace the other.
    const shared = Object.keys(common[locale].errors);
    const repeated = sorted(Object.keys(errorMessages[locale]).filter((c) => shared.includes(c)));
    expect(repeated).toEqual([]);
  });

  it.each(LOCALES)('gives plain sentences in %s that vue-i18n shows as written', (locale) => {
    // vue-i18n reads {…} as a placeholder, @ as a linked message and | as plural forms.
    const bad = Object.entries(errorMessages[locale])
      .filter(([, text]) => text.trim() === '' || /[{}@|]/.test(text))
      .map(([code]) => code);
    expect(bad).toEqual([]);
  });
});
