import { Injectable } from '@nestjs/common';
import type { Principal } from '../common/auth/current-user.decorator';
import { CompetitionErrors } from '../competitions/competitions.errors';
import { CompetitionsRepository } from '../competitions/competitions.repository';
import { Environment } from '../config/environment';
import { UnitOfWork } from '../database/unit-of-work';
import { WorkersRepository } from '../workers/workers.repository';
import type { Anonymisation } from './anonymisation.entity';
import { RetentionErrors } from './retention.errors';
import { RetentionRepository } from './retention.repository';
import {
  anonymisableFrom,
  publicationTimes,
  retentionOver,
  workersToAnonymise,
} from './rules/retention';

/**
 * Personal data are kept for PERSONAL_DATA_RETENTION_DAYS after a competition's results were
 * published; then an organizer may erase its workers' ID numbers and phones (PIPL: no longer than
 * needed). Names stay, so published rankings and certificates remain readable by name; a worker
 * entered in another competition still within its period keeps everything until that one is over.
 */
@Injectable()
export class RetentionService {
  constructor(
    private readonly env: Environment,
    private readonly unitOfWork: UnitOfWork,
    private readonly competitions: CompetitionsRepository,
    private readonly retention: RetentionRepository,
    private readonly workers: WorkersRepository,
  ) {}

  async anonymise(competitionId: number, principal: Principal): Promise<Anonymisation> {
    const days = this.env.PERSONAL_DATA_RETENTION_DAYS;
    return this.unitOfWork.run(async (manager) => {
      if (!(await this.competitions.findById(competitionId, manager))) {
        throw CompetitionErrors.notFound(competitionId);
      }
      const now = new Date();
      const publications = publicationTimes(await this.retention.publications(manager));
      const publishedAt = publications.get(competitionId) ?? null;
      if (publishedAt === null) throw RetentionErrors.notOver(null, null);
      if (!retentionOver(publishedAt, now, days)) {
        throw RetentionErrors.notOver(publishedAt, anonymisableFrom(publishedAt, days));
      }
      const { anonymise, keep } = workersToAnonymise(
        await this.retention.workersOf(manager, competitionId),
        await this.retention.elsewhere(manager, competitionId),
        publications,
        now,
        days,
      );
      const anonymised = await this.workers.anonymise(manager, anonymise, now);
      return this.retention.record(manager, {
        competitionId,
        actorId: principal.userId,
        at: now,
        publishedAt,
        retentionDays: days,
        workersAnonymised: anonymised,
        workersKept: keep.length,
      });
    });
  }
}
