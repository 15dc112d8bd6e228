import { DomainError, RuleIssue } from '../common/errors/domain-error';

export const RegistrationErrors = {
  notFound: (id: number) =>
    new DomainError('NOT_FOUND', 'REGISTRATION_NOT_FOUND', `Registration ${id} does not exist`),
  /** A rule of registrations.rules was broken: the issue's code is the error's code. */
  rule: (issue: RuleIssue, kind: 'CONFLICT' | 'FORBIDDEN' | 'INVALID' = 'CONFLICT') =>
    new DomainError(kind, issue.code, issue.message),
  /** A field of the worker did not pass its check (ID number, name, gender, phone). */
  workerField: (field: string, code: string, message: string, messageZh: string) =>
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
  workerOtherUnit: () =>
    new DomainError(
      'FORBIDDEN',
      'WORKER_OTHER_UNIT',
      'This worker belongs to a unit outside yours; ask the organizer or that unit to register them',
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
