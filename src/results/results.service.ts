import { Injectable, Logger } from '@nestjs/common';
import type { Principal } from '../common/auth/current-user.decorator';
import { DomainError } from '../common/errors/domain-error';
import { TransactionalEvents } from '../common/transactional-events';
import { Environment } from '../config/environment';
import type { Contest } from '../contests/contest.entity';
import { ContestErrors } from '../contests/contests.errors';
import { ContestsRepository } from '../contests/contests.repository';
import { UnitOfWork } from '../database/unit-of-work';
import { publicJobId, QUEUES } from '../jobs/job-catalogue';
import type { PendingJob } from '../jobs/job-handler';
import { JobQueue } from '../jobs/job-queue.service';
import { ConfirmationService } from '../judging/confirmation.service';
import { JudgingContext, type JudgingScene } from '../judging/judging-context';
import { ScoresRepository } from '../judging/scores.repository';
import { ResultsErrors } from './results.errors';
import { ResultRow, ResultRun, RunSummary } from './results.entities';
import { PublicResultsCache } from './public-results.cache';
import { ResultsPublished } from './results-published.event';
import { ResultsRepository } from './results.repository';
import { ResultsCalculator } from './results-calculator';

export type ProgressListener = (percent: number) => Promise<void> | void;

/** The Bull id of a run's job: one job per run. */
export const computeJobKey = (contestId: number, runId: number): string =>
  `results-${contestId}-run-${runId}`;

const COMPUTABLE = ['SCORING', 'REVIEW', 'PUBLISHED'];

/**
 * Result runs: requested by organizers, computed by the `compute-results` job, stored whole, and
 * published. A run is written in one transaction (rows and DONE together), so a crash leaves the
 * whole run or none of it; a published run is never changed, a recompute makes a new run.
 */
@Injectable()
export class ResultsService {
  private readonly logger = new Logger('Results');

  constructor(
    private readonly results: ResultsRepository,
    private readonly contests: ContestsRepository,
    private readonly context: JudgingContext,
    private readonly confirmation: ConfirmationService,
    private readonly calculator: ResultsCalculator,
    private readonly scores: ScoresRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly jobs: JobQueue,
    private readonly env: Environment,
    private readonly cache: PublicResultsCache,
    private readonly events: TransactionalEvents,
  ) {}

  /**
   * Checks that every score is confirmed, then queues a run for the current state. Asking again
   * with nothing changed (a double click) answers the same run and job.
   */
  async requestCompute(
    contestId: number,
    principal: Principal,
  ): Promise<{ runId: number; jobId: string | null; status: ResultRun['status'] }> {
    const scene = await this.context.load(contestId);
    this.assertComputable(scene.contest);
    await this.assertLikelyReady(scene);
    await this.assertCarriedTotals(contestId);

    const { run, created } = await this.unitOfWork.run(async (manager) => {
      await this.contests.lock(manager, contestId);
      const fingerprint = await this.results.fingerprint(contestId, manager);
      const existing = await this.results.findByFingerprint(manager, contestId, fingerprint);
      if (existing) return { run: existing, created: false };
      const run = await this.results.insertRun(manager, {
        contestId,
        fingerprint,
        requestedBy: principal.userId,
        requestedAt: new Date(),
      });
      return { run, created: true };
    });
    if (!created) {
      // The request that made the run may not have stored its job's id yet (another process,
      // a moment ago): the id is deterministic, so answer it all the same.
      const jobId = run.jobId ?? publicJobId(QUEUES.results, computeJobKey(contestId, run.id));
      return { runId: run.id, jobId, status: run.status };
    }
    try {
      const jobId = await this.jobs.enqueue(
        'compute-results',
        { runId: run.id },
        // One run per state (above), one job per run: a run that failed and is asked for again
        // is a new run with its own job, not Bull's memory of the failed one.
        computeJobKey(contestId, run.id),
      );
      await this.unitOfWork.run((m) => this.results.updateRun(m, run.id, { jobId }));
      return { runId: run.id, jobId, status: 'QUEUED' };
    } catch (error) {
      // Without Redis there is no job: leave no queued run behind that nothing would compute.
      await this.unitOfWork.run((m) => this.results.deleteRun(m, run.id));
      throw error;
    }
  }

  /** The jobs of the runs still queued or running, for the queue to put back if Redis lost them. */
  async pendingJobs(): Promise<PendingJob<'compute-results'>[]> {
    return (await this.results.unfinishedRuns()).map((run) => ({
      payload: { runId: run.id },
      key: computeJobKey(run.contestId, run.id),
    }));
  }

  /** The job's work. A run already DONE is answered as it is (a retried or repeated job). */
  async computeRun(
    runId: number,
    onProgress: ProgressListener = () => undefined,
  ): Promise<RunSummary> {
    const run = await this.results.findRun(runId);
    if (!run) throw ResultsErrors.runNotFound(runId);
    if (run.status === 'DONE' && run.summary) return run.summary;
    if (!(await this.unitOfWork.run((m) => this.results.markRunning(m, runId)))) {
      return (await this.results.findRun(runId))!.summary!;
    }
    const started = Date.now();
    try {
      const scene = await this.context.load(run.contestId);
      this.assertComputable(scene.contest);
      // One read of every score serves both the completeness check and the points.
      const scores = await this.scores.forContest(run.contestId);
      await onProgress(30);
      const entrants = await this.results.entrants(run.contestId);
      const scheme = await this.contests.loadScheme(run.contestId);
      const missingCarried = this.calculator.missingCarried(scheme, entrants);
      if (missingCarried.length > 0) throw ResultsErrors.carriedMissing(missingCarried);
      const { points, unconfirmed } = this.calculator.criterionPoints(scene, entrants, scores);
      if (unconfirmed > 0) {
        // The judging status says what is missing, flagged or unconfirmed, group by group.
        throw ResultsErrors.notReady(await this.confirmation.summary(scene, undefined, scores));
      }
      await onProgress(60);
      const { rows, summary } = this.calculator.rows(scene, scheme, entrants, points, runId);
      await onProgress(80);
      const done: RunSummary = { ...summary, ms: Date.now() - started };
      const fingerprint = await this.results.fingerprint(run.contestId);
      const written = await this.unitOfWork.run(async (manager) => {
        // Another execution of the same job may have finished first: its result stands.
        const current = await this.results.findRun(runId, manager);
        if (current?.status === 'DONE' && current.summary) return current.summary;
        await this.results.insertRows(manager, rows);
        await this.results.updateRun(manager, runId, {
          status: 'DONE',
          summary: done,
          fingerprint,
          finishedAt: new Date(),
        });
        return done;
      });
      await onProgress(100);
      this.logger.log(
        `contest ${run.contestId} run ${run.runNo}: ${rows.length} rows in ${done.ms} ms`,
      );
      return written;
    } catch (error) {
      if (error instanceof DomainError) {
        await this.fail(runId, error.code, error.message);
      }
      throw error;
    }
  }

  async fail(runId: number, code: string, message: string): Promise<void> {
    await this.unitOfWork.run(async (m) => {
      // A run another execution of its job finished stays DONE.
      if ((await this.results.findRun(runId, m))?.status === 'DONE') return;
      await this.results.updateRun(m, runId, {
        status: 'FAILED',
        errorCode: code.slice(0, 40),
        error: message,
        finishedAt: new Date(),
      });
    });
  }

  async runs(contestId: number): Promise<ResultRun[]> {
    await this.contests.get(contestId);
    return this.results.runs(contestId);
  }

  /** A run and its rows (the latest finished one when no id is given). */
  async run(contestId: number, runId?: number): Promise<{ run: ResultRun; rows: ResultRow[] }> {
    const run =
      runId !== undefined
        ? await this.results.findRun(runId)
        : ((await this.results.runs(contestId)).find((r) => r.status === 'DONE') ?? null);
    if (!run || run.contestId !== contestId) throw ResultsErrors.runNotFound(runId ?? 0);
    return { run, rows: run.status === 'DONE' ? await this.results.rows(run.id) : [] };
  }

  /**
   * Makes a finished run the public one and opens the objection window. Only a run that still
   * matches the scores and registrations may be published.
   */
  async publish(contestId: number, runId: number, principal: Principal): Promise<Contest> {
    const afterCommit = await this.unitOfWork.run(async (manager) => {
      const contest = await this.contests.get(contestId, manager);
      const run = await this.results.findRun(runId, manager);
      if (!run || run.contestId !== contestId) throw ResultsErrors.runNotFound(runId);
      if (run.status !== 'DONE') throw ResultsErrors.runNotDone(runId, run.status);
      if (run.fingerprint !== (await this.results.fingerprint(contestId, manager))) {
        throw ResultsErrors.runOutdated(runId);
      }
      if (contest.status !== 'REVIEW' && contest.status !== 'PUBLISHED') {
        throw new DomainError(
          'CONFLICT',
          'RESULTS_PUBLISH_WRONG_STAGE',
          `The contest is ${contest.status}; move it to REVIEW (scoring closed) before publishing`,
          { status: contest.status },
        );
      }
      const now = new Date();
      const endsAt =
        contest.publishedRunId !== null && contest.publicationEndsAt
          ? contest.publicationEndsAt
          : new Date(now.getTime() + this.env.PUBLICATION_DAYS * 86_400_000);
      await this.results.updateRun(manager, runId, {
        publishedAt: now,
        publishedBy: principal.userId,
      });
      await this.results.setPublished(manager, contestId, runId, endsAt);
      if (contest.status === 'REVIEW') {
        const moved = await this.contests.updateIfVersion(
          manager,
          contestId,
          contest.version,
          { status: 'PUBLISHED' },
          now,
        );
        if (!moved) throw ContestErrors.staleVersion(contest.version, contest.version + 1);
      }
      // In the same transaction: what the event's handlers record (another feature's outbox) is
      // committed with the publication or not at all; their follow-ups run after the commit.
      return this.events.emit(manager, new ResultsPublished(contestId, runId));
    });
    this.cache.clear();
    await afterCommit();
    return (await this.contests.findById(contestId))!;
  }

  /**
   * Before queueing: two counts in SQL say whether every score is confirmed and every present
   * contestant has a confirmed score on every criterion; only when they do not is the full
   * check run, to refuse with the exact list. The job always runs the full check again (a judge
   * assigned after confirmation leaves confirmed groups incomplete, which only it can see).
   */
  private async assertLikelyReady(scene: JudgingScene): Promise<void> {
    const counts = await this.scores.confirmationCounts(scene.contest.id);
    const present = await this.results.presentCount(scene.contest.id);
    if (counts.unconfirmed === 0 && counts.confirmedGroups === present * scene.criteria.length) {
      return;
    }
    const status = await this.confirmation.summary(scene);
    if (status.confirmed !== status.groups) throw ResultsErrors.notReady(status);
  }

  /**
   * A contest with a carried part: every present contestant needs the feeder total it carries
   * (docs/results.md "Carried score"). A missing one is refused, never counted as zero.
   */
  private async assertCarriedTotals(contestId: number): Promise<void> {
    const scheme = await this.contests.loadScheme(contestId);
    if (!scheme.parts.some((p) => p.carried)) return;
    const missing = this.calculator.missingCarried(scheme, await this.results.entrants(contestId));
    if (missing.length > 0) throw ResultsErrors.carriedMissing(missing);
  }

  private assertComputable(contest: Contest): void {
    if (!COMPUTABLE.includes(contest.status)) throw ResultsErrors.wrongStage(contest.status);
    if (contest.drawnAt === null) throw ResultsErrors.notDrawn();
  }
}
