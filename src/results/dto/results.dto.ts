import { MAX_INTEGER } from '../../common/http/id.pipe';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Optional } from '../../common/http/optional.decorator';
import { Trim } from '../../common/http/trim.decorator';
import type { PartCell, ResultRow, ResultRun } from '../results.entities';
import { formatCenti } from '../../common/points';
import type { Attendance } from '../../registrations/rules/registration-status';

export class ResultsQuery {
  /** A run of this contest; default: the latest finished one. */
  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_INTEGER)
  runId?: number;
}

export class PublishDto {
  @IsInt()
  @Min(1)
  @Max(MAX_INTEGER)
  runId: number;
}

/** Documents the query; parseRankingsQuery checks it, with the same limits. */
export class RankingsQuery {
  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(2_000_000_000)
  contestId?: number;

  /** Part of a name or a unit's name. */
  @Optional()
  @IsString()
  @MaxLength(50)
  q?: string;

  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  page?: number;

  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  pageSize?: number;
}

export class LookupDto {
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  name: string;

  @Trim()
  @IsString()
  @MaxLength(40)
  idNumber: string;
}

export class ObjectionDto extends LookupDto {
  @Trim()
  @IsString()
  @MinLength(5)
  @MaxLength(1000)
  text: string;
}

export class DecideObjectionDto {
  @IsIn(['UPHELD', 'DISMISSED'])
  decision: 'UPHELD' | 'DISMISSED';

  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  response: string;
}

const points = (centi: number | null): string | null =>
  centi === null ? null : formatCenti(centi);

/** One part's score as shown: scaled to 100, with whether it passed its pass mark. */
export class PartScoreResponse {
  key: string;
  name: string;
  score: string;
  passed: boolean | null;
}

/** A row as organizers review it: the breakdown and why the title was (or was not) given. */
export class ResultRowResponse {
  registrationId: number;
  position: number;
  name: string;
  unit: string;
  unitId: number;
  code: string | null;
  parts: PartScoreResponse[];
  criteria: Record<string, string>;
  total: string | null;
  rank: number | null;
  tied: boolean;
  guest: boolean;
  attendance: Attendance;
  timeSeconds: number | null;
  title: string | null;
  titleReason: string;
  titleDetail: string;
  titleDetailZh: string;

  static of(row: ResultRow): ResultRowResponse {
    return {
      registrationId: row.registrationId,
      position: row.position,
      name: row.name,
      unit: row.unitName,
      unitId: row.unitId,
      code: row.blindCode,
      parts: row.parts.parts.map((p: PartCell) => ({
        key: p.key,
        name: p.name,
        score: formatCenti(p.scaledCenti),
        passed: p.passed,
      })),
      criteria: row.parts.criteria,
      total: points(row.totalCenti),
      rank: row.rank,
      tied: row.tied,
      guest: row.guest,
      attendance: row.attendance,
      timeSeconds: row.timeSeconds,
      title: row.title,
      titleReason: row.titleReason,
      titleDetail: row.titleDetail,
      titleDetailZh: row.titleDetailZh,
    };
  }
}

/** A finished run's counts (RunResponse.summary). */
export class RunSummaryResponse {
  contestants: number;
  ranked: number;
  guests: number;
  absent: number;
  disqualified: number;
  /** How many took each title, by the title's key. */
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' } })
  titles: Record<string, number>;
  /** How long the computation took. */
  ms: number;
}

export class RunResponse {
  @Max(MAX_INTEGER)
  runId: number;
  runNo: number;
  status: ResultRun['status'];
  fingerprint: string;
  jobId: string | null;
  requestedAt: string;
  finishedAt: string | null;
  publishedAt: string | null;
  error: { code: string | null; message: string } | null;
  summary: RunSummaryResponse | null;

  static of(run: ResultRun): RunResponse {
    return {
      runId: run.id,
      runNo: run.runNo,
      status: run.status,
      fingerprint: run.fingerprint,
      jobId: run.jobId,
      requestedAt: run.requestedAt.toISOString(),
      finishedAt: run.finishedAt?.toISOString() ?? null,
      publishedAt: run.publishedAt?.toISOString() ?? null,
      error: run.error === null ? null : { code: run.errorCode, message: run.error },
      summary: run.summary,
    };
  }
}
