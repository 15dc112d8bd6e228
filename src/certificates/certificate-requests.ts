import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import type { PendingJob } from '../jobs/job-handler';
import { CertificateRequest, CertificateScope } from './certificate-request.entity';

export const scopeOf = (participation: boolean): CertificateScope =>
  participation ? 'all' : 'titles';

/** One job per contest, published run and scope: asking again while it waits adds nothing. */
export const certificatesJobKey = (
  contestId: number,
  runId: number,
  participation: boolean,
): string => `certificates-${contestId}-run-${runId}-${scopeOf(participation)}`;

/**
 * Requests to issue certificates, kept in the database until their job has run, so that a job
 * Redis lost before it started is put back (JobRecovery, through the processor's `pending`).
 */
@Injectable()
export class CertificateRequests {
  constructor(private readonly dataSource: DataSource) {}

  private get repository() {
    return this.dataSource.getRepository(CertificateRequest);
  }

  /**
   * Records the request (a newer one replaces the contest's request of the same scope). Returns
   * the request it replaced, if any, for `undo`.
   */
  async record(
    contestId: number,
    runId: number,
    participation: boolean,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ previous: CertificateRequest | null; requestedAt: Date }> {
    const scope = scopeOf(participation);
    const repository = manager.getRepository(CertificateRequest);
    const previous = await repository.findOneBy({ contestId, scope });
    const requestedAt = new Date();
    await repository.upsert(
      { contestId, scope, runId, requestedAt, finishedAt: null, outcome: null },
      ['contestId', 'scope'],
    );
    return { previous, requestedAt };
  }

  /** Takes back a request whose job could not be queued (unless another request came since). */
  async undo(
    contestId: number,
    participation: boolean,
    recorded: { previous: CertificateRequest | null; requestedAt: Date },
  ): Promise<void> {
    const where = { contestId, scope: scopeOf(participation), requestedAt: recorded.requestedAt };
    if (recorded.previous) {
      const { runId, requestedAt, finishedAt, outcome } = recorded.previous;
      await this.repository.update(where, { runId, requestedAt, finishedAt, outcome });
    } else {
      await this.repository.delete(where);
    }
  }

  /** The job for this contest, run and scope has run (DONE) or cannot succeed (FAILED). */
  async finish(
    contestId: number,
    runId: number,
    participation: boolean,
    outcome: 'DONE' | 'FAILED',
  ): Promise<void> {
    await this.repository.update(
      { contestId, scope: scopeOf(participation), runId, finishedAt: IsNull() },
      { finishedAt: new Date(), outcome },
    );
  }

  /** The jobs still owed, for the queue to put back when Redis no longer has them. */
  async pending(): Promise<PendingJob<'issue-certificates'>[]> {
    const open = await this.repository.find({
      where: { finishedAt: IsNull() },
      order: { requestedAt: 'ASC' },
    });
    return open.map((r) => {
      const participation = r.scope === 'all';
      return {
        payload: { contestId: r.contestId, participation, runId: r.runId },
        key: certificatesJobKey(r.contestId, r.runId, participation),
      };
    });
  }
}
