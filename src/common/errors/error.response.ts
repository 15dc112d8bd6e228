import { ApiProperty } from '@nestjs/swagger';
import { ERROR_CODES, type ErrorCode } from './error-codes';

/**
 * The one shape of every error the API answers (src/common/filters/error-body.ts), as the OpenAPI
 * document publishes it: `code` is one of the catalogue's codes, the enum `ErrorCode`.
 */
export class ErrorResponse {
  /** The HTTP status, repeated in the body. */
  @ApiProperty({ example: 404 })
  statusCode!: number;

  /** A stable code that pages translate and scripts key on. */
  @ApiProperty({ enum: ERROR_CODES, enumName: 'ErrorCode', example: 'CONTEST_NOT_FOUND' })
  code!: ErrorCode;

  /** What went wrong and what to do, in English (the pages show their own words for the code). */
  @ApiProperty({ example: 'Contest 7 does not exist' })
  message!: string;

  /** Facts that vary from code to code: a rule's issues, a refused batch's entries, a wait. */
  @ApiProperty({ required: false, type: Object, additionalProperties: true })
  details?: unknown;
}
