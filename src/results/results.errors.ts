import { DomainError } from '../common/errors/domain-error';
import type { ScoreStatus } from '../judging/confirmation.service';

export const ResultsErrors = {
  notReady: (status: ScoreStatus) => {
    const unconfirmed = status.ready;
    return new DomainError(
      'CONFLICT',
      'RESULTS_NOT_READY',
      `Results need every score confirmed: ${status.missing.count} missing, ` +
        `${status.flagged.count} flagged, ${unconfirmed} not confirmed yet`,
      { missing: status.missing, flagged: status.flagged, unconfirmed, groups: status.groups },
    );
  },
  /** Present contestants of a contest with a carried part who have no feeder total to carry. */
  carriedMissing: (entrants: ReadonlyArray<{ registrationId: number; blindCode: string | null }>) =>
    new DomainError(
      'CONFLICT',
      'CARRIED_TOTAL_MISSING',
      `${entrants.length} present contestant(s) have no feeder total to carry into the carried part ` +
        '(they did not come through advancement): apply the advancement list, or withdraw them or ' +
        'mark them absent, then compute again',
      {
        count: entrants.length,
        registrations: entrants.map((e) => ({
          registrationId: e.registrationId,
          code: e.blindCode,
        })),
      },
    ),
  wrongStage: (status: string) =>
    new DomainError(
      'CONFLICT',
      'RESULTS_WRONG_STAGE',
      `The contest is ${status}; results are computed while it is SCORING, REVIEW or PUBLISHED`,
      { status },
    ),
  notDrawn: () =>
    new DomainError(
      'CONFLICT',
      'RESULTS_NOT_DRAWN',
      'The draw has not run (or was undone by a late approval)',
    ),
  runNotFound: (id: number) =>
    new DomainError('NOT_FOUND', 'RESULT_RUN_NOT_FOUND', `Result run ${id} does not exist`),
  runNotDone: (id: number, status: string) =>
    new DomainError(
      'CONFLICT',
      'RESULT_RUN_NOT_DONE',
      `Result run ${id} is ${status}; only a finished run can be published`,
      { status },
    ),
  runOutdated: (id: number) =>
    new DomainError(
      'CONFLICT',
      'RESULT_RUN_OUTDATED',
      `Scores or registrations changed after run ${id} was computed; compute again and publish the new run`,
    ),
  notPublished: () =>
    new DomainError(
      'NOT_FOUND',
      'RESULTS_NOT_PUBLISHED',
      'No results of this contest are published',
    ),
  objectionWindowClosed: () =>
    new DomainError(
      'CONFLICT',
      'OBJECTION_WINDOW_CLOSED',
      'The publication window is closed; objections are no longer taken',
    ),
  objectionAlreadyOpen: () =>
    new DomainError(
      'CONFLICT',
      'OBJECTION_ALREADY_OPEN',
      'An objection to this result is already open; wait for its answer before lodging another',
    ),
  objectionNotFound: (id: number) =>
    new DomainError('NOT_FOUND', 'OBJECTION_NOT_FOUND', `Objection ${id} does not exist`),
  objectionDecided: (id: number) =>
    new DomainError('CONFLICT', 'OBJECTION_ALREADY_DECIDED', `Objection ${id} was already decided`),
  notAContestant: () =>
    new DomainError(
      'NOT_FOUND',
      'CONTESTANT_NOT_FOUND',
      'No contestant with this name and ID number is in the published results',
    ),
  openObjections: (count: number) =>
    new DomainError(
      'CONFLICT',
      'OBJECTIONS_OPEN',
      `${count} objection(s) are still open; decide them before the results become final`,
      { count },
    ),
  windowOpen: (endsAt: string) =>
    new DomainError(
      'CONFLICT',
      'PUBLICATION_WINDOW_OPEN',
      `The publication window is open until ${endsAt}`,
      { endsAt },
    ),
};
