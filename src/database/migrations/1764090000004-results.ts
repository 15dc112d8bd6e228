import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { id, instant, int, references, text } from './column-builders';

/** Attendance, result runs and their rows, publication, and objections. */
export class Results1764090000004 implements MigrationInterface {
  name = 'Results1764090000004';

  async up(q: QueryRunner): Promise<void> {
    // Plain ALTER TABLE: see 1764090000002 for why not TypeORM's addColumn on SQLite.
    await q.query(
      `ALTER TABLE registrations ADD COLUMN attendance varchar(12) NOT NULL DEFAULT 'PRESENT'`,
    );
    await q.query('ALTER TABLE contests ADD COLUMN published_run_id integer NULL');
    await q.query('ALTER TABLE contests ADD COLUMN publication_ends_at varchar(24) NULL');

    await q.createTable(
      new Table({
        name: 'result_runs',
        columns: [
          id(),
          int('contest_id'),
          int('run_no'),
          // What the run was computed from (scores via the audit head, registrations, settings).
          text('fingerprint', 64),
          text('status', 10),
          text('job_id', 100, true),
          int('requested_by'),
          instant('requested_at'),
          instant('finished_at', true),
          text('error_code', 40, true),
          { name: 'error', type: 'text', isNullable: true },
          { name: 'summary', type: 'text', isNullable: true },
          instant('published_at', true),
          int('published_by', true),
        ],
        foreignKeys: [
          references('contest_id', 'contests', 'CASCADE'),
          references('requested_by', 'users'),
          references('published_by', 'users'),
        ],
        uniques: [{ name: 'uq_result_runs_no', columnNames: ['contest_id', 'run_no'] }],
        indices: [
          { name: 'idx_result_runs_fingerprint', columnNames: ['contest_id', 'fingerprint'] },
        ],
        checks: [
          {
            name: 'chk_result_runs_status',
            expression: `status IN ('QUEUED','RUNNING','DONE','FAILED')`,
          },
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: 'result_rows',
        columns: [
          id(),
          int('run_id'),
          int('contest_id'),
          int('registration_id'),
          int('position'),
          int('rank', true),
          { name: 'tied', type: 'boolean', default: false },
          { name: 'guest', type: 'boolean', default: false },
          text('attendance', 12),
          int('total_centi', true),
          // Per part: key, name, scaled score (centi), passed; per criterion: exact points (JSON).
          { name: 'parts', type: 'text' },
          text('title', 12, true),
          text('title_reason', 32),
          text('title_detail', 200),
          text('title_detail_zh', 200),
          int('time_seconds', true),
          // As published: the document does not change when a name or unit is edited later.
          text('name', 50),
          int('unit_id'),
          text('unit_name', 100),
          text('blind_code', 8, true),
        ],
        foreignKeys: [
          references('run_id', 'result_runs', 'CASCADE'),
          references('registration_id', 'registrations'),
        ],
        uniques: [
          { name: 'uq_result_rows_registration', columnNames: ['run_id', 'registration_id'] },
        ],
        indices: [
          { name: 'idx_result_rows_position', columnNames: ['run_id', 'position'] },
          { name: 'idx_result_rows_unit', columnNames: ['run_id', 'unit_id'] },
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: 'objections',
        columns: [
          id(),
          int('contest_id'),
          int('run_id'),
          int('registration_id'),
          { name: 'text', type: 'text' },
          text('status', 10),
          { name: 'response', type: 'text', isNullable: true },
          int('decided_by', true),
          instant('decided_at', true),
          instant('created_at'),
        ],
        foreignKeys: [
          references('contest_id', 'contests', 'CASCADE'),
          references('run_id', 'result_runs'),
          references('registration_id', 'registrations'),
          references('decided_by', 'users'),
        ],
        indices: [{ name: 'idx_objections_contest', columnNames: ['contest_id', 'status'] }],
        checks: [
          {
            name: 'chk_objections_status',
            expression: `status IN ('OPEN','UPHELD','DISMISSED')`,
          },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('objections');
    await q.dropTable('result_rows');
    await q.dropTable('result_runs');
    await q.query('ALTER TABLE contests DROP COLUMN publication_ends_at');
    await q.query('ALTER TABLE contests DROP COLUMN published_run_id');
    await q.query('ALTER TABLE registrations DROP COLUMN attendance');
  }
}
