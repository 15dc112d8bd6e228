import { DomainError } from '../common/errors/domain-error';
import { parseRankingsQuery } from './rankings-query';

function refusal(query: Record<string, unknown>): string {
  try {
    parseRankingsQuery(query);
  } catch (error) {
    if (error instanceof DomainError) return `${error.code}: ${error.message}`;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('parseRankingsQuery', () => {
  it('defaults to the first page of 50', () => {
    expect(parseRankingsQuery({})).toEqual({
      contestId: undefined,
      q: undefined,
      page: 1,
      pageSize: 50,
    });
  });

  it('reads every field, trimming the search text', () => {
    expect(parseRankingsQuery({ contestId: '7', q: ' 张伟 ', page: '3', pageSize: '200' })).toEqual(
      {
        contestId: 7,
        q: '张伟',
        page: 3,
        pageSize: 200,
      },
    );
    expect(parseRankingsQuery({ q: '   ' }).q).toBeUndefined();
  });

  it.each([
    [{ pageSize: '201' }, 'pageSize must be a whole number from 1 to 200'],
    [{ pageSize: '0' }, 'pageSize must be a whole number from 1 to 200'],
    [{ page: '-1' }, 'page must be a whole number'],
    [{ page: '1.5' }, 'page must be a whole number'],
    [{ contestId: 'abc' }, 'contestId must be a whole number'],
    [{ page: ['1', '2'] }, 'page must be given once'],
    [{ q: 'x'.repeat(51) }, 'q must be at most 50 characters'],
    [{ sort: 'name' }, 'property sort should not exist'],
  ])('refuses %j with 400 VALIDATION_FAILED', (query, message) => {
    const text = refusal(query);
    expect(text.startsWith('VALIDATION_FAILED: ')).toBe(true);
    expect(text).toContain(message);
  });
});
