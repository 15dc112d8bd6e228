import { formatCenti } from '../../common/points';
import type { NormalisedAdvancementRule } from './advancement-rule';
import type { AdvancementReason, Line } from './advancement.types';
import { Candidate, Compare, cutLine, byFeederRank, LineCut, order } from './lines';

/*
 * Who of the candidates (eligible, not declined) takes the places, by the rule's mode, and the
 * queues the others wait in. Pure and recomputed from scratch every time: a decline removes the
 * decliner from the candidates, and the same cut then moves the next of the same line up.
 */

export interface Queue {
  line: Line;
  /** Those of the line not advanced, best first. */
  queue: Candidate[];
  compare: Compare;
}

export interface Allocation {
  advanced: Map<number, AdvancementReason>;
  /** Each not advanced candidate's own line; in QUOTA_PER_UNIT with REFILL the pool as well. */
  queues: Queue[];
  /** Left out by a full tie across the last place of their own line (EXCLUDE_ALL). */
  excluded: Map<number, { line: Line; place: number; places: number; tied: number }>;
  /** QUOTA_PER_UNIT without a pool: outside every named unit, so no place can ever be theirs. */
  noQuota: Set<number>;
}

export interface AllocationContext {
  rule: NormalisedAdvancementRule;
  feederIds: readonly number[];
  /** Order across feeders: total, then the tie-break keys all feeders share. */
  across: Compare;
  /** TOP_PERCENT: the official ranked field of all feeders. */
  field: number;
}

const idOf = (candidate: Candidate): number => candidate.row.registrationId;

function emptyAllocation(): Allocation {
  return { advanced: new Map(), queues: [], excluded: new Map(), noQuota: new Set() };
}

function noteExcluded(allocation: Allocation, cut: LineCut, line: Line, places: number): void {
  for (const { candidate, place, tied } of cut.excluded) {
    allocation.excluded.set(idOf(candidate), { line, place, places, tied });
  }
}

function perFeeder(candidates: Candidate[], context: AllocationContext): Allocation {
  const allocation = emptyAllocation();
  const n = context.rule.n ?? 0;
  for (const feederContestId of context.feederIds) {
    const line: Line = { kind: 'FEEDER', feederContestId };
    const members = order(
      candidates.filter((c) => c.feederContestId === feederContestId),
      byFeederRank,
    );
    const cut = cutLine(members, byFeederRank, n, context.rule.tiesAtCut);
    for (const { candidate, place, tiedAtCut } of cut.advanced) {
      allocation.advanced.set(idOf(candidate), {
        code: 'WITHIN_FEEDER_TOP_N',
        feederContestId,
        rank: candidate.row.rank ?? 0,
        place,
        n,
        tiedAtCut,
      });
    }
    noteExcluded(allocation, cut, line, n);
    allocation.queues.push({ line, queue: cut.rest, compare: byFeederRank });
  }
  return allocation;
}

/** The nearest unit with a quota: the entrant's own unit, else the closest above it. */
function quotaUnitOf(candidate: Candidate, named: ReadonlySet<number>): number | null {
  const chain = [candidate.row.unitId, ...candidate.row.unitAncestorIds];
  return chain.find((unitId) => named.has(unitId)) ?? null;
}

function perUnit(candidates: Candidate[], context: AllocationContext): Allocation {
  const allocation = emptyAllocation();
  const { rule, across } = context;
  const named = new Set(rule.quotas.map((quota) => quota.unitId));
  let unused = 0;
  const outside: Candidate[] = [];
  const waiting: Candidate[] = [];
  for (const { unitId, places } of rule.quotas) {
    const line: Line = { kind: 'UNIT', unitId };
    const members = order(
      candidates.filter((c) => quotaUnitOf(c, named) === unitId),
      across,
    );
    const cut = cutLine(members, across, places, rule.tiesAtCut);
    for (const { candidate, place, tiedAtCut } of cut.advanced) {
      allocation.advanced.set(idOf(candidate), {
        code: 'QUOTA_OF_UNIT',
        unitId,
        place,
        places,
        tiedAtCut,
      });
    }
    // Only places the unit has nobody left for go to the pool. Places a tie left empty stay empty:
    // were they pooled, a later decline that lets the tie fit would take them back from the pool
    // and move out someone already advanced through it.
    if (cut.rest.length === 0) unused += Math.max(0, places - cut.advanced.length);
    noteExcluded(allocation, cut, line, places);
    allocation.queues.push({ line, queue: cut.rest, compare: across });
    waiting.push(...cut.rest);
  }
  outside.push(...candidates.filter((c) => quotaUnitOf(c, named) === null));
  if (rule.pool === 'NONE') {
    for (const candidate of outside) allocation.noQuota.add(idOf(candidate));
    return allocation;
  }
  // The pool: every place a unit could not fill, to the best of everyone not yet advanced.
  const line: Line = { kind: 'POOL' };
  const cut = cutLine(order([...waiting, ...outside], across), across, unused, rule.tiesAtCut);
  for (const { candidate, place, tiedAtCut } of cut.advanced) {
    allocation.advanced.set(idOf(candidate), {
      code: 'POOL_REFILL',
      place,
      places: unused,
      tiedAtCut,
    });
  }
  // A unit's member keeps the exclusion of their own unit's cut; only outsiders take the pool's.
  const outsiders = new Set(outside.map(idOf));
  noteExcluded(
    allocation,
    { ...cut, excluded: cut.excluded.filter((p) => outsiders.has(idOf(p.candidate))) },
    line,
    unused,
  );
  for (const queue of allocation.queues) {
    queue.queue = queue.queue.filter((c) => !allocation.advanced.has(idOf(c)));
  }
  allocation.queues.push({ line, queue: cut.rest, compare: across });
  return allocation;
}

/** The number of places of TOP_PERCENT: percent of the field, rounded down, in integers. */
export function percentPlaces(field: number, percentCenti: number): number {
  const hundredthsOfPeople = field * percentCenti;
  return (hundredthsOfPeople - (hundredthsOfPeople % 10_000)) / 10_000;
}

function overall(candidates: Candidate[], context: AllocationContext): Allocation {
  const allocation = emptyAllocation();
  const { rule, across, field } = context;
  const line: Line = { kind: 'OVERALL' };
  const byPercent = rule.mode === 'TOP_PERCENT';
  const places = byPercent ? percentPlaces(field, rule.percentCenti ?? 0) : (rule.n ?? 0);
  const cut = cutLine(order(candidates, across), across, places, rule.tiesAtCut);
  for (const { candidate, place, tiedAtCut } of cut.advanced) {
    allocation.advanced.set(
      idOf(candidate),
      byPercent
        ? {
            code: 'WITHIN_TOP_PERCENT',
            place,
            places,
            percent: formatCenti(rule.percentCenti ?? 0),
            field,
            tiedAtCut,
          }
        : { code: 'WITHIN_TOP_N_OVERALL', place, n: places, tiedAtCut },
    );
  }
  noteExcluded(allocation, cut, line, places);
  allocation.queues.push({ line, queue: cut.rest, compare: across });
  return allocation;
}

export function allocate(candidates: Candidate[], context: AllocationContext): Allocation {
  switch (context.rule.mode) {
    case 'TOP_N_PER_FEEDER':
      return perFeeder(candidates, context);
    case 'QUOTA_PER_UNIT':
      return perUnit(candidates, context);
    case 'TOP_N_OVERALL':
    case 'TOP_PERCENT':
      return overall(candidates, context);
  }
}
