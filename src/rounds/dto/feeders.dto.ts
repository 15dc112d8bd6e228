import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsInt, IsObject, Max, Min } from 'class-validator';
import { MAX_INTEGER } from '../../common/http/id.pipe';

// The rule's shape documents the API (the swagger plugin reads it); its content is checked field by
// field by validateAdvancementRule (rules/advancement-rule.ts), which reports every problem.

export class UnitQuotaDto {
  unitId: number;
  /** Places (名额) of the unit and the units below it. */
  places: number;
}

export class AdvancementRuleDto {
  mode: 'TOP_N_PER_FEEDER' | 'QUOTA_PER_UNIT' | 'TOP_N_OVERALL' | 'TOP_PERCENT';
  /** TOP_N_PER_FEEDER: places per feeder; TOP_N_OVERALL: places in all. */
  n?: number;
  /**
   * TOP_PERCENT: share of the official ranked field of all feeders (> 0, ≤ 100, 2 decimals); a
   * number or its decimal text ("12.5"), answered as it was sent.
   */
  @ApiPropertyOptional({ oneOf: [{ type: 'number' }, { type: 'string', example: '12.5' }] })
  percent?: number | string;
  /** QUOTA_PER_UNIT: each named unit's places. */
  quotas?: UnitQuotaDto[];
  /** QUOTA_PER_UNIT: unused places refilled from the best remaining (default) or left empty. */
  pool?: 'REFILL' | 'NONE';
  /** A published total below this never advances (default none); a number or its decimal text. */
  @ApiPropertyOptional({ oneOf: [{ type: 'number' }, { type: 'string', example: '60' }] })
  minTotal?: number | string;
  /** Only entrants who passed every part advance (default false). */
  allPartsPassed?: boolean;
  /** A full tie across the last place: all advance (default) or none. */
  tiesAtCut?: 'INCLUDE_ALL' | 'EXCLUDE_ALL';
  /** ISO 8601 instant with a zone by which advancers confirm. */
  confirmBy?: string;
}

export class SetFeedersDto {
  /** Earlier-round contests of the same competition and trade. */
  @IsArray()
  @ArrayMaxSize(1000)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(MAX_INTEGER, { each: true })
  feederContestIds: number[];

  @IsObject()
  rule: AdvancementRuleDto;
}
