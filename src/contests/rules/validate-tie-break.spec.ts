import { Part, RuleResult, Scheme, TieBreakKey } from './contest-rules.types';
import { defaultTieBreak, validateTieBreak } from './validate-tie-break';

const part = (key: string, weightCenti: number, criterionKeys: string[] = []): Part => ({
  key,
  name: key,
  weightCenti,
  maxPointsCenti: 10000,
  passMarkCenti: 6000,
  carried: false,
  criteria: criterionKeys.map((c) => ({
    key: c,
    name: c,
    kind: 'MEASUREMENT',
    method: 'MEAN',
    maxPointsCenti: 10000 / criterionKeys.length,
    toleranceCenti: null,
  })),
});

const theoryPractical: Scheme = {
  parts: [part('theory', 3000, ['exam']), part('practical', 7000, ['accuracy', 'finish'])],
};

function valid(input: unknown, scheme: Scheme = theoryPractical): TieBreakKey[] {
  const result = validateTieBreak(input, scheme);
  if (!result.ok) throw new Error(`expected a valid chain, got ${JSON.stringify(result.issues)}`);
  return result.value;
}

function issues(input: unknown, scheme: Scheme = theoryPractical): Array<[string, string]> {
  const result: RuleResult<TieBreakKey[]> = validateTieBreak(input, scheme);
  if (result.ok) throw new Error('expected issues, the chain was accepted');
  return result.issues.map((i) => [i.code, i.path]);
}

describe('defaultTieBreak', () => {
  it('uses the practical part, higher first, then time used, less first (docs/setup.md)', () => {
    expect(defaultTieBreak(theoryPractical)).toEqual([
      { by: 'PART', partKey: 'practical', order: 'DESC' },
      { by: 'TIME', order: 'ASC' },
    ]);
  });

  it('prefers the part keyed practical even when another part weighs more', () => {
    const scheme = { parts: [part('theory', 6000), part('practical', 4000)] };
    expect(defaultTieBreak(scheme)[0]).toEqual({ by: 'PART', partKey: 'practical', order: 'DESC' });
  });

  it('falls back to the heaviest part, the first of equals', () => {
    const heaviest = { parts: [part('theory', 2500), part('skill', 5500), part('defence', 2000)] };
    expect(defaultTieBreak(heaviest)[0]).toMatchObject({ partKey: 'skill' });
    const equal = { parts: [part('a', 2500), part('b', 3000), part('c', 3000), part('d', 1500)] };
    expect(defaultTieBreak(equal)[0]).toMatchObject({ partKey: 'b' });
  });

  it('leaves out the part key when a single part is the whole total', () => {
    expect(defaultTieBreak({ parts: [part('practical', 10000)] })).toEqual([
      { by: 'TIME', order: 'ASC' },
    ]);
  });

  it('is itself a valid chain for the scheme', () => {
    expect(valid(defaultTieBreak(theoryPractical))).toEqual(defaultTieBreak(theoryPractical));
  });
});

describe('validateTieBreak', () => {
  it('accepts an empty chain: ties on the total then share a rank', () => {
    expect(valid([])).toEqual([]);
  });

  it('fills in DESC for scores and ASC for time', () => {
    expect(
      valid([
        { by: 'CRITERION', criterionKey: 'finish' },
        { by: 'PART', partKey: 'theory' },
        { by: 'TIME' },
      ]),
    ).toEqual([
      { by: 'CRITERION', criterionKey: 'finish', order: 'DESC' },
      { by: 'PART', partKey: 'theory', order: 'DESC' },
      { by: 'TIME', order: 'ASC' },
    ]);
  });

  it('keeps an explicit order', () => {
    expect(
      valid([
        { by: 'PART', partKey: 'practical', order: 'ASC' },
        { by: 'TIME', order: 'DESC' },
      ]),
    ).toEqual([
      { by: 'PART', partKey: 'practical', order: 'ASC' },
      { by: 'TIME', order: 'DESC' },
    ]);
  });

  it('accepts five keys and refuses six', () => {
    const five = [
      { by: 'PART', partKey: 'practical' },
      { by: 'CRITERION', criterionKey: 'accuracy' },
      { by: 'CRITERION', criterionKey: 'finish' },
      { by: 'PART', partKey: 'theory' },
      { by: 'TIME' },
    ];
    expect(valid(five)).toHaveLength(5);
    expect(issues([...five, { by: 'CRITERION', criterionKey: 'exam' }])).toEqual([
      ['TIE_BREAKS_INVALID', ''],
    ]);
  });

  it.each([[null], [{ by: 'TIME' }], ['TIME']])(
    'refuses a chain that is not a list: %p',
    (input) => {
      expect(issues(input)).toEqual([['TIE_BREAKS_INVALID', '']]);
    },
  );

  it.each([
    ['an unknown by', { by: 'AGE' }, '[0].by'],
    ['a lower-case by', { by: 'time' }, '[0].by'],
    ['no by', { order: 'ASC' }, '[0].by'],
    ['a non-object', 'TIME', '[0]'],
  ])('refuses %s', (_label, key, path) => {
    expect(issues([key])).toEqual([['TIE_BREAK_INVALID', path]]);
  });

  it.each([['defence'], ['Practical'], [undefined], [7]])('refuses the part key %p', (partKey) => {
    expect(issues([{ by: 'TIME' }, { by: 'PART', partKey }])).toEqual([
      ['UNKNOWN_PART', '[1].partKey'],
    ]);
  });

  it('refuses a criterion key that is not in the scheme, and a part key used as one', () => {
    expect(
      issues([
        { by: 'CRITERION', criterionKey: 'speed' },
        { by: 'CRITERION', criterionKey: 'practical' },
        { by: 'CRITERION' },
      ]),
    ).toEqual([
      ['UNKNOWN_CRITERION', '[0].criterionKey'],
      ['UNKNOWN_CRITERION', '[1].criterionKey'],
      ['UNKNOWN_CRITERION', '[2].criterionKey'],
    ]);
  });

  it.each([['asc'], ['UP'], [null]])('refuses the order %p', (order) => {
    expect(issues([{ by: 'TIME', order }])).toEqual([['ORDER_INVALID', '[0].order']]);
  });

  it.each([
    [
      'part',
      { by: 'PART', partKey: 'practical' },
      { by: 'PART', partKey: 'practical', order: 'ASC' },
    ],
    [
      'criterion',
      { by: 'CRITERION', criterionKey: 'exam' },
      { by: 'CRITERION', criterionKey: 'exam' },
    ],
    ['time', { by: 'TIME' }, { by: 'TIME', order: 'DESC' }],
  ])('refuses a repeated %s key whatever its order', (_label, first, repeat) => {
    expect(issues([first, { by: 'PART', partKey: 'theory' }, repeat])).toEqual([
      ['DUPLICATE_TIE_BREAK', '[2]'],
    ]);
  });

  it('reports every problem in the chain', () => {
    expect(
      issues([{ by: 'PART', partKey: 'x' }, { by: 'TIME', order: 'LESS' }, { by: 'TIME' }, {}]),
    ).toEqual([
      ['UNKNOWN_PART', '[0].partKey'],
      ['ORDER_INVALID', '[1].order'],
      ['DUPLICATE_TIE_BREAK', '[2]'],
      ['TIE_BREAK_INVALID', '[3].by'],
    ]);
  });
});
