import { ApiError } from '@/api/client';
import { errorText, i18n } from '@/i18n';
import type { EntryIssue } from './types';

/**
 * An API error in words for a judge: the judging codes this area knows (judge.errors.<CODE>),
 * otherwise the shared errorText (common codes, then the server's own message).
 */
export function judgeErrorText(error: unknown): string {
  if (error instanceof ApiError) {
    const key = `judge.errors.${error.code}`;
    if (i18n.global.te(key)) return i18n.global.t(key);
  }
  return errorText(error);
}

/** One refused entry of a batch in words (the server's message when the code is new to us). */
export function issueText(issue: EntryIssue): string {
  const key = `judge.errors.${issue.code}`;
  return i18n.global.te(key) ? i18n.global.t(key) : issue.message;
}

/** The refused entries of a batch, when the error carries them. */
export function issuesOf(error: unknown): EntryIssue[] {
  if (!(error instanceof ApiError)) return [];
  const details = error.details as { issues?: EntryIssue[] } | undefined;
  return Array.isArray(details?.issues) ? details.issues : [];
}
