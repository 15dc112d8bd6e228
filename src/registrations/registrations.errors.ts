import { DomainError, RuleIssue } from '../common/errors/domain-error';
import type { ErrorCode } from '../common/errors/error-codes';
import type { OtherEntry } from './registrations.repository';

export const RegistrationErrors = {
  notFound: (id: number) =>
    new DomainError('NOT_FOUND', 'REGISTRATION_NOT_FOUND', `Registration ${id} does not exist`),
  /** A rule of registrations.rules was broken: the issue's code is the error's code. */
  rule: (issue: RuleIssue, kind: 'CONFLICT' | 'FORBIDDEN' | 'INVALID' = 'CONFLICT') =>
    new DomainError(kind, issue.code, issue.message),
  /** A field of the worker did not pass its check (ID number, name, gender, phone). */
  workerField: (field: string, code: ErrorCode, message: string, messageZh: string) =>
    new DomainError('INVALID', code, `worker.${field}: ${message}`, { field, messageZh }),
  exists: (registrationId: number, status: string) =>
    new DomainError(
      'CONFLICT',
      'REGISTRATION_EXISTS',
      `The worker is already registered in this contest (registration ${registrationId}, ${status})`,
      { registrationId, status },
    ),
  unitRequired: () => new DomainError('INVALID', 'UNIT_REQUIRED', 'worker.unitId is required'),
  unitNotFound: (unitId: number) =>
    new DomainError('INVALID', 'UNIT_NOT_FOUND', `Unit ${unitId} does not exist`),
  outOfScope: () =>
    new DomainError(
      'FORBIDDEN',
      'UNIT_OUT_OF_SCOPE',
      'A unit coordinator registers and sees only workers of their own unit and the units below it',
    ),
  /** Approving a transfer request whose person on record is already entered in that contest. */
  transferAlreadyEntered: (registrationId: number, held: OtherEntry) =>
    new DomainError(
      'CONFLICT',
      'TRANSFER_ALREADY_ENTERED',
      `Registration ${registrationId} is a transfer request for a worker on record who is already ` +
        `entered in this contest (registration ${held.registrationId}, ${held.status}); reject the ` +
        'request or withdraw that registration first',
      { registrationId, heldRegistrationId: held.registrationId, status: held.status },
    ),
  /** Approving a transfer request would put the person on record in two trades of a competition. */
  transferOtherTrade: (registrationId: number, held: OtherEntry) =>
    new DomainError(
      'CONFLICT',
      'REGISTRATION_OTHER_TRADE',
      `Registration ${registrationId} is a transfer request for a worker on record who is entered ` +
        `in trade ${held.tradeCode} of this competition (registration ${held.registrationId}); a ` +
        'worker may enter one trade unless both contests allow more',
      {
        registrationId,
        heldRegistrationId: held.registrationId,
        contestId: held.contestId,
        tradeCode: held.tradeCode,
      },
    ),
  transferNeedsOrganizer: (registrationId: number) =>
    new DomainError(
      'FORBIDDEN',
      'REGISTRATION_DECISION_FORBIDDEN',
      `Registration ${registrationId} would move a worker on record from another unit to yours; ` +
        'an organizer approves such a transfer',
      { registrationId },
    ),
  coordinatorWithoutUnit: () =>
    new DomainError(
      'FORBIDDEN',
      'COORDINATOR_WITHOUT_UNIT',
      'This unit coordinator account has no unit; ask an organizer to set one',
    ),
  nothingToUpdate: () =>
    new DomainError('INVALID', 'NOTHING_TO_UPDATE', 'Send status and/or outOfCompetition'),
};
