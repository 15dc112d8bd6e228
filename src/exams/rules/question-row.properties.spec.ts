import fc from 'fast-check';
import {
  OPTION_KEYS,
  parseQuestionRow,
  questionRowCells,
  type ParsedQuestion,
  type QuestionCells,
  type QuestionType,
} from './question-row';
import { questionFingerprint } from './question-version';

/*
 * Properties over generated valid rows of every type: a valid row parses, and its template cells
 * parse back to the same question; the fingerprint does not move when the cells only gain
 * spacing (around any cell, between answer letters, full-width answer letters).
 */

const word = fc
  .array(fc.constantFrom('安', '全', '电', '压', 'A', 'b', '1', '2', '（', '）', '？', '_'), {
    minLength: 1,
    maxLength: 12,
  })
  .map((chars) => chars.join(''));
const text = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));

interface Generated {
  cells: QuestionCells;
  type: QuestionType;
  letters: string[];
}

const choiceRow = (type: 'SINGLE' | 'MULTIPLE'): fc.Arbitrary<Generated> =>
  fc
    .integer({ min: 2, max: 8 })
    .chain((count) =>
      fc.record({
        count: fc.constant(count),
        options: fc.uniqueArray(text, { minLength: count, maxLength: count }),
        right: fc.uniqueArray(fc.integer({ min: 0, max: count - 1 }), {
          minLength: type === 'SINGLE' ? 1 : 2,
          maxLength: type === 'SINGLE' ? 1 : count,
        }),
      }),
    )
    .map(({ options, right }) => {
      const cells: QuestionCells = { type: type === 'SINGLE' ? '单选' : '多选' };
      options.forEach((option, index) => {
        cells[`option${OPTION_KEYS[index]}`] = option;
      });
      const letters = right.map((index) => OPTION_KEYS[index]);
      return { cells: { ...cells, answer: letters.join(',') }, type, letters };
    });

const trueFalseRow: fc.Arbitrary<Generated> = fc
  .constantFrom('正确', '错误', '对', '错', '√', '×', 'T', 'F', 'true', 'false')
  .map((answer) => ({ cells: { type: '判断', answer }, type: 'TRUE_FALSE', letters: [] }));

const blankRow: fc.Arbitrary<Generated> = fc
  .uniqueArray(word, { minLength: 1, maxLength: 4 })
  .map((accepted) => ({
    cells: { type: '填空', answer: accepted.join('|') },
    type: 'BLANK',
    letters: [],
  }));

const validRow: fc.Arbitrary<Generated> = fc
  .record({
    generated: fc.oneof(choiceRow('SINGLE'), choiceRow('MULTIPLE'), trueFalseRow, blankRow),
    code: fc.stringMatching(/^[A-Z][A-Z0-9-]{0,39}$/u),
    stem: text,
    area: text,
    difficulty: fc.integer({ min: 1, max: 5 }),
    explanation: fc.option(text, { nil: undefined }),
  })
  .map(({ generated, code, stem, area, difficulty, explanation }) => ({
    ...generated,
    cells: {
      ...generated.cells,
      code,
      stem,
      area,
      difficulty: String(difficulty),
      explanation,
    },
  }));

function parsed(cells: QuestionCells): ParsedQuestion {
  const result = parseQuestionRow(cells, 2);
  if (!('question' in result)) throw new Error(JSON.stringify(result.issues));
  return result.question;
}

const FULL_WIDTH_OFFSET = 0xff21 - 0x41;
const spaces = fc.constantFrom(' ', '  ', '\u3000', '\t', '\u00A0');

describe('question rows: properties', () => {
  it('a valid row parses, and its template cells give the same question back', () => {
    fc.assert(
      fc.property(validRow, ({ cells, type, letters }) => {
        const question = parsed(cells);
        expect(question.type).toBe(type);
        if (type === 'SINGLE' || type === 'MULTIPLE') {
          expect(([] as string[]).concat(question.answer as string | string[])).toEqual(
            [...letters].sort(),
          );
        }
        expect(parsed(questionRowCells(question))).toEqual(question);
      }),
    );
  });

  it('the fingerprint does not move with spacing or how the answer letters are written', () => {
    fc.assert(
      fc.property(
        validRow,
        spaces,
        spaces,
        fc.constantFrom('', ',', '、', '，', ' ', ';'),
        fc.boolean(),
        ({ cells, type, letters }, before, after, separator, fullWidth) => {
          const padded: QuestionCells = {};
          for (const [field, value] of Object.entries(cells)) {
            padded[field as keyof QuestionCells] =
              typeof value === 'string' ? `${before}${value}${after}` : value;
          }
          if (type === 'SINGLE' || type === 'MULTIPLE') {
            const written = letters.map((letter) =>
              fullWidth ? String.fromCharCode(letter.charCodeAt(0) + FULL_WIDTH_OFFSET) : letter,
            );
            padded.answer = `${before}${written.reverse().join(separator)}${after}`;
          }
          expect(questionFingerprint(parsed(padded))).toBe(questionFingerprint(parsed(cells)));
        },
      ),
    );
  });
});
