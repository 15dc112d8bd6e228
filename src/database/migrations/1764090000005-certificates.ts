import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { id, instant, int, references, text } from './column-builders';

/** Certificates (证书): what was certified, to whom, with a serial and a verification code. */
export class Certificates1764090000005 implements MigrationInterface {
  name = 'Certificates1764090000005';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'certificates',
        columns: [
          id(),
          int('competition_id'),
          int('contest_id'),
          int('registration_id'),
          int('run_id'),
          text('kind', 14),
          text('title', 12, true),
          int('seq'),
          text('serial', 48),
          text('code', 16),
          text('status', 8),
          // What is printed, frozen when issued: a later edit of a name does not change it.
          text('name', 50),
          text('unit_name', 100),
          text('trade_name', 50),
          text('competition_name', 100),
          text('issuing_body', 100),
          text('issued_on', 10),
          int('replaced_by', true),
          instant('revoked_at', true),
          text('revoke_reason', 200, true),
          instant('created_at'),
        ],
        foreignKeys: [
          references('competition_id', 'competitions'),
          references('contest_id', 'contests', 'CASCADE'),
          references('registration_id', 'registrations'),
          references('run_id', 'result_runs'),
        ],
        uniques: [
          { name: 'uq_certificates_serial', columnNames: ['competition_id', 'serial'] },
          { name: 'uq_certificates_seq', columnNames: ['contest_id', 'seq'] },
          { name: 'uq_certificates_code', columnNames: ['code'] },
        ],
        indices: [
          // At most one valid certificate of each kind per registration, whatever runs it.
          {
            name: 'uq_certificates_issued',
            columnNames: ['registration_id', 'kind'],
            isUnique: true,
            where: `status = 'ISSUED'`,
          },
          { name: 'idx_certificates_contest', columnNames: ['contest_id', 'status'] },
        ],
        checks: [
          { name: 'chk_certificates_kind', expression: `kind IN ('TITLE','PARTICIPATION')` },
          { name: 'chk_certificates_status', expression: `status IN ('ISSUED','REVOKED')` },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('certificates');
  }
}
