import ExcelJS from 'exceljs';
import type { Response } from 'supertest';
import { QUESTION_TEMPLATE_HEADERS } from '../../src/exams/rules/question-row';
import { SetupApi } from '../factories/setup-api';
import { binary } from '../support/binary';
import { startApp, type E2eApp } from '../support/e2e-app';
import { databases } from '../support/e2e-databases';

type ImportResult = {
  created: number;
  updated: number;
  unchanged: number;
  rejected: Array<{ row: number; field: string; code: string; message: string }>;
};

type QuestionView = {
  id: number;
  code: string;
  version: number;
  type: string;
  stem: string;
  options: Array<{ key: string; text: string }>;
  answer: unknown;
  area: string;
  status: string;
};

/** A workbook with the template's headers and these rows (cells in the template's column order). */
async function workbook(rows: string[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('题库');
  sheet.addRow([...QUESTION_TEMPLATE_HEADERS]);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A row by field: code, type, stem, options A–D, answer, area, difficulty, explanation. */
function row(
  code: string,
  type: string,
  stem: string,
  options: string[],
  answer: string,
  area: string,
  difficulty: string,
  explanation = '',
): string[] {
  const eight = [...options, ...Array<string>(8 - options.length).fill('')];
  return [code, type, stem, ...eight, answer, area, difficulty, explanation];
}

const FOUR_TYPES = [
  row(
    'Q-001',
    '单选',
    '安全电压的上限值是多少伏？',
    ['12', '36', '42', '50'],
    'C',
    '安全用电',
    '2',
  ),
  row(
    'Q-002',
    '多选',
    '下列属于个人防护用品的有？',
    ['安全帽', '绝缘手套', '万用表'],
    'AB',
    '安全防护',
    '3',
  ),
  row('Q-003', '判断', '带电作业时可以单人操作。', [], '错误', '安全用电', '1', '须有专人监护'),
  row('Q-004', '填空', '三相交流电各相相位差为____度。', [], '120|一百二十', '电工基础', '2'),
];

describe.each(databases)('The question bank on %s', (_name, database) => {
  let dropDatabase: () => Promise<void> = () => Promise.resolve();
  let e2e: E2eApp;
  let organizer: string;
  let coordinator: string;
  let judge: string;
  let tradeId: number;
  let templateTradeId: number;

  const upload = (auth: string, trade: number, content: Buffer, filename = '题库.xlsx') =>
    e2e.http
      .post(`/api/trades/${trade}/questions/import`)
      .set('authorization', auth)
      .attach('file', content, filename);

  const list = async (query: Record<string, string | number> = {}) => {
    const res = await e2e.http
      .get(`/api/trades/${tradeId}/questions`)
      .query(query)
      .set('authorization', organizer);
    expect(res.status).toBe(200);
    return res.body as QuestionView[];
  };

  const codes = (rows: QuestionView[]) => rows.map((q) => q.code);

  beforeAll(async () => {
    const db = await database();
    dropDatabase = db.drop;
    e2e = await startApp(db.overrides);
    organizer = await e2e.login();
    const setup = new SetupApi(e2e.http, organizer);
    const unit = await setup.unit('QB', '题库测试单位');
    await setup.user('qbcoord', 'UNIT_COORDINATOR', unit.id);
    await setup.user('qbjudge', 'JUDGE');
    coordinator = await e2e.login('qbcoord', 'qbcoord-password');
    judge = await e2e.login('qbjudge', 'qbjudge-password');
    tradeId = await setup.tradeId('ECOM');
    const other = await e2e.http
      .post('/api/trades')
      .set('authorization', organizer)
      .send({ code: 'QBTPL', name: '题库模板工种' });
    expect(other.status).toBe(201);
    templateTradeId = (other.body as { id: number }).id;
  });

  afterAll(async () => {
    await e2e?.close();
    await dropDatabase();
  });

  it('downloads a template whose example rows import cleanly, and again unchanged', async () => {
    const res = await e2e.http
      .get(`/api/trades/${templateTradeId}/questions/import-template`)
      .set('authorization', organizer)
      .buffer(true)
      .parse(binary);
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body as ExcelJS.Buffer);
    const header = (book.worksheets[0].getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([...QUESTION_TEMPLATE_HEADERS]);

    const first = await upload(organizer, templateTradeId, res.body as Buffer);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ created: 4, updated: 0, unchanged: 0, rejected: [] });
    const again = await upload(organizer, templateTradeId, res.body as Buffer);
    expect(again.body).toEqual({ created: 0, updated: 0, unchanged: 4, rejected: [] });
  });

  it('imports every type, reports each bad row with its field and code, saves the good ones', async () => {
    const file = await workbook([
      ...FOUR_TYPES,
      row('', '单选', '没有编号的题', ['甲', '乙'], 'A', '安全用电', '1'),
      row('Q-006', '单选', '答案不在选项中', ['甲', '乙', '丙', '丁'], 'E', '安全用电', '1'),
      row('Q-007', '判断', '难度超出范围', [], '正确', '安全用电', '9'),
      row('Q-001', '判断', '重复的编号', [], '正确', '安全用电', '1'),
    ]);
    const res = await upload(organizer, tradeId, file);
    expect(res.status).toBe(200);
    const result = res.body as ImportResult;
    expect(result).toMatchObject({ created: 4, updated: 0, unchanged: 0 });
    expect(result.rejected.map((r) => [r.row, r.field, r.code])).toEqual([
      [6, 'code', 'QUESTION_CODE_REQUIRED'],
      [7, 'answer', 'QUESTION_ANSWER_INVALID'],
      [8, 'difficulty', 'QUESTION_DIFFICULTY_INVALID'],
      [9, 'code', 'QUESTION_CODE_DUPLICATE'],
    ]);
    expect(result.rejected.every((r) => r.message.length > 0)).toBe(true);

    const saved = await list();
    expect(codes(saved)).toEqual(['Q-001', 'Q-002', 'Q-003', 'Q-004']);
    const byCode = new Map(saved.map((q) => [q.code, q]));
    expect(byCode.get('Q-001')).toMatchObject({ type: 'SINGLE', answer: 'C', version: 1 });
    expect(byCode.get('Q-002')).toMatchObject({ type: 'MULTIPLE', answer: ['A', 'B'] });
    expect(byCode.get('Q-003')).toMatchObject({ type: 'TRUE_FALSE', answer: false, options: [] });
    expect(byCode.get('Q-004')).toMatchObject({ type: 'BLANK', answer: ['120', '一百二十'] });
  });

  it('finds nothing to do when the same file comes again', async () => {
    const res = await upload(organizer, tradeId, await workbook(FOUR_TYPES));
    expect(res.body).toEqual({ created: 0, updated: 0, unchanged: 4, rejected: [] });
  });

  it('updates a changed question in place while no paper holds it', async () => {
    const changed = row(
      'Q-001',
      '单选',
      '安全电压的上限是多少伏？',
      ['12', '36', '42', '50'],
      'C',
      '安全用电',
      '2',
    );
    const res = await upload(organizer, tradeId, await workbook([changed]));
    expect(res.body).toEqual({ created: 0, updated: 1, unchanged: 0, rejected: [] });
    const q1 = (await list()).find((q) => q.code === 'Q-001');
    expect(q1).toMatchObject({ version: 1, stem: '安全电压的上限是多少伏？' });
  });

  it('filters the list by area, type and text, and pages it', async () => {
    expect(codes(await list({ area: '安全用电' }))).toEqual(['Q-001', 'Q-003']);
    expect(codes(await list({ type: 'BLANK' }))).toEqual(['Q-004']);
    expect(codes(await list({ q: '防护用品' }))).toEqual(['Q-002']);
    const page = await e2e.http
      .get(`/api/trades/${tradeId}/questions`)
      .query({ page: 2, pageSize: 3 })
      .set('authorization', organizer);
    expect(page.headers['x-total-count']).toBe('4');
    expect(codes(page.body as QuestionView[])).toEqual(['Q-004']);
  });

  it('hides a retired question from the list, and brings it back', async () => {
    const q2 = (await list()).find((q) => q.code === 'Q-002')!;
    const retired = await e2e.http
      .patch(`/api/questions/${q2.id}`)
      .set('authorization', organizer)
      .send({ status: 'RETIRED' });
    expect(retired.status).toBe(200);
    expect(retired.body).toMatchObject({ code: 'Q-002', status: 'RETIRED' });
    expect(codes(await list())).toEqual(['Q-001', 'Q-003', 'Q-004']);
    expect(codes(await list({ status: 'RETIRED' }))).toEqual(['Q-002']);
    expect(codes(await list({ status: 'ALL' }))).toEqual(['Q-001', 'Q-002', 'Q-003', 'Q-004']);
    const back = await e2e.http
      .patch(`/api/questions/${q2.id}`)
      .set('authorization', organizer)
      .send({ status: 'ACTIVE' });
    expect(back.status).toBe(200);
    expect(codes(await list())).toContain('Q-002');
    const missing = await e2e.http
      .patch('/api/questions/999999')
      .set('authorization', organizer)
      .send({ status: 'RETIRED' });
    expect({ status: missing.status, code: missing.body?.code }).toEqual({
      status: 404,
      code: 'QUESTION_NOT_FOUND',
    });
  });

  it('refuses coordinators and judges', async () => {
    const file = await workbook(FOUR_TYPES);
    for (const auth of [coordinator, judge]) {
      const refused: Response[] = [
        await upload(auth, tradeId, file),
        await e2e.http.get(`/api/trades/${tradeId}/questions`).set('authorization', auth),
        await e2e.http
          .get(`/api/trades/${tradeId}/questions/import-template`)
          .set('authorization', auth),
        await e2e.http
          .patch('/api/questions/1')
          .set('authorization', auth)
          .send({ status: 'RETIRED' }),
      ];
      expect(refused.map((r) => r.status)).toEqual([403, 403, 403, 403]);
    }
  });
});
