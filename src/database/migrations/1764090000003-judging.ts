import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { id, instant, int, references, text } from './column-builders';

/** Judges and their assignments, declared conflicts, scores, and the hash-chained audit log. */
export class Judging1764090000003 implements MigrationInterface {
  name = 'Judging1764090000003';

  async up(q: QueryRunner): Promise<void> {
    // Plain ALTER TABLE: see 1764090000002 for why not TypeORM's addColumn on SQLite.
    await q.query('ALTER TABLE registrations ADD COLUMN time_seconds integer NULL');

    await q.createTable(
      new Table({
        name: 'contest_judges',
        columns: [
          id(),
          int('contest_id'),
          int('user_id'),
          { name: 'chief', type: 'boolean', default: false },
          // The criteria this judge scores (JSON array of keys); a chief judge may score none.
          { name: 'criterion_keys', type: 'text' },
          text('on_conflict', 10),
          int('created_by'),
          instant('created_at'),
        ],
        foreignKeys: [
          references('contest_id', 'contests', 'CASCADE'),
          references('user_id', 'users'),
          references('created_by', 'users'),
        ],
        uniques: [{ name: 'uq_contest_judges_user', columnNames: ['contest_id', 'user_id'] }],
        checks: [
          {
            name: 'chk_contest_judges_conflict',
            expression: `on_conflict IN ('EXCLUDE','REFUSE')`,
          },
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: 'judge_conflicts',
        columns: [
          id(),
          int('contest_id'),
          int('judge_id'),
          int('worker_id'),
          int('declared_by'),
          text('reason', 200, true),
          instant('created_at'),
        ],
        foreignKeys: [
          references('contest_id', 'contests', 'CASCADE'),
          references('judge_id', 'users'),
          references('worker_id', 'workers'),
          references('declared_by', 'users'),
        ],
        uniques: [
          {
            name: 'uq_judge_conflicts',
            columnNames: ['contest_id', 'judge_id', 'worker_id'],
          },
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: 'scores',
        columns: [
          id(),
          int('contest_id'),
          int('registration_id'),
          int('criterion_id'),
          int('judge_id'),
          // Hundredths of points (MEASUREMENT) or of marks 0–3 (JUDGEMENT).
          int('value_centi'),
          { name: 'version', type: 'integer', default: 1 },
          int('entered_by'),
          int('confirmed_by', true),
          instant('confirmed_at', true),
          instant('created_at'),
          instant('updated_at'),
        ],
        foreignKeys: [
          references('contest_id', 'contests', 'CASCADE'),
          references('registration_id', 'registrations', 'CASCADE'),
          references('criterion_id', 'contest_criteria', 'CASCADE'),
          references('judge_id', 'users'),
          references('entered_by', 'users'),
          references('confirmed_by', 'users'),
        ],
        uniques: [
          {
            name: 'uq_scores_entry',
            columnNames: ['registration_id', 'criterion_id', 'judge_id'],
          },
        ],
        indices: [
          { name: 'idx_scores_contest_criterion', columnNames: ['contest_id', 'criterion_id'] },
          { name: 'idx_scores_judge', columnNames: ['contest_id', 'judge_id'] },
        ],
        checks: [
          { name: 'chk_scores_value', expression: 'value_centi >= 0' },
          { name: 'chk_scores_version', expression: 'version >= 1' },
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: 'audit_log',
        columns: [
          id(),
          int('contest_id'),
          int('seq'),
          instant('at'),
          int('actor_id', true),
          text('action', 24),
          int('registration_id', true),
          text('criterion_key', 32, true),
          int('judge_id', true),
          { name: 'old_value', type: 'text', isNullable: true },
          { name: 'new_value', type: 'text', isNullable: true },
          text('reason', 500, true),
          text('prev_hash', 64),
          text('hash', 64),
        ],
        foreignKeys: [references('contest_id', 'contests')],
        uniques: [{ name: 'uq_audit_log_seq', columnNames: ['contest_id', 'seq'] }],
        checks: [{ name: 'chk_audit_log_seq', expression: 'seq >= 1' }],
      }),
    );

    // The last entry of each contest's log, kept apart from it: removing entries from the end of
    // the log (which leaves a valid chain) then shows as a head the log no longer reaches.
    await q.createTable(
      new Table({
        name: 'audit_heads',
        columns: [
          { name: 'contest_id', type: 'integer', isPrimary: true },
          int('seq'),
          text('hash', 64),
        ],
        foreignKeys: [references('contest_id', 'contests')],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('audit_heads');
    await q.dropTable('audit_log');
    await q.dropTable('scores');
    await q.dropTable('judge_conflicts');
    await q.dropTable('contest_judges');
    await q.query('ALTER TABLE registrations DROP COLUMN time_seconds');
  }
}
