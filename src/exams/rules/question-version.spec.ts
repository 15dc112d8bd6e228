import { parseQuestionRow, type ParsedQuestion, type QuestionCells } from './question-row';
import {
  canonicalQuestionJson,
  planQuestionImport,
  questionFingerprint,
  type ExistingQuestionVersion,
} from './question-version';

function question(over: QuestionCells = {}): ParsedQuestion {
  const result = parseQuestionRow(
    {
      code: 'Q001',
      type: '单选',
      stem: '安全电压的上限是多少伏？',
      optionA: '24',
      optionB: '36',
      optionC: '110',
      answer: 'B',
      area: '电气安全',
      difficulty: '1',
      ...over,
    },
    2,
  );
  if (!('question' in result)) throw new Error(JSON.stringify(result.issues));
  return result.question;
}

describe('questionFingerprint', () => {
  it('is the SHA-256 of the canonical JSON, code left out', () => {
    const q = question();
    expect(canonicalQuestionJson(q)).toBe(
      '["SINGLE","安全电压的上限是多少伏？",[["A","24"],["B","36"],["C","110"]],"B","电气安全",1,null]',
    );
    expect(questionFingerprint(q)).toMatch(/^[0-9a-f]{64}$/u);
    expect(questionFingerprint(question({ code: 'OTHER' }))).toBe(questionFingerprint(q));
  });

  it('does not move with spacing, full-width letters or the answer separators', () => {
    const many = question({ type: '多选', answer: 'A,C' });
    for (const answer of ['AC', 'C、A', 'ＡＣ', ' a c ']) {
      expect(questionFingerprint(question({ type: '多选', answer }))).toBe(
        questionFingerprint(many),
      );
    }
    expect(
      questionFingerprint(
        question({ stem: '  安全电压的上限是多少伏？ ', optionA: ' 24 ', answer: 'ｂ' }),
      ),
    ).toBe(questionFingerprint(question()));
  });

  it.each<[string, QuestionCells]>([
    ['the stem', { stem: '安全电压的上限是多少伏?' }],
    ['an option', { optionC: '220' }],
    ['the options’ order', { optionA: '36', optionB: '24', answer: 'A' }],
    ['the answer', { answer: 'A' }],
    ['the area', { area: '电工基础' }],
    ['the difficulty', { difficulty: '2' }],
    ['the explanation', { explanation: '《安全电压》规定 36 V。' }],
    ['the type', { type: '多选', answer: 'AB' }],
  ])('changes with %s', (_what, over) => {
    expect(questionFingerprint(question(over))).not.toBe(questionFingerprint(question()));
  });
});

describe('planQuestionImport', () => {
  const q1 = question({ code: 'Q1' });
  const q2 = question({ code: 'Q2', stem: '第二题' });
  const q3 = question({ code: 'Q3', stem: '第三题' });
  const q4 = question({ code: 'Q4', stem: '第四题' });
  const changed = (q: ParsedQuestion): ParsedQuestion => ({ ...q, stem: `${q.stem}（修订）` });

  const existing: ExistingQuestionVersion[] = [
    // Q2: unchanged; Q3: changed, never sat; Q4: changed, sat in version 2 (version 1 older).
    { code: 'Q2', version: 1, fingerprint: questionFingerprint(q2), usedInSatPaper: true },
    { code: 'Q3', version: 1, fingerprint: questionFingerprint(q3), usedInSatPaper: false },
    { code: 'Q4', version: 1, fingerprint: 'old', usedInSatPaper: true },
    { code: 'Q4', version: 2, fingerprint: questionFingerprint(q4), usedInSatPaper: true },
    // Q9 is stored but not in the file: left alone.
    { code: 'Q9', version: 1, fingerprint: 'x', usedInSatPaper: false },
  ];

  it('plans CREATE, UNCHANGED, UPDATE_IN_PLACE and NEW_VERSION, with the counts', () => {
    const plan = planQuestionImport(existing, [q1, q2, changed(q3), changed(q4)]);
    expect(plan.questions.map(({ code, action, version }) => [code, action, version])).toEqual([
      ['Q1', 'CREATE', 1],
      ['Q2', 'UNCHANGED', 1],
      ['Q3', 'UPDATE_IN_PLACE', 1],
      ['Q4', 'NEW_VERSION', 3],
    ]);
    expect(plan.counts).toEqual({ created: 1, updated: 2, unchanged: 1 });
    expect(plan.questions[2].fingerprint).toBe(questionFingerprint(changed(q3)));
    expect(plan.questions[3].question).toEqual(changed(q4));
  });

  it('compares with the current (highest) version only, whatever the order given', () => {
    const reversed = [...existing].reverse();
    expect(planQuestionImport(reversed, [q4]).questions[0]).toMatchObject({
      action: 'UNCHANGED',
      version: 2,
    });
    // Back to an older version's content is a change of the current one.
    const older = planQuestionImport(
      [
        { code: 'Q4', version: 1, fingerprint: questionFingerprint(q1), usedInSatPaper: true },
        { code: 'Q4', version: 2, fingerprint: questionFingerprint(q4), usedInSatPaper: false },
      ],
      [{ ...q1, code: 'Q4' }],
    );
    expect(older.questions[0]).toMatchObject({ action: 'UPDATE_IN_PLACE', version: 2 });
  });

  it('a second import of the same file changes nothing', () => {
    const first = planQuestionImport([], [q1, q2]);
    const stored = first.questions.map((p) => ({
      code: p.code,
      version: p.version,
      fingerprint: p.fingerprint,
      usedInSatPaper: false,
    }));
    expect(planQuestionImport(stored, [q1, q2]).counts).toEqual({
      created: 0,
      updated: 0,
      unchanged: 2,
    });
  });

  it('an empty file plans nothing', () => {
    expect(planQuestionImport(existing, [])).toEqual({
      questions: [],
      counts: { created: 0, updated: 0, unchanged: 0 },
    });
  });

  it('refuses a code twice in the incoming questions (checkQuestionRows keeps them apart)', () => {
    expect(() => planQuestionImport([], [q1, q1])).toThrow('Question code Q1 is imported twice');
  });
});
