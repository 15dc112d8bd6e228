import { DomainError } from '../errors/domain-error';

/** `If-Match: "3"` (or W/"3", or 3) → 3; absent or `*` → undefined. */
export function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined || header === '*') return undefined;
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header);
  if (!match) {
    throw new DomainError(
      'INVALID',
      'IF_MATCH_INVALID',
      'If-Match must be the version that was read, e.g. "3"',
    );
  }
  return Number(match[1]);
}
