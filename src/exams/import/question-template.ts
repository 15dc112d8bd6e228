/**
 * The question bank template (题库导入模板): the columns in order and one example row per type,
 * written from parsed questions so that importing the template as downloaded gives them back
 * (docs/exams.md "The question bank").
 */
import * as ExcelJS from 'exceljs';
import {
  QUESTION_FIELDS,
  QUESTION_TEMPLATE_HEADERS,
  questionRowCells,
  type ParsedQuestion,
} from '../rules/question-row';

export const QUESTION_TEMPLATE_EXAMPLES: readonly ParsedQuestion[] = [
  {
    code: 'EX-SINGLE-001',
    type: 'SINGLE',
    stem: '安全电压的上限值是多少伏？',
    options: [
      { key: 'A', text: '12' },
      { key: 'B', text: '36' },
      { key: 'C', text: '42' },
      { key: 'D', text: '50' },
    ],
    answer: 'C',
    area: '安全用电',
    difficulty: 2,
    explanation: '我国规定的安全电压额定值中，上限值为42伏。',
  },
  {
    code: 'EX-MULTIPLE-001',
    type: 'MULTIPLE',
    stem: '下列属于个人防护用品的有哪些？',
    options: [
      { key: 'A', text: '安全帽' },
      { key: 'B', text: '绝缘手套' },
      { key: 'C', text: '万用表' },
      { key: 'D', text: '护目镜' },
    ],
    answer: ['A', 'B', 'D'],
    area: '安全防护',
    difficulty: 1,
    explanation: null,
  },
  {
    code: 'EX-TF-001',
    type: 'TRUE_FALSE',
    stem: '带电作业时可以单人操作。',
    options: [],
    answer: false,
    area: '安全用电',
    difficulty: 1,
    explanation: '带电作业须有专人监护。',
  },
  {
    code: 'EX-BLANK-001',
    type: 'BLANK',
    stem: '三相交流电各相之间的相位差为____度。',
    options: [],
    answer: ['120', '一百二十'],
    area: '电工基础',
    difficulty: 3,
    explanation: null,
  },
];

/** The template workbook: a header row and the example rows, every cell as text. */
export async function buildQuestionTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('题库');
  sheet.columns = QUESTION_TEMPLATE_HEADERS.map((header) => ({
    header,
    width: header === '题干' ? 40 : 14,
    style: { numFmt: '@' },
  }));
  sheet.getRow(1).font = { bold: true };
  for (const question of QUESTION_TEMPLATE_EXAMPLES) {
    const cells = questionRowCells(question);
    sheet.addRow(QUESTION_FIELDS.map((field) => cells[field]));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
