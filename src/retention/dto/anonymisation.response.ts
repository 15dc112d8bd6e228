import type { Anonymisation } from '../anonymisation.entity';

export class AnonymisationResponse {
  id: number;
  competitionId: number;
  /** When it was done, and by whom (an organizer's user id). */
  at: string;
  actorId: number;
  /** The competition's last publication of results; the retention period counted from it. */
  publishedAt: string;
  retentionDays: number;
  /** Workers whose ID numbers and phones were erased now (0 when repeated). */
  workersAnonymised: number;
  /** Workers left as they were: entered in a competition still within its retention period. */
  workersKept: number;

  static of(a: Anonymisation): AnonymisationResponse {
    return Object.assign(new AnonymisationResponse(), {
      id: a.id,
      competitionId: a.competitionId,
      at: a.at.toISOString(),
      actorId: a.actorId,
      publishedAt: a.publishedAt.toISOString(),
      retentionDays: a.retentionDays,
      workersAnonymised: a.workersAnonymised,
      workersKept: a.workersKept,
    });
  }
}
