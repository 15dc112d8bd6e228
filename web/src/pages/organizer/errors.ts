import { ApiError } from '@/api/client';
import { errorText, i18n } from '@/i18n';

/**
 * An API error as guidance in the user's language. The shared dictionary (errors.<CODE>, through
 * errorText) words every code; organizer.errors keeps only the few sentences these pages can make
 * more precise, because they know what the page does next (e.g. it reloads a stale contest itself).
 */
export function orgErrorText(error: unknown): string {
  if (error instanceof ApiError) {
    const key = `organizer.errors.${error.code}`;
    if (i18n.global.te(key)) return i18n.global.t(key);
  }
  return errorText(error);
}

interface RuleIssue {
  code: string;
  path: string;
  message: string;
}

/** Where each problem of a refused scheme / title policy / tie-break is: path → sentence(s). */
export type IssueMap = Record<string, string>;

/**
 * The server's rule issues (details.issues of SCHEME_INVALID, TITLE_POLICY_INVALID,
 * TIE_BREAK_INVALID) by path, e.g. `parts[0].weight`, so each editor shows them next to the input
 * they are about. Each issue code reads in the user's language from the shared dictionary
 * (errors.<CODE>); only a code it does not know keeps the server's (English) sentence.
 */
export function issuesByPath(error: unknown, expectedCode: string): IssueMap | null {
  if (!(error instanceof ApiError) || error.code !== expectedCode) return null;
  const issues = (error.details as { issues?: RuleIssue[] } | undefined)?.issues ?? [];
  const map: IssueMap = {};
  for (const issue of issues) {
    const key = `errors.${issue.code}`;
    const text = i18n.global.te(key) ? i18n.global.t(key) : issue.message;
    map[issue.path] = map[issue.path] ? `${map[issue.path]}；${text}` : text;
  }
  return map;
}

/**
 * The validation pipe's objections (details: [{ field, message }] of VALIDATION_FAILED) by field,
 * for the form to show each under its input; empty for any other error.
 */
export function fieldMessages(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return {};
  const map: Record<string, string> = {};
  for (const d of error.details as Array<{ field: string; message: string }>) {
    map[d.field] = d.message;
  }
  return map;
}
