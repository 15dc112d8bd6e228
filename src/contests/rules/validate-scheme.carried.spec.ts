import { RuleResult, Scheme } from './contest-rules.types';
import { defaultTieBreak } from './validate-tie-break';
import { validateScheme } from './validate-scheme';

type Loose = Record<string, unknown>;

// docs/results.md "Carried score": a final of 30 % preliminary + 70 % final work.
const carried = (over: Loose = {}): Loose => ({
  key: 'prelim',
  name: '初赛成绩',
  weight: 30,
  carried: true,
  ...over,
});
const practical = (weight: unknown = 70): Loose => ({
  key: 'practical',
  name: '实操',
  weight,
  criteria: [{ key: 'task', name: '实操作业', maxPoints: 100, kind: 'MEASUREMENT' }],
});
const FINAL = { round: 2 };

function valid(input: unknown, round = 2): Scheme {
  const result = validateScheme(input, { round });
  if (!result.ok) throw new Error(`expected a valid scheme, got ${JSON.stringify(result.issues)}`);
  return result.value;
}

function issues(input: unknown, round = 2): Array<[string, string]> {
  const result: RuleResult<Scheme> = validateScheme(input, { round });
  if (result.ok) throw new Error('expected issues, the scheme was accepted');
  return result.issues.map((i) => [i.code, i.path]);
}

describe('validateScheme: a carried part', () => {
  it('normalises { key, name, weight, carried: true } with a maximum of 100 and the default pass mark', () => {
    const value = valid({ parts: [carried(), practical()] });
    expect(value.parts[0]).toEqual({
      key: 'prelim',
      name: '初赛成绩',
      weightCenti: 3000,
      maxPointsCenti: 10000,
      passMarkCenti: 6000,
      carried: true,
      criteria: [],
    });
    expect(value.parts[1]).toMatchObject({ key: 'practical', carried: false });
  });

  it('takes a pass mark (or none) and an empty criteria list like any part', () => {
    const value = valid({
      parts: [carried({ passMark: 75.5, criteria: [] }), practical()],
    });
    expect(value.parts[0]).toMatchObject({ passMarkCenti: 7550, criteria: [] });
    expect(
      valid({ parts: [carried({ passMark: null }), practical()] }).parts[0].passMarkCenti,
    ).toBe(null);
  });

  it('takes a maximum of 100 or more, and refuses a smaller one (a feeder total is out of 100)', () => {
    expect(valid({ parts: [carried({ maxPoints: '200' }), practical()] }).parts[0]).toMatchObject({
      maxPointsCenti: 20000,
    });
    expect(issues({ parts: [carried({ maxPoints: 99.99 }), practical()] })).toEqual([
      ['MAX_POINTS_INVALID', 'parts[0].maxPoints'],
    ]);
    expect(issues({ parts: [carried({ maxPoints: 'lots' }), practical()] })).toEqual([
      ['MAX_POINTS_INVALID', 'parts[0].maxPoints'],
    ]);
  });

  it('refuses criteria on a carried part, saying judges never score it', () => {
    const result = validateScheme(
      {
        parts: [
          carried({ criteria: [{ key: 'x', name: 'x', maxPoints: 10, kind: 'MEASUREMENT' }] }),
          practical(),
        ],
      },
      FINAL,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      {
        code: 'CARRIED_PART_HAS_CRITERIA',
        path: 'parts[0].criteria',
        message: expect.stringContaining('judges never score') as string,
      },
    ]);
    expect(issues({ parts: [carried({ criteria: 'none' }), practical()] })).toEqual([
      ['CARRIED_PART_HAS_CRITERIA', 'parts[0].criteria'],
    ]);
  });

  it('does not report the criterion keys of a refused carried part as duplicates', () => {
    const task = { key: 'task', name: 't', maxPoints: 10, kind: 'MEASUREMENT' };
    expect(issues({ parts: [carried({ criteria: [task] }), practical()] })).toEqual([
      ['CARRIED_PART_HAS_CRITERIA', 'parts[0].criteria'],
    ]);
  });

  it('refuses a carried part in a first round, with its own code', () => {
    expect(issues({ parts: [carried(), practical()] }, 1)).toEqual([
      ['CARRIED_PART_FIRST_ROUND', 'parts[0].carried'],
    ]);
    // Without a context the scheme is a first round's.
    const result = validateScheme({ parts: [carried(), practical()] });
    expect(result.ok ? [] : result.issues.map((i) => i.code)).toEqual(['CARRIED_PART_FIRST_ROUND']);
  });

  it('refuses a second carried part, naming the first', () => {
    const result = validateScheme(
      { parts: [carried({ weight: 20 }), carried({ key: 'semi', weight: 10 }), practical()] },
      { round: 3 },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.code, i.path, i.message])).toEqual([
      [
        'CARRIED_PART_TOO_MANY',
        'parts[1].carried',
        'A scheme carries the feeder total in at most once; parts[0] already does.',
      ],
    ]);
  });

  it('refuses a scheme whose only part is carried: the final must judge something', () => {
    expect(issues({ parts: [carried({ weight: 100 })] })).toEqual([
      ['CARRIED_PART_ALONE', 'parts'],
    ]);
  });

  it('refuses a carried flag that is not true or false, and reads false as an ordinary part', () => {
    expect(issues({ parts: [carried({ carried: 'yes' }), practical()] })).toEqual([
      ['CARRIED_PART_INVALID', 'parts[0].carried'],
      // Read as an ordinary part, it then lacks criteria.
      ['CRITERIA_INVALID', 'parts[0].criteria'],
    ]);
    const theory = {
      key: 'theory',
      name: '理论',
      weight: 30,
      carried: false,
      criteria: [{ key: 'exam', name: '笔试', maxPoints: 100, kind: 'MEASUREMENT' }],
    };
    const plain = valid({ parts: [theory, practical()] }, 1);
    expect(plain.parts.map((p) => p.carried)).toEqual([false, false]);
  });

  it('still adds the weights to 100 with the carried part among them', () => {
    expect(issues({ parts: [carried(), practical(60)] })).toEqual([['WEIGHTS_NOT_100', 'parts']]);
  });

  it('reports every problem at once: criteria, first round and a second carried part', () => {
    const task = { key: 'x', name: 'x', maxPoints: 10, kind: 'MEASUREMENT' };
    expect(
      issues(
        {
          parts: [
            carried({ weight: 20, criteria: [task] }),
            carried({ key: 'semi', weight: 10 }),
            practical(),
          ],
        },
        1,
      ),
    ).toEqual([
      ['CARRIED_PART_HAS_CRITERIA', 'parts[0].criteria'],
      ['CARRIED_PART_FIRST_ROUND', 'parts[0].carried'],
      ['CARRIED_PART_FIRST_ROUND', 'parts[1].carried'],
      ['CARRIED_PART_TOO_MANY', 'parts[1].carried'],
    ]);
  });
});

describe('defaultTieBreak with a carried part', () => {
  it('breaks ties by the judged part, even when the carried part weighs more', () => {
    const scheme = valid({
      parts: [
        carried({ weight: 70 }),
        { ...practical(30), key: 'skill' }, // no part keyed practical: the heaviest judged one
      ],
    });
    expect(defaultTieBreak(scheme)).toEqual([
      { by: 'PART', partKey: 'skill', order: 'DESC' },
      { by: 'TIME', order: 'ASC' },
    ]);
  });
});
