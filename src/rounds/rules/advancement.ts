import { formatCenti } from '../../common/points';
import { normaliseAdvancementRule, type NormalisedAdvancementRule } from './advancement-rule';
import type {
  AdvancementEntry,
  AdvancementInput,
  AdvancementList,
  AdvancementReason,
  Confirmation,
  Decline,
  FeederResults,
  FeederRow,
  Line,
} from './advancement.types';
import { allocate, type Allocation, type AllocationContext } from './allocate';
import { acrossFeeders, Candidate, candidateOf, reserveNumbers, sharedTieBreak } from './lines';

/*
 * The advancement list (晋级名单) of a later round from its feeders' published results.
 *
 * 1. Eligibility: guests, absentees and the disqualified never advance; with the rule's minTotal
 *    or allPartsPassed, neither does anyone short of them. They are NOT_ELIGIBLE and take no place.
 * 2. Places go to the eligible by the rule's mode (./allocate.ts), line by line.
 * 3. Declines (弃权). Without a deadline every decline frees its place for the next in the same
 *    line. With confirmBy:
 *    - declines up to the deadline free their places the same way;
 *    - once `now` is past it, every advancer of the list as it stood at the deadline (so also a
 *      reserve moved up by an earlier decline) who had not confirmed by then is declined once
 *      (NOT_CONFIRMED_IN_TIME) and the places are filled again; those moved up then are not asked
 *      to confirm, since the deadline is behind them;
 *    - a decline after the deadline leaves its place empty: nobody moves up any more.
 * 4. Every eligible entrant who is not advanced is a RESERVE (递补), numbered in their line's
 *    queue in the order they would move up; a full tie shares a number (1, 1, 3).
 * 5. One worker, one place: a worker entered in two feeders is one finalist. When both entries
 *    advance, the one with the higher published total keeps the place (the first feeder's on equal
 *    totals); every other entry of a worker who advanced is NOT_ELIGIBLE (ADVANCED_ELSEWHERE) and
 *    leaves its line, so the next of that line moves up. A decline or confirmation is the worker's:
 *    given through one entry, it counts for all of their entries.
 *
 * The list is provisional while any feeder is PUBLISHED and not yet FINAL.
 */

function ineligibility(row: FeederRow, rule: NormalisedAdvancementRule): AdvancementReason | null {
  if (row.guest) return { code: 'GUEST' };
  if (row.absent) return { code: 'ABSENT' };
  if (row.disqualified) return { code: 'DISQUALIFIED' };
  const total = row.totalCenti ?? 0;
  if (rule.minTotalCenti !== null && total < rule.minTotalCenti) {
    return {
      code: 'BELOW_MIN_TOTAL',
      total: formatCenti(total),
      minTotal: formatCenti(rule.minTotalCenti),
    };
  }
  if (rule.allPartsPassed && !row.allPartsPassed) return { code: 'PART_NOT_PASSED' };
  return null;
}

function check(feeders: readonly FeederResults[]): void {
  const feederIds = new Set<number>();
  const registrationIds = new Set<number>();
  for (const feeder of feeders) {
    if (feederIds.has(feeder.contestId)) {
      throw new RangeError(`Feeder ${feeder.contestId} is listed twice`);
    }
    feederIds.add(feeder.contestId);
    // Never from an unpublished run: the caller reads published runs only, and this says so loudly.
    if (feeder.status !== 'PUBLISHED' && feeder.status !== 'FINAL') {
      throw new RangeError(`Feeder ${feeder.contestId} is ${String(feeder.status)}, not published`);
    }
    for (const row of feeder.rows) {
      if (registrationIds.has(row.registrationId)) {
        throw new RangeError(`Registration ${row.registrationId} is listed twice`);
      }
      registrationIds.add(row.registrationId);
      const ranked = !row.guest && !row.absent && !row.disqualified;
      if (ranked && (row.rank === null || row.totalCenti === null)) {
        throw new RangeError(
          `Registration ${row.registrationId} is ranked but has no rank or total`,
        );
      }
      if (row.totalCenti !== null && !Number.isSafeInteger(row.totalCenti)) {
        throw new RangeError(`Registration ${row.registrationId} has a total not in hundredths`);
      }
    }
  }
}

/** The first decline of each registration counts; a later one changes nothing. */
function firstDeclines(declines: readonly Decline[]): Map<number, Decline> {
  const first = new Map<number, Decline>();
  for (const decline of [...declines].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    if (!first.has(decline.registrationId)) first.set(decline.registrationId, decline);
  }
  return first;
}

/** Registration ids of each worker with more than one entry (worker id 0 is unknown: apart). */
function siblingsOf(candidates: readonly Candidate[]): (id: number) => number[] {
  const byWorker = new Map<number, number[]>();
  const workerOf = new Map<number, number>();
  for (const { row } of candidates) {
    if (row.workerId <= 0) continue;
    workerOf.set(row.registrationId, row.workerId);
    byWorker.set(row.workerId, [...(byWorker.get(row.workerId) ?? []), row.registrationId]);
  }
  return (id) => {
    const workerId = workerOf.get(id);
    return workerId === undefined ? [] : (byWorker.get(workerId) ?? []).filter((s) => s !== id);
  };
}

/** A decision given through one entry is the worker's: it counts for each of their entries. */
function forEveryEntry<T extends { registrationId: number }>(
  decisions: readonly T[],
  siblings: (id: number) => number[],
): T[] {
  return decisions.flatMap((d) => [
    d,
    ...siblings(d.registrationId).map((registrationId) => ({ ...d, registrationId })),
  ]);
}

/** The better of a worker's advancing entries: higher total, then the first feeder, then the id. */
function better(a: Candidate, b: Candidate): number {
  return (
    (b.row.totalCenti ?? 0) - (a.row.totalCenti ?? 0) ||
    a.feederContestId - b.feederContestId ||
    a.row.registrationId - b.row.registrationId
  );
}

type Elsewhere = Map<number, { registrationId: number; feederContestId: number }>;

/**
 * Allocates with one place per worker: a worker's better advancing entry keeps the place, and
 * all their other entries leave the running (ADVANCED_ELSEWHERE); then the places are filled
 * again, until no worker holds two. Removing candidates never moves an advancer out, so the
 * entries kept stay advanced and the loop ends.
 */
function allocateOnePerWorker(
  candidates: readonly Candidate[],
  context: AllocationContext,
): { allocation: Allocation; elsewhere: Elsewhere } {
  const elsewhere: Elsewhere = new Map();
  let running = [...candidates];
  for (;;) {
    const allocation = allocate(running, context);
    const advancedOf = new Map<number, Candidate[]>();
    for (const c of running) {
      if (c.row.workerId > 0 && allocation.advanced.has(c.row.registrationId)) {
        advancedOf.set(c.row.workerId, [...(advancedOf.get(c.row.workerId) ?? []), c]);
      }
    }
    let dropped = false;
    for (const c of running) {
      const held = advancedOf.get(c.row.workerId);
      if (!held) continue;
      const [kept] = [...held].sort(better);
      if (kept.row.registrationId === c.row.registrationId) continue;
      elsewhere.set(c.row.registrationId, {
        registrationId: kept.row.registrationId,
        feederContestId: kept.feederContestId,
      });
      dropped = true;
    }
    if (!dropped) return { allocation, elsewhere };
    running = running.filter((c) => !elsewhere.has(c.row.registrationId));
  }
}

const lineKey = (line: Line): string =>
  line.kind === 'FEEDER'
    ? `FEEDER:${line.feederContestId}`
    : line.kind === 'UNIT'
      ? `UNIT:${line.unitId}`
      : line.kind;

/**
 * Reserve numbers per line, and each reserve's own line: their feeder, their unit (or the pool
 * for those outside every named unit), or the one overall line. Late decliners are left out.
 */
function numberReserves(allocation: Allocation, skip: (id: number) => boolean) {
  const numbers = new Map<string, Map<number, number>>();
  const own = new Map<number, Line>();
  for (const { line, queue, compare } of allocation.queues) {
    const waiting = queue.filter((c) => !skip(c.row.registrationId));
    numbers.set(lineKey(line), reserveNumbers(waiting, compare));
    for (const { row } of waiting) {
      if (line.kind !== 'POOL' || !own.has(row.registrationId)) own.set(row.registrationId, line);
    }
  }
  return (id: number): { reserveNo: number; reason: AdvancementReason } => {
    const line = own.get(id) ?? { kind: 'POOL' };
    const reserveNo = numbers.get(lineKey(line))?.get(id) ?? 0;
    const excluded = allocation.excluded.get(id);
    if (excluded) {
      return { reserveNo, reason: { code: 'TIE_AT_CUT_EXCLUDED', ...excluded, reserveNo } };
    }
    switch (line.kind) {
      case 'FEEDER': {
        const { feederContestId } = line;
        return { reserveNo, reason: { code: 'RESERVE_OF_FEEDER', feederContestId, reserveNo } };
      }
      case 'UNIT': {
        const poolReserveNo = numbers.get('POOL')?.get(id) ?? null;
        const { unitId } = line;
        return {
          reserveNo,
          reason: { code: 'RESERVE_OF_UNIT', unitId, reserveNo, poolReserveNo },
        };
      }
      case 'POOL':
        return { reserveNo, reason: { code: 'RESERVE_OF_POOL', reserveNo } };
      case 'OVERALL':
        return { reserveNo, reason: { code: 'RESERVE_OVERALL', reserveNo } };
    }
  };
}

export function computeAdvancement(input: AdvancementInput): AdvancementList {
  const rule = normaliseAdvancementRule(input.rule);
  check(input.feeders);
  const instants = [
    input.now,
    ...[...(input.declines ?? []), ...(input.confirmations ?? [])].map((d) => d.at),
  ];
  if (!instants.every((at) => Number.isFinite(at.getTime()))) {
    throw new RangeError('A decision or the present time is not a valid instant');
  }
  const candidates: Candidate[] = input.feeders.flatMap((feeder) =>
    feeder.rows.map((row) => candidateOf(feeder, row)),
  );
  const context: AllocationContext = {
    rule,
    feederIds: [...input.feeders.map((feeder) => feeder.contestId)].sort((a, b) => a - b),
    across: acrossFeeders(sharedTieBreak(input.feeders)),
    field: candidates.filter((c) => !c.row.guest && !c.row.absent && !c.row.disqualified).length,
  };
  const ineligible = new Map<number, AdvancementReason>();
  for (const { row } of candidates) {
    const reason = ineligibility(row, rule);
    if (reason) ineligible.set(row.registrationId, reason);
  }

  const deadline = rule.confirmBy;
  const siblings = siblingsOf(candidates);
  const declines = firstDeclines(forEveryEntry(input.declines ?? [], siblings));
  const isLate = (d: Decline): boolean => deadline !== null && d.at.getTime() > deadline;
  const confirmed = new Set(
    forEveryEntry<Confirmation>(input.confirmations ?? [], siblings)
      .filter((c) => deadline === null || c.at.getTime() <= deadline)
      .map((c) => c.registrationId),
  );
  const freed = (id: number): boolean => {
    const decline = declines.get(id);
    return decline !== undefined && !isLate(decline);
  };
  const inRunning = candidates.filter(
    (c) => !ineligible.has(c.row.registrationId) && !freed(c.row.registrationId),
  );
  let { allocation, elsewhere } = allocateOnePerWorker(inRunning, context);
  const unconfirmed = new Set<number>();
  if (deadline !== null && input.now.getTime() > deadline) {
    for (const id of allocation.advanced.keys()) {
      if (confirmed.has(id)) continue;
      unconfirmed.add(id);
      for (const sibling of siblings(id)) unconfirmed.add(sibling);
    }
    const remaining = inRunning.filter((c) => !unconfirmed.has(c.row.registrationId));
    if (unconfirmed.size > 0)
      ({ allocation, elsewhere } = allocateOnePerWorker(remaining, context));
  }
  // Late decliners keep their place (it stays empty) and leave the queues of reserves.
  const lateDeclined = (id: number): boolean => {
    const decline = declines.get(id);
    return decline !== undefined && isLate(decline);
  };
  const reserveOf = numberReserves(allocation, lateDeclined);

  const entries = candidates.map(({ feederContestId, row }): AdvancementEntry => {
    const id = row.registrationId;
    const entry = {
      registrationId: id,
      workerId: row.workerId,
      name: row.name,
      unitId: row.unitId,
      feederContestId,
      total: row.totalCenti === null ? null : formatCenti(row.totalCenti),
      rank: row.rank,
      confirmed: false,
    };
    const notEligible = ineligible.get(id);
    if (notEligible) return { ...entry, status: 'NOT_ELIGIBLE', reason: notEligible };
    const decline = declines.get(id);
    if (decline && !isLate(decline)) {
      const at = decline.at.toISOString();
      return {
        ...entry,
        status: 'DECLINED',
        reason: { code: 'DECLINED', reason: decline.reason, at, afterDeadline: false },
      };
    }
    if (unconfirmed.has(id)) {
      const confirmBy = input.rule.confirmBy ?? '';
      return { ...entry, status: 'DECLINED', reason: { code: 'NOT_CONFIRMED_IN_TIME', confirmBy } };
    }
    if (decline) {
      const at = decline.at.toISOString();
      return {
        ...entry,
        status: 'DECLINED',
        reason: { code: 'DECLINED', reason: decline.reason, at, afterDeadline: true },
      };
    }
    const advanced = allocation.advanced.get(id);
    if (advanced) {
      return { ...entry, status: 'ADVANCED', confirmed: confirmed.has(id), reason: advanced };
    }
    const other = elsewhere.get(id);
    if (other) {
      return { ...entry, status: 'NOT_ELIGIBLE', reason: { code: 'ADVANCED_ELSEWHERE', ...other } };
    }
    if (allocation.noQuota.has(id)) {
      return { ...entry, status: 'NOT_ELIGIBLE', reason: { code: 'NO_QUOTA_FOR_UNIT' } };
    }
    return { ...entry, status: 'RESERVE', ...reserveOf(id) };
  });
  entries.sort(
    (a, b) =>
      a.feederContestId - b.feederContestId ||
      (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) ||
      a.registrationId - b.registrationId,
  );
  return { provisional: input.feeders.some((f) => f.status !== 'FINAL'), entries };
}
