import { ApiError } from '@/api/client';
import { codeText } from '@/i18n';
import type { EntryIssue } from '@/api/error-details';

/** The score sheet's words for a code where its situation differs (see judge.sheet.errors). */
export const SHEET_SCOPE = 'judge.sheet';

/** One refused entry of a batch in words (the server's message when the code is new to us). */
export function issueText(issue: EntryIssue): string {
  return codeText(issue.code, issue.message, SHEET_SCOPE);
}

/** The refused entries of a batch, when the error carries them. */
export function issuesOf(error: unknown): EntryIssue[] {
  if (!(error instanceof ApiError)) return [];
  const details = error.details as { issues?: EntryIssue[] } | undefined;
  return Array.isArray(details?.issues) ? details.issues : [];
}
