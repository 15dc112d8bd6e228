import {
  AdvancementRuleContext,
  normaliseAdvancementRule,
  validateAdvancementRule,
} from './advancement-rule';

/*
 * The rule an organizer sets on the later round. A unit tree for the quota checks:
 *   1 市总工会 → 10 海州区 → 101 海州机械厂
 *              → 20 连云区
 */
const units: AdvancementRuleContext = {
  unitAncestors: new Map<number, number[]>([
    [1, []],
    [10, [1]],
    [101, [10, 1]],
    [20, [1]],
  ]),
};

const codesOf = (rule: unknown, context: AdvancementRuleContext = units) =>
  validateAdvancementRule(rule, context).map((issue) => `${issue.path}: ${issue.code}`);

describe('validateAdvancementRule: rules that may be saved', () => {
  it.each([
    ['the best 3 of each feeder', { mode: 'TOP_N_PER_FEEDER', n: 3 }],
    ['the best 40 overall', { mode: 'TOP_N_OVERALL', n: 40, tiesAtCut: 'EXCLUDE_ALL' }],
    ['the best 10 % overall', { mode: 'TOP_PERCENT', percent: 10 }],
    ['12.5 % as a decimal string', { mode: 'TOP_PERCENT', percent: '12.50' }],
    ['everyone (100 %)', { mode: 'TOP_PERCENT', percent: 100 }],
    [
      'unit quotas, one of them 0, with a pool',
      {
        mode: 'QUOTA_PER_UNIT',
        quotas: [
          { unitId: 10, places: 2 },
          { unitId: 20, places: 0 },
        ],
        pool: 'NONE',
      },
    ],
    [
      'every optional condition',
      {
        mode: 'TOP_N_PER_FEEDER',
        n: 1,
        minTotal: '60.00',
        allPartsPassed: true,
        confirmBy: '2026-05-01T17:00:00+08:00',
      },
    ],
  ])('%s', (_label, rule) => {
    expect(codesOf(rule)).toEqual([]);
  });
});

describe('validateAdvancementRule: every problem, each with its path and code', () => {
  it.each([
    ['not an object', [3], [': ADVANCEMENT_RULE_INVALID']],
    [
      'an unknown field',
      { mode: 'TOP_N_OVERALL', n: 2, top: 3 },
      ['top: ADVANCEMENT_RULE_INVALID'],
    ],
    ['no mode', { n: 3 }, ['mode: ADVANCEMENT_MODE_INVALID']],
    ['a mode in lower case', { mode: 'top_n_overall', n: 3 }, ['mode: ADVANCEMENT_MODE_INVALID']],
    ['n missing', { mode: 'TOP_N_PER_FEEDER' }, ['n: ADVANCEMENT_N_INVALID']],
    ['n of 0', { mode: 'TOP_N_PER_FEEDER', n: 0 }, ['n: ADVANCEMENT_N_INVALID']],
    ['n of 2.5', { mode: 'TOP_N_OVERALL', n: 2.5 }, ['n: ADVANCEMENT_N_INVALID']],
    ['n as a string', { mode: 'TOP_N_OVERALL', n: '3' }, ['n: ADVANCEMENT_N_INVALID']],
    ['n over the limit', { mode: 'TOP_N_OVERALL', n: 10_001 }, ['n: ADVANCEMENT_N_INVALID']],
    ['percent missing', { mode: 'TOP_PERCENT' }, ['percent: ADVANCEMENT_PERCENT_INVALID']],
    ['percent of 0', { mode: 'TOP_PERCENT', percent: 0 }, ['percent: ADVANCEMENT_PERCENT_INVALID']],
    [
      'percent over 100',
      { mode: 'TOP_PERCENT', percent: '100.01' },
      ['percent: ADVANCEMENT_PERCENT_INVALID'],
    ],
    [
      'percent with 3 decimals',
      { mode: 'TOP_PERCENT', percent: 12.345 },
      ['percent: ADVANCEMENT_PERCENT_INVALID'],
    ],
    [
      'n and percent beside the wrong modes',
      { mode: 'TOP_PERCENT', percent: 10, n: 3 },
      ['n: ADVANCEMENT_N_INVALID'],
    ],
    [
      'quotas and a pool where there are no quotas',
      { mode: 'TOP_N_PER_FEEDER', n: 3, quotas: [{ unitId: 10, places: 1 }], pool: 'REFILL' },
      ['quotas: ADVANCEMENT_QUOTAS_INVALID', 'pool: ADVANCEMENT_POOL_INVALID'],
    ],
    ['no quotas', { mode: 'QUOTA_PER_UNIT' }, ['quotas: ADVANCEMENT_QUOTAS_INVALID']],
    [
      'empty quotas',
      { mode: 'QUOTA_PER_UNIT', quotas: [] },
      ['quotas: ADVANCEMENT_QUOTAS_INVALID'],
    ],
    [
      'a quota without a unit, negative places',
      {
        mode: 'QUOTA_PER_UNIT',
        quotas: [{ places: 1 }, { unitId: 20, places: -1 }],
      },
      [
        'quotas[0].unitId: ADVANCEMENT_QUOTAS_INVALID',
        'quotas[1].places: ADVANCEMENT_QUOTAS_INVALID',
      ],
    ],
    [
      'fractional places',
      { mode: 'QUOTA_PER_UNIT', quotas: [{ unitId: 20, places: 1.5 }] },
      ['quotas[0].places: ADVANCEMENT_QUOTAS_INVALID'],
    ],
    [
      'quotas that give no place at all',
      { mode: 'QUOTA_PER_UNIT', quotas: [{ unitId: 20, places: 0 }] },
      ['quotas: ADVANCEMENT_QUOTAS_INVALID'],
    ],
    [
      'one unit twice',
      {
        mode: 'QUOTA_PER_UNIT',
        quotas: [
          { unitId: 20, places: 1 },
          { unitId: 20, places: 2 },
        ],
      },
      ['quotas[1].unitId: ADVANCEMENT_QUOTA_UNIT_DUPLICATE'],
    ],
    [
      'a unit that does not exist',
      { mode: 'QUOTA_PER_UNIT', quotas: [{ unitId: 99, places: 1 }] },
      ['quotas[0].unitId: ADVANCEMENT_QUOTA_UNIT_UNKNOWN'],
    ],
    [
      'a quota below another (the enterprise inside the district)',
      {
        mode: 'QUOTA_PER_UNIT',
        quotas: [
          { unitId: 101, places: 1 },
          { unitId: 10, places: 2 },
        ],
      },
      ['quotas[0].unitId: ADVANCEMENT_QUOTA_UNITS_NESTED'],
    ],
    [
      'a pool policy that does not exist',
      { mode: 'QUOTA_PER_UNIT', quotas: [{ unitId: 20, places: 1 }], pool: 'SHARE' },
      ['pool: ADVANCEMENT_POOL_INVALID'],
    ],
    [
      'minTotal over 100, allPartsPassed as text, an unknown tie policy',
      { mode: 'TOP_N_OVERALL', n: 3, minTotal: 101, allPartsPassed: 'yes', tiesAtCut: 'RANDOM' },
      [
        'minTotal: ADVANCEMENT_MIN_TOTAL_INVALID',
        'allPartsPassed: ADVANCEMENT_RULE_INVALID',
        'tiesAtCut: ADVANCEMENT_TIES_AT_CUT_INVALID',
      ],
    ],
    [
      'minTotal with 3 decimals',
      { mode: 'TOP_N_OVERALL', n: 3, minTotal: '60.005' },
      ['minTotal: ADVANCEMENT_MIN_TOTAL_INVALID'],
    ],
    [
      'a deadline without a zone',
      { mode: 'TOP_N_OVERALL', n: 3, confirmBy: '2026-05-01T17:00:00' },
      ['confirmBy: ADVANCEMENT_CONFIRM_BY_INVALID'],
    ],
    [
      'a deadline that is only a date',
      { mode: 'TOP_N_OVERALL', n: 3, confirmBy: '2026-05-01' },
      ['confirmBy: ADVANCEMENT_CONFIRM_BY_INVALID'],
    ],
    [
      'a deadline on a day that does not exist',
      { mode: 'TOP_N_OVERALL', n: 3, confirmBy: '2026-13-01T17:00:00Z' },
      ['confirmBy: ADVANCEMENT_CONFIRM_BY_INVALID'],
    ],
  ])('%s', (_label, rule, expected) => {
    expect(codesOf(rule)).toEqual(expected);
  });

  it('refuses a deadline already gone when told the time', () => {
    const rule = { mode: 'TOP_N_OVERALL', n: 3, confirmBy: '2026-05-01T17:00:00+08:00' };
    const now = new Date('2026-05-01T09:00:00Z'); // exactly 17:00 in Beijing
    expect(codesOf(rule, { ...units, now })).toEqual(['confirmBy: ADVANCEMENT_CONFIRM_BY_INVALID']);
    expect(codesOf(rule, { ...units, now: new Date('2026-05-01T08:59:59Z') })).toEqual([]);
  });

  it('checks units only when it knows them', () => {
    const rule = { mode: 'QUOTA_PER_UNIT', quotas: [{ unitId: 99, places: 1 }] };
    expect(codesOf(rule, {})).toEqual([]);
  });

  it('says what to fix in the message', () => {
    const [issue] = validateAdvancementRule({ mode: 'TOP_PERCENT', percent: '0.001' });
    expect(issue.message).toBe(
      'TOP_PERCENT needs percent, more than 0 and at most 100 with at most 2 decimal places; got "0.001".',
    );
  });
});

describe('normaliseAdvancementRule', () => {
  it('fills in the defaults', () => {
    expect(
      normaliseAdvancementRule({ mode: 'QUOTA_PER_UNIT', quotas: [{ unitId: 10, places: 2 }] }),
    ).toEqual({
      mode: 'QUOTA_PER_UNIT',
      n: null,
      percentCenti: null,
      quotas: [{ unitId: 10, places: 2 }],
      pool: 'REFILL',
      minTotalCenti: null,
      allPartsPassed: false,
      tiesAtCut: 'INCLUDE_ALL',
      confirmBy: null,
    });
  });

  it('reads amounts exactly and the deadline as an instant', () => {
    const rule = normaliseAdvancementRule({
      mode: 'TOP_PERCENT',
      percent: 0.29,
      minTotal: '64.20',
      confirmBy: '2026-05-01T17:00:00+08:00',
    });
    expect([rule.percentCenti, rule.minTotalCenti, rule.confirmBy]).toEqual([
      29,
      6420,
      Date.UTC(2026, 4, 1, 9),
    ]);
  });

  it('refuses a rule that does not validate', () => {
    expect(() => normaliseAdvancementRule({ mode: 'TOP_N_OVERALL' })).toThrow(
      /Invalid advancement rule: TOP_N_OVERALL needs n/,
    );
  });
});
