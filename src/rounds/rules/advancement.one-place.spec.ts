import fc from 'fast-check';
import { rankContestants } from '../../results/rules/rank';
import type { AdvancementRule } from './advancement-rule';
import { computeAdvancement } from './advancement';
import type { FeederResults, FeederRow } from './advancement.types';
import { advance, NOW, outcome, reasonOf } from './advancement.fixtures';

/*
 * One worker, one place (docs/advancement.md "One worker, one place"): 周明 (worker 9001) sat
 * both the city-wide theory round (feeder 1) and his district's practical preliminary (feeder 2).
 * The final takes one registration per worker, so he takes one place; the entry that gives way
 * is NOT_ELIGIBLE (ADVANCED_ELSEWHERE) and its place goes to the next of that line.
 */
const perFeeder: AdvancementRule = { mode: 'TOP_N_PER_FEEDER', n: 2 };
const may3 = new Date('2026-05-03T02:00:00Z');

type List = ReturnType<typeof advance>;

/** One case: the feeders' table, the rule (per feeder, n = 2, if not given), what the list holds. */
interface Case {
  table: string;
  rule?: AdvancementRule;
  options?: Parameters<typeof advance>[2];
  outcome: string[];
  /** Further expectations on the list. */
  also?: (list: List) => void;
}

const CASES: Array<[title: string, Case]> = [
  [
    'keeps the entry with the higher total; the other feeder’s reserve 1 moves up',
    {
      table: `
      feeder | id | name | unit | total | rank | notes
      1      | 1  | 周明 | 101  | 91.00 | 1    | worker=9001
      1      | 2  | 张伟 | 101  | 88.00 | 2
      1      | 3  | 李娜 | 102  | 80.00 | 3
      2      | 4  | 周明 | 101  | 86.00 | 2    | worker=9001
      2      | 5  | 陈静 | 201  | 90.00 | 1
      2      | 6  | 杨帆 | 201  | 84.00 | 3
      2      | 7  | 赵磊 | 30   | 70.00 | 4
      `,
      outcome: [
        '周明 ADVANCED',
        '张伟 ADVANCED',
        '李娜 RESERVE 1',
        '陈静 ADVANCED',
        '周明 NOT_ELIGIBLE',
        '杨帆 ADVANCED',
        '赵磊 RESERVE 1',
      ],
      also: (list) => {
        expect(list.entries[4].reason).toEqual({
          code: 'ADVANCED_ELSEWHERE',
          registrationId: 1,
          feederContestId: 1,
        });
        // 杨帆 is third in feeder 2 and second among those still in its line.
        expect(reasonOf(list, '杨帆')).toMatchObject({ rank: 3, place: 2 });
      },
    },
  ],
  [
    'equal totals: the first feeder’s entry keeps the place',
    {
      table: `
      feeder | id | name | unit | total | rank | notes
      1      | 1  | 周明 | 101  | 88.00 | 1    | worker=9001
      1      | 2  | 张伟 | 101  | 80.00 | 2
      1      | 3  | 李娜 | 102  | 70.00 | 3
      2      | 4  | 周明 | 101  | 88.00 | 1    | worker=9001
      2      | 5  | 陈静 | 201  | 85.00 | 2
      2      | 6  | 杨帆 | 201  | 84.00 | 3
      `,
      outcome: [
        '周明 ADVANCED',
        '张伟 ADVANCED',
        '李娜 RESERVE 1',
        '周明 NOT_ELIGIBLE',
        '陈静 ADVANCED',
        '杨帆 ADVANCED',
      ],
    },
  ],
  [
    'the better entry may be the later feeder’s: the first feeder’s place goes to its reserve',
    {
      table: `
      feeder | id | name | unit | total | rank | notes
      1      | 1  | 周明 | 101  | 75.00 | 2    | worker=9001
      1      | 2  | 张伟 | 101  | 88.00 | 1
      1      | 3  | 李娜 | 102  | 70.00 | 3
      2      | 4  | 周明 | 101  | 93.00 | 1    | worker=9001
      2      | 5  | 陈静 | 201  | 85.00 | 2
      `,
      outcome: [
        '张伟 ADVANCED',
        '周明 NOT_ELIGIBLE',
        '李娜 ADVANCED',
        '周明 ADVANCED',
        '陈静 ADVANCED',
      ],
      also: (list) =>
        expect(list.entries[1].reason).toEqual({
          code: 'ADVANCED_ELSEWHERE',
          registrationId: 4,
          feederContestId: 2,
        }),
    },
  ],
  [
    'an entry that only waits as a reserve leaves the queue once the worker advanced elsewhere',
    {
      table: `
      feeder | id | name | unit | total | rank | notes
      1      | 1  | 周明 | 101  | 91.00 | 1    | worker=9001
      1      | 2  | 张伟 | 101  | 88.00 | 2
      2      | 3  | 陈静 | 201  | 95.00 | 1
      2      | 4  | 杨帆 | 201  | 92.00 | 2
      2      | 5  | 周明 | 101  | 90.00 | 3    | worker=9001
      2      | 6  | 赵磊 | 30   | 70.00 | 4
      `,
      outcome: [
        '周明 ADVANCED',
        '张伟 ADVANCED',
        '陈静 ADVANCED',
        '杨帆 ADVANCED',
        '周明 NOT_ELIGIBLE',
        '赵磊 RESERVE 1',
      ],
    },
  ],
  [
    'overall: the worker counts once and the next of the one line moves up',
    {
      table: `
      feeder | id | name | unit | total | rank | notes
      1      | 1  | 周明 | 101  | 95.00 | 1    | worker=9001
      1      | 2  | 张伟 | 101  | 88.00 | 2
      2      | 3  | 周明 | 101  | 92.00 | 1    | worker=9001
      2      | 4  | 陈静 | 201  | 85.00 | 2
      `,
      rule: { mode: 'TOP_N_OVERALL', n: 3 },
      outcome: ['周明 ADVANCED', '张伟 ADVANCED', '周明 NOT_ELIGIBLE', '陈静 ADVANCED'],
    },
  ],
  [
    'a decline given through one entry is the worker’s: neither entry advances',
    {
      table: `
      feeder | id | name | unit | total | rank | notes
      1      | 1  | 周明 | 101  | 91.00 | 1    | worker=9001
      1      | 2  | 张伟 | 101  | 88.00 | 2
      1      | 3  | 李娜 | 102  | 80.00 | 3
      2      | 4  | 周明 | 101  | 86.00 | 2    | worker=9001
      2      | 5  | 陈静 | 201  | 90.00 | 1
      2      | 6  | 杨帆 | 201  | 84.00 | 3
      `,
      options: { declines: [{ registrationId: 1, reason: '工作安排', at: may3 }] },
      outcome: [
        '周明 DECLINED',
        '张伟 ADVANCED',
        '李娜 ADVANCED',
        '陈静 ADVANCED',
        '周明 DECLINED',
        '杨帆 ADVANCED',
      ],
      also: (list) =>
        expect(reasonOf(list, '周明')).toMatchObject({ code: 'DECLINED', reason: '工作安排' }),
    },
  ],
  [
    'a confirmation given through one entry counts when the other holds the place',
    {
      table: `
      feeder | id | name | unit | total | rank | notes
      1      | 1  | 周明 | 101  | 91.00 | 1    | worker=9001
      2      | 2  | 周明 | 101  | 86.00 | 1    | worker=9001
      2      | 3  | 陈静 | 201  | 80.00 | 2
      `,
      rule: { mode: 'TOP_N_PER_FEEDER', n: 1, confirmBy: '2026-05-10T17:00:00+08:00' },
      options: {
        confirmations: [
          { registrationId: 2, at: may3 },
          { registrationId: 3, at: may3 },
        ],
        now: new Date('2026-05-11T00:00:00Z'),
      },
      outcome: ['周明 ADVANCED', '周明 NOT_ELIGIBLE', '陈静 ADVANCED'],
      also: (list) => expect(list.entries[0].confirmed).toBe(true),
    },
  ],
];

describe('a worker who advances from two feeders takes one place', () => {
  it.each(CASES)('%s', (_title, { table, rule, options, outcome: expected, also }) => {
    const list = advance(table, rule ?? perFeeder, options);
    expect(outcome(list)).toEqual(expected);
    also?.(list);
  });
});

/*
 * Properties over random fields: two or three feeders whose entrants are drawn from a small pool
 * of workers, so that many sit more than one feeder (never one twice), ranked by the results' own
 * ranking, under a per-feeder or an overall rule.
 */
describe('one worker, one place: properties', () => {
  const feederArb = fc.uniqueArray(
    fc.record({
      workerId: fc.integer({ min: 1, max: 8 }),
      totalCenti: fc.constantFrom(6000, 7500, 8000, 8000, 9000),
    }),
    { selector: (e) => e.workerId, maxLength: 6 },
  );
  const inputArb = fc.record({
    feeders: fc.array(feederArb, { minLength: 2, maxLength: 3 }),
    rule: fc.oneof(
      fc.record({
        mode: fc.constant('TOP_N_PER_FEEDER' as const),
        n: fc.integer({ min: 1, max: 3 }),
      }),
      fc.record({ mode: fc.constant('TOP_N_OVERALL' as const), n: fc.integer({ min: 1, max: 5 }) }),
    ),
    declined: fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }),
  });

  function feedersOf(fields: Array<Array<{ workerId: number; totalCenti: number }>>) {
    let id = 0;
    return fields.map((field, i): FeederResults => {
      const rows = field.map((e) => ({ ...e, id: ++id + i * 100 }));
      const ranked = rankContestants(
        rows.map((r) => ({
          id: r.id,
          totalCenti: r.totalCenti,
          partScaledCenti: {},
          criterionPoints: {},
          timeSeconds: null,
          guest: false,
        })),
        [],
      );
      const rankOf = new Map(ranked.map((r) => [r.id, r.rank]));
      return {
        contestId: i + 1,
        status: 'FINAL',
        tieBreak: [],
        rows: rows.map((r): FeederRow => ({
          registrationId: r.id,
          workerId: r.workerId,
          name: `职工${r.workerId}`,
          unitId: 101,
          unitAncestorIds: [10, 1],
          totalCenti: r.totalCenti,
          rank: rankOf.get(r.id) ?? null,
          guest: false,
          absent: false,
          disqualified: false,
          allPartsPassed: true,
        })),
      };
    });
  }

  it('no worker holds two places, and every entry that gave way names the one that holds it', () => {
    fc.assert(
      fc.property(inputArb, ({ feeders, rule, declined }) => {
        const results = feedersOf(feeders);
        const declines = results
          .flatMap((f) => f.rows)
          .filter((r) => r.workerId === declined)
          .slice(0, 1)
          .map((r) => ({ registrationId: r.registrationId, reason: '', at: may3 }));
        const list = computeAdvancement({ feeders: results, rule, declines, now: NOW });
        const workerOf = new Map(list.entries.map((e) => [e.registrationId, e.workerId]));
        const advanced = list.entries.filter((e) => e.status === 'ADVANCED');
        expect(new Set(advanced.map((e) => e.workerId)).size).toBe(advanced.length);
        for (const e of list.entries) {
          const { reason } = e;
          if (reason.code !== 'ADVANCED_ELSEWHERE') continue;
          const holder = list.entries.find((h) => h.registrationId === reason.registrationId);
          expect(holder?.status).toBe('ADVANCED');
          expect(workerOf.get(reason.registrationId)).toBe(e.workerId);
        }
        // A decliner's every entry is declined; nobody else is.
        for (const e of list.entries) {
          expect(e.status === 'DECLINED').toBe(e.workerId === declined && declines.length > 0);
        }
        // Places are filled while anyone waits: a line with a reserve has all its places taken.
        const waiting = list.entries.filter((e) => e.status === 'RESERVE');
        if (rule.mode === 'TOP_N_OVERALL' && waiting.length > 0) {
          expect(advanced.length).toBeGreaterThanOrEqual(rule.n);
        }
        if (rule.mode === 'TOP_N_PER_FEEDER') {
          for (const { contestId } of results) {
            const of = (status: string) =>
              list.entries.filter((e) => e.feederContestId === contestId && e.status === status);
            if (of('RESERVE').length > 0) {
              expect(of('ADVANCED').length).toBeGreaterThanOrEqual(rule.n);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
