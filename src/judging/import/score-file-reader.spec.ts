import * as ExcelJS from 'exceljs';
import {
  ScoreFileError,
  detectScoreFileFormat,
  readScoreFile,
  readScoreFileHeader,
  type ScoreFileFormat,
  type ScoreFileReadOptions,
  type ScoreFileRow,
} from './score-file-reader';

async function xlsx(rows: ExcelJS.CellValue[][], title?: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('理论成绩');
  if (title !== undefined) {
    sheet.mergeCells(1, 1, 1, rows[0].length);
    sheet.getCell(1, 1).value = title;
  }
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function collect(
  input: Buffer,
  format: ScoreFileFormat,
  options?: ScoreFileReadOptions,
): Promise<ScoreFileRow[]> {
  const rows: ScoreFileRow[] = [];
  for await (const row of readScoreFile(input, format, options)) rows.push(row);
  return rows;
}

async function failure(run: () => Promise<unknown>): Promise<ScoreFileError> {
  const caught: unknown = await run().then(
    () => undefined,
    (error: unknown) => error,
  );
  if (caught instanceof ScoreFileError) return caught;
  throw new Error(`expected a ScoreFileError, got ${String(caught)}`);
}

const text = (value: string) => ({ text: value, storedAsNumber: false });
const number = (value: string) => ({ text: value, storedAsNumber: true });

describe('readScoreFile on xlsx', () => {
  it('finds the header below a merged title row and flags number-typed scores', async () => {
    const input = await xlsx(
      [
        ['序号', '加密号', '姓名', '成绩（满分100）', '备注'],
        [1, 'A017', '王建国', 87.5],
        [2, 'A018', '李秀英', '92', '补考'],
        [3, 'A019', '张伟', { formula: 'ROUND(59.96,1)', result: 60 }],
        [],
        [4, ' A020 ', '赵敏', ''],
      ],
      '2017年阜新市职工职业技能大赛 理论考试成绩',
    );
    await expect(readScoreFileHeader(input, 'xlsx')).resolves.toEqual({
      rowNumber: 2,
      columns: { code: '加密号', name: '姓名', points: '成绩（满分100）' },
      ignored: ['序号', '备注'],
    });
    expect(await collect(input, 'xlsx')).toEqual([
      { rowNumber: 3, cells: { code: text('A017'), name: text('王建国'), points: number('87.5') } },
      { rowNumber: 4, cells: { code: text('A018'), name: text('李秀英'), points: text('92') } },
      { rowNumber: 5, cells: { code: text('A019'), name: text('张伟'), points: number('60') } },
      // A missing score is the caller's to judge; the row is not blank.
      { rowNumber: 7, cells: { code: text(' A020 '), name: text('赵敏') } },
    ]);
  });

  it('reads a lower-case code column with lower-case codes as written', async () => {
    const input = await xlsx([
      ['code', 'score'],
      ['a017', 90],
      ['b002', '78.25'],
    ]);
    expect(await collect(input, 'xlsx')).toEqual([
      { rowNumber: 2, cells: { code: text('a017'), points: number('90') } },
      { rowNumber: 3, cells: { code: text('b002'), points: text('78.25') } },
    ]);
  });

  it('accepts a file identified by ID number only', async () => {
    const input = await xlsx([
      ['姓名', '身份证号码', '理论成绩'],
      ['王建国', '210902198503150017', 88],
      ['赵敏', Number('110105194912310021'), 75],
    ]);
    await expect(readScoreFileHeader(input, 'xlsx')).resolves.toMatchObject({
      columns: { name: '姓名', idNumber: '身份证号码', points: '理论成绩' },
    });
    expect(await collect(input, 'xlsx')).toEqual([
      {
        rowNumber: 2,
        cells: { name: text('王建国'), idNumber: text('210902198503150017'), points: number('88') },
      },
      {
        // An ID typed as a number has lost digits; storedAsNumber lets the caller say so.
        rowNumber: 3,
        cells: { name: text('赵敏'), idNumber: number('110105194912310000'), points: number('75') },
      },
    ]);
  });

  it('reads both identifiers when both columns are present', async () => {
    const input = await xlsx([
      ['抽签号', '公民身份号码', '得分'],
      ['07', '210902198503150017', 66.5],
    ]);
    expect(await collect(input, 'xlsx')).toEqual([
      {
        rowNumber: 2,
        cells: {
          code: text('07'),
          idNumber: text('210902198503150017'),
          points: number('66.5'),
        },
      },
    ]);
  });
});

describe('readScoreFile on CSV', () => {
  it('reads a UTF-8 CSV with a BOM and a title row', async () => {
    const csv = Buffer.from(
      '\ufeff理论考试成绩,,\r\n考号,姓名,分数\r\nA017,王建国,87.5\r\n,,\r\nA018,李秀英,="92"\r\n',
    );
    expect(await collect(csv, 'csv')).toEqual([
      { rowNumber: 3, cells: { code: text('A017'), name: text('王建国'), points: text('87.5') } },
      { rowNumber: 5, cells: { code: text('A018'), name: text('李秀英'), points: text('92') } },
    ]);
  });

  it('reads Excel’s “Unicode 文本” (UTF-16LE, tabs) identified by ID number', async () => {
    const txt = Buffer.from('\ufeff身份证号\t成绩\n210902198503150017\t100\n', 'utf16le');
    expect(await collect(txt, 'csv')).toEqual([
      { rowNumber: 2, cells: { idNumber: text('210902198503150017'), points: text('100') } },
    ]);
  });
});

describe('score file errors', () => {
  it('reports SCORE_FILE_NO_HEADER when there is neither a code nor an ID column', async () => {
    const input = await xlsx([
      ['序号', '姓名', '成绩'],
      [1, '王建国', 87.5],
    ]);
    const error = await failure(() => collect(input, 'xlsx'));
    expect(error).toMatchObject({
      name: 'ScoreFileError',
      code: 'SCORE_FILE_NO_HEADER',
      kind: 'NO_HEADER',
      message:
        'No header row with a score column and a blind code or ID number column in the first 20 rows',
    });
    expect(error.messageZh).toMatch(/^在前20行中没有找到表头。表头行须包含成绩列（成绩、/);
    expect(error.messageZh).toContain('加密号列（加密号、密号、考号、抽签号');
    expect(error.messageZh).toContain('身份证号列（身份证号、');
  });

  it('reports SCORE_FILE_NO_HEADER when there is no score column', async () => {
    const csv = Buffer.from('加密号,姓名\nA017,王建国\n');
    expect((await failure(() => readScoreFileHeader(csv, 'csv'))).code).toBe(
      'SCORE_FILE_NO_HEADER',
    );
  });

  it('reports SCORE_FILE_DUPLICATE_COLUMN for two score columns', async () => {
    const csv = Buffer.from('加密号,成绩,分数\nA017,1,2\n');
    const error = await failure(() => readScoreFileHeader(csv, 'csv'));
    expect(error).toMatchObject({
      code: 'SCORE_FILE_DUPLICATE_COLUMN',
      messageZh: '第1行表头中“成绩”和“分数”都表示成绩，请删除或改名其中一列。',
    });
  });

  it('stops with SCORE_FILE_TOO_MANY_ROWS', async () => {
    const csv = Buffer.from('加密号,成绩\nA1,1\nA2,2\n');
    const error = await failure(() => collect(csv, 'csv', { maxRows: 1 }));
    expect(error).toMatchObject({
      code: 'SCORE_FILE_TOO_MANY_ROWS',
      messageZh: '成绩表超过1行（第3行起超出），请拆分为多个文件分批上传。',
    });
  });

  it.each([
    ['an empty file', Buffer.alloc(0), 'SCORE_FILE_EMPTY'],
    ['an .xls', Buffer.from('d0cf11e0a1b11ae1', 'hex'), 'SCORE_FILE_XLS_UNSUPPORTED'],
    ['a truncated zip', Buffer.from('504b030400000000', 'hex'), 'SCORE_FILE_UNREADABLE'],
  ])('rejects %s', async (_label, input, code) => {
    expect((await failure(() => collect(input, 'xlsx'))).code).toBe(code);
  });

  it('detects formats with SCORE_FILE_* errors', () => {
    expect(detectScoreFileFormat('成绩.xlsx', Buffer.from('504b0304', 'hex'))).toBe('xlsx');
    expect(detectScoreFileFormat('成绩.csv', Buffer.from('加密号'))).toBe('csv');
    expect(() => detectScoreFileFormat('成绩.xls', Buffer.from('<html>'))).toThrow(
      expect.objectContaining({ code: 'SCORE_FILE_XLS_UNSUPPORTED' }) as Error,
    );
  });
});
