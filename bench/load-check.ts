/**
 * After the load (bench/load.ts): accounts for every accepted write through the API alone. For
 * each cell (contestant × criterion × judge) the accepted writes, ordered by the version each was
 * given, must be: the last one the cell's final value on the judge's score sheet; every earlier
 * one in the audit log as superseded (an entry whose old value is that write, at that version);
 * and each of them in the log as made, by whom it was made (a chief judge's with the reason). The
 * log must hold no score change that no accepted write explains, and each contest's chain must
 * verify.
 */
import { type BenchApi, ok, type Schemas } from './api';
import type { AcceptedWrite, LoadPlan } from './load-client';

export interface LoadCheck {
  cellsWritten: number;
  /** Accepted writes that are their cell's final value / superseded in the audit log. */
  final: number;
  superseded: number;
  /** Accepted writes that are neither (or that the log does not show as made). */
  lostUpdates: number;
  /** Score changes in the log or on a sheet that no accepted write explains. */
  unexplained: number;
  auditEntries: number;
  /** Contests whose audit chain verifies. */
  chainsOk: number;
  samples: Array<Record<string, unknown>>;
}

/**
 * An audit entry with a score change's old and new values as they are stored.
 * The document describes `oldValue`/`newValue` as an object or text, since they vary by action;
 * for the score changes this check reads they are `{ valueCenti, version }`.
 */
type ScoreValue = { valueCenti: number; version: number } | null;
type AuditView = Omit<Schemas['AuditEntryResponse'], 'oldValue' | 'newValue'> & {
  oldValue: ScoreValue;
  newValue: ScoreValue;
};

const SCORE_ACTIONS = new Set(['SCORE_CREATED', 'SCORE_UPDATED', 'SCORE_CORRECTED']);
const AUDIT_PAGE = 5000;

async function auditLog(organizer: BenchApi, contestId: number): Promise<AuditView[]> {
  const entries: AuditView[] = [];
  for (;;) {
    const after = entries.length === 0 ? 0 : entries[entries.length - 1].seq;
    const page = await ok(
      organizer.client.GET('/api/contests/{id}/audit', {
        params: { path: { id: contestId }, query: { afterSeq: after, limit: AUDIT_PAGE } },
      }),
    );
    entries.push(...(page as AuditView[]));
    if (page.length < AUDIT_PAGE) return entries;
  }
}

const formatPoints = (centi: number, kind: string) =>
  kind === 'JUDGEMENT' ? String(centi / 100) : (centi / 100).toFixed(2);

export async function checkLoad(
  organizer: BenchApi,
  contests: Array<LoadPlan['contests'][number] & { registrationIds: Map<string, number> }>,
  accepted: AcceptedWrite[],
  chiefReason: string,
): Promise<LoadCheck> {
  const result: LoadCheck = {
    cellsWritten: 0,
    final: 0,
    superseded: 0,
    lostUpdates: 0,
    unexplained: 0,
    auditEntries: 0,
    chainsOk: 0,
    samples: [],
  };
  const sample = (what: string, detail: Record<string, unknown>) => {
    if (result.samples.length < 20) result.samples.push({ what, ...detail });
  };
  const writesByContest = new Map<number, AcceptedWrite[]>();
  for (const w of accepted) {
    const list = writesByContest.get(w[0]) ?? [];
    list.push(w);
    writesByContest.set(w[0], list);
  }

  for (const contest of contests) {
    const chiefId = contest.chief.userId;
    const kinds = new Map(contest.criteria.map((c) => [c.key, c.kind]));
    const log = await auditLog(organizer, contest.contestId);
    result.auditEntries += log.length;
    const contestPath = { params: { path: { id: contest.contestId } } };
    const verify = await ok(organizer.client.GET('/api/contests/{id}/audit/verify', contestPath));
    if (verify.ok && verify.entries === log.length) result.chainsOk++;
    else sample('audit chain', { contestId: contest.contestId, verify, read: log.length });

    // The log's score changes and the sheets' final values, by cell.
    const cellKey = (registrationId: number, criterionKey: string, judgeId: number) =>
      `${registrationId}|${criterionKey}|${judgeId}`;
    const changes = new Map<string, AuditView[]>();
    for (const e of log) {
      if (!SCORE_ACTIONS.has(e.action)) continue;
      const key = cellKey(e.registrationId!, e.criterionKey!, e.judgeId!);
      changes.set(key, [...(changes.get(key) ?? []), e]);
    }
    const finals = new Map<string, Schemas['EnteredScoreResponse']>();
    for (const judge of contest.judges) {
      const sheet = await ok(
        organizer.as(judge.token).client.GET('/api/contests/{id}/score-sheet', contestPath),
      );
      for (const row of sheet.rows)
        for (const [criterionKey, score] of Object.entries(row.scores))
          if (score)
            finals.set(
              cellKey(contest.registrationIds.get(row.code)!, criterionKey, judge.userId),
              score,
            );
    }

    const writes = new Map<string, AcceptedWrite[]>();
    for (const w of writesByContest.get(contest.contestId) ?? []) {
      const key = cellKey(contest.registrationIds.get(w[2])!, w[3], w[1]);
      writes.set(key, [...(writes.get(key) ?? []), w]);
    }
    result.cellsWritten += writes.size;

    for (const [key, cellWrites] of writes) {
      cellWrites.sort((a, b) => a[5] - b[5]);
      const cellChanges = changes.get(key) ?? [];
      const made = new Map(cellChanges.map((e) => [e.newValue?.version, e]));
      const replaced = new Map(cellChanges.map((e) => [e.oldValue?.version, e]));
      const final = finals.get(key);
      cellWrites.forEach(([, judgeId, code, criterionKey, centi, version, actorId], i) => {
        const detail = {
          contestId: contest.contestId,
          code,
          criterionKey,
          judgeId,
          centi,
          version,
        };
        const entry = made.get(version);
        const logged =
          entry !== undefined &&
          entry.newValue?.valueCenti === centi &&
          entry.actorId === actorId &&
          (actorId !== chiefId ||
            (entry.action === 'SCORE_CORRECTED' && entry.reason === chiefReason));
        const twice = cellWrites.some((w, j) => j !== i && w[5] === version);
        if (!logged || twice) {
          result.lostUpdates++;
          return sample(twice ? 'two writes given one version' : 'not in the audit log as made', {
            ...detail,
            entry,
          });
        }
        if (i === cellWrites.length - 1) {
          const shown = formatPoints(centi, kinds.get(criterionKey)!);
          if (final?.points === shown && final.version === version) result.final++;
          else {
            result.lostUpdates++;
            sample('not the final value', { ...detail, final });
          }
        } else if (replaced.get(version)?.oldValue?.valueCenti === centi) {
          result.superseded++;
        } else {
          result.lostUpdates++;
          sample('not superseded in the audit log', { ...detail, entry: replaced.get(version) });
        }
      });
      // Changes that no accepted write explains (a write applied although refused, or twice).
      const extra = cellChanges.length - cellWrites.length;
      if (extra !== 0) {
        result.unexplained += Math.abs(extra);
        sample('score changes in the log ≠ accepted writes', {
          key,
          logged: cellChanges.length,
          accepted: cellWrites.length,
        });
      }
    }
    for (const [key, entries] of changes)
      if (!writes.has(key)) {
        result.unexplained += entries.length;
        sample('a score change nobody was told was accepted', { key, entries });
      }
    for (const [key, final] of finals)
      if (!writes.has(key)) {
        result.unexplained++;
        sample('a score on a sheet nobody was told was accepted', { key, final });
      }
  }
  return result;
}
