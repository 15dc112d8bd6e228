import { PERSONAL_DATA_KEY_BYTES } from './personal-data-cipher';

/** Fewer distinct bytes than this in 32 is not a random key (a random one has about 30). */
const MIN_DISTINCT_BYTES = 16;

/**
 * Reads a personal-data key written as 64 hexadecimal digits or as base64 (standard or URL
 * alphabet) of 32 bytes. Returns the key, or why it is refused: a placeholder, a pass phrase, a
 * repeated or counting pattern are not keys.
 */
export function parsePersonalDataKey(text: string): { key: Buffer } | { problem: string } {
  const trimmed = text.trim();
  let key: Buffer | null = null;
  if (/^[0-9a-fA-F]{64}$/.test(trimmed)) key = Buffer.from(trimmed, 'hex');
  else if (/^[A-Za-z0-9+/_-]{43}={0,1}$/.test(trimmed)) {
    key = Buffer.from(trimmed.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  }
  if (key === null || key.length !== PERSONAL_DATA_KEY_BYTES) {
    return {
      problem: `must be ${PERSONAL_DATA_KEY_BYTES} random bytes written as 64 hex digits or 44 base64 characters (e.g. \`openssl rand -base64 32\`)`,
    };
  }
  if (new Set(key).size < MIN_DISTINCT_BYTES) {
    return {
      problem:
        'is not random enough (too few distinct bytes): generate it with `openssl rand -base64 32`',
    };
  }
  return { key };
}
