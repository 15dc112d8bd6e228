import { DomainError } from '../common/errors/domain-error';

export interface RankingsParams {
  contestId?: number;
  q?: string;
  page: number;
  pageSize: number;
}

const positive = (name: string, text: string | undefined, max: number): number | undefined => {
  if (text === undefined || text === '') return undefined;
  if (!/^\d{1,9}$/.test(text) || Number(text) < 1 || Number(text) > max) {
    throw new DomainError(
      'INVALID',
      'VALIDATION_FAILED',
      `${name} must be a whole number from 1 to ${max}`,
      [{ field: name, message: `${name} must be a whole number from 1 to ${max}` }],
    );
  }
  return Number(text);
};

/**
 * The public rankings' query string, checked by hand: this is the route thousands of workers hit
 * at once when results are published, and the generic validation pipe (class-transformer and
 * class-validator) cost more per request than the cached answer itself. Same rules as
 * RankingsQuery, same 400 VALIDATION_FAILED.
 */
export function parseRankingsQuery(query: Record<string, unknown>): RankingsParams {
  const one = (name: string): string | undefined => {
    const value = query[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') {
      throw new DomainError('INVALID', 'VALIDATION_FAILED', `${name} must be given once`, [
        { field: name, message: `${name} must be given once` },
      ]);
    }
    return value;
  };
  for (const name of Object.keys(query)) {
    if (!['contestId', 'q', 'page', 'pageSize'].includes(name)) {
      throw new DomainError('INVALID', 'VALIDATION_FAILED', `property ${name} should not exist`, [
        { field: name, message: `property ${name} should not exist` },
      ]);
    }
  }
  const q = one('q')?.trim();
  if (q !== undefined && q.length > 50) {
    throw new DomainError('INVALID', 'VALIDATION_FAILED', 'q must be at most 50 characters', [
      { field: 'q', message: 'q must be at most 50 characters' },
    ]);
  }
  return {
    contestId: positive('contestId', one('contestId'), 2_000_000_000),
    q: q || undefined,
    page: positive('page', one('page'), 1_000_000) ?? 1,
    pageSize: positive('pageSize', one('pageSize'), 200) ?? 50,
  };
}
