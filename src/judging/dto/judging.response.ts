import { ApiProperty } from '@nestjs/swagger';
import type { CloseReport, ConfirmReport } from '../confirmation.service';
import type { VerifyReport } from '../audit.service';
import type { JudgeView } from '../judges.service';
import type { SavedScore } from '../scoring.service';

/** Workers a judge may not score: how many, and their codes once drawn (organizers only). */
export class JudgeConflictsResponse {
  count: number;
  codes: string[];
}

/** A judge or chief judge of a contest. */
export class JudgeResponse implements JudgeView {
  userId: number;
  username: string;
  displayName: string;
  chief: boolean;
  /** The criteria they score (keys of the scheme). */
  criteria: string[];
  /** EXCLUDE: kept off the workers of their own units; REFUSE: such an assignment was refused. */
  onConflict: 'EXCLUDE' | 'REFUSE';
  /**
   * Workers this judge may not score: their units' and the declared ones (codes once drawn).
   * Organizers only: to another judge it would tell which codes belong to which unit.
   */
  conflicts?: JudgeConflictsResponse;
}

export class ConflictDeclaredResponse {
  declared: true;
}

/** One score of a batch as saved. */
export class SavedScoreResponse implements SavedScore {
  code: string;
  criterionKey: string;
  judgeId: number;
  /** Exact, with two decimals, as text (`"27.50"`). */
  points: string;
  version: number;
  /** created, updated (a new value) or unchanged (the same value again: nothing written). */
  outcome: 'created' | 'updated' | 'unchanged';
}

export class ScoresSavedResponse {
  saved: number;
  entries: SavedScoreResponse[];
}

/** Times used or attendance entries saved. */
export class SavedCountResponse {
  saved: number;
}

/** A contestant's group on one criterion, by blind code. */
export class GroupRefResponse {
  code: string;
  criterionKey: string;
}

export class ConfirmReportResponse implements ConfirmReport {
  /** Groups (contestant × criterion) confirmed now, and the scores in them. */
  confirmed: number;
  scores: number;
  alreadyConfirmed: number;
  /** Ready groups this chief judge may not confirm because they entered one of the scores. */
  ownScores: GroupRefResponse[];
  /**
   * Ready groups left for someone else because the caller is in conflict with the contestant
   * (a count only: the codes would tell the caller which contestants are of their unit).
   */
  conflicted: number;
  missing: number;
  flagged: number;
}

export class CloseReportResponse implements CloseReport {
  contestId: number;
  @ApiProperty({ enum: ['REVIEW'] })
  status: 'REVIEW';
  groups: number;
  confirmed: number;
}

/** Where the audit chain first breaks. */
export class BrokenLinkResponse {
  seq: number;
  reason: string;
}

export class VerifyReportResponse implements VerifyReport {
  ok: boolean;
  entries: number;
  firstBroken?: BrokenLinkResponse;
}
