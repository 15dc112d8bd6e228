import type { RuleIssue } from '../common/errors/domain-error';
import type { ErrorCode } from '../common/errors/error-codes';

/** The most one grant may be: 10,000,000.00 yuan, in fen (docs/statistics.md "Grants"). */
export const MAX_GRANT_FEN = 1_000_000_000;
/** Most rows one PUT may carry: a city has hundreds of grassroots unions, not thousands. */
export const MAX_GRANT_ROWS = 2000;
export const MAX_REPORT_LENGTH = 2000;

export type YuanReading = { ok: true; fen: number } | { ok: false; code: ErrorCode; why: string };

/** A plain decimal: optional minus, digits, optional fraction. Anything else is not an amount. */
const DECIMAL = /^(-?)(\d{1,15})(?:\.(\d+))?$/;

/**
 * Reads an amount in yuan, given as a JSON string ("12345.60") or number, exactly into fen.
 * Numbers go through their shortest round-trip string (12345.6 → "12345.6"), never `value * 100`;
 * more than 2 decimals is refused, not rounded (a sum of money is not guessed at).
 */
export function readYuan(value: unknown): YuanReading {
  let text: string;
  if (typeof value === 'number' && Number.isFinite(value)) text = String(value);
  else if (typeof value === 'string') text = value;
  else return { ok: false, code: 'GRANT_AMOUNT_INVALID', why: 'is not an amount in yuan' };
  const match = DECIMAL.exec(text);
  if (!match)
    return { ok: false, code: 'GRANT_AMOUNT_INVALID', why: `"${text}" is not an amount in yuan` };
  const [, sign, whole, fraction = ''] = match;
  if (fraction.length > 2)
    return { ok: false, code: 'GRANT_AMOUNT_PRECISION', why: `${text} has more than 2 decimals` };
  const fen = Number(BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0')));
  if (sign === '-' && fen !== 0)
    return { ok: false, code: 'GRANT_AMOUNT_NEGATIVE', why: `${text} is negative` };
  if (fen > MAX_GRANT_FEN)
    return { ok: false, code: 'GRANT_AMOUNT_TOO_LARGE', why: `${text} is over 10,000,000.00` };
  return { ok: true, fen };
}

/** Fen as yuan with 2 decimals, for answers and exports: 1234560 → "12345.60". */
export function formatFen(fen: number): string {
  const cents = fen % 100;
  return `${(fen - cents) / 100}.${String(cents).padStart(2, '0')}`;
}

/** One row of PUT …/grants, read and checked. `usedFen`/`report` undefined: keep what is stored. */
export interface GrantInput {
  unitId: number;
  amountFen: number;
  usedFen?: number | null;
  report?: string | null;
}

/** A grant as stored, as far as the rules need it. */
export interface StoredGrant {
  unitId: number;
  amountFen: number;
  usedFen: number | null;
  report: string | null;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function readReport(
  value: unknown,
): { ok: true; report: string | null } | { ok: false; why: string } {
  if (value === null) return { ok: true, report: null };
  if (typeof value !== 'string') return { ok: false, why: 'must be text' };
  const report = value.trim();
  if (report.length > MAX_REPORT_LENGTH)
    return { ok: false, why: `is longer than ${MAX_REPORT_LENGTH} characters` };
  return { ok: true, report: report === '' ? null : report };
}

/**
 * Checks the whole body of PUT /api/competitions/:id/grants against the units that exist and the
 * grants stored, and reads it: every problem of every row is listed (path `[i].field`), and the
 * body is taken only when there is none. A stored grant left out of the body is removed, unless
 * its unit has reported (a used amount or a report): that is refused, the report is kept.
 */
export function checkGrants(
  body: unknown,
  unitExists: (unitId: number) => boolean,
  stored: readonly StoredGrant[],
): { issues: RuleIssue[]; rows: GrantInput[] } {
  const issues: RuleIssue[] = [];
  const issue = (code: ErrorCode, path: string, message: string) =>
    issues.push({ code, path, message });
  if (!Array.isArray(body)) {
    issue('GRANTS_INVALID', '', 'The body must be a list of { unitId, amount, used?, report? }');
    return { issues, rows: [] };
  }
  if (body.length > MAX_GRANT_ROWS) {
    issue('GRANTS_INVALID', '', `At most ${MAX_GRANT_ROWS} rows`);
    return { issues, rows: [] };
  }
  const storedByUnit = new Map(stored.map((g) => [g.unitId, g]));
  const seen = new Map<number, number>();
  const rows: GrantInput[] = [];
  body.forEach((raw: unknown, i) => {
    const at = (field: string) => `[${i}].${field}`;
    if (!isRecord(raw)) {
      issue('GRANTS_INVALID', `[${i}]`, 'Each row is { unitId, amount, used?, report? }');
      return;
    }
    for (const key of Object.keys(raw)) {
      if (!['unitId', 'amount', 'used', 'report'].includes(key))
        issue('GRANTS_INVALID', at(key), `Unknown field "${key}"`);
    }
    const unitId = raw.unitId;
    let unitOk = false;
    if (typeof unitId !== 'number' || !Number.isSafeInteger(unitId) || unitId <= 0) {
      issue('GRANT_UNIT_UNKNOWN', at('unitId'), 'unitId must be the id of a unit');
    } else if (!unitExists(unitId)) {
      issue('GRANT_UNIT_UNKNOWN', at('unitId'), `No unit has the id ${unitId}`);
    } else if (seen.has(unitId)) {
      issue(
        'GRANT_UNIT_DUPLICATE',
        at('unitId'),
        `Unit ${unitId} is also in row ${seen.get(unitId)}`,
      );
    } else {
      seen.set(unitId, i);
      unitOk = true;
    }
    const amount = readYuan(raw.amount);
    if (!amount.ok) issue(amount.code, at('amount'), `amount ${amount.why}`);
    let usedFen: number | null | undefined;
    let usedOk = true;
    if (raw.used !== undefined && raw.used !== null) {
      const used = readYuan(raw.used);
      if (used.ok) usedFen = used.fen;
      else {
        usedOk = false;
        issue(used.code, at('used'), `used ${used.why}`);
      }
    } else if (raw.used === null) usedFen = null;
    let report: string | null | undefined;
    if (raw.report !== undefined) {
      const read = readReport(raw.report);
      if (read.ok) report = read.report;
      else issue('GRANTS_INVALID', at('report'), `report ${read.why}`);
    }
    if (!unitOk || !amount.ok || !usedOk) return;
    const effectiveUsed =
      usedFen === undefined ? storedByUnit.get(unitId as number)?.usedFen : usedFen;
    if (effectiveUsed != null && effectiveUsed > amount.fen) {
      issue(
        'GRANT_USED_OVER_AMOUNT',
        at('amount'),
        `Unit ${unitId as number} reports ${formatFen(effectiveUsed)} used, more than ${formatFen(amount.fen)}`,
      );
    }
    rows.push({ unitId: unitId as number, amountFen: amount.fen, usedFen, report });
  });
  for (const grant of stored) {
    if (seen.has(grant.unitId)) continue;
    if (grant.usedFen !== null || grant.report !== null) {
      issue(
        'GRANT_REPORTED',
        `unit ${grant.unitId}`,
        `Unit ${grant.unitId} has reported its use of the grant; a reported grant is not removed (list it again)`,
      );
    }
  }
  return { issues, rows: issues.length === 0 ? rows : [] };
}

/** Checks a unit's report of use `{ used, report }` against its grant. */
export function checkReport(
  body: unknown,
  amountFen: number,
): { issues: RuleIssue[]; usedFen: number; report: string | null } {
  const issues: RuleIssue[] = [];
  const none = { issues, usedFen: 0, report: null };
  if (!isRecord(body)) {
    issues.push({ code: 'GRANTS_INVALID', path: '', message: 'The body is { used, report }' });
    return none;
  }
  for (const key of Object.keys(body)) {
    if (!['used', 'report'].includes(key))
      issues.push({ code: 'GRANTS_INVALID', path: key, message: `Unknown field "${key}"` });
  }
  const used = readYuan(body.used);
  if (!used.ok) issues.push({ code: used.code, path: 'used', message: `used ${used.why}` });
  else if (used.fen > amountFen)
    issues.push({
      code: 'GRANT_USED_OVER_AMOUNT',
      path: 'used',
      message: `used ${formatFen(used.fen)} is more than the grant, ${formatFen(amountFen)}`,
    });
  const read = readReport(body.report ?? null);
  if (!read.ok)
    issues.push({ code: 'GRANTS_INVALID', path: 'report', message: `report ${read.why}` });
  if (issues.length > 0) return none;
  return { issues, usedFen: used.ok ? used.fen : 0, report: read.ok ? read.report : null };
}
