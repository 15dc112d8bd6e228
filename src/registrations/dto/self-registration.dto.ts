import { IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { MAX_INTEGER } from '../../common/http/id.pipe';

// The fields are checked by the roster's rules (rules/roster-row.ts), which answer with precise
// codes and Chinese words (ID_NUMBER_CHECK_DIGIT, PHONE_INVALID, …); here only their types.

/** A worker entering themselves from their phone (自主报名). */
export class SelfRegistrationDto {
  @IsString()
  @MaxLength(100)
  name: string;

  /** 18 characters (GB 11643-1999); a lowercase x is accepted and stored as X. */
  @IsString()
  @MaxLength(40)
  idNumber: string;

  /** A mobile number or a fixed line with its area code; required here (the coordinator calls back). */
  @IsString()
  @MaxLength(40)
  phone: string;

  /** The worker's unit (基层工会), chosen from the tree. */
  @IsInt()
  @Min(1)
  @Max(MAX_INTEGER)
  unitId: number;
}

/** What the worker is told: the entry waits for their unit coordinator, whatever was on file. */
export class SelfRegistrationResponse {
  status: 'PENDING';
}

export class SelfRegistrationTradeView {
  name: string;
  nameEn: string | null;
}

export class SelfRegistrationUnitView {
  id: number;
  name: string;
}

/** A contest taking self-registrations now (its status is REGISTRATION and it allows them). */
export class SelfRegistrationContestView {
  id: number;
  trade: SelfRegistrationTradeView;
  /** 1 for a first round (初赛); the last round is the final. */
  round: number;
  /** The unit that runs it (承办单位), for a preliminary; null for the federation's own. */
  hostUnit: SelfRegistrationUnitView | null;
}

/** One unit of the tree the worker chooses from; `parentId` null for a root. */
export class SelfRegistrationUnitNode {
  id: number;
  name: string;
  parentId: number | null;
}

/** What the self-registration page needs: the open contests and the unit tree (names only). */
export class SelfRegistrationOptionsResponse {
  competition: { id: number; name: string };
  contests: SelfRegistrationContestView[];
  units: SelfRegistrationUnitNode[];
}
