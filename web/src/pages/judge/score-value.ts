import type { CriterionKind } from '@/api/types';

/** What is wrong with a typed score, as a message key under judge.cell.problem. */
export type ScoreProblem = 'notNumber' | 'tooPrecise' | 'outOfRange' | 'mark' | 'cleared';

export type ScoreCheck =
  | { ok: true; empty: true }
  | { ok: true; empty: false; centi: number; points: string }
  | { ok: false; problem: ScoreProblem };

/** A Chinese keyboard may type full-width digits and a full stop: read them as ASCII. */
function toAscii(text: string): string {
  return text
    .trim()
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[\uFF0E\u3002]/g, '.');
}

/**
 * Hundredths of a decimal with at most 2 places, read from its digits (never through a float:
 * 0.29 × 100 is 28.999…). Mirrors the server's parseScorePoints, so what the cell accepts is what
 * the server stores.
 */
function centiOf(text: string): number | null {
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/**
 * Checks a score as typed against its criterion: a measurement is 0..max with at most 2 decimals;
 * a judgement is a whole mark 0–3. An empty cell is no score (nothing to send).
 */
export function checkScore(
  typed: string,
  criterion: { kind: CriterionKind; maxPoints: string },
): ScoreCheck {
  const text = toAscii(typed);
  if (text === '') return { ok: true, empty: true };
  if (!/^\d+(\.\d*)?$/.test(text)) return { ok: false, problem: 'notNumber' };
  if (/\.\d{3,}$/.test(text)) return { ok: false, problem: 'tooPrecise' };
  // "12." is on its way to "12.5": read it as 12 rather than scold mid-keystroke.
  const centi = centiOf(text.replace(/\.$/, ''));
  if (centi === null) return { ok: false, problem: 'notNumber' };
  if (criterion.kind === 'JUDGEMENT') {
    if (centi % 100 !== 0 || centi > 300) return { ok: false, problem: 'mark' };
    return { ok: true, empty: false, centi, points: String(centi / 100) };
  }
  if (centi > (centiOf(criterion.maxPoints) ?? 0)) return { ok: false, problem: 'outOfRange' };
  return { ok: true, empty: false, centi, points: formatCenti(centi) };
}

/** "31.50" for hundredths, as the server formats points. */
export function formatCenti(centi: number): string {
  return `${Math.floor(centi / 100)}.${String(centi % 100).padStart(2, '0')}`;
}

/** Whether two scores as written are the same value ("31.5" and "31.50" are). */
export function samePoints(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return centiOf(toAscii(a)) === centiOf(toAscii(b));
}
