import { MAX_INTEGER } from '../../common/http/id.pipe';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Optional } from '../../common/http/optional.decorator';
import { REGISTRATION_STATUSES, type RegistrationStatus } from '../registration.entity';

// The worker's fields are checked by the same rules as a roster row (rules/roster-row.ts), which
// answer with precise codes (ID_NUMBER_CHECK_DIGIT, GENDER_MISMATCH, …); here only their types.

export class WorkerInputDto {
  @IsString()
  @MaxLength(100)
  name: string;

  /** 18 characters (GB 11643-1999); a lowercase x is accepted and stored as X. */
  @IsString()
  @MaxLength(40)
  idNumber: string;

  /** M/F (or 男/女); derived from the ID number when left out, and checked against it when given. */
  @Optional()
  @IsString()
  @MaxLength(10)
  gender?: string;

  @Optional()
  @IsString()
  @MaxLength(30)
  phone?: string;

  /** Required for organizers; a unit coordinator's own unit when left out. */
  @Optional()
  @IsInt()
  @Min(1)
  @Max(MAX_INTEGER)
  unitId?: number;
}

export class CreateRegistrationDto {
  @IsObject()
  @ValidateNested()
  @Type(() => WorkerInputDto)
  worker: WorkerInputDto;
}

const DECISIONS = ['APPROVED', 'REJECTED', 'WITHDRAWN'] as const;
export type Decision = (typeof DECISIONS)[number] & RegistrationStatus;

export class UpdateRegistrationDto {
  @Optional()
  @IsIn(DECISIONS)
  status?: Decision;

  /** Required when rejecting; shown to the unit. */
  @Optional()
  @IsString()
  @MaxLength(200)
  reason?: string;

  /** A guest: ranked for display, takes no title and no quota. */
  @Optional()
  @IsBoolean()
  outOfCompetition?: boolean;
}

/** One decision for many registrations: listed ids, or every PENDING one of the contest. */
export class BulkDecisionDto {
  @IsIn(DECISIONS)
  status: Decision;

  @Optional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100000)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(MAX_INTEGER, { each: true })
  ids?: number[];

  /** Instead of `ids`: every registration of the contest that is PENDING now. */
  @Optional()
  @IsBoolean()
  allPending?: boolean;

  @Optional()
  @IsString()
  @MaxLength(200)
  reason?: string;
}

export class ListRegistrationsQuery {
  @Optional()
  @IsIn(REGISTRATION_STATUSES)
  status?: RegistrationStatus;

  /** This unit and the units below it. */
  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_INTEGER)
  unitId?: number;

  /** Part of a name, or the last 4+ characters of an ID number. */
  @Optional()
  @IsString()
  @MaxLength(50)
  q?: string;

  /** 1-based; without it every matching row is returned. */
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

  /** `station` lists by station number (after the draw). */
  @Optional()
  @IsIn(['id', 'station'])
  sort?: 'id' | 'station';
}

export class DrawDto {
  /** Draw again (before scoring starts), replacing every station number and code. */
  @Optional()
  @IsBoolean()
  redraw?: boolean;
}
