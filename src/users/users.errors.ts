import { DomainError } from '../common/errors/domain-error';

export const UserErrors = {
  usernameTaken: (username: string) =>
    new DomainError('CONFLICT', 'USERNAME_TAKEN', `User name "${username}" is already taken`),
  unitRequired: () =>
    new DomainError(
      'INVALID',
      'UNIT_REQUIRED',
      'A unit coordinator must belong to a unit (unitId)',
    ),
  unitNotAllowed: () =>
    new DomainError(
      'INVALID',
      'UNIT_NOT_ALLOWED',
      'An organizer account does not belong to a unit',
    ),
  roleNotAllowed: (role: string) =>
    new DomainError(
      'FORBIDDEN',
      'USER_ROLE_NOT_ALLOWED',
      `A unit coordinator creates judge accounts only, not ${role}`,
    ),
  judgeUnitOutOfScope: () =>
    new DomainError(
      'FORBIDDEN',
      'JUDGE_UNIT_OUT_OF_SCOPE',
      "A unit coordinator's judge accounts belong to their unit or a unit below it (unitId)",
    ),
  unitNotFound: (unitId: number) =>
    new DomainError('INVALID', 'UNIT_NOT_FOUND', `Unit ${unitId} does not exist`),
  cannotDeactivateSelf: () =>
    new DomainError(
      'CONFLICT',
      'CANNOT_DEACTIVATE_SELF',
      'You cannot deactivate your own account; ask another organizer',
    ),
  resetOwnPassword: () =>
    new DomainError(
      'CONFLICT',
      'RESET_OWN_PASSWORD',
      'Change your own password with POST /api/auth/password, which asks for the current one',
    ),
  notFound: (id: number) =>
    new DomainError('NOT_FOUND', 'USER_NOT_FOUND', `User ${id} does not exist`),
};
