/** One contest of a competition that has entries, and when its results were published (if ever). */
export interface ContestPublication {
  competitionId: number;
  publishedAt: Date | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * When each competition's results were published, as far as the retention period goes: the last
 * publication among its contests that have entries, or null while any of them is unpublished
 * (the competition is not over, so its people's data are still needed). A competition without a
 * contest with entries does not appear.
 */
export function publicationTimes(contests: ContestPublication[]): Map<number, Date | null> {
  const times = new Map<number, Date | null>();
  for (const { competitionId, publishedAt } of contests) {
    const sofar = times.get(competitionId);
    if (sofar === null) continue;
    if (publishedAt === null) times.set(competitionId, null);
    else if (sofar === undefined || publishedAt > sofar) times.set(competitionId, publishedAt);
  }
  return times;
}

/** The first instant at which a competition published at `publishedAt` may be anonymised. */
export function anonymisableFrom(publishedAt: Date, retentionDays: number): Date {
  return new Date(publishedAt.getTime() + retentionDays * DAY_MS);
}

/** Whether the retention period of a competition published at `publishedAt` is over at `now`. */
export function retentionOver(
  publishedAt: Date | null | undefined,
  now: Date,
  retentionDays: number,
): boolean {
  if (publishedAt === null || publishedAt === undefined) return false;
  return now.getTime() >= anonymisableFrom(publishedAt, retentionDays).getTime();
}

/**
 * The workers of a competition whose ID numbers and phones may go: those not entered in any
 * other competition that is still within its retention period (or not yet published). Each
 * `elsewhere` pair is a worker of this competition entered in another one.
 */
export function workersToAnonymise(
  workers: number[],
  elsewhere: Array<{ workerId: number; competitionId: number }>,
  publications: Map<number, Date | null>,
  now: Date,
  retentionDays: number,
): { anonymise: number[]; keep: number[] } {
  const keep = new Set(
    elsewhere
      .filter((e) => !retentionOver(publications.get(e.competitionId), now, retentionDays))
      .map((e) => e.workerId),
  );
  return {
    anonymise: workers.filter((w) => !keep.has(w)),
    keep: workers.filter((w) => keep.has(w)),
  };
}
