import fc from 'fast-check';
import {
  assignQuestions,
  checkBlueprintAgainstBank,
  describeRow,
  isEligible,
  validateBlueprint,
  type BankQuestion,
  type BlueprintRow,
} from './blueprint';

function row(partial: Partial<BlueprintRow> & Pick<BlueprintRow, 'type' | 'count'>): BlueprintRow {
  return { pointsCenti: 100, area: null, difficulty: null, ...partial };
}

function questions(
  from: number,
  n: number,
  shape: Omit<BankQuestion, 'id' | 'version'>,
): BankQuestion[] {
  return Array.from({ length: n }, (_, i) => ({ id: from + i, version: 1, ...shape }));
}

describe('validateBlueprint', () => {
  it('accepts a paper of 100.00: 40 × 1 + 20 × 2 + 20 × 0.5 + 10 × "1.00"', () => {
    const result = validateBlueprint([
      { type: 'SINGLE', count: 40, points: 1, area: ' 安全知识 ', difficulty: 3 },
      { type: 'MULTIPLE', count: 20, points: '2' },
      { type: 'TRUE_FALSE', count: 20, points: 0.5 },
      { type: 'BLANK', count: 10, points: '1.00' },
    ]);
    expect(result).toEqual({
      ok: true,
      totalCenti: 10000,
      rows: [
        { type: 'SINGLE', count: 40, pointsCenti: 100, area: '安全知识', difficulty: 3 },
        { type: 'MULTIPLE', count: 20, pointsCenti: 200, area: null, difficulty: null },
        { type: 'TRUE_FALSE', count: 20, pointsCenti: 50, area: null, difficulty: null },
        { type: 'BLANK', count: 10, pointsCenti: 100, area: null, difficulty: null },
      ],
    });
  });

  it('reads points exactly: 3 × 0.1 + 1 × 0.7 is 1.00 (no binary floating point)', () => {
    const result = validateBlueprint(
      [
        { type: 'SINGLE', count: 3, points: 0.1 },
        { type: 'BLANK', count: 1, points: '0.70' },
      ],
      { total: '1' },
    );
    expect(result.ok).toBe(true);
  });

  it('reports every broken field with its path and code', () => {
    const result = validateBlueprint([
      { type: 'SINGLE', count: 0, points: 1 },
      { type: 'ESSAY', count: 2.5, points: '1.234', area: '  ', difficulty: 6 },
      'row',
      { type: 'BLANK', count: 10, points: -1, difficulty: 2.5 },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.path, i.code])).toEqual([
      ['blueprint[0].count', 'BLUEPRINT_COUNT_INVALID'],
      ['blueprint[1].type', 'BLUEPRINT_TYPE_INVALID'],
      ['blueprint[1].count', 'BLUEPRINT_COUNT_INVALID'],
      ['blueprint[1].points', 'BLUEPRINT_POINTS_INVALID'],
      ['blueprint[1].area', 'BLUEPRINT_AREA_INVALID'],
      ['blueprint[1].difficulty', 'BLUEPRINT_DIFFICULTY_INVALID'],
      ['blueprint[2]', 'BLUEPRINT_ROW_INVALID'],
      ['blueprint[3].points', 'BLUEPRINT_POINTS_INVALID'],
      ['blueprint[3].difficulty', 'BLUEPRINT_DIFFICULTY_INVALID'],
    ]);
  });

  it('refuses an empty blueprint or one that is not a list', () => {
    for (const value of [[], undefined, {}]) {
      const result = validateBlueprint(value);
      expect(result).toEqual({
        ok: false,
        issues: [expect.objectContaining({ code: 'BLUEPRINT_EMPTY', path: 'blueprint' })],
      });
    }
  });

  it('refuses a total other than the exam total, saying both', () => {
    const result = validateBlueprint([{ type: 'SINGLE', count: 99, points: '1.01' }]);
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          code: 'BLUEPRINT_TOTAL_MISMATCH',
          path: 'blueprint',
          message: '各行题数×分值之和为 99.99，须等于试卷总分 100.00',
        },
      ],
    });
    expect(
      validateBlueprint([{ type: 'SINGLE', count: 99, points: '1.01' }], { total: 99.99 }).ok,
    ).toBe(true);
  });
});

describe('checkBlueprintAgainstBank', () => {
  it('names the row, the need and what the bank holds: 需要 单选·安全知识·难度3 20 道，题库只有 14 道', () => {
    const bank = questions(1, 14, { type: 'SINGLE', area: '安全知识', difficulty: 3 });
    const blueprint = [row({ type: 'SINGLE', count: 20, area: '安全知识', difficulty: 3 })];
    expect(checkBlueprintAgainstBank(blueprint, bank)).toEqual({
      ok: false,
      shortages: [{ row: 0, needed: 20, missing: 6, inBank: 14 }],
      issues: [
        {
          code: 'BLUEPRINT_SHORT',
          path: 'blueprint[0].count',
          message: '需要 单选·安全知识·难度3 20 道，题库只有 14 道',
        },
      ],
    });
  });

  it('overlapping rows: each row alone has enough, together they do not (a naive count says "enough")', () => {
    // 22 单选 on 安全知识 and 3 on 电工基础: 25 in all.
    const bank = [
      ...questions(1, 22, { type: 'SINGLE', area: '安全知识', difficulty: 3 }),
      ...questions(100, 3, { type: 'SINGLE', area: '电工基础', difficulty: 2 }),
    ];
    // The row of any area is listed first: the check still fills the specific row first.
    const blueprint = [
      row({ type: 'SINGLE', count: 10 }),
      row({ type: 'SINGLE', count: 20, area: '安全知识' }),
    ];
    const naive = blueprint.every(
      (r) =>
        bank.filter((q) => q.type === r.type && (r.area === null || q.area === r.area)).length >=
        r.count,
    );
    expect(naive).toBe(true);
    expect(checkBlueprintAgainstBank(blueprint, bank)).toEqual({
      ok: false,
      shortages: [{ row: 0, needed: 10, missing: 5, inBank: 25 }],
      issues: [
        {
          code: 'BLUEPRINT_SHORT',
          path: 'blueprint[0].count',
          message: '需要 单选 10 道，题库有 25 道，但其他行也要用，只能分到 5 道，缺 5 道',
        },
      ],
    });
  });

  it('finds the assignment a greedy by specificity misses (rows crossing on area and difficulty)', () => {
    // Row 0 wants 安全知识 (any difficulty), row 1 wants difficulty 3 (any area). Neither is more
    // specific. Taking 安全知识·3 for row 0 would starve row 1; the augmenting path moves it.
    const bank: BankQuestion[] = [
      { id: 1, version: 1, type: 'SINGLE', area: '安全知识', difficulty: 3 },
      { id: 2, version: 1, type: 'SINGLE', area: '安全知识', difficulty: 2 },
      { id: 3, version: 1, type: 'SINGLE', area: '电工基础', difficulty: 3 },
    ];
    const blueprint = [
      row({ type: 'SINGLE', count: 1, area: '安全知识' }),
      row({ type: 'SINGLE', count: 2, difficulty: 3 }),
    ];
    expect(checkBlueprintAgainstBank(blueprint, bank)).toEqual({ ok: true });
    const { byRow } = assignQuestions(blueprint, bank);
    expect(byRow[0].map((p) => bank[p].id)).toEqual([2]);
    expect([...byRow[1]].map((p) => bank[p].id).sort()).toEqual([1, 3]);
  });

  it('never counts a question for two rows, nor another type', () => {
    const bank = [
      ...questions(1, 5, { type: 'MULTIPLE', area: '安全知识', difficulty: 3 }),
      ...questions(10, 5, { type: 'SINGLE', area: '安全知识', difficulty: 3 }),
    ];
    const blueprint = [
      row({ type: 'MULTIPLE', count: 3, difficulty: 3 }),
      row({ type: 'MULTIPLE', count: 3, area: '安全知识' }),
    ];
    const result = checkBlueprintAgainstBank(blueprint, bank);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.shortages).toEqual([{ row: 1, needed: 3, missing: 1, inBank: 5 }]);
  });

  it('refuses a bank that holds the same question twice', () => {
    const bank = [
      ...questions(1, 1, { type: 'SINGLE', area: 'a', difficulty: 1 }),
      ...questions(1, 1, { type: 'SINGLE', area: 'a', difficulty: 1 }),
    ];
    expect(() => checkBlueprintAgainstBank([row({ type: 'SINGLE', count: 1 })], bank)).toThrow(
      RangeError,
    );
  });

  it('describes rows as people read them', () => {
    expect(describeRow(row({ type: 'TRUE_FALSE', count: 1, difficulty: 1 }))).toBe('判断·难度1');
    expect(describeRow(row({ type: 'BLANK', count: 1, area: '识图' }))).toBe('填空·识图');
  });
});

describe('checkBlueprintAgainstBank: properties', () => {
  const TYPES = ['SINGLE', 'MULTIPLE'] as const;
  const AREAS = ['安全知识', '电工基础'];

  /** Tries every way of giving each question to one row or none: is every row filled? */
  function fillable(blueprint: readonly BlueprintRow[], bank: readonly BankQuestion[]): boolean {
    const left = blueprint.map((r) => r.count);
    const go = (i: number): boolean => {
      if (left.every((n) => n === 0)) return true;
      if (i === bank.length) return false;
      for (let r = 0; r < blueprint.length; r += 1) {
        const fits =
          left[r] > 0 &&
          bank[i].type === blueprint[r].type &&
          (blueprint[r].area === null || blueprint[r].area === bank[i].area) &&
          (blueprint[r].difficulty === null || blueprint[r].difficulty === bank[i].difficulty);
        if (!fits) continue;
        left[r] -= 1;
        const done = go(i + 1);
        left[r] += 1;
        if (done) return true;
      }
      return go(i + 1);
    };
    return go(0);
  }

  const questionArb = fc.record({
    type: fc.constantFrom(...TYPES),
    area: fc.constantFrom(...AREAS),
    difficulty: fc.integer({ min: 1, max: 2 }),
  });
  const rowArb = fc.record({
    type: fc.constantFrom(...TYPES),
    count: fc.integer({ min: 1, max: 3 }),
    pointsCenti: fc.constant(100),
    area: fc.option(fc.constantFrom(...AREAS), { nil: null }),
    difficulty: fc.option(fc.integer({ min: 1, max: 2 }), { nil: null }),
  });

  it('says "short" exactly when no assignment fills every row (against a brute force), and the shortages add up', () => {
    fc.assert(
      fc.property(
        fc.array(questionArb, { maxLength: 8 }),
        fc.array(rowArb, { minLength: 1, maxLength: 3 }),
        (shapes, blueprint) => {
          const bank = shapes.map((s, i) => ({ id: i + 1, version: 1, ...s }));
          const result = checkBlueprintAgainstBank(blueprint, bank);
          expect(result.ok).toBe(fillable(blueprint, bank));
          const { byRow } = assignQuestions(blueprint, bank);
          const held = byRow.flat();
          expect(new Set(held).size).toBe(held.length);
          byRow.forEach((positions, r) => {
            expect(positions.length).toBeLessThanOrEqual(blueprint[r].count);
            for (const p of positions) expect(isEligible(blueprint[r], bank[p])).toBe(true);
          });
          if (!result.ok) {
            const missing = result.shortages.reduce((s, x) => s + x.missing, 0);
            const needed = blueprint.reduce((s, r) => s + r.count, 0);
            expect(missing).toBe(needed - held.length);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
