import { ApiError } from '@/api/client';
import { errorText, i18n } from '@/i18n';

/**
 * An API error as guidance in the user's language: the codes these pages meet (organizer.errors)
 * first, then the shared dictionary and the server's message (errorText).
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

/** Where each problem of a refused scheme / title policy is: path → sentence(s). */
export type IssueMap = Record<string, string>;

/**
 * The server's rule issues (details.issues of SCHEME_INVALID, TITLE_POLICY_INVALID) by path, e.g.
 * `parts[0].weight`, so each editor shows them next to the input they are about. Issue codes the
 * pages know read in the user's language; others keep the server's (English) sentence.
 */
export function issuesByPath(error: unknown, expectedCode: string): IssueMap | null {
  if (!(error instanceof ApiError) || error.code !== expectedCode) return null;
  const issues = (error.details as { issues?: RuleIssue[] } | undefined)?.issues ?? [];
  const map: IssueMap = {};
  for (const issue of issues) {
    const key = `organizer.issues.${issue.code}`;
    const text = i18n.global.te(key) ? i18n.global.t(key) : issue.message;
    map[issue.path] = map[issue.path] ? `${map[issue.path]}；${text}` : text;
  }
  return map;
}

/** The issues under a path prefix, re-keyed relative to it (`parts[0].weight` → `weight`). */
export function issuesUnder(issues: IssueMap, prefix: string): IssueMap {
  const out: IssueMap = {};
  for (const [path, text] of Object.entries(issues)) {
    if (path.startsWith(`${prefix}.`)) out[path.slice(prefix.length + 1)] = text;
  }
  return out;
}
