import {
  checkQuestionRows,
  cleanQuestionText,
  matchQuestionHeader,
  parseQuestionRow,
  QUESTION_TEMPLATE_HEADERS,
  questionRowCells,
  type ParsedQuestion,
  type QuestionCells,
  type QuestionRowIssue,
} from './question-row';

/** A valid single choice row; tests change what they are about. */
function row(over: QuestionCells = {}): QuestionCells {
  return {
    code: 'Q001',
    type: '单选',
    stem: '电焊作业时，下列哪种防护用品必须佩戴？',
    optionA: '安全帽',
    optionB: '焊接面罩',
    optionC: '耳塞',
    optionD: '防尘口罩',
    answer: 'B',
    area: '安全防护',
    difficulty: '2',
    explanation: '焊接弧光会灼伤眼睛。',
    ...over,
  };
}

function parsed(cells: QuestionCells): ParsedQuestion {
  const result = parseQuestionRow(cells, 2);
  if (!('question' in result)) {
    throw new Error(`expected a question, got ${JSON.stringify(result.issues)}`);
  }
  return result.question;
}

function issues(cells: QuestionCells): QuestionRowIssue[] {
  const result = parseQuestionRow(cells, 2);
  if (!('issues' in result)) throw new Error('expected issues');
  return result.issues;
}

function codes(cells: QuestionCells): [string, string][] {
  return issues(cells).map((found) => [found.field, found.code]);
}

const noOptions: QuestionCells = {
  optionA: '',
  optionB: '',
  optionC: '',
  optionD: '',
};

describe('the question bank template', () => {
  it('has the Chinese headers in column order', () => {
    expect(QUESTION_TEMPLATE_HEADERS).toEqual([
      '题目编号',
      '题型',
      '题干',
      '选项A',
      '选项B',
      '选项C',
      '选项D',
      '选项E',
      '选项F',
      '选项G',
      '选项H',
      '答案',
      '知识领域',
      '难度',
      '解析',
    ]);
  });

  it('knows every template header, English ones and decorated ones', () => {
    expect(QUESTION_TEMPLATE_HEADERS.map(matchQuestionHeader)).toEqual([
      'code',
      'type',
      'stem',
      'optionA',
      'optionB',
      'optionC',
      'optionD',
      'optionE',
      'optionF',
      'optionG',
      'optionH',
      'answer',
      'area',
      'difficulty',
      'explanation',
    ]);
    expect(matchQuestionHeader('Code')).toBe('code');
    expect(matchQuestionHeader('Question Type')).toBe('type');
    expect(matchQuestionHeader('Stem')).toBe('stem');
    expect(matchQuestionHeader('Option C')).toBe('optionC');
    expect(matchQuestionHeader('Answer')).toBe('answer');
    expect(matchQuestionHeader('Knowledge area')).toBe('area');
    expect(matchQuestionHeader('Difficulty')).toBe('difficulty');
    expect(matchQuestionHeader('Explanation')).toBe('explanation');
    expect(matchQuestionHeader('*题目编号（必填）')).toBe('code');
    expect(matchQuestionHeader('难度(1-5)')).toBe('difficulty');
    expect(matchQuestionHeader('选项Ｂ')).toBe('optionB');
    expect(matchQuestionHeader('序号')).toBeNull();
  });
});

describe('parseQuestionRow: accepted rows of every type', () => {
  it('single choice: trimmed text, the letter, difficulty as a number', () => {
    expect(
      parsed(
        row({
          code: ' Q001 ',
          stem: '  电焊作业时，下列哪种防护用品必须佩戴？ ',
          optionB: ' 焊接面罩\u200B ',
          answer: ' ｂ ',
        }),
      ),
    ).toEqual({
      code: 'Q001',
      type: 'SINGLE',
      stem: '电焊作业时，下列哪种防护用品必须佩戴？',
      options: [
        { key: 'A', text: '安全帽' },
        { key: 'B', text: '焊接面罩' },
        { key: 'C', text: '耳塞' },
        { key: 'D', text: '防尘口罩' },
      ],
      answer: 'B',
      area: '安全防护',
      difficulty: 2,
      explanation: '焊接弧光会灼伤眼睛。',
    });
  });

  it('single choice with the English type and a { text } cell; no explanation is null', () => {
    const question = parsed(
      row({ type: { text: 'single' }, optionC: '', optionD: '', answer: 'A', explanation: ' ' }),
    );
    expect(question.type).toBe('SINGLE');
    expect(question.options).toHaveLength(2);
    expect(question.explanation).toBeNull();
  });

  it.each([
    ['AC', ['A', 'C']],
    ['A,C', ['A', 'C']],
    ['A、C', ['A', 'C']],
    ['ＡＣ', ['A', 'C']],
    ['Ａ，Ｃ', ['A', 'C']],
    ['c a', ['A', 'C']],
    ['D;B;A', ['A', 'B', 'D']],
    ['ABCD', ['A', 'B', 'C', 'D']],
  ])('multiple choice answer %s reads %j (sorted, half-width)', (answer, expected) => {
    const question = parsed(row({ type: '多选', answer }));
    expect(question.type).toBe('MULTIPLE');
    expect(question.answer).toEqual(expected);
  });

  it('multiple choice with all 8 options', () => {
    const question = parsed(
      row({
        type: 'MULTIPLE',
        optionE: '五',
        optionF: '六',
        optionG: '七',
        optionH: '八',
        answer: 'H,A',
      }),
    );
    expect(question.options.map((option) => option.key)).toEqual([
      'A',
      'B',
      'C',
      'D',
      'E',
      'F',
      'G',
      'H',
    ]);
    expect(question.answer).toEqual(['A', 'H']);
  });

  it.each([
    ['正确', true],
    ['对', true],
    ['√', true],
    ['T', true],
    ['t', true],
    ['true', true],
    ['TRUE', true],
    ['Ｔ', true],
    ['错误', false],
    ['错', false],
    ['×', false],
    ['F', false],
    ['f', false],
    ['false', false],
    ['False', false],
    [' 错误 ', false],
  ])('判断 answer %s reads %s', (answer, expected) => {
    const question = parsed(row({ type: '判断', ...noOptions, answer }));
    expect(question).toMatchObject({ type: 'TRUE_FALSE', options: [], answer: expected });
  });

  it('填空: accepted answers split on | and ｜, trimmed, full-width to half-width, inner spaces kept', () => {
    const question = parsed(
      row({
        type: '填空',
        ...noOptions,
        stem: '我国安全生产方针是安全第一、____、综合治理。',
        answer: ' 预防为主 ｜预防 为主| ＰＰＥ |预防为主',
      }),
    );
    expect(question).toMatchObject({
      type: 'BLANK',
      options: [],
      answer: ['预防为主', '预防 为主', 'PPE'],
    });
  });

  it('填空 with one accepted answer', () => {
    expect(parsed(row({ type: 'BLANK', ...noOptions, answer: '36' })).answer).toEqual(['36']);
  });

  it.each([
    ['单选题', 'SINGLE'],
    ['单项选择题', 'SINGLE'],
    ['多选题', 'MULTIPLE'],
    ['multiple', 'MULTIPLE'],
    ['判断题', 'TRUE_FALSE'],
    ['true_false', 'TRUE_FALSE'],
    ['TRUE-FALSE', 'TRUE_FALSE'],
    ['填空题', 'BLANK'],
    ['Blank', 'BLANK'],
  ])('type %s reads %s', (type, expected) => {
    const answers: Record<string, string> = {
      SINGLE: 'A',
      MULTIPLE: 'AB',
      TRUE_FALSE: '对',
      BLANK: 'x',
    };
    const options = expected === 'TRUE_FALSE' || expected === 'BLANK' ? noOptions : {};
    expect(parsed(row({ type, ...options, answer: answers[expected] })).type).toBe(expected);
  });

  it('keeps line breaks inside a stem, NFC-normalises and does not rewrite ① or ㎡', () => {
    const question = parsed(
      row({ stem: '\n 面积为 20 ㎡ 的房间\r\n  ①  应配几具灭火器？ \n\n', area: 'Cafe\u0301' }),
    );
    expect(question.stem).toBe('面积为 20 ㎡ 的房间\n① 应配几具灭火器？');
    expect(question.area).toBe('Café');
  });
});

describe('parseQuestionRow: refusals', () => {
  it('an empty row gives every required field at once', () => {
    expect(codes({})).toEqual([
      ['code', 'QUESTION_CODE_REQUIRED'],
      ['type', 'QUESTION_TYPE_INVALID'],
      ['stem', 'QUESTION_STEM_REQUIRED'],
      ['area', 'QUESTION_AREA_REQUIRED'],
      ['difficulty', 'QUESTION_DIFFICULTY_INVALID'],
    ]);
  });

  it('every issue is worded in English and Chinese', () => {
    for (const found of issues({ ...row(), type: '问答', code: '', difficulty: '6' })) {
      expect(found.message).not.toBe('');
      expect(found.messageZh).toMatch(/[\u4e00-\u9fff]/u);
    }
  });

  it('code: required, at most 40 characters', () => {
    expect(codes(row({ code: '  ' }))).toEqual([['code', 'QUESTION_CODE_REQUIRED']]);
    expect(parsed(row({ code: 'Q'.repeat(40) })).code).toHaveLength(40);
    expect(issues(row({ code: 'Q'.repeat(41) }))).toEqual([
      {
        field: 'code',
        code: 'QUESTION_CODE_TOO_LONG',
        message: 'The question code has 41 characters; at most 40',
        messageZh: '题目编号共41个字符，最多40个',
      },
    ]);
  });

  it('type: an unknown one, and then the answer is not checked', () => {
    expect(issues(row({ type: '问答', answer: '' }))).toEqual([
      {
        field: 'type',
        code: 'QUESTION_TYPE_INVALID',
        message:
          '"问答" is not a question type: write 单选, 多选, 判断 or 填空 (SINGLE, MULTIPLE, TRUE_FALSE, BLANK)',
        messageZh: '“问答”不是题型，请填写单选、多选、判断或填空',
      },
    ]);
  });

  it('stem: required, at most 2,000 characters', () => {
    expect(codes(row({ stem: ' \u3000 ' }))).toEqual([['stem', 'QUESTION_STEM_REQUIRED']]);
    expect(parsed(row({ stem: '题'.repeat(2000) })).stem).toHaveLength(2000);
    expect(codes(row({ stem: '题'.repeat(2001) }))).toEqual([['stem', 'QUESTION_STEM_TOO_LONG']]);
  });

  it('options: B without A is a gap', () => {
    expect(issues(row({ optionA: '' }))).toEqual([
      {
        field: 'optionA',
        code: 'QUESTION_OPTIONS_INVALID',
        message: '选项B is filled in but 选项A is empty: fill the options from A on without gaps',
        messageZh: '选项B已填写，但选项A为空，选项须从A起依次填写',
      },
    ]);
  });

  it('options: a gap further on (A, B, D)', () => {
    expect(codes(row({ optionC: '', answer: 'A' }))).toEqual([
      ['optionC', 'QUESTION_OPTIONS_INVALID'],
    ]);
  });

  it('options: fewer than 2', () => {
    expect(issues(row({ optionB: '', optionC: '', optionD: '', answer: 'A' }))).toEqual([
      {
        field: 'optionB',
        code: 'QUESTION_OPTIONS_INVALID',
        message: 'A single choice question needs at least 2 options (A to H): 选项B is empty',
        messageZh: '单选题至少需要2个选项（A至H），选项B为空',
      },
    ]);
    expect(codes(row({ type: '多选', ...noOptions, answer: 'AB' }))).toEqual([
      ['optionA', 'QUESTION_OPTIONS_INVALID'],
      ['answer', 'QUESTION_ANSWER_INVALID'],
    ]);
  });

  it('options: two alike', () => {
    expect(issues(row({ optionD: ' 耳塞 ' }))).toEqual([
      {
        field: 'optionD',
        code: 'QUESTION_OPTIONS_INVALID',
        message: '选项D is the same as 选项C: every option must differ',
        messageZh: '选项D与选项C相同，各选项不得重复',
      },
    ]);
  });

  it('options: a 判断 question takes none (its answers are 正确/错误)', () => {
    expect(issues(row({ type: '判断', answer: '正确' }))).toEqual([
      {
        field: 'optionA',
        code: 'QUESTION_OPTIONS_INVALID',
        message:
          'A true/false question has no options (its answers are 正确/错误): leave 选项A empty',
        messageZh: '判断题不填选项（答案为正确或错误），请清空选项A',
      },
    ]);
  });

  it('options: a 填空 question takes none', () => {
    expect(codes(row({ type: '填空', ...noOptions, optionC: '三', answer: '三' }))).toEqual([
      ['optionC', 'QUESTION_OPTIONS_INVALID'],
    ]);
  });

  it.each([
    ['', 'The answer is missing', '答案未填写'],
    [
      'AB',
      '"AB" is not one option letter: a single choice question\'s answer is one letter (e.g. B)',
      '“AB”不是一个选项字母，单选题的答案为一个字母（如B）',
    ],
    [
      '2',
      '"2" is not one option letter: a single choice question\'s answer is one letter (e.g. B)',
      '“2”不是一个选项字母，单选题的答案为一个字母（如B）',
    ],
    ['E', 'The answer E is not one of the options given (ABCD)', '答案E不在所填选项（ABCD）之中'],
  ])('single choice answer "%s" is refused', (answer, message, messageZh) => {
    expect(issues(row({ answer }))).toEqual([
      { field: 'answer', code: 'QUESTION_ANSWER_INVALID', message, messageZh },
    ]);
  });

  it.each([
    ['A', 'A multiple choice question has at least 2 right options (e.g. AC)'],
    ['Ａ', 'A multiple choice question has at least 2 right options (e.g. AC)'],
    ['A,A', 'The answer names A twice: name each right option once'],
    ['AEF', 'The answer names E, F, not among the options given (ABCD)'],
    ['A和C', '"A和C" is not a list of option letters: write e.g. AC, A,C or A、C'],
    ['1,3', '"1,3" is not a list of option letters: write e.g. AC, A,C or A、C'],
  ])('multiple choice answer "%s" is refused', (answer, message) => {
    const [found] = issues(row({ type: '多选', answer }));
    expect(found).toMatchObject({ field: 'answer', code: 'QUESTION_ANSWER_INVALID', message });
    expect(issues(row({ type: '多选', answer }))).toHaveLength(1);
  });

  it.each(['是', 'Y', 'yes', '0', '对的', 'A'])('判断 answer "%s" is refused', (answer) => {
    expect(issues(row({ type: '判断', ...noOptions, answer }))).toEqual([
      {
        field: 'answer',
        code: 'QUESTION_ANSWER_INVALID',
        message: `"${answer}" is not a true/false answer: write 正确 or 错误 (also 对/错, √/×, T/F, true/false)`,
        messageZh: `“${answer}”不是判断题答案，请填写正确或错误（也可填对/错、√/×、T/F）`,
      },
    ]);
  });

  it.each(['预防为主|', '预防为主｜ ｜综合治理', '|预防为主', ' ｜ '])(
    '填空 answer "%s" with an empty accepted answer is refused',
    (answer) => {
      expect(issues(row({ type: '填空', ...noOptions, answer }))).toEqual([
        {
          field: 'answer',
          code: 'QUESTION_ANSWER_INVALID',
          message:
            'An accepted answer is empty: separate the accepted answers with | and leave none empty',
          messageZh: '有一个可接受答案为空，多个可接受答案以“|”分隔，且均不得为空',
        },
      ]);
    },
  );

  it('area is required', () => {
    expect(issues(row({ area: '' }))).toEqual([
      {
        field: 'area',
        code: 'QUESTION_AREA_REQUIRED',
        message: 'The knowledge area is missing',
        messageZh: '知识领域未填写',
      },
    ]);
  });

  it.each(['', '0', '6', '2.5', '三', '-1', '10'])('difficulty "%s" is refused', (difficulty) => {
    expect(codes(row({ difficulty }))).toEqual([['difficulty', 'QUESTION_DIFFICULTY_INVALID']]);
  });

  it.each(['1', '5', '５', ' 3 '])('difficulty "%s" is accepted', (difficulty) => {
    expect(parsed(row({ difficulty })).difficulty).toBe(Number(difficulty.normalize('NFKC')));
  });

  it('reports every problem of a row, in column order', () => {
    expect(
      codes({
        code: 'Q9',
        type: '多选',
        stem: '',
        optionB: '乙',
        optionC: '丙',
        answer: 'B',
        area: '',
        difficulty: '9',
      }),
    ).toEqual([
      ['stem', 'QUESTION_STEM_REQUIRED'],
      ['optionA', 'QUESTION_OPTIONS_INVALID'],
      ['answer', 'QUESTION_ANSWER_INVALID'],
      ['area', 'QUESTION_AREA_REQUIRED'],
      ['difficulty', 'QUESTION_DIFFICULTY_INVALID'],
    ]);
  });
});

describe('checkQuestionRows', () => {
  it('refuses a code used twice in one file on its later rows, with the first row named', () => {
    const result = checkQuestionRows([
      { rowNumber: 2, cells: row({ code: 'Q001' }) },
      { rowNumber: 3, cells: row({ code: 'Q002' }) },
      { rowNumber: 4, cells: row({ code: 'Ｑ001 ' }) },
      { rowNumber: 5, cells: row({ code: 'Q002', difficulty: '' }) },
    ]);
    expect(result.accepted.map((item) => [item.row, item.question.code])).toEqual([
      [2, 'Q001'],
      [3, 'Q002'],
    ]);
    expect(result.rejected).toEqual([
      {
        row: 4,
        field: 'code',
        code: 'QUESTION_CODE_DUPLICATE',
        message: 'The question code Q001 is also on row 2; each code is used once in a file',
        messageZh: '题目编号Q001与第2行重复，同一文件中每个编号只能使用一次',
      },
      expect.objectContaining({ row: 5, field: 'code', code: 'QUESTION_CODE_DUPLICATE' }),
      expect.objectContaining({ row: 5, field: 'difficulty', code: 'QUESTION_DIFFICULTY_INVALID' }),
    ]);
  });

  it('a refused first row still owns its code', () => {
    const result = checkQuestionRows([
      { rowNumber: 2, cells: row({ code: 'Q1', stem: '' }) },
      { rowNumber: 3, cells: row({ code: 'Q1' }) },
    ]);
    expect(result.accepted).toEqual([]);
    expect(result.rejected.map((found) => [found.row, found.code])).toEqual([
      [2, 'QUESTION_STEM_REQUIRED'],
      [3, 'QUESTION_CODE_DUPLICATE'],
    ]);
  });

  it('rows without a code are not duplicates of each other', () => {
    const result = checkQuestionRows([
      { rowNumber: 2, cells: row({ code: '' }) },
      { rowNumber: 3, cells: row({ code: '' }) },
    ]);
    expect(result.rejected.map((found) => [found.row, found.code])).toEqual([
      [2, 'QUESTION_CODE_REQUIRED'],
      [3, 'QUESTION_CODE_REQUIRED'],
    ]);
  });
});

describe('questionRowCells', () => {
  it('writes the template cells that parse back to the question', () => {
    for (const cells of [
      row(),
      row({ type: '多选', answer: 'C、A' }),
      row({ type: '判断', ...noOptions, answer: '×' }),
      row({ type: '填空', ...noOptions, answer: 'a ｜ b' }),
    ]) {
      const question = parsed(cells);
      expect(parsed(questionRowCells(question))).toEqual(question);
    }
    expect(
      questionRowCells(parsed(row({ type: '判断', ...noOptions, answer: 'T' }))),
    ).toMatchObject({ type: '判断', answer: '正确', optionA: '' });
  });
});

describe('cleanQuestionText', () => {
  it('drops invisible characters and folds spaces inside lines', () => {
    expect(cleanQuestionText('\uFEFF 甲\u00A0\u00A0乙\t丙 \u3000')).toBe('甲 乙 丙');
  });
});
