import { DomainError } from '../common/errors/domain-error';
import type { ErrorCode } from '../common/errors/error-codes';
import { notAJudge, notChief, Refusal, REFUSAL_KIND } from './rules/score-entry';

/** One refused entry of a batch: its index in the request, what it named, and why. */
export interface EntryIssue {
  index: number;
  code: ErrorCode;
  message: string;
  /** The blind code and criterion the entry named (never a name). */
  entry?: { code?: string; criterionKey?: string };
  /**
   * STALE_SCORE only: the score as it stands now, so the caller can show both values without
   * reading the sheet again (points as the score sheet writes them; null and 0: no score yet).
   */
  current?: { points: string | null; version: number };
}

/** A refusal of the judging rules (rules/score-entry, rules/confirmation) as an error. */
const refused = (refusal: Refusal): DomainError =>
  new DomainError(refusal.kind, refusal.code, refusal.message, refusal.details);

export const JudgingErrors = {
  notAJudge: () => refused(notAJudge()),
  notChief: () => refused(notChief()),
  notOrganizerOrChief: () =>
    new DomainError(
      'FORBIDDEN',
      'NOT_ORGANIZER_OR_CHIEF',
      'Only organizers and the chief judges of this contest may see this',
    ),
  refused,
  judgingLocked: (status: string) =>
    new DomainError(
      'CONFLICT',
      'JUDGING_LOCKED',
      `The contest is ${status}; its judges can no longer change`,
    ),
  judgeUserInvalid: (userId: number, why: string) =>
    new DomainError('INVALID', 'JUDGE_USER_INVALID', `User ${userId} ${why}`, { userId }),
  judgeUnitOutOfScope: (userId: number) =>
    new DomainError(
      'FORBIDDEN',
      'JUDGE_UNIT_OUT_OF_SCOPE',
      `User ${userId} is not a judge of the host unit or a unit below it`,
      { userId },
    ),
  alreadyAssigned: (userId: number) =>
    new DomainError(
      'CONFLICT',
      'JUDGE_ALREADY_ASSIGNED',
      `User ${userId} is already a judge of this contest`,
    ),
  notAssigned: (userId: number) =>
    new DomainError(
      'NOT_FOUND',
      'JUDGE_NOT_FOUND',
      `User ${userId} is not a judge of this contest`,
    ),
  judgeHasScores: (userId: number, count: number) =>
    new DomainError(
      'CONFLICT',
      'JUDGE_HAS_SCORES',
      `Judge ${userId} has entered ${count} score(s); a judge with scores stays on the record`,
    ),
  unknownKeys: (what: 'part' | 'criterion', keys: string[]) =>
    new DomainError(
      'INVALID',
      what === 'part' ? 'UNKNOWN_PART' : 'UNKNOWN_CRITERION',
      `No ${what} of this contest has the key(s): ${keys.join(', ')}`,
      { keys },
    ),
  conflictOfInterest: (count: number, codes: string[]) =>
    new DomainError(
      'CONFLICT',
      'JUDGE_CONFLICT_OF_INTEREST',
      `The judge's unit (or a unit below it) has ${count} worker(s) in this contest; ` +
        'assign with onConflict EXCLUDE to keep the judge off exactly those workers',
      { count, codes },
    ),
  batch: (issues: EntryIssue[]) =>
    new DomainError(
      REFUSAL_KIND[issues[0].code] ?? 'INVALID',
      issues[0].code,
      `${issues.length} entr${issues.length === 1 ? 'y was' : 'ies were'} refused and nothing was saved; ` +
        `first: entries[${issues[0].index}]: ${issues[0].message}`,
      { issues },
    ),
  stale: (issues: EntryIssue[]) =>
    new DomainError(
      'CONFLICT',
      'STALE_SCORE',
      'Someone changed these scores since you read them; reload and enter them again',
      { issues },
    ),
  unknownCode: (code: string) =>
    new DomainError(
      'NOT_FOUND',
      'SCORE_UNKNOWN_CODE',
      `No contestant of this contest has the code "${code}"`,
      { code },
    ),
  conflictTargetRequired: () =>
    new DomainError(
      'INVALID',
      'CONFLICT_TARGET_REQUIRED',
      'Name the worker by idNumber (or, for organizers, registrationId) and the judge by judgeId',
    ),
};

/** A score file upload that is not one (the file's own problems come from the reader). */
export const ScoreFileUploadErrors = {
  fileRequired: () =>
    new DomainError(
      'INVALID',
      'SCORE_FILE_REQUIRED',
      'Send the score file as multipart/form-data in a field named "file"',
    ),
  notMultipart: () =>
    new DomainError(
      'UNSUPPORTED_MEDIA',
      'SCORE_FILE_NOT_MULTIPART',
      'Send the score file as multipart/form-data in a field named "file"',
    ),
  tooLarge: (limitBytes: number) =>
    new DomainError(
      'TOO_LARGE',
      'SCORE_FILE_TOO_LARGE',
      `The file is larger than ${Math.floor(limitBytes / 1024 / 1024)} MB`,
      { limitBytes },
    ),
};
