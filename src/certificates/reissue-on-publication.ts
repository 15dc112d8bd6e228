import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  type AfterCommit,
  HandlesEvent,
  type TransactionalEventHandler,
} from '../common/transactional-events';
import { JobQueue } from '../jobs/job-queue.service';
import { ResultsPublished } from '../results/results-published.event';
import { CertificateRequests, certificatesJobKey } from './certificate-requests';
import { CertificatesRepository } from './certificates.repository';

/**
 * A newly published run may change what certificates say: when the contest has any, the issue
 * job runs again and revokes and reissues exactly the ones affected. The request is recorded in
 * the publish transaction (a publication is never committed without it; a crash between the two
 * used to leave certificates that no longer match the results), and the job is queued after the
 * commit. A job not queued then (Redis down, or the process died first) is put back from the
 * request by JobRecovery, through the issue processor's `pending`.
 */
@Injectable()
@HandlesEvent(ResultsPublished)
export class ReissueOnPublication implements TransactionalEventHandler<ResultsPublished> {
  private readonly logger = new Logger('Certificates');

  constructor(
    private readonly certificates: CertificatesRepository,
    private readonly requests: CertificateRequests,
    private readonly jobs: JobQueue,
  ) {}

  async handle(
    { contestId, runId }: ResultsPublished,
    manager: EntityManager,
  ): Promise<AfterCommit | void> {
    const kinds = await this.certificates.issuedKinds(contestId, manager);
    if (kinds.length === 0) return;
    const participation = kinds.includes('PARTICIPATION');
    await this.requests.record(contestId, runId, participation, manager);
    return () => this.queue(contestId, runId, participation);
  }

  private async queue(contestId: number, runId: number, participation: boolean): Promise<void> {
    try {
      await this.jobs.enqueue(
        'issue-certificates',
        { contestId, participation, runId },
        certificatesJobKey(contestId, runId, participation),
        { replaceFinished: true },
      );
    } catch (error) {
      this.logger.warn(
        `contest ${contestId}: certificates to reissue are queued when Redis returns (${error instanceof Error ? error.message : String(error)})`,
      );
    }
  }
}
