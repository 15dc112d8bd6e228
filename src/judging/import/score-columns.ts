/**
 * Score-sheet column vocabulary: which headers of a theory-exam score file (理论成绩) mean which
 * field. These files come from exam systems and from hand-kept spreadsheets, so contestants are
 * identified by blind code, by ID number, or both; the header rules are the roster's
 * (common/spreadsheet/header-names), only the words differ.
 */
import { headerMatcher } from '../../common/spreadsheet/header-names';
import type { TableVocabulary } from '../../common/spreadsheet/table-vocabulary';
import { ScoreFileError } from './score-file-error';

export type ScoreField = 'code' | 'idNumber' | 'name' | 'points';

export const SCORE_FIELDS: readonly ScoreField[] = ['code', 'idNumber', 'name', 'points'];

/** Accepted header texts per field, as shown to users; matching goes through normalisation. */
export const SCORE_HEADER_ALIASES: Readonly<Record<ScoreField, readonly string[]>> = {
  code: ['加密号', '密号', '考号', '抽签号', 'code', 'blind code'],
  idNumber: [
    '身份证号',
    '身份证号码',
    '公民身份号码',
    '身份证',
    '证件号码',
    'id number',
    'idnumber',
    'id no',
    'id card',
  ],
  name: ['姓名', '选手姓名', '考生姓名', '职工姓名', 'name', 'full name'],
  points: [
    '成绩',
    '分数',
    '得分',
    '理论成绩',
    '考试成绩',
    '理论考试成绩',
    'score',
    'points',
    'theory score',
  ],
};

/** How messages name each field. */
export const SCORE_FIELD_LABELS: Readonly<Record<ScoreField, string>> = {
  code: '加密号',
  idNumber: '身份证号',
  name: '姓名',
  points: '成绩',
};

const matchScore = headerMatcher(SCORE_FIELDS, SCORE_HEADER_ALIASES, 'Score file');

/** The field a header cell denotes, or null when it is not read (序号, 单位, 备注, …). */
export function matchScoreHeader(text: string): ScoreField | null {
  return matchScore(text);
}

const aliasList = (field: ScoreField): string => SCORE_HEADER_ALIASES[field].join('、');

export const SCORE_FILE_VOCABULARY: TableVocabulary<ScoreField, 'SCORE_FILE'> = {
  fields: SCORE_FIELDS,
  codePrefix: 'SCORE_FILE',
  document: { en: 'score sheet', zh: '成绩表' },
  labels: SCORE_FIELD_LABELS,
  match: matchScoreHeader,
  // A score is useless without someone to credit it to; the name alone is not unique enough.
  isHeader: (columns) =>
    columns.points !== undefined && (columns.code !== undefined || columns.idNumber !== undefined),
  describe: () => ({
    en: 'a score column and a blind code or ID number column',
    zh:
      `表头行须包含成绩列（${aliasList('points')}），` +
      `以及加密号列（${aliasList('code')}）或身份证号列（${aliasList('idNumber')}）。`,
    accepted: SCORE_HEADER_ALIASES,
  }),
  createError: (code, message, messageZh, details) =>
    new ScoreFileError(code, message, messageZh, details),
};
