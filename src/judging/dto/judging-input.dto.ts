import { MAX_INTEGER } from '../../common/http/id.pipe';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Optional } from '../../common/http/optional.decorator';
import { ATTENDANCES, type Attendance } from '../../registrations/registration.entity';
import { CONFLICT_POLICIES, type ConflictPolicy } from '../judging.entities';

export class AssignJudgeDto {
  /** A user with the JUDGE role. */
  @IsInt()
  @Min(1)
  @Max(MAX_INTEGER)
  userId: number;

  /** A chief judge (裁判长) confirms scores; scores nothing unless given parts or criteria. */
  @Optional()
  @IsBoolean()
  chief?: boolean;

  /** Score only these parts' criteria (keys). Default for a judge: every criterion. */
  @Optional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  parts?: string[];

  /** Score only these criteria (keys); with `parts`, the union. */
  @Optional()
  @IsArray()
  @ArrayMaxSize(250)
  @IsString({ each: true })
  criteria?: string[];

  /**
   * When the judge's unit (or a unit below it) has workers in the contest: EXCLUDE (default) keeps
   * the judge off exactly those workers, REFUSE refuses the assignment.
   */
  @Optional()
  @IsIn(CONFLICT_POLICIES)
  onConflict?: ConflictPolicy;
}

export class DeclareConflictDto {
  /** The worker's resident ID number (a judge knows the person, not the code). */
  @Optional()
  @IsString()
  @MaxLength(40)
  idNumber?: string;

  /** Organizers: the registration instead of the ID number. */
  @Optional()
  @IsInt()
  @Min(1)
  @Max(MAX_INTEGER)
  registrationId?: number;

  /** Organizers: the judge the conflict is about (a judge declares for themselves). */
  @Optional()
  @IsInt()
  @Min(1)
  @Max(MAX_INTEGER)
  judgeId?: number;

  @Optional()
  @IsString()
  @MaxLength(200)
  reason?: string;
}

export class ScoreEntryDto {
  /** The registration's blind code. */
  @IsString()
  @MaxLength(16)
  code: string;

  @IsString()
  @MaxLength(32)
  criterionKey: string;

  /** Points (up to 2 decimals, 0..max) or, for a judgement criterion, a whole mark 0–3. */
  @IsDefined()
  @ApiProperty({ oneOf: [{ type: 'number' }, { type: 'string', example: '85.5' }] })
  points: number | string;

  /** The version read from the score sheet (0: "I expect no score yet"); a stale one is refused. */
  @Optional()
  @IsInt()
  @Min(0)
  @Max(MAX_INTEGER)
  version?: number;

  /** Chief judges correcting another judge's score: that judge. */
  @Optional()
  @IsInt()
  @Min(1)
  @Max(MAX_INTEGER)
  judgeId?: number;
}

export class SubmitScoresDto {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  @Type(() => ScoreEntryDto)
  entries: ScoreEntryDto[];

  /** Required for corrections: a confirmed score, or another judge's. */
  @Optional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class TimeEntryDto {
  @IsString()
  @MaxLength(16)
  code: string;

  /** Time used, in whole seconds. */
  @IsInt()
  @Min(0)
  @Max(7 * 24 * 3600)
  seconds: number;
}

export class SubmitTimesDto {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5000)
  @ValidateNested({ each: true })
  @Type(() => TimeEntryDto)
  entries: TimeEntryDto[];
}

/** One group: a contestant (by blind code) on one criterion. */
export class ScoreGroupQuery {
  @IsString()
  @MaxLength(16)
  code: string;

  @IsString()
  @MaxLength(32)
  criterionKey: string;
}

export class ConfirmScoresDto {
  /** Only these criteria (default: all). */
  @Optional()
  @IsArray()
  @ArrayMaxSize(250)
  @IsString({ each: true })
  criterionKeys?: string[];
}

export class AuditQuery {
  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_INTEGER)
  afterSeq?: number;

  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(5000)
  limit?: number;
}

export class ScoreImportQuery {
  /** The criterion the file scores; default: the contest's only theory criterion. */
  @Optional()
  @IsString()
  @MaxLength(32)
  criterionKey?: string;

  /** Whose scores these are; default: the caller, or the criterion's only judge. */
  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_INTEGER)
  judgeId?: number;
}

export class AttendanceEntryDto {
  @IsString()
  @MaxLength(16)
  code: string;

  @IsIn(ATTENDANCES)
  attendance: Attendance;
}

export class SubmitAttendanceDto {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5000)
  @ValidateNested({ each: true })
  @Type(() => AttendanceEntryDto)
  entries: AttendanceEntryDto[];

  @Optional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}
