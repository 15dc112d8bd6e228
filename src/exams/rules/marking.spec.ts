import { formatRational, rational } from '../../results/rules/rational';
import type { AnswerKey, MarkableQuestion, MultipleRule } from './exam.types';
import { markAnswer, MarkOutcome, markPaper } from './marking';

const q = (questionId: number, pointsCenti: number, key: AnswerKey): MarkableQuestion => ({
  questionId,
  pointsCenti,
  key,
});

/** [given, outcome, earned hundredths as "n" or "n/d"] */
type Case = [unknown, MarkOutcome, string];

function expectMarks(question: MarkableQuestion, cases: Case[], rule?: MultipleRule): void {
  for (const [given, outcome, earned] of cases) {
    const m = markAnswer(question, given, rule);
    expect({ given, outcome: m.outcome, earned: formatRational(m.earned) }).toEqual({
      given,
      outcome,
      earned,
    });
  }
}

describe('markAnswer: single choice (2.00 points, key B)', () => {
  const single = q(1, 200, { type: 'SINGLE', correct: 'B' });
  it('is all or nothing; original keys compared exactly', () => {
    expectMarks(single, [
      ['B', 'CORRECT', '200'],
      ['A', 'WRONG', '0'],
      ['b', 'WRONG', '0'], // keys are the bank's own, never case-folded
      ['Z', 'WRONG', '0'], // no such option: wrong, not refused
      [undefined, 'UNANSWERED', '0'],
      [null, 'UNANSWERED', '0'],
      ['', 'UNANSWERED', '0'],
      [[], 'UNANSWERED', '0'],
      [['B'], 'MALFORMED', '0'], // an array for a single choice
      [true, 'MALFORMED', '0'],
      [2, 'MALFORMED', '0'],
      [{ key: 'B' }, 'MALFORMED', '0'],
    ]);
  });
});

describe('markAnswer: true/false (1.50 points, key false)', () => {
  const tf = q(2, 150, { type: 'TRUE_FALSE', correct: false });
  it('is all or nothing; only a boolean is readable', () => {
    expectMarks(tf, [
      [false, 'CORRECT', '150'],
      [true, 'WRONG', '0'],
      ['false', 'MALFORMED', '0'],
      [0, 'MALFORMED', '0'],
      [undefined, 'UNANSWERED', '0'],
    ]);
  });
});

describe('markAnswer: multiple choice (3.00 points, key A C D)', () => {
  const multi = q(3, 300, { type: 'MULTIPLE', correct: ['A', 'C', 'D'] });

  it('ALL_OR_NOTHING (the default): only the exact set earns', () => {
    const cases: Case[] = [
      [['D', 'A', 'C'], 'CORRECT', '300'], // order does not matter
      [['A', 'A', 'C', 'D'], 'CORRECT', '300'], // a key sent twice counts once
      [['A', 'C'], 'WRONG', '0'],
      [['A', 'B', 'C', 'D'], 'WRONG', '0'],
      [[], 'UNANSWERED', '0'],
      ['ACD', 'MALFORMED', '0'],
      [['A', 1], 'MALFORMED', '0'],
    ];
    expectMarks(multi, cases);
    expectMarks(multi, cases, 'ALL_OR_NOTHING');
  });

  it('PARTIAL_HALF: some right and none wrong → half', () => {
    expectMarks(
      multi,
      [
        [['A', 'C', 'D'], 'CORRECT', '300'],
        [['A', 'C'], 'PARTIAL', '150'],
        [['D'], 'PARTIAL', '150'], // one right is "some right"
        [['A', 'B'], 'WRONG', '0'], // one wrong spoils it
        [['A', 'C', 'D', 'E'], 'WRONG', '0'], // E is no option: a wrong choice
        [['B'], 'WRONG', '0'],
        [[], 'UNANSWERED', '0'],
      ],
      'PARTIAL_HALF',
    );
  });

  it('PARTIAL_HALF on an odd number of hundredths keeps the half exact (0.75 → 37.5 hundredths)', () => {
    const odd = q(4, 75, { type: 'MULTIPLE', correct: ['A', 'B'] });
    expectMarks(odd, [[['A'], 'PARTIAL', '75/2']], 'PARTIAL_HALF');
  });
});

describe('markAnswer: blank (2.50 points, accepted ABC123 or 欧姆定律)', () => {
  const blank = q(5, 250, { type: 'BLANK', accepted: ['ABC123', '欧姆定律'] });
  it('matches after trim, full-width → half-width and ASCII case folding', () => {
    expectMarks(blank, [
      ['ＡＢＣ１２３', 'CORRECT', '250'],
      ['abc123', 'CORRECT', '250'],
      ['　abc123　', 'CORRECT', '250'],
      ['　欧姆定律　', 'CORRECT', '250'],
      ['abc 123', 'WRONG', '0'], // inner spaces are kept
      ['欧姆', 'WRONG', '0'],
      ['　　', 'UNANSWERED', '0'],
      [42, 'MALFORMED', '0'],
      [['abc123'], 'MALFORMED', '0'],
    ]);
  });

  it('keeps inner spaces of the accepted answer too: "a b" ≠ "ab"', () => {
    const spaced = q(6, 100, { type: 'BLANK', accepted: ['a b'] });
    expectMarks(spaced, [
      ['ab', 'WRONG', '0'],
      ['A　B', 'CORRECT', '100'],
      ['a  b', 'WRONG', '0'],
    ]);
  });
});

describe('markPaper', () => {
  const paper: MarkableQuestion[] = [
    q(1, 200, { type: 'SINGLE', correct: 'B' }),
    q(2, 300, { type: 'MULTIPLE', correct: ['A', 'C', 'D'] }),
    q(3, 150, { type: 'TRUE_FALSE', correct: true }),
    q(4, 250, { type: 'BLANK', accepted: ['380V'] }),
  ];

  it('sums the marks exactly: 2.00 + 1.50 (partial) + 1.50 + 0 (unanswered) = 5.00 of 9.00', () => {
    const answers = new Map<number, unknown>([
      [1, 'B'],
      [2, ['A', 'C']],
      [3, true],
      [99, 'not on this paper'], // ignored
    ]);
    const marked = markPaper(paper, answers, 'PARTIAL_HALF');
    expect(marked.items.map((i) => [i.questionId, i.outcome])).toEqual([
      [1, 'CORRECT'],
      [2, 'PARTIAL'],
      [3, 'CORRECT'],
      [4, 'UNANSWERED'],
    ]);
    expect(formatRational(marked.total)).toBe('500');
    expect(marked.scoreCenti).toBe(500);
    expect(marked.maxCenti).toBe(900);
  });

  it('under ALL_OR_NOTHING the partial choice earns nothing; a full-width blank earns: 6.00', () => {
    const answers = new Map<number, unknown>([
      [1, 'B'],
      [2, ['A', 'C']],
      [3, true],
      [4, '３８０ｖ'],
    ]);
    expect(markPaper(paper, answers).scoreCenti).toBe(200 + 150 + 250);
  });

  it('rounds once at the total: three halves of 0.75 are 112.5 hundredths → 1.13 (not 3 × 0.38)', () => {
    const odd = [1, 2, 3].map((id) => q(id, 75, { type: 'MULTIPLE', correct: ['A', 'B'] }));
    const answers = new Map<number, unknown>(odd.map((x) => [x.questionId, ['A']]));
    const marked = markPaper(odd, answers, 'PARTIAL_HALF');
    expect(marked.total).toEqual(rational(225n, 2n));
    expect(marked.scoreCenti).toBe(113);
    // Two halves make a whole hundredth: 37.5 + 37.5 = 75 exactly.
    expect(markPaper(odd.slice(0, 2), answers, 'PARTIAL_HALF').scoreCenti).toBe(75);
  });

  it('a full paper of 100.00 points answered right scores 10000 hundredths, the criterion points as they are', () => {
    const fifty = Array.from({ length: 50 }, (_, i) =>
      q(i + 1, 200, { type: 'TRUE_FALSE', correct: i % 2 === 0 }),
    );
    const answers = new Map<number, unknown>(fifty.map((x, i) => [x.questionId, i % 2 === 0]));
    const marked = markPaper(fifty, answers);
    expect(marked.scoreCenti).toBe(10000);
    expect(marked.maxCenti).toBe(10000);
  });

  it('an empty answer sheet scores 0 and throws nothing', () => {
    expect(markPaper(paper, new Map()).scoreCenti).toBe(0);
  });
});
