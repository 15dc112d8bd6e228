import { RuleResult, Scheme } from './contest-rules.types';
import { validateScheme } from './validate-scheme';

type Loose = Record<string, unknown>;

const criterion = (key: string, over: Loose = {}): Loose => ({
  key,
  name: `Criterion ${key}`,
  maxPoints: 50,
  kind: 'MEASUREMENT',
  ...over,
});

const part = (key: string, weight: unknown, over: Loose = {}): Loose => ({
  key,
  name: `Part ${key}`,
  weight,
  criteria: [criterion(`${key}_a`), criterion(`${key}_b`)],
  ...over,
});

const scheme = (...parts: Loose[]): Loose => ({ parts });

function valid(input: unknown): Scheme {
  const result = validateScheme(input);
  if (!result.ok) throw new Error(`expected a valid scheme, got ${JSON.stringify(result.issues)}`);
  return result.value;
}

function issues(input: unknown): Array<[string, string]> {
  const result: RuleResult<Scheme> = validateScheme(input);
  if (result.ok) throw new Error('expected issues, the scheme was accepted');
  return result.issues.map((i) => [i.code, i.path]);
}

function message(input: unknown, code: string): string {
  const result = validateScheme(input);
  return result.ok ? '' : (result.issues.find((i) => i.code === code)?.message ?? '');
}

describe('validateScheme: the docs/setup.md examples', () => {
  it('normalises the typical theory 30 / practical 70 scheme with its defaults', () => {
    const value = valid(
      scheme(
        part('theory', 30, { name: '理论', criteria: [criterion('exam', { maxPoints: 100 })] }),
        part('practical', '70', {
          name: ' 实操 ',
          criteria: [
            criterion('dimension', { maxPoints: '40.5', tolerance: '0.5' }),
            criterion('finish', { maxPoints: 59.5, kind: 'JUDGEMENT', method: 'TRIMMED_MEAN' }),
          ],
        }),
      ),
    );
    const normalised = (key: string, maxPointsCenti: number, toleranceCenti: number | null) => ({
      key,
      name: `Criterion ${key}`,
      kind: 'MEASUREMENT',
      method: 'MEAN',
      maxPointsCenti,
      toleranceCenti,
    });
    const passMarkCenti = 6000;
    expect(value).toEqual({
      parts: [
        {
          key: 'theory',
          name: '理论',
          weightCenti: 3000,
          maxPointsCenti: 10000,
          passMarkCenti,
          carried: false,
          criteria: [normalised('exam', 10000, null)],
        },
        {
          key: 'practical',
          name: '实操',
          weightCenti: 7000,
          maxPointsCenti: 10000,
          passMarkCenti,
          carried: false,
          criteria: [
            normalised('dimension', 4050, 50),
            { ...normalised('finish', 5950, 100), kind: 'JUDGEMENT', method: 'TRIMMED_MEAN' },
          ],
        },
      ],
    });
  });

  it.each([
    ['20/80', [20, 80]],
    ['25/55/20 with a defence part', [25, 55, 20]],
    ['33.33/33.33/33.34', [33.33, 33.33, 33.34]],
    ['decimal strings 0.1/0.2/99.7', ['0.1', '0.2', '99.7']],
    ['a single part of 100', [100]],
    ['five parts of 20', [20, 20, 20, 20, 20]],
  ])('accepts the %s weights exactly', (_label, weights) => {
    const value = valid(scheme(...weights.map((w, i) => part(`p${i}`, w))));
    const total = value.parts.reduce((sum, p) => sum + p.weightCenti, 0);
    expect(total).toBe(10000);
  });

  it('refuses 30/60 and says the weights add up to 90.00', () => {
    const input = scheme(part('theory', 30), part('practical', 60));
    expect(issues(input)).toEqual([['WEIGHTS_NOT_100', 'parts']]);
    expect(message(input, 'WEIGHTS_NOT_100')).toContain('90.00');
  });

  it('refuses 33.33 three times (99.99) rather than rounding it to 100', () => {
    const input = scheme(part('a', 33.33), part('b', 33.33), part('c', 33.33));
    expect(issues(input)).toEqual([['WEIGHTS_NOT_100', 'parts']]);
    expect(message(input, 'WEIGHTS_NOT_100')).toContain('99.99');
  });
});

describe('validateScheme: shape', () => {
  it.each([[null], ['parts'], [[]], [42]])(
    'refuses a scheme that is not an object: %p',
    (input) => {
      expect(issues(input)).toEqual([['SCHEME_INVALID', '']]);
    },
  );

  it.each([
    ['no parts list', {}],
    ['parts not a list', { parts: 'theory' }],
    ['no parts', { parts: [] }],
    ['six parts', scheme(...[1, 2, 3, 4, 5, 6].map((i) => part(`p${i}`, i === 6 ? 0.01 : 20)))],
  ])('refuses %s with PARTS_INVALID', (_label, input) => {
    expect(issues(input)).toContainEqual(['PARTS_INVALID', 'parts']);
  });

  it('refuses a part that is not an object', () => {
    expect(issues(scheme(part('a', 100), 'b' as unknown as Loose))).toEqual([
      ['PART_INVALID', 'parts[1]'],
    ]);
  });

  it.each([
    ['missing', undefined],
    ['empty', []],
    ['51 criteria', Array.from({ length: 51 }, (_, i) => criterion(`c${i}`, { maxPoints: 1 }))],
  ])('refuses a criteria list that is %s', (_label, criteria) => {
    expect(issues(scheme(part('a', 100, { criteria })))).toEqual([
      ['CRITERIA_INVALID', 'parts[0].criteria'],
    ]);
  });

  it('accepts exactly 50 criteria and adds their maxima', () => {
    const criteria = Array.from({ length: 50 }, (_, i) => criterion(`c${i}`, { maxPoints: 2 }));
    expect(valid(scheme(part('a', 100, { criteria }))).parts[0].maxPointsCenti).toBe(10000);
  });

  it('refuses a criterion that is not an object', () => {
    const input = scheme(part('a', 100, { criteria: [criterion('x'), 7] }));
    expect(issues(input)).toEqual([['CRITERION_INVALID', 'parts[0].criteria[1]']]);
  });

  it('collects every problem instead of stopping at the first', () => {
    const input = scheme(
      part('Theory', 0, { name: '', passMark: 101, criteria: [criterion('t1')] }),
      part('practical', 60, {
        criteria: [criterion('x', { maxPoints: 0, kind: 'OTHER', method: 'MAX' })],
      }),
    );
    expect(issues(input)).toEqual([
      ['KEY_INVALID', 'parts[0].key'],
      ['NAME_REQUIRED', 'parts[0].name'],
      ['WEIGHT_INVALID', 'parts[0].weight'],
      ['PASS_MARK_INVALID', 'parts[0].passMark'],
      ['MAX_POINTS_INVALID', 'parts[1].criteria[0].maxPoints'],
      ['KIND_INVALID', 'parts[1].criteria[0].kind'],
      ['METHOD_INVALID', 'parts[1].criteria[0].method'],
    ]);
  });
});

describe('validateScheme: keys', () => {
  it.each([['a'], ['practical'], ['part_2'], ['a'.padEnd(32, 'b')]])('accepts %p', (key) => {
    const input = scheme(part(key, 100, { criteria: [criterion('x', { maxPoints: 100 })] }));
    expect(valid(input).parts[0].key).toBe(key);
  });

  it.each([[''], ['Theory'], ['2part'], ['_x'], ['a-b'], ['实操'], ['a'.padEnd(33, 'b')], [7]])(
    'refuses the part key %p',
    (key) => {
      expect(issues(scheme(part('ok', 100, { key })))).toEqual([['KEY_INVALID', 'parts[0].key']]);
    },
  );

  it('refuses a bad criterion key at its path', () => {
    const input = scheme(part('a', 100, { criteria: [criterion('ok'), criterion('Bad Key')] }));
    expect(issues(input)).toEqual([['KEY_INVALID', 'parts[0].criteria[1].key']]);
  });

  it('refuses a repeated part key and names the first holder', () => {
    const input = scheme(part('theory', 50), part('theory', 50, { criteria: [criterion('z')] }));
    expect(issues(input)).toEqual([['DUPLICATE_PART_KEY', 'parts[1].key']]);
    expect(message(input, 'DUPLICATE_PART_KEY')).toContain('parts[0]');
  });

  it('refuses a criterion key repeated in another part, because scores name it alone', () => {
    const input = scheme(
      part('theory', 30, { criteria: [criterion('quality')] }),
      part('practical', 70, { criteria: [criterion('speed'), criterion('quality')] }),
    );
    expect(issues(input)).toEqual([['DUPLICATE_CRITERION_KEY', 'parts[1].criteria[1].key']]);
    expect(message(input, 'DUPLICATE_CRITERION_KEY')).toContain('parts[0].criteria[0]');
  });

  it('refuses a criterion key repeated within one part', () => {
    const input = scheme(part('a', 100, { criteria: [criterion('x'), criterion('x')] }));
    expect(issues(input)).toEqual([['DUPLICATE_CRITERION_KEY', 'parts[0].criteria[1].key']]);
  });

  it('lets a part and a criterion share a key: they are named in different places', () => {
    expect(
      valid(scheme(part('speed', 100, { criteria: [criterion('speed')] }))).parts,
    ).toHaveLength(1);
  });
});

describe('validateScheme: names', () => {
  it.each([[''], ['   '], [undefined], [12]])('requires a name, refusing %p', (name) => {
    expect(issues(scheme(part('a', 100, { name })))).toEqual([['NAME_REQUIRED', 'parts[0].name']]);
  });

  it('counts characters, so 100 Chinese characters fit and 101 do not', () => {
    const longest = valid(scheme(part('a', 100, { name: '技'.repeat(100) })));
    expect(longest.parts[0].name).toHaveLength(100);
    const input = scheme(part('a', 100, { name: '技'.repeat(101) }));
    expect(issues(input)).toEqual([['NAME_TOO_LONG', 'parts[0].name']]);
    expect(message(input, 'NAME_TOO_LONG')).toContain('101');
  });

  it('checks criterion names too', () => {
    const input = scheme(part('a', 100, { criteria: [criterion('x', { name: ' ' })] }));
    expect(issues(input)).toEqual([['NAME_REQUIRED', 'parts[0].criteria[0].name']]);
  });
});

describe('validateScheme: weights', () => {
  it.each([[0], [-30], ['-30'], [30.005], ['abc'], [null], [undefined], [Infinity]])(
    'refuses the weight %p and skips the sum check',
    (weight) => {
      expect(issues(scheme(part('a', weight), part('b', 70)))).toEqual([
        ['WEIGHT_INVALID', 'parts[0].weight'],
      ]);
    },
  );
});

describe('validateScheme: maximum points', () => {
  const one = (over: Loose) => scheme(part('a', 100, { criteria: [criterion('x', over)] }));
  const partMax = (maxPoints: unknown) => scheme(part('a', 100, { maxPoints }));

  it.each([
    [1000, 100000],
    ['12.5', 1250],
    [0.01, 1],
  ])('accepts a criterion maximum of %p', (maxPoints, centi) => {
    expect(valid(one({ maxPoints })).parts[0].criteria[0].maxPointsCenti).toBe(centi);
  });

  it.each([[0], [-1], [1000.01], [1.005], ['1e2'], [undefined]])(
    'refuses a criterion maximum of %p',
    (maxPoints) => {
      expect(issues(one({ maxPoints }))).toEqual([
        ['MAX_POINTS_INVALID', 'parts[0].criteria[0].maxPoints'],
      ]);
    },
  );

  it('defaults a part maximum to the sum of its criteria and accepts it when it matches', () => {
    expect(valid(scheme(part('a', 100))).parts[0].maxPointsCenti).toBe(10000);
    expect(valid(partMax('100.00')).parts[0].maxPointsCenti).toBe(10000);
  });

  it('refuses a part maximum that differs from its criteria and says both numbers', () => {
    expect(issues(partMax(90))).toEqual([['PART_MAX_MISMATCH', 'parts[0].maxPoints']]);
    expect(message(partMax(90), 'PART_MAX_MISMATCH')).toMatch(/90\.00.*100\.00/);
  });

  it.each([[0], ['x'], [null]])('refuses a part maximum of %p', (maxPoints) => {
    expect(issues(partMax(maxPoints))).toEqual([['MAX_POINTS_INVALID', 'parts[0].maxPoints']]);
  });
});

describe('validateScheme: pass marks', () => {
  const withPassMark = (passMark: unknown) => scheme(part('a', 100, { passMark }));

  it.each([
    [undefined, 6000],
    [null, null],
    [0, 0],
    [100, 10000],
    ['72.5', 7250],
  ])('reads the pass mark %p as %p', (passMark, centi) => {
    expect(valid(withPassMark(passMark)).parts[0].passMarkCenti).toBe(centi);
  });

  it.each([[100.01], [-1], [60.001], ['sixty'], [true]])('refuses the pass mark %p', (passMark) => {
    expect(issues(withPassMark(passMark))).toEqual([['PASS_MARK_INVALID', 'parts[0].passMark']]);
  });
});

describe('validateScheme: kind, method and tolerance', () => {
  const C = 'parts[0].criteria[0]';
  const one = (over: Loose) =>
    scheme(part('a', 100, { criteria: [criterion('x', { maxPoints: 100, ...over })] }));
  const read = (over: Loose) => valid(one(over)).parts[0].criteria[0];

  it.each([['measurement'], [''], [undefined]])('refuses the kind %p', (kind) => {
    expect(issues(one({ kind }))).toEqual([['KIND_INVALID', `${C}.kind`]]);
  });

  it.each([['MEAN'], ['TRIMMED_MEAN'], ['MEDIAN'], ['SINGLE']])('accepts the method %p', (m) => {
    expect(read({ method: m }).method).toBe(m);
  });

  it.each([['mean'], ['MAX'], [null]])('refuses the method %p', (method) => {
    expect(issues(one({ method }))).toEqual([['METHOD_INVALID', `${C}.method`]]);
  });

  it.each([
    [undefined, 100],
    [null, null],
    [0, 0],
    [1, 100],
    ['2', 200],
    [3, 300],
  ])('reads a judgement tolerance of %p marks as %p', (tolerance, centi) => {
    expect(read({ kind: 'JUDGEMENT', tolerance }).toleranceCenti).toBe(centi);
  });

  it.each([[1.5], ['0.5'], [4], [-1], ['one']])('refuses a judgement tolerance of %p', (t) => {
    expect(issues(one({ kind: 'JUDGEMENT', tolerance: t }))).toEqual([
      ['TOLERANCE_INVALID', `${C}.tolerance`],
    ]);
  });

  it.each([
    [undefined, null],
    [null, null],
    [0, 0],
    [0.5, 50],
    [100, 10000],
  ])('reads a measurement tolerance of %p points as %p', (tolerance, centi) => {
    expect(read({ tolerance }).toleranceCenti).toBe(centi);
  });

  it.each([[100.01], [-0.5], [0.001]])('refuses a measurement tolerance of %p', (tolerance) => {
    expect(issues(one({ tolerance }))).toEqual([['TOLERANCE_INVALID', `${C}.tolerance`]]);
  });

  it('does not judge a tolerance whose scale is unknown because the kind is wrong', () => {
    expect(issues(one({ kind: 'X', tolerance: 1.5 }))).toEqual([['KIND_INVALID', `${C}.kind`]]);
  });
});
