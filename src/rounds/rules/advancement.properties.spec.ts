import fc from 'fast-check';
import { rankContestants } from '../../results/rules/rank';
import type { AdvancementRule } from './advancement-rule';
import { computeAdvancement } from './advancement';
import type { AdvancementInput, FeederResults, FeederRow } from './advancement.types';
import { ancestorsOf, DEFAULT_CHAIN } from './advancement.fixtures';
import { percentPlaces } from './allocate';

/*
 * Properties over random fields: up to three feeders of up to twelve entrants each, totals and
 * practical scores from a few values so that ties are common, ranked by the results' own ranking
 * with the default chain (as a published run would be), and random rules and declines.
 */

const UNITS = [1, 10, 101, 102, 20, 201, 30];
let nextId = 1;

const entrant: fc.Arbitrary<Entrant> = fc.record({
  unitId: fc.constantFrom(...UNITS),
  totalCenti: fc.constantFrom(5500, 6000, 7550, 8000, 8000, 9000),
  practical: fc.constantFrom(6000, 7000),
  time: fc.constantFrom(3000, 3600),
  flag: fc.constantFrom('', '', '', '', 'guest', 'absent', 'dq'),
  failed: fc.boolean(),
});

const feederArb = fc.array(entrant, { maxLength: 12 });

interface Entrant {
  unitId: number;
  totalCenti: number;
  practical: number;
  time: number;
  flag: string;
  failed: boolean;
}

function feederOf(contestId: number, entrants: readonly Entrant[]): FeederResults {
  const present = entrants.map((e) => ({ ...e, id: nextId++ }));
  const ranked = rankContestants(
    present
      .filter((e) => e.flag === '' || e.flag === 'guest')
      .map((e) => ({
        id: e.id,
        totalCenti: e.totalCenti,
        partScaledCenti: { practical: e.practical },
        criterionPoints: {},
        timeSeconds: e.time,
        guest: e.flag === 'guest',
      })),
    DEFAULT_CHAIN,
  );
  const rankOf = new Map(ranked.map((r) => [r.id, r.rank]));
  const rows: FeederRow[] = present.map((e) => ({
    registrationId: e.id,
    workerId: e.id,
    name: `选手${e.id}`,
    unitId: e.unitId,
    unitAncestorIds: ancestorsOf(e.unitId),
    totalCenti: e.flag === 'absent' || e.flag === 'dq' ? null : e.totalCenti,
    rank: rankOf.get(e.id) ?? null,
    partScaledCenti: { practical: e.practical },
    timeSeconds: e.time,
    guest: e.flag === 'guest',
    absent: e.flag === 'absent',
    disqualified: e.flag === 'dq',
    allPartsPassed: !e.failed,
  }));
  return { contestId, status: 'FINAL', tieBreak: DEFAULT_CHAIN, rows };
}

const common = {
  tiesAtCut: fc.constantFrom('INCLUDE_ALL', 'EXCLUDE_ALL'),
  minTotal: fc.option(fc.constantFrom(60, '75.50'), { nil: undefined }),
  allPartsPassed: fc.option(fc.boolean(), { nil: undefined }),
} as const;

const ruleArb: fc.Arbitrary<AdvancementRule> = fc.oneof(
  fc.record({
    mode: fc.constant('TOP_N_PER_FEEDER' as const),
    n: fc.integer({ min: 1, max: 5 }),
    ...common,
  }),
  fc.record({
    mode: fc.constant('TOP_N_OVERALL' as const),
    n: fc.integer({ min: 1, max: 10 }),
    ...common,
  }),
  fc.record({
    mode: fc.constant('TOP_PERCENT' as const),
    percent: fc.integer({ min: 1, max: 10_000 }).map((c) => c / 100),
    ...common,
  }),
  fc.record({
    mode: fc.constant('QUOTA_PER_UNIT' as const),
    quotas: fc
      .constantFrom([10, 20, 30], [10, 20], [101, 102, 201], [20])
      .chain((units) =>
        fc
          .tuple(...units.map(() => fc.integer({ min: 1, max: 3 })))
          .map((places) => units.map((unitId, i) => ({ unitId, places: places[i] }))),
      ),
    pool: fc.constantFrom('REFILL' as const, 'NONE' as const),
    ...common,
  }),
);

const inputArb = fc
  .record({
    feeders: fc.array(feederArb, { minLength: 1, maxLength: 3 }),
    rule: ruleArb,
    declineSeed: fc.array(fc.nat(), { maxLength: 3 }),
  })
  .map(({ feeders, rule, declineSeed }): AdvancementInput => {
    const results = feeders.map((entrants, i) => feederOf(i + 1, entrants));
    const ids = results.flatMap((f) => f.rows.map((r) => r.registrationId));
    const at = new Date('2026-04-20T00:00:00Z');
    const declines =
      ids.length === 0
        ? []
        : declineSeed.map((seed) => ({ registrationId: ids[seed % ids.length], reason: '', at }));
    return { feeders: results, rule, declines, now: new Date('2026-05-01T00:00:00Z') };
  });

/** The places the rule gives, counted the way the rule counts them. */
function placesOf(input: AdvancementInput): number {
  const { rule, feeders } = input;
  const field = feeders
    .flatMap((f) => f.rows)
    .filter((r) => !r.guest && !r.absent && !r.disqualified).length;
  switch (rule.mode) {
    case 'TOP_N_PER_FEEDER':
      return (rule.n ?? 0) * feeders.length;
    case 'TOP_N_OVERALL':
      return rule.n ?? 0;
    case 'TOP_PERCENT':
      return percentPlaces(field, Math.round(Number(rule.percent) * 100));
    case 'QUOTA_PER_UNIT':
      return (rule.quotas ?? []).reduce((sum, q) => sum + q.places, 0);
  }
}

const shuffled = <T>(items: readonly T[], seed: number): T[] =>
  items
    .map((item, i) => ({ item, key: (i * 7919 + seed * 104729) % 1_000_003 }))
    .sort((a, b) => a.key - b.key)
    .map(({ item }) => item);

describe('computeAdvancement: properties', () => {
  it('no guest, absentee, disqualified or short entrant ever advances or waits as a reserve', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const list = computeAdvancement(input);
        const rows = new Map(
          input.feeders.flatMap((f) => f.rows).map((r) => [r.registrationId, r]),
        );
        const min = input.rule.minTotal === undefined ? null : Number(input.rule.minTotal) * 100;
        for (const entry of list.entries) {
          if (entry.status !== 'ADVANCED' && entry.status !== 'RESERVE') continue;
          const row = rows.get(entry.registrationId)!;
          expect(row.guest || row.absent || row.disqualified).toBe(false);
          if (min !== null) expect(row.totalCenti!).toBeGreaterThanOrEqual(min);
          if (input.rule.allPartsPassed) expect(row.allPartsPassed).toBe(true);
        }
      }),
    );
  });

  it('never more advancers than places, unless a full tie at the cut was taken in whole', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const advanced = computeAdvancement(input).entries.filter((e) => e.status === 'ADVANCED');
        const tieTaken = advanced.some((e) => 'tiedAtCut' in e.reason && e.reason.tiedAtCut);
        if (input.rule.tiesAtCut === 'EXCLUDE_ALL' || !tieTaken) {
          expect(advanced.length).toBeLessThanOrEqual(placesOf(input));
        }
      }),
    );
  });

  it('every entrant is listed once, and every reserve has a number', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const list = computeAdvancement(input);
        const ids = input.feeders.flatMap((f) => f.rows.map((r) => r.registrationId));
        expect(list.entries.map((e) => e.registrationId).sort((a, b) => a - b)).toEqual(
          [...ids].sort((a, b) => a - b),
        );
        for (const entry of list.entries) {
          expect(entry.reserveNo === undefined).toBe(entry.status !== 'RESERVE');
          if (entry.reserveNo !== undefined) expect(entry.reserveNo).toBeGreaterThanOrEqual(1);
        }
      }),
    );
  });

  it('does not depend on the order of the feeders, their rows or the decisions', () => {
    fc.assert(
      fc.property(inputArb, fc.nat(), (input, seed) => {
        const reordered: AdvancementInput = {
          ...input,
          feeders: shuffled(input.feeders, seed).map((f) => ({
            ...f,
            rows: shuffled(f.rows, seed + 1),
          })),
          declines: shuffled(input.declines ?? [], seed + 2),
        };
        expect(computeAdvancement(reordered)).toEqual(computeAdvancement(input));
      }),
    );
  });

  it('a decline moves nobody else out: every other advancer stays, and per feeder only the same feeder changes', () => {
    fc.assert(
      fc.property(inputArb, fc.nat(), (input, pick) => {
        const before = computeAdvancement(input).entries;
        const advancers = before.filter((e) => e.status === 'ADVANCED');
        fc.pre(advancers.length > 0);
        const decliner = advancers[pick % advancers.length];
        const at = new Date('2026-04-21T00:00:00Z');
        const after = computeAdvancement({
          ...input,
          declines: [
            ...(input.declines ?? []),
            { registrationId: decliner.registrationId, reason: '', at },
          ],
        }).entries;
        const statusAfter = new Map(after.map((e) => [e.registrationId, e.status]));
        expect(statusAfter.get(decliner.registrationId)).toBe('DECLINED');
        for (const e of advancers.filter((a) => a !== decliner)) {
          expect(statusAfter.get(e.registrationId)).toBe('ADVANCED');
        }
        if (input.rule.mode === 'TOP_N_PER_FEEDER') {
          const others = (list: typeof before) =>
            list.filter((e) => e.feederContestId !== decliner.feederContestId);
          expect(others(after)).toEqual(others(before));
        }
      }),
    );
  });

  it('after the deadline a decline only takes the decliner out: nobody moves up any more', () => {
    const confirmBy = '2026-04-25T17:00:00+08:00';
    fc.assert(
      fc.property(inputArb, fc.nat(), fc.nat(), (input, pick, confirmSeed) => {
        const rows = input.feeders.flatMap((f) => f.rows);
        fc.pre(rows.length > 0);
        const withDeadline: AdvancementInput = {
          ...input,
          rule: { ...input.rule, confirmBy },
          // Some confirmed in time, some not.
          confirmations: rows
            .filter((_, i) => (i + confirmSeed) % 3 !== 0)
            .map((r) => ({
              registrationId: r.registrationId,
              at: new Date('2026-04-24T00:00:00Z'),
            })),
        };
        const advancedIn = (list: ReturnType<typeof computeAdvancement>) =>
          list.entries.filter((e) => e.status === 'ADVANCED').map((e) => e.registrationId);
        const before = advancedIn(computeAdvancement(withDeadline));
        const decliner = rows[pick % rows.length].registrationId;
        const late = { registrationId: decliner, reason: '', at: new Date('2026-04-26T00:00:00Z') };
        const after = computeAdvancement({
          ...withDeadline,
          declines: [...(withDeadline.declines ?? []), late],
        });
        expect(advancedIn(after)).toEqual(before.filter((id) => id !== decliner));
      }),
    );
  });
});
