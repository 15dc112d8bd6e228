import { Injectable } from '@nestjs/common';
import type { Principal } from '../common/auth/current-user.decorator';
import { ContestErrors } from '../contests/contests.errors';
import { ContestsRepository } from '../contests/contests.repository';
import { UnitOfWork } from '../database/unit-of-work';
import { parseIdNumber } from '../workers/rules/id-number';
import { normalisePersonName } from '../workers/rules/text';
import { PublicResultsRepository, PublishedRow } from './public.repository';
import { ResultsErrors } from './results.errors';
import { Objection } from './results.entities';
import { ResultsRepository } from './results.repository';

/**
 * After publication (公示): a worker's own look-up, objections (申诉) and their decisions, and the
 * move to FINAL once the window has closed with nothing open.
 */
@Injectable()
export class PublicationService {
  constructor(
    private readonly results: ResultsRepository,
    private readonly published: PublicResultsRepository,
    private readonly contests: ContestsRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  /** A worker's own published lines, by name and ID number; the same 404 for any mismatch. */
  async lookup(name: string, idNumber: string): Promise<PublishedRow[]> {
    const parsed = parseIdNumber(idNumber);
    if (!parsed.ok) throw ResultsErrors.notAContestant();
    const rows = await this.published.forWorker(null, parsed.idNumber, normalisePersonName(name));
    if (rows.length === 0) throw ResultsErrors.notAContestant();
    return rows;
  }

  /** An objection to a published result, while the window is open. */
  async object(
    contestId: number,
    dto: { name: string; idNumber: string; text: string },
  ): Promise<Objection> {
    const mine = (await this.lookup(dto.name, dto.idNumber)).find((r) => r.contestId === contestId);
    if (!mine) throw ResultsErrors.notAContestant();
    return this.unitOfWork.run(async (manager) => {
      // One objection at a time from each contestant: the contest row is locked (PostgreSQL; SQLite
      // transactions are serialised) so that two parallel requests cannot both find none open.
      await this.contests.lock(manager, contestId);
      const contest = await this.contests.get(contestId, manager);
      const open =
        contest.status === 'PUBLISHED' &&
        contest.publicationEndsAt !== null &&
        contest.publicationEndsAt.getTime() > Date.now();
      if (!open) throw ResultsErrors.objectionWindowClosed();
      const repo = manager.getRepository(Objection);
      if (await repo.existsBy({ registrationId: mine.row.registrationId, status: 'OPEN' })) {
        throw ResultsErrors.objectionAlreadyOpen();
      }
      return repo.save(
        repo.create({
          contestId,
          runId: mine.row.runId,
          registrationId: mine.row.registrationId,
          text: dto.text,
          status: 'OPEN',
          response: null,
          decidedBy: null,
          decidedAt: null,
          createdAt: new Date(),
        }),
      );
    });
  }

  async objections(contestId: number): Promise<Objection[]> {
    await this.contests.get(contestId);
    return this.results.objections(contestId);
  }

  /**
   * The organizer's decision. Upholding one means the scores are corrected by a chief judge and
   * the results computed and published again; the objection records the answer either way.
   */
  async decide(
    id: number,
    dto: { decision: 'UPHELD' | 'DISMISSED'; response: string },
    principal: Principal,
  ): Promise<Objection> {
    return this.unitOfWork.run(async (manager) => {
      const repo = manager.getRepository(Objection);
      const objection = await repo.findOneBy({ id });
      if (!objection) throw ResultsErrors.objectionNotFound(id);
      if (objection.status !== 'OPEN') throw ResultsErrors.objectionDecided(id);
      Object.assign(objection, {
        status: dto.decision,
        response: dto.response,
        decidedBy: principal.userId,
        decidedAt: new Date(),
      });
      return repo.save(objection);
    });
  }

  /** PUBLISHED → FINAL once the window has closed and no objection is open. */
  async finalize(contestId: number): Promise<void> {
    await this.unitOfWork.run(async (manager) => {
      const contest = await this.contests.get(contestId, manager);
      if (contest.status !== 'PUBLISHED' || contest.publicationEndsAt === null) {
        throw ResultsErrors.notPublished();
      }
      if (contest.publicationEndsAt.getTime() > Date.now()) {
        throw ResultsErrors.windowOpen(contest.publicationEndsAt.toISOString());
      }
      const open = await this.results.openObjections(contestId, manager);
      if (open > 0) throw ResultsErrors.openObjections(open);
      const now = new Date();
      const moved = await this.contests.updateIfVersion(
        manager,
        contestId,
        contest.version,
        { status: 'FINAL' },
        now,
      );
      if (!moved) throw ContestErrors.staleVersion(contest.version, contest.version + 1);
    });
  }
}
