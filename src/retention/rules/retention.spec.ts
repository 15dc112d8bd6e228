import { anonymisableFrom, publicationTimes, retentionOver, workersToAnonymise } from './retention';

const d = (iso: string) => new Date(iso);

describe('publicationTimes', () => {
  it('takes the last publication of a competition whose contests are all published', () => {
    const times = publicationTimes([
      { competitionId: 1, publishedAt: d('2023-06-01T00:00:00Z') },
      { competitionId: 1, publishedAt: d('2023-06-10T00:00:00Z') },
      { competitionId: 2, publishedAt: d('2024-01-01T00:00:00Z') },
    ]);
    expect(times.get(1)).toEqual(d('2023-06-10T00:00:00Z'));
    expect(times.get(2)).toEqual(d('2024-01-01T00:00:00Z'));
    expect(times.has(3)).toBe(false);
  });

  it('is null while any contest with entries is unpublished, in whatever order they come', () => {
    for (const order of [
      [d('2023-06-01T00:00:00Z'), null],
      [null, d('2023-06-01T00:00:00Z')],
    ]) {
      const times = publicationTimes(
        order.map((publishedAt) => ({ competitionId: 7, publishedAt })),
      );
      expect(times.get(7)).toBeNull();
    }
  });
});

describe('retentionOver', () => {
  const published = d('2023-06-10T08:00:00Z');

  it('is over from exactly publication + the retention days (1095 days: 2026-06-09)', () => {
    expect(anonymisableFrom(published, 1095)).toEqual(d('2026-06-09T08:00:00Z'));
    expect(retentionOver(published, d('2026-06-09T07:59:59.999Z'), 1095)).toBe(false);
    expect(retentionOver(published, d('2026-06-09T08:00:00Z'), 1095)).toBe(true);
  });

  it('is never over for an unpublished or unknown competition', () => {
    expect(retentionOver(null, d('2099-01-01T00:00:00Z'), 1)).toBe(false);
    expect(retentionOver(undefined, d('2099-01-01T00:00:00Z'), 1)).toBe(false);
  });
});

describe('workersToAnonymise', () => {
  const now = d('2027-01-01T00:00:00Z');
  const publications = new Map<number, Date | null>([
    [1, d('2023-01-01T00:00:00Z')], // this one, over
    [2, d('2023-02-01T00:00:00Z')], // another, also over
    [3, d('2026-06-01T00:00:00Z')], // within retention
    [4, null], // running
  ]);

  it('keeps the workers entered in a competition within retention or still running', () => {
    const result = workersToAnonymise(
      [10, 11, 12, 13, 14],
      [
        { workerId: 11, competitionId: 2 },
        { workerId: 12, competitionId: 3 },
        { workerId: 13, competitionId: 4 },
        { workerId: 14, competitionId: 2 },
        { workerId: 14, competitionId: 3 },
      ],
      publications,
      now,
      1095,
    );
    expect(result).toEqual({ anonymise: [10, 11], keep: [12, 13, 14] });
  });

  it('treats a competition missing from the publications (no entries) as not blocking', () => {
    // It cannot hold the worker's entry, so the pair cannot occur; a pair naming it counts as
    // still within retention, the safe side.
    expect(
      workersToAnonymise([10], [{ workerId: 10, competitionId: 9 }], publications, now, 1095),
    ).toEqual({ anonymise: [], keep: [10] });
  });
});
