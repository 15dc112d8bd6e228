import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { id, instant, int, references, text } from './column-builders';

/** When the last draw ran, how many draws, and when scoring started (the draw is final from then). */
const CONTEST_COLUMNS = [
  'drawn_at varchar(24) NULL',
  'draw_round integer NOT NULL DEFAULT 0',
  'scoring_started_at varchar(24) NULL',
];

/** Workers, their registrations in contests (with the draw), and uploaded rosters awaiting import. */
export class Registration1764090000002 implements MigrationInterface {
  name = 'Registration1764090000002';

  async up(q: QueryRunner): Promise<void> {
    const binary = q.connection.driver.options.type === 'postgres' ? 'bytea' : 'blob';

    // Plain ALTER TABLE on both databases: TypeORM's addColumn/dropColumn rebuild an SQLite table,
    // and a rebuild inside a transaction (as migration:revert runs it) cascades deletes into
    // contest_parts and contest_criteria.
    for (const column of CONTEST_COLUMNS) {
      await q.query(`ALTER TABLE contests ADD COLUMN ${column}`);
    }

    await q.createTable(
      new Table({
        name: 'workers',
        columns: [
          id(),
          { ...text('id_number', 18), isUnique: true },
          text('name', 50),
          text('gender', 1),
          text('birth_date', 10),
          text('phone', 20, true),
          int('unit_id'),
          instant('created_at'),
          instant('updated_at'),
        ],
        foreignKeys: [references('unit_id', 'units')],
        indices: [{ name: 'idx_workers_unit', columnNames: ['unit_id'] }],
        checks: [
          { name: 'chk_workers_gender', expression: `gender IN ('M','F')` },
          { name: 'chk_workers_id_number', expression: 'LENGTH(id_number) = 18' },
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: 'registrations',
        columns: [
          id(),
          int('contest_id'),
          int('competition_id'),
          int('worker_id'),
          int('unit_id'),
          text('status', 10),
          text('reject_reason', 200, true),
          { name: 'out_of_competition', type: 'boolean', default: false },
          int('station_no', true),
          text('blind_code', 8, true),
          int('created_by', true),
          int('decided_by', true),
          instant('decided_at', true),
          instant('created_at'),
          instant('updated_at'),
        ],
        foreignKeys: [
          references('contest_id', 'contests', 'CASCADE'),
          references('competition_id', 'competitions'),
          references('worker_id', 'workers'),
          references('unit_id', 'units'),
          references('created_by', 'users'),
          references('decided_by', 'users'),
        ],
        uniques: [
          { name: 'uq_registrations_contest_worker', columnNames: ['contest_id', 'worker_id'] },
          { name: 'uq_registrations_station', columnNames: ['contest_id', 'station_no'] },
          { name: 'uq_registrations_blind_code', columnNames: ['contest_id', 'blind_code'] },
        ],
        indices: [
          {
            name: 'idx_registrations_competition_worker',
            columnNames: ['competition_id', 'worker_id'],
          },
          { name: 'idx_registrations_contest_status', columnNames: ['contest_id', 'status'] },
          { name: 'idx_registrations_unit', columnNames: ['unit_id'] },
        ],
        checks: [
          {
            name: 'chk_registrations_status',
            expression: `status IN ('PENDING','APPROVED','REJECTED','WITHDRAWN')`,
          },
          { name: 'chk_registrations_station', expression: 'station_no IS NULL OR station_no > 0' },
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: 'roster_imports',
        columns: [
          id(),
          int('contest_id'),
          int('uploaded_by'),
          text('filename', 255),
          text('format', 4),
          int('size_bytes'),
          // The upload itself, kept in the database (not on one machine's disk) so that a worker
          // process anywhere can import it; cleared once the import has finished.
          { name: 'content', type: binary, isNullable: true },
          text('status', 10),
          text('job_id', 100, true),
          { name: 'progress', type: 'integer', default: 0 },
          int('total_rows', true),
          int('created_count', true),
          int('updated_count', true),
          int('unchanged_count', true),
          int('rejected_count', true),
          { name: 'rejected', type: 'text', isNullable: true },
          text('error_code', 40, true),
          text('error_message', 500, true),
          instant('created_at'),
          instant('finished_at', true),
        ],
        foreignKeys: [
          references('contest_id', 'contests', 'CASCADE'),
          references('uploaded_by', 'users'),
        ],
        indices: [{ name: 'idx_roster_imports_contest', columnNames: ['contest_id'] }],
        checks: [
          {
            name: 'chk_roster_imports_status',
            expression: `status IN ('QUEUED','RUNNING','DONE','FAILED')`,
          },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const column of [...CONTEST_COLUMNS].reverse()) {
      await q.query(`ALTER TABLE contests DROP COLUMN ${column.split(' ')[0]}`);
    }
    await q.dropTable('roster_imports');
    await q.dropTable('registrations');
    await q.dropTable('workers');
  }
}
