/**
 * One row of a trade's question bank file (题库导入), checked the way a roster row is: every
 * problem of the row at once, each as `{ field, code, message, messageZh }` so the import can give
 * the same row-level report as the roster's. Pure: no file reading, no database. The rules are in
 * docs/exams.md ("The question bank's rows and versions").
 */
import { headerMatcher } from '../../common/spreadsheet/header-names';
import { normaliseCellText } from '../../common/text';
import type { QuestionType } from './exam.types';

export type { QuestionType };
export const QUESTION_TYPES: readonly QuestionType[] = [
  'SINGLE',
  'MULTIPLE',
  'TRUE_FALSE',
  'BLANK',
];

export const OPTION_KEYS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'] as const;
export type OptionKey = (typeof OPTION_KEYS)[number];
export type OptionField = `option${OptionKey}`;

export type QuestionField =
  'code' | 'type' | 'stem' | OptionField | 'answer' | 'area' | 'difficulty' | 'explanation';

export const QUESTION_FIELDS: readonly QuestionField[] = [
  'code',
  'type',
  'stem',
  ...OPTION_KEYS.map((key): OptionField => `option${key}`),
  'answer',
  'area',
  'difficulty',
  'explanation',
];

/**
 * The question bank's rule codes, beside the blueprint's `ExamRuleCode` (blueprint.ts): a row
 * issue has a field, not a path, so they are a union of their own. The import route puts them in
 * the error catalogue when it is built.
 */
export type QuestionRuleCode =
  | 'QUESTION_CODE_REQUIRED'
  | 'QUESTION_CODE_TOO_LONG'
  | 'QUESTION_CODE_DUPLICATE'
  | 'QUESTION_TYPE_INVALID'
  | 'QUESTION_STEM_REQUIRED'
  | 'QUESTION_STEM_TOO_LONG'
  | 'QUESTION_OPTIONS_INVALID'
  | 'QUESTION_ANSWER_INVALID'
  | 'QUESTION_AREA_REQUIRED'
  | 'QUESTION_DIFFICULTY_INVALID';

export interface QuestionRowIssue {
  field: QuestionField;
  code: QuestionRuleCode;
  message: string;
  messageZh: string;
}

/** The row-level report of the import, as the roster's: the row number is the sheet's. */
export interface RejectedQuestionRow extends QuestionRowIssue {
  row: number;
}

/** A cell as the spreadsheet reader gives it (the roster reader's `{ text }`) or plain text. */
export type QuestionCell = string | { text: string } | null | undefined;
export type QuestionCells = Partial<Record<QuestionField, QuestionCell>>;

export interface QuestionOption {
  key: OptionKey;
  text: string;
}

interface QuestionBase {
  stem: string;
  area: string;
  /** 1 (easiest) to 5. */
  difficulty: number;
  explanation: string | null;
}

/** What a question says and how it is marked; everything but its code. */
export type QuestionContent =
  | (QuestionBase & { type: 'SINGLE'; options: QuestionOption[]; answer: OptionKey })
  | (QuestionBase & { type: 'MULTIPLE'; options: QuestionOption[]; answer: OptionKey[] })
  | (QuestionBase & { type: 'TRUE_FALSE'; options: []; answer: boolean })
  | (QuestionBase & { type: 'BLANK'; options: []; answer: string[] });

/** A checked row: the external code (the key of re-import) and the normalised content. */
export type ParsedQuestion = QuestionContent & { code: string };

export type QuestionRowResult = { question: ParsedQuestion } | { issues: QuestionRowIssue[] };

export const MAX_CODE_LENGTH = 40;
export const MAX_STEM_LENGTH = 2000;
export const MIN_OPTIONS = 2;

/** How messages name each field; also the template's header for it. */
export const QUESTION_FIELD_LABELS: Readonly<Record<QuestionField, string>> = {
  code: '题目编号',
  type: '题型',
  stem: '题干',
  optionA: '选项A',
  optionB: '选项B',
  optionC: '选项C',
  optionD: '选项D',
  optionE: '选项E',
  optionF: '选项F',
  optionG: '选项G',
  optionH: '选项H',
  answer: '答案',
  area: '知识领域',
  difficulty: '难度',
  explanation: '解析',
};

/** Headers of the downloadable template, in column order. */
export const QUESTION_TEMPLATE_HEADERS: readonly string[] = QUESTION_FIELDS.map(
  (field) => QUESTION_FIELD_LABELS[field],
);

const optionAliases = (key: OptionKey): string[] => [
  `选项${key}`,
  `${key}选项`,
  `option ${key}`,
  `choice ${key}`,
];

/** Accepted header texts per field (Chinese and English); matching normalises them first. */
export const QUESTION_HEADER_ALIASES: Readonly<Record<QuestionField, readonly string[]>> = {
  code: ['题目编号', '题目编码', '试题编号', '题号', 'code', 'question code', 'external code'],
  type: ['题型', '题目类型', '试题类型', 'type', 'question type'],
  stem: ['题干', '题目', '题目内容', '试题内容', 'stem', 'question'],
  optionA: optionAliases('A'),
  optionB: optionAliases('B'),
  optionC: optionAliases('C'),
  optionD: optionAliases('D'),
  optionE: optionAliases('E'),
  optionF: optionAliases('F'),
  optionG: optionAliases('G'),
  optionH: optionAliases('H'),
  answer: ['答案', '正确答案', '标准答案', '参考答案', 'answer', 'correct answer', 'key'],
  area: ['知识领域', '知识点', '知识模块', '领域', 'area', 'knowledge area'],
  difficulty: ['难度', '难度等级', '难易度', 'difficulty', 'level'],
  explanation: ['解析', '答案解析', '试题解析', 'explanation', 'analysis'],
};

const matchQuestionHeaderText = headerMatcher(
  QUESTION_FIELDS,
  QUESTION_HEADER_ALIASES,
  'Question bank',
);

/** The field a header cell denotes, or null when it is not a question bank column (序号, 备注, …). */
export function matchQuestionHeader(text: string): QuestionField | null {
  return matchQuestionHeaderText(text);
}

const TYPE_WORDS: Readonly<Record<string, QuestionType>> = {
  单选: 'SINGLE',
  单选题: 'SINGLE',
  单项选择: 'SINGLE',
  单项选择题: 'SINGLE',
  SINGLE: 'SINGLE',
  SINGLE_CHOICE: 'SINGLE',
  多选: 'MULTIPLE',
  多选题: 'MULTIPLE',
  多项选择: 'MULTIPLE',
  多项选择题: 'MULTIPLE',
  MULTIPLE: 'MULTIPLE',
  MULTIPLE_CHOICE: 'MULTIPLE',
  判断: 'TRUE_FALSE',
  判断题: 'TRUE_FALSE',
  TRUE_FALSE: 'TRUE_FALSE',
  填空: 'BLANK',
  填空题: 'BLANK',
  BLANK: 'BLANK',
};

const TYPE_LABELS: Readonly<Record<QuestionType, { en: string; zh: string }>> = {
  SINGLE: { en: 'single choice', zh: '单选题' },
  MULTIPLE: { en: 'multiple choice', zh: '多选题' },
  TRUE_FALSE: { en: 'true/false', zh: '判断题' },
  BLANK: { en: 'fill in the blank', zh: '填空题' },
};

/** The spellings of a true/false answer (after NFKC and lower-casing). */
const TRUE_FALSE_WORDS: Readonly<Record<string, boolean>> = {
  正确: true,
  对: true,
  '√': true,
  '✓': true,
  '✔': true,
  t: true,
  true: true,
  错误: false,
  错: false,
  '×': false,
  '✗': false,
  '✘': false,
  f: false,
  false: false,
};

/** Zero-width space/joiners, word joiner and BOM: invisible in Excel but they break equality. */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/gu;
/** Spaces inside a line: ASCII, tab, no-break, ideographic. */
const LINE_SPACE = /[ \t\u00A0\u3000]+/gu;
/** What may stand between the letters of a multiple-choice answer (after NFKC). */
const LETTER_SEPARATORS = /[\s,;/、]+/gu;

function rawText(cell: QuestionCell): string {
  if (cell === null || cell === undefined) return '';
  return typeof cell === 'string' ? cell : cell.text;
}

/**
 * Stems, options, areas and explanations: NFC (so that a composed and a decomposed 字 are the
 * same text) but not NFKC, which would rewrite ①, ㎡ or full-width punctuation that a question
 * may mean. Invisible characters go; each line is trimmed and its runs of spaces become one;
 * blank lines at the ends go, line breaks inside are kept.
 */
export function cleanQuestionText(raw: string): string {
  return raw
    .replace(ZERO_WIDTH, '')
    .normalize('NFC')
    .replace(/\r\n?/gu, '\n')
    .split('\n')
    .map((line) => line.replace(LINE_SPACE, ' ').trim())
    .join('\n')
    .replace(/^\n+|\n+$/gu, '');
}

/** Length in characters as people count them (code points, so 𠮷 is one). */
function charCount(text: string): number {
  return [...text].length;
}

function issue(
  field: QuestionField,
  code: QuestionRuleCode,
  message: string,
  messageZh: string,
): QuestionRowIssue {
  return { field, code, message, messageZh };
}

/** The row's code as the import keys it (NFKC, trimmed), or null when it has none. */
export function readQuestionCode(cells: QuestionCells): string | null {
  const code = normaliseCellText(rawText(cells.code));
  return code === '' || charCount(code) > MAX_CODE_LENGTH ? null : code;
}

function parseType(cells: QuestionCells, issues: QuestionRowIssue[]): QuestionType | null {
  const text = normaliseCellText(rawText(cells.type))
    .toUpperCase()
    .replace(/[\s-]+/gu, '_');
  const type = TYPE_WORDS[text];
  if (type !== undefined) return type;
  issues.push(
    issue(
      'type',
      'QUESTION_TYPE_INVALID',
      text === ''
        ? 'The question type is missing: write 单选, 多选, 判断 or 填空 (SINGLE, MULTIPLE, TRUE_FALSE, BLANK)'
        : `"${text}" is not a question type: write 单选, 多选, 判断 or 填空 (SINGLE, MULTIPLE, TRUE_FALSE, BLANK)`,
      text === ''
        ? '题型未填写，请填写单选、多选、判断或填空'
        : `“${text}”不是题型，请填写单选、多选、判断或填空`,
    ),
  );
  return null;
}

/**
 * The options of a choice question: A, B, … without a gap, 2 to 8 of them, no two alike. Questions
 * without options (判断, 填空) must leave every option cell empty. Returns the given options even
 * when they are refused, so that the answer is still checked against them.
 */
function parseOptions(
  cells: QuestionCells,
  type: QuestionType | null,
  issues: QuestionRowIssue[],
): QuestionOption[] {
  const given: QuestionOption[] = [];
  for (const key of OPTION_KEYS) {
    const text = cleanQuestionText(rawText(cells[`option${key}`]));
    if (text !== '') given.push({ key, text });
  }
  if (type === null) return given;
  if (type === 'TRUE_FALSE' || type === 'BLANK') {
    if (given.length > 0) {
      const label = TYPE_LABELS[type];
      issues.push(
        issue(
          `option${given[0].key}`,
          'QUESTION_OPTIONS_INVALID',
          type === 'TRUE_FALSE'
            ? `A ${label.en} question has no options (its answers are 正确/错误): leave 选项${given[0].key} empty`
            : `A ${label.en} question has no options: leave 选项${given[0].key} empty`,
          type === 'TRUE_FALSE'
            ? `判断题不填选项（答案为正确或错误），请清空选项${given[0].key}`
            : `填空题不填选项，请清空选项${given[0].key}`,
        ),
      );
    }
    return given;
  }
  const gap = given.findIndex((option, index) => option.key !== OPTION_KEYS[index]);
  if (gap >= 0) {
    const missing = OPTION_KEYS[gap];
    const after = given[gap].key;
    issues.push(
      issue(
        `option${missing}`,
        'QUESTION_OPTIONS_INVALID',
        `选项${after} is filled in but 选项${missing} is empty: fill the options from A on without gaps`,
        `选项${after}已填写，但选项${missing}为空，选项须从A起依次填写`,
      ),
    );
  } else if (given.length < MIN_OPTIONS) {
    const next = OPTION_KEYS[given.length];
    issues.push(
      issue(
        `option${next}`,
        'QUESTION_OPTIONS_INVALID',
        `A ${TYPE_LABELS[type].en} question needs at least ${MIN_OPTIONS} options (A to H): 选项${next} is empty`,
        `${TYPE_LABELS[type].zh}至少需要${MIN_OPTIONS}个选项（A至H），选项${next}为空`,
      ),
    );
  }
  for (let i = 1; i < given.length; i += 1) {
    const same = given.slice(0, i).find((earlier) => earlier.text === given[i].text);
    if (same !== undefined) {
      issues.push(
        issue(
          `option${given[i].key}`,
          'QUESTION_OPTIONS_INVALID',
          `选项${given[i].key} is the same as 选项${same.key}: every option must differ`,
          `选项${given[i].key}与选项${same.key}相同，各选项不得重复`,
        ),
      );
    }
  }
  return given;
}

function answerIssue(message: string, messageZh: string): QuestionRowIssue {
  return issue('answer', 'QUESTION_ANSWER_INVALID', message, messageZh);
}

function parseLetters(text: string): string[] {
  return text.toUpperCase().replace(LETTER_SEPARATORS, '').split('');
}

function isOptionKey(letter: string): letter is OptionKey {
  return (OPTION_KEYS as readonly string[]).includes(letter);
}

/** The answer for the row's type, or null (with an issue) when it is missing or wrong. */
function parseAnswer(
  cells: QuestionCells,
  type: QuestionType,
  options: QuestionOption[],
  issues: QuestionRowIssue[],
): QuestionContent['answer'] | null {
  const raw = rawText(cells.answer);
  // NFKC: full-width letters and separators (ＡＣ, ，, ｜) typed with a Chinese IME become ASCII.
  const text = normaliseCellText(raw);
  if (text === '') {
    issues.push(answerIssue('The answer is missing', '答案未填写'));
    return null;
  }
  const keys = options.map((option) => option.key as string);
  const given = keys.join('') || '-';
  switch (type) {
    case 'SINGLE': {
      const letters = parseLetters(text);
      const [letter] = letters;
      if (letters.length !== 1 || !isOptionKey(letter)) {
        issues.push(
          answerIssue(
            `"${text}" is not one option letter: a single choice question's answer is one letter (e.g. B)`,
            `“${text}”不是一个选项字母，单选题的答案为一个字母（如B）`,
          ),
        );
        return null;
      }
      if (!keys.includes(letter)) {
        issues.push(
          answerIssue(
            `The answer ${letter} is not one of the options given (${given})`,
            `答案${letter}不在所填选项（${given}）之中`,
          ),
        );
        return null;
      }
      return letter;
    }
    case 'MULTIPLE': {
      const letters = parseLetters(text);
      if (!letters.every(isOptionKey)) {
        issues.push(
          answerIssue(
            `"${text}" is not a list of option letters: write e.g. AC, A,C or A、C`,
            `“${text}”不是选项字母，请填写如AC、A,C或A、C`,
          ),
        );
        return null;
      }
      const repeated = letters.find((letter, index) => letters.indexOf(letter) !== index);
      if (repeated !== undefined) {
        issues.push(
          answerIssue(
            `The answer names ${repeated} twice: name each right option once`,
            `答案中${repeated}重复，每个正确选项只写一次`,
          ),
        );
        return null;
      }
      if (letters.length < 2) {
        issues.push(
          answerIssue(
            'A multiple choice question has at least 2 right options (e.g. AC)',
            '多选题至少有2个正确选项（如AC）',
          ),
        );
        return null;
      }
      const missing = letters.filter((letter) => !keys.includes(letter));
      if (missing.length > 0) {
        issues.push(
          answerIssue(
            `The answer names ${missing.join(', ')}, not among the options given (${given})`,
            `答案中的${missing.join('、')}不在所填选项（${given}）之中`,
          ),
        );
        return null;
      }
      return [...letters].sort();
    }
    case 'TRUE_FALSE': {
      const value = TRUE_FALSE_WORDS[text.toLowerCase()];
      if (value === undefined) {
        issues.push(
          answerIssue(
            `"${text}" is not a true/false answer: write 正确 or 错误 (also 对/错, √/×, T/F, true/false)`,
            `“${text}”不是判断题答案，请填写正确或错误（也可填对/错、√/×、T/F）`,
          ),
        );
        return null;
      }
      return value;
    }
    case 'BLANK': {
      // Inner spaces are kept (marking keeps them too); each accepted answer is trimmed.
      const accepted = raw
        .replace(ZERO_WIDTH, '')
        .normalize('NFKC')
        .split('|')
        .map((answer) => answer.replace(/[\u00A0\u3000]/gu, ' ').trim());
      if (accepted.some((answer) => answer === '')) {
        issues.push(
          answerIssue(
            'An accepted answer is empty: separate the accepted answers with | and leave none empty',
            '有一个可接受答案为空，多个可接受答案以“|”分隔，且均不得为空',
          ),
        );
        return null;
      }
      return accepted.filter((answer, index) => accepted.indexOf(answer) === index);
    }
  }
}

/**
 * One row of the question bank: the question with normalised content, or every problem of the
 * row. The answer is only checked when the type is known.
 */
export function parseQuestionRow(cells: QuestionCells, rowNumber: number): QuestionRowResult {
  void rowNumber; // the row number belongs to the report (checkQuestionRows); kept for symmetry
  const issues: QuestionRowIssue[] = [];

  const code = normaliseCellText(rawText(cells.code));
  if (code === '') {
    issues.push(
      issue(
        'code',
        'QUESTION_CODE_REQUIRED',
        'The question code is missing: each question has its own code, the key for importing it again',
        '题目编号未填写，每道题须有唯一编号，重新导入时据此识别',
      ),
    );
  } else if (charCount(code) > MAX_CODE_LENGTH) {
    issues.push(
      issue(
        'code',
        'QUESTION_CODE_TOO_LONG',
        `The question code has ${charCount(code)} characters; at most ${MAX_CODE_LENGTH}`,
        `题目编号共${charCount(code)}个字符，最多${MAX_CODE_LENGTH}个`,
      ),
    );
  }

  const type = parseType(cells, issues);

  const stem = cleanQuestionText(rawText(cells.stem));
  if (stem === '') {
    issues.push(issue('stem', 'QUESTION_STEM_REQUIRED', 'The stem is missing', '题干未填写'));
  } else if (charCount(stem) > MAX_STEM_LENGTH) {
    issues.push(
      issue(
        'stem',
        'QUESTION_STEM_TOO_LONG',
        `The stem has ${charCount(stem)} characters; at most ${MAX_STEM_LENGTH}`,
        `题干共${charCount(stem)}个字符，最多${MAX_STEM_LENGTH}个`,
      ),
    );
  }

  const options = parseOptions(cells, type, issues);
  const answer = type === null ? null : parseAnswer(cells, type, options, issues);

  const area = cleanQuestionText(rawText(cells.area));
  if (area === '') {
    issues.push(
      issue('area', 'QUESTION_AREA_REQUIRED', 'The knowledge area is missing', '知识领域未填写'),
    );
  }

  const difficultyText = normaliseCellText(rawText(cells.difficulty));
  const difficulty = /^[1-5]$/u.test(difficultyText) ? Number(difficultyText) : null;
  if (difficulty === null) {
    issues.push(
      issue(
        'difficulty',
        'QUESTION_DIFFICULTY_INVALID',
        difficultyText === ''
          ? 'The difficulty is missing: write a whole number from 1 (easiest) to 5'
          : `"${difficultyText}" is not a difficulty: write a whole number from 1 (easiest) to 5`,
        difficultyText === ''
          ? '难度未填写，请填写1（最易）至5的整数'
          : `“${difficultyText}”不是有效难度，请填写1（最易）至5的整数`,
      ),
    );
  }

  const explanationText = cleanQuestionText(rawText(cells.explanation));
  const explanation = explanationText === '' ? null : explanationText;

  if (issues.length > 0 || type === null || answer === null || difficulty === null) {
    return { issues };
  }
  const base = { code, stem, area, difficulty, explanation };
  switch (type) {
    case 'SINGLE':
      return { question: { ...base, type, options, answer: answer as OptionKey } };
    case 'MULTIPLE':
      return { question: { ...base, type, options, answer: answer as OptionKey[] } };
    case 'TRUE_FALSE':
      return { question: { ...base, type, options: [], answer: answer as boolean } };
    case 'BLANK':
      return { question: { ...base, type, options: [], answer: answer as string[] } };
  }
}

export interface QuestionRowInput {
  rowNumber: number;
  cells: QuestionCells;
}

export interface CheckedQuestionRows {
  /** Rows that passed, in file order, each code once. */
  accepted: { row: number; question: ParsedQuestion }[];
  /** Every problem of every refused row, in file order. */
  rejected: RejectedQuestionRow[];
}

/**
 * A whole file's rows: each row checked, and a code used twice refused on its later rows (the
 * first row holding a code owns it, even when that row is refused for something else, so that
 * fixing it does not bring a new duplicate to light).
 */
export function checkQuestionRows(rows: readonly QuestionRowInput[]): CheckedQuestionRows {
  const firstRowOf = new Map<string, number>();
  const accepted: CheckedQuestionRows['accepted'] = [];
  const rejected: RejectedQuestionRow[] = [];
  for (const { rowNumber, cells } of rows) {
    const result = parseQuestionRow(cells, rowNumber);
    const issues = 'issues' in result ? [...result.issues] : [];
    const code = readQuestionCode(cells);
    if (code !== null) {
      const first = firstRowOf.get(code);
      if (first === undefined) firstRowOf.set(code, rowNumber);
      else {
        issues.unshift(
          issue(
            'code',
            'QUESTION_CODE_DUPLICATE',
            `The question code ${code} is also on row ${first}; each code is used once in a file`,
            `题目编号${code}与第${first}行重复，同一文件中每个编号只能使用一次`,
          ),
        );
      }
    }
    if ('question' in result && issues.length === 0) {
      accepted.push({ row: rowNumber, question: result.question });
    } else {
      rejected.push(...issues.map((found) => ({ row: rowNumber, ...found })));
    }
  }
  return { accepted, rejected };
}

/** The template's cells for a question (the bank's export; parsing them gives it back). */
export function questionRowCells(question: ParsedQuestion): Record<QuestionField, string> {
  const cells = Object.fromEntries(QUESTION_FIELDS.map((field) => [field, ''])) as Record<
    QuestionField,
    string
  >;
  cells.code = question.code;
  cells.type = TYPE_LABELS[question.type].zh.replace(/题$/u, '');
  cells.stem = question.stem;
  for (const option of question.options) cells[`option${option.key}`] = option.text;
  switch (question.type) {
    case 'SINGLE':
      cells.answer = question.answer;
      break;
    case 'MULTIPLE':
      cells.answer = question.answer.join('');
      break;
    case 'TRUE_FALSE':
      cells.answer = question.answer ? '正确' : '错误';
      break;
    case 'BLANK':
      cells.answer = question.answer.join('|');
      break;
  }
  cells.area = question.area;
  cells.difficulty = String(question.difficulty);
  cells.explanation = question.explanation ?? '';
  return cells;
}
