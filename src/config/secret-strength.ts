/**
 * Whether a secret given in the environment is fit for production: not a placeholder copied from
 * an example file, not short, not one of the passwords every guessing list starts with.
 *
 * The deploy examples ship `CHANGE-ME…` values so that a forgotten edit is caught here, at start,
 * rather than by whoever tries the example's value against a live service.
 */

/** Fragments that only a template or an example would contain. Compared case-insensitively. */
const PLACEHOLDER_FRAGMENTS = [
  'change-me',
  'changeme',
  'change_me',
  'change me',
  'replace-me',
  'replaceme',
  'replace_me',
  'placeholder',
  'your-secret',
  'your_secret',
  'yoursecret',
  'your-password',
  'your_password',
  'example',
  'at-least-32',
  '<',
  '>',
  '${',
  'todo',
  'fixme',
];

/**
 * The start of every guessing list (and of the lists of leaked Chinese passwords): compared after
 * lower-casing and dropping trailing digits and punctuation, so `Password123!` and `admin@2026`
 * are refused with `password` and `admin`.
 */
const COMMON_PASSWORD_STEMS = new Set([
  '',
  'password',
  'passw0rd',
  'pass',
  'admin',
  'administrator',
  'root',
  'qwerty',
  'qwertyuiop',
  'abc',
  'abcd',
  'abcdef',
  'abcdefg',
  'abcdefgh',
  'letmein',
  'welcome',
  'iloveyou',
  'woaini',
  'monkey',
  'dragon',
  'master',
  'secret',
  'test',
  'guest',
  'default',
  'a',
  'aa',
  'aaa',
  'aaaaaa',
  'qaz',
  'qazwsx',
  '1qaz2wsx',
  '1qaz2wsx3edc',
  '1qaz2wsx3edc4rfv',
  'qweasdzxc',
  '1q2w3e4r',
  'zxcvbnm',
  'asdfgh',
  'asdfghjkl',
  'p@ssw0rd',
  'p@ssword',
  'skills',
  'union',
  'gonghui',
]);

export type SecretProblem = 'placeholder' | 'too short' | 'too simple' | 'common';

/** Lower-case, without the digits and punctuation people append to a word to pass a rule. */
function stem(value: string): string {
  return value.toLowerCase().replace(/[\d\p{P}\p{S}\s]+$/u, '');
}

function isPlaceholder(value: string): boolean {
  const lower = value.toLowerCase();
  return PLACEHOLDER_FRAGMENTS.some((fragment) => lower.includes(fragment));
}

/** A value made of one short piece repeated (`abcabcabc…`, `xxxx…`). */
function isRepetition(value: string): boolean {
  for (let size = 1; size <= value.length / 2; size++) {
    if (value.length % size !== 0) continue;
    if (value.slice(0, size).repeat(value.length / size) === value) return true;
  }
  return false;
}

/** A run of consecutive characters (`12345678`, `abcdefgh`, `87654321`). */
function isSequence(value: string): boolean {
  if (value.length < 3) return false;
  const step = value.charCodeAt(1) - value.charCodeAt(0);
  if (Math.abs(step) !== 1) return false;
  for (let i = 2; i < value.length; i++) {
    if (value.charCodeAt(i) - value.charCodeAt(i - 1) !== step) return false;
  }
  return true;
}

function distinctCharacters(value: string): number {
  return new Set(Array.from(value)).size;
}

/**
 * The problem with a token-signing secret, or null when it will do. 32 characters at least, and
 * enough different characters that it was not typed by hand (a random 32-character hex or base64
 * string has 14–28 distinct ones).
 */
export function jwtSecretProblem(value: string): SecretProblem | null {
  if (isPlaceholder(value)) return 'placeholder';
  if (value.length < 32) return 'too short';
  if (distinctCharacters(value) < 10 || isRepetition(value) || isSequence(value)) {
    return 'too simple';
  }
  return null;
}

export const MIN_ADMIN_PASSWORD_LENGTH = 10;

/** The problem with the first organizer's password, or null when it will do. */
export function adminPasswordProblem(value: string, username?: string): SecretProblem | null {
  if (isPlaceholder(value)) return 'placeholder';
  if (Array.from(value).length < MIN_ADMIN_PASSWORD_LENGTH) return 'too short';
  const lower = value.toLowerCase();
  if (COMMON_PASSWORD_STEMS.has(stem(value))) return 'common';
  if (username !== undefined && stem(value) === username.toLowerCase()) return 'common';
  if (distinctCharacters(value) < 4 || isRepetition(lower) || isSequence(lower)) {
    return 'too simple';
  }
  return null;
}

/** The password inside a `postgres://user:password@host/db` URL, when it is a placeholder. */
export function databaseUrlProblem(url: string): SecretProblem | null {
  const match = /^[a-z]+:\/\/[^:@/]*:([^@/]*)@/i.exec(url);
  if (!match) return null;
  let password = match[1];
  try {
    password = decodeURIComponent(password);
  } catch {
    // A malformed escape is not our concern here; the driver will refuse it.
  }
  return isPlaceholder(password) ? 'placeholder' : null;
}

export const SECRET_PROBLEM_TEXT: Record<SecretProblem, string> = {
  placeholder: 'is a placeholder from an example (CHANGE-ME, <…>, example…); set a real value',
  'too short': 'is too short',
  'too simple': 'is too simple (a repetition, a sequence or too few different characters)',
  common: 'is a commonly used password (or the user name); choose another',
};
