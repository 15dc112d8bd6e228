/**
 * Checks on raw request input made before class-transformer sees it, for every body, query and
 * path parameter: class-transformer recurses once per level (10,000 levels of JSON overflow the
 * stack: a 500), PostgreSQL refuses a NUL in text (a 500), and control characters or half a
 * surrogate pair make invalid XML in the .xlsx exports and garbage in the PDFs.
 */

/** Far deeper than any request the API takes (a contest's scheme is 5 levels). */
export const MAX_INPUT_DEPTH = 32;

/** C0 controls other than tab, line feed and carriage return; the noncharacters U+FFFE/U+FFFF. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Keys that every object inherits (`hasOwnProperty`, `constructor`, `__proto__`, …). class-validator
 * looks fields up in a plain object, finds these there, and lets them through `forbidNonWhitelisted`
 * as if the DTO declared them; a body could then shadow `hasOwnProperty` on the DTO.
 */
const INHERITED_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype));

export interface InputProblem {
  field: string;
  message: string;
}

function textProblem(text: string): string | null {
  const control = CONTROL.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return `contains the control character U+${code}`;
  }
  if (LONE_SURROGATE.test(text)) return 'is not well-formed Unicode (half a surrogate pair)';
  return null;
}

/**
 * The first problem found in `value` (walked without recursion), or null. Fields are named by
 * their path (`worker.name`, `entries[3].code`); the value itself by `label` (`body`, `id`).
 */
export function inputProblem(value: unknown, label: string): InputProblem | null {
  const stack: Array<{ value: unknown; path: string; depth: number }> = [
    { value, path: '', depth: 0 },
  ];
  while (stack.length > 0) {
    const { value: item, path, depth } = stack.pop()!;
    const field = path || label;
    if (typeof item === 'string') {
      const problem = textProblem(item);
      if (problem) return { field, message: `${field} ${problem}` };
      continue;
    }
    if (item === null || typeof item !== 'object') continue;
    if (depth >= MAX_INPUT_DEPTH) {
      return { field, message: `${field} is nested more than ${MAX_INPUT_DEPTH} levels deep` };
    }
    for (const [key, child] of Object.entries(item)) {
      const keyProblem = textProblem(key);
      if (keyProblem) return { field, message: `a field name in ${field} ${keyProblem}` };
      if (!Array.isArray(item) && INHERITED_KEYS.has(key)) {
        const named = path ? `${path}.${key}` : key;
        return { field: named, message: `property ${named} should not exist` };
      }
      const childPath = Array.isArray(item) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
      stack.push({ value: child, path: childPath, depth: depth + 1 });
    }
  }
  return null;
}
