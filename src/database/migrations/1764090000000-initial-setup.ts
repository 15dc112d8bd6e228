import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { id, instant, int, text } from './column-builders';

/** Accounts, units, the trade catalogue, competitions and contests with their scoring schemes. */
export class InitialSetup1764090000000 implements MigrationInterface {
  name = 'InitialSetup1764090000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'units',
        columns: [
          id(),
          { ...text('code', 32), isUnique: true },
          text('name', 100),
          int('parent_id', true),
          text('path', 255),
          int('depth'),
          instant('created_at'),
        ],
        foreignKeys: [
          {
            columnNames: ['parent_id'],
            referencedTableName: 'units',
            referencedColumnNames: ['id'],
          },
        ],
        indices: [
          { name: 'idx_units_path', columnNames: ['path'] },
          { name: 'idx_units_parent', columnNames: ['parent_id'] },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'users',
        columns: [
          id(),
          { ...text('username', 32), isUnique: true },
          text('password_hash', 100),
          text('display_name', 100),
          text('role', 20),
          int('unit_id', true),
          { name: 'active', type: 'boolean', default: true },
          instant('created_at'),
        ],
        foreignKeys: [
          { columnNames: ['unit_id'], referencedTableName: 'units', referencedColumnNames: ['id'] },
        ],
        checks: [
          {
            name: 'chk_users_role',
            expression: `role IN ('ORGANIZER','UNIT_COORDINATOR','JUDGE')`,
          },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'trades',
        columns: [
          id(),
          { ...text('code', 16), isUnique: true },
          text('name', 50),
          text('name_en', 100, true),
          instant('created_at'),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'competitions',
        columns: [
          id(),
          { ...text('code', 16), isUnique: true },
          text('name', 100),
          int('year'),
          text('issuing_body', 100, true),
          int('created_by'),
          instant('created_at'),
        ],
        foreignKeys: [
          {
            columnNames: ['created_by'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
          },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'contests',
        columns: [
          id(),
          int('competition_id'),
          int('trade_id'),
          text('status', 16),
          { name: 'title_policy', type: 'text' },
          { name: 'tie_break', type: 'text' },
          int('min_field'),
          { name: 'allow_multiple_entries', type: 'boolean', default: false },
          { name: 'version', type: 'integer', default: 1 },
          instant('created_at'),
          instant('updated_at'),
        ],
        foreignKeys: [
          {
            columnNames: ['competition_id'],
            referencedTableName: 'competitions',
            referencedColumnNames: ['id'],
          },
          {
            columnNames: ['trade_id'],
            referencedTableName: 'trades',
            referencedColumnNames: ['id'],
          },
        ],
        uniques: [
          { name: 'uq_contests_competition_trade', columnNames: ['competition_id', 'trade_id'] },
        ],
        checks: [
          {
            name: 'chk_contests_status',
            expression: `status IN ('DRAFT','REGISTRATION','SCORING','REVIEW','PUBLISHED','FINAL')`,
          },
          { name: 'chk_contests_min_field', expression: 'min_field >= 1' },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'contest_parts',
        columns: [
          id(),
          int('contest_id'),
          text('key', 32),
          text('name', 100),
          int('position'),
          int('weight_centi'),
          int('max_points_centi'),
          int('pass_mark_centi', true),
        ],
        foreignKeys: [
          {
            columnNames: ['contest_id'],
            referencedTableName: 'contests',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
        uniques: [{ name: 'uq_contest_parts_key', columnNames: ['contest_id', 'key'] }],
        checks: [
          {
            name: 'chk_contest_parts_weight',
            expression: 'weight_centi > 0 AND weight_centi <= 10000',
          },
          { name: 'chk_contest_parts_max', expression: 'max_points_centi > 0' },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'contest_criteria',
        columns: [
          id(),
          int('contest_id'),
          int('part_id'),
          text('key', 32),
          text('name', 100),
          int('position'),
          text('kind', 16),
          text('method', 16),
          int('max_points_centi'),
          int('tolerance_centi', true),
        ],
        foreignKeys: [
          {
            columnNames: ['contest_id'],
            referencedTableName: 'contests',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
          {
            columnNames: ['part_id'],
            referencedTableName: 'contest_parts',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
        uniques: [{ name: 'uq_contest_criteria_key', columnNames: ['contest_id', 'key'] }],
        indices: [{ name: 'idx_contest_criteria_part', columnNames: ['part_id'] }],
        checks: [
          { name: 'chk_contest_criteria_kind', expression: `kind IN ('MEASUREMENT','JUDGEMENT')` },
          {
            name: 'chk_contest_criteria_method',
            expression: `method IN ('MEAN','TRIMMED_MEAN','MEDIAN','SINGLE')`,
          },
          { name: 'chk_contest_criteria_max', expression: 'max_points_centi > 0' },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'contest_criteria',
      'contest_parts',
      'contests',
      'competitions',
      'trades',
      'users',
      'units',
    ]) {
      await q.dropTable(table);
    }
  }
}
