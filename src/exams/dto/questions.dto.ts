import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { MAX_INTEGER } from '../../common/http/id.pipe';
import { Optional } from '../../common/http/optional.decorator';
import { QUESTION_STATUSES, type Question, type QuestionStatus } from '../question.entity';
import type { QuestionType } from '../rules/exam.types';
import { QUESTION_TYPES, type RejectedQuestionRow } from '../rules/question-row';
import type { QuestionImportResult } from '../questions.service';

/** A refused question row: its row number, the field, a stable code and the reason. */
export class RejectedQuestionRowResponse implements RejectedQuestionRow {
  /** Its row number in the spreadsheet (or line of the .csv). */
  row: number;
  /** code, type, stem, optionA…optionH, answer, area or difficulty. */
  @ApiProperty({ type: String })
  field: RejectedQuestionRow['field'];
  /** QUESTION_CODE_REQUIRED, QUESTION_ANSWER_INVALID, … (docs/exams.md). */
  @ApiProperty({ type: String })
  code: RejectedQuestionRow['code'];
  message: string;
  messageZh: string;
}

/** What an import did: `updated` counts in-place updates and new versions. */
export class QuestionImportResponse implements QuestionImportResult {
  created: number;
  updated: number;
  unchanged: number;
  /** Every problem of every refused row, in file order; those rows changed nothing. */
  rejected: RejectedQuestionRowResponse[];
}

export class QuestionOptionResponse {
  /** A to H. */
  key: string;
  text: string;
}

/** The current version of a bank question. */
export class QuestionResponse {
  id: number;
  tradeId: number;
  code: string;
  /** 1 at first; a change to a question some sat paper holds makes the next one. */
  version: number;
  @ApiProperty({ enum: QUESTION_TYPES })
  type: QuestionType;
  stem: string;
  /** In key order; empty for true/false and fill-in-the-blank questions. */
  options: QuestionOptionResponse[];
  @ApiProperty({
    description:
      'SINGLE: the key ("B"); MULTIPLE: the keys in order (["A","C"]); TRUE_FALSE: true or false; BLANK: the accepted answers.',
    oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }, { type: 'boolean' }],
  })
  answer: unknown;
  area: string;
  /** 1 (easiest) to 5. */
  difficulty: number;
  explanation: string | null;
  @ApiProperty({ enum: QUESTION_STATUSES })
  status: QuestionStatus;
  /** Some sat paper holds this version. */
  usedInPaper: boolean;
  createdAt: string;
  updatedAt: string;

  static of(q: Question): QuestionResponse {
    return {
      id: q.id,
      tradeId: q.tradeId,
      code: q.code,
      version: q.version,
      type: q.type,
      stem: q.stem,
      options: JSON.parse(q.options) as QuestionOptionResponse[],
      answer: JSON.parse(q.answer) as unknown,
      area: q.area,
      difficulty: q.difficulty,
      explanation: q.explanation,
      status: q.status,
      usedInPaper: q.usedInPaper,
      createdAt: q.createdAt.toISOString(),
      updatedAt: q.updatedAt.toISOString(),
    };
  }
}

export class ListQuestionsQuery {
  @Optional()
  @IsString()
  @MaxLength(200)
  area?: string;

  @Optional()
  @IsIn(QUESTION_TYPES)
  type?: QuestionType;

  /** Part of a code or a stem. */
  @Optional()
  @IsString()
  @MaxLength(50)
  q?: string;

  /** ACTIVE (the default), RETIRED or ALL. */
  @Optional()
  @IsIn([...QUESTION_STATUSES, 'ALL'])
  status?: QuestionStatus | 'ALL';

  /** 1-based; without it every matching question is returned. */
  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_INTEGER)
  page?: number;

  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  pageSize?: number;
}

export class SetQuestionStatusDto {
  /** RETIRED takes every version of the code out of new papers; ACTIVE brings it back. */
  @IsIn(QUESTION_STATUSES)
  status: QuestionStatus;
}
