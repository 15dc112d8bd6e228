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
    new DomainError(
      'UNAUTHENTICATED',
      'TOKEN_INVALID',
      'The token is invalid or has expired; log in again',
    ),
  roleNotAllowed: () =>
    new DomainError('FORBIDDEN', 'ROLE_NOT_ALLOWED', 'Your role may not use this route'),
};
