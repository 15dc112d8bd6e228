import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { instant, int, references, text } from './column-builders';

/**
 * certificate_requests: the organizer's (or a republication's) request to issue a contest's
 * certificates, kept until its job has run. Redis may lose a job that has not started (a restart
 * without persistence); the database still knows the request, and the queue puts it back.
 * One row per contest and scope (`titles`, or `all` with participation certificates).
 */
export class CertificateRequests1764090000008 implements MigrationInterface {
  name = 'CertificateRequests1764090000008';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'certificate_requests',
        columns: [
          { ...int('contest_id'), isPrimary: true },
          { ...text('scope', 8), isPrimary: true },
          int('run_id'),
          instant('requested_at'),
          instant('finished_at', true),
          text('outcome', 8, true),
        ],
        foreignKeys: [
          references('contest_id', 'contests', 'CASCADE'),
          references('run_id', 'result_runs'),
        ],
        checks: [
          { name: 'chk_certificate_requests_scope', expression: `scope IN ('titles','all')` },
          {
            name: 'chk_certificate_requests_outcome',
            expression: `outcome IS NULL OR outcome IN ('DONE','FAILED')`,
          },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('certificate_requests');
  }
}
