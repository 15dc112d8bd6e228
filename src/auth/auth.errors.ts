import type { ContestRef } from '../common/auth/hosted-contest-access';
import { DomainError } from '../common/errors/domain-error';

export const AuthErrors = {
  badCredentials: () =>
    new DomainError('UNAUTHENTICATED', 'INVALID_CREDENTIALS', 'User name or password is wrong'),
  tokenMissing: () =>
    new DomainError(
      'UNAUTHENTICATED',
      'TOKEN_MISSING',
      'Log in and send the token as "Authorization: Bearer …"',
    ),
  tokenInvalid: () =>
    new DomainError('UNAUTHENTICATED', 'TOKEN_INVALID', 'The token is invalid; log in again'),
  tokenExpired: () =>
    new DomainError('UNAUTHENTICATED', 'TOKEN_EXPIRED', 'The token has expired; log in again'),
  tokenRevoked: () =>
    new DomainError(
      'UNAUTHENTICATED',
      'TOKEN_REVOKED',
      'The token was revoked (logged out, password changed or account deactivated); log in again',
    ),
  roleNotAllowed: () =>
    new DomainError('FORBIDDEN', 'ROLE_NOT_ALLOWED', 'Your role may not use this route'),
  /**
   * A contest hosted by a unit the coordinator has nothing to do with: answered as the route
   * answers a contest (or registration) that does not exist, so its existence is not revealed.
   */
  hiddenContest: (ref: ContestRef, value: string) =>
    ref === 'registration'
      ? new DomainError(
          'NOT_FOUND',
          'REGISTRATION_NOT_FOUND',
          `Registration ${value} does not exist`,
        )
      : new DomainError('NOT_FOUND', 'CONTEST_NOT_FOUND', `Contest ${value} does not exist`),
  /** Too many failed logins for this user name, from any address: wait, then try again. */
  loginDelayed: (retryAfterSeconds: number) =>
    new DomainError(
      'TOO_MANY_REQUESTS',
      'LOGIN_DELAYED',
      `Too many failed logins for this user name; try again in ${retryAfterSeconds} s`,
      { retryAfterSeconds },
    ),
  tooManyAttempts: (retryAfterSeconds: number) =>
    new DomainError(
      'TOO_MANY_REQUESTS',
      'TOO_MANY_LOGIN_ATTEMPTS',
      'Too many login attempts; wait a minute and try again',
      { retryAfterSeconds },
    ),
  currentPasswordWrong: () =>
    new DomainError('INVALID', 'CURRENT_PASSWORD_WRONG', 'The current password is wrong'),
  samePassword: () =>
    new DomainError(
      'INVALID',
      'PASSWORD_UNCHANGED',
      'The new password must differ from the current one',
    ),
};
