import type { ErrorCode } from './error-codes';

/**
 * A rule of the domain was broken. Services throw these; the one exception filter maps the `kind`
 * to an HTTP status. `code` is stable (pages translate it); `message` says what to fix.
 */
export type DomainErrorKind =
  | 'INVALID' // 400: the request is malformed or breaks a rule of its own content
  | 'UNAUTHENTICATED' // 401
  | 'FORBIDDEN' // 403
  | 'NOT_FOUND' // 404
  | 'CONFLICT' // 409: clashes with the current state (duplicate, wrong lifecycle step, stale write)
  | 'TOO_LARGE' // 413: an upload over its limit
  | 'UNSUPPORTED_MEDIA' // 415: an upload of a kind the route does not read
  | 'UNPROCESSABLE' // 422: well-formed but cannot be processed in the current state
  | 'TOO_MANY_REQUESTS' // 429
  | 'UNAVAILABLE'; // 503: a dependency (Redis, the database) is down

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** One problem found while checking a structured input; `path` points into the input (`parts[1].criteria[0].key`). */
export interface RuleIssue {
  code: ErrorCode;
  path: string;
  message: string;
}
