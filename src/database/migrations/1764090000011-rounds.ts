import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { id, instant, int, references } from './column-builders';

/** One contest per trade, round and host unit of a competition (a round-1 contest may have many hosts). */
const UNIQUE_ROUND_INDEX =
  'CREATE UNIQUE INDEX uq_contests_competition_trade_round ON contests (competition_id, trade_id, round, COALESCE(host_unit_id, 0))';
const OLD_UNIQUE = 'uq_contests_competition_trade';

/**
 * The campaign's rounds (docs/advancement.md): a contest's round, its host unit (承办单位) and
 * whether workers may enter themselves; its feeders (选拔赛) and its rule of advancement (晋级规则);
 * the kept versions of its advancement list.
 *
 * A trade may now have several contests in one competition (preliminaries and the final), so the
 * unique (competition, trade) becomes (competition, trade, round, host unit). On SQLite that
 * constraint lives inside the table's CREATE statement and only a rebuild removes it: it is done
 * as SQLite documents it (new table, copy, drop, rename), which is safe only with foreign keys off,
 * as TypeORM sets them while it runs migrations; with them on, the drop would cascade into the
 * contest's parts, so the migration refuses instead. `down` puts the old rule back as a unique
 * index. host_unit_id has a foreign key on PostgreSQL only: SQLite cannot drop a column that is one.
 */
export class Rounds1764090000011 implements MigrationInterface {
  name = 'Rounds1764090000011';

  async up(q: QueryRunner): Promise<void> {
    const postgres = q.connection.driver.options.type === 'postgres';
    if (postgres) {
      await q.query(`ALTER TABLE contests DROP CONSTRAINT ${OLD_UNIQUE}`);
    } else {
      await this.dropSqliteUnique(q);
    }
    // Plain ALTER TABLE: see 1764090000002 for why not TypeORM's addColumn on SQLite.
    await q.query('ALTER TABLE contests ADD COLUMN round integer NOT NULL DEFAULT 1');
    await q.query(
      `ALTER TABLE contests ADD COLUMN host_unit_id integer NULL${postgres ? ' REFERENCES units (id)' : ''}`,
    );
    await q.query(
      'ALTER TABLE contests ADD COLUMN self_registration boolean NOT NULL DEFAULT false',
    );
    await q.query('ALTER TABLE contests ADD COLUMN advancement_rule text NULL');
    await q.query(UNIQUE_ROUND_INDEX);

    await q.createTable(
      new Table({
        name: 'contest_feeders',
        columns: [
          { ...int('contest_id'), isPrimary: true },
          { ...int('feeder_contest_id'), isPrimary: true },
        ],
        foreignKeys: [
          references('contest_id', 'contests', 'CASCADE'),
          references('feeder_contest_id', 'contests'),
        ],
        indices: [{ name: 'idx_contest_feeders_feeder', columnNames: ['feeder_contest_id'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'advancement_versions',
        columns: [
          id(),
          int('contest_id'),
          int('version'),
          { name: 'provisional', type: 'boolean', default: false },
          { name: 'entries', type: 'text' },
          { name: 'changes', type: 'text' },
          instant('created_at'),
          int('created_by'),
        ],
        foreignKeys: [
          references('contest_id', 'contests', 'CASCADE'),
          references('created_by', 'users'),
        ],
        uniques: [
          { name: 'uq_advancement_versions_version', columnNames: ['contest_id', 'version'] },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    const [{ n }] = (await q.query(
      'SELECT COUNT(*) AS n FROM (SELECT competition_id, trade_id FROM contests GROUP BY competition_id, trade_id HAVING COUNT(*) > 1) d',
    )) as { n: string | number }[];
    if (Number(n) > 0) {
      throw new Error(
        `${n} trades have more than one contest in a competition (rounds): delete the extra rounds first`,
      );
    }
    await q.dropTable('advancement_versions');
    await q.dropTable('contest_feeders');
    await q.query('DROP INDEX uq_contests_competition_trade_round');
    for (const column of ['advancement_rule', 'self_registration', 'host_unit_id', 'round']) {
      await q.query(`ALTER TABLE contests DROP COLUMN ${column}`);
    }
    if (q.connection.driver.options.type === 'postgres') {
      await q.query(
        `ALTER TABLE contests ADD CONSTRAINT ${OLD_UNIQUE} UNIQUE (competition_id, trade_id)`,
      );
    } else {
      await q.query(`CREATE UNIQUE INDEX ${OLD_UNIQUE} ON contests (competition_id, trade_id)`);
    }
  }

  /** Removes the (competition, trade) uniqueness, whether an inline constraint or (after a down) an index. */
  private async dropSqliteUnique(q: QueryRunner): Promise<void> {
    const [table] = (await q.query(
      "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'contests'",
    )) as { sql: string }[];
    const constraint = new RegExp(`,\\s*CONSTRAINT "${OLD_UNIQUE}" UNIQUE \\([^)]*\\)`);
    if (!constraint.test(table.sql)) {
      await q.query(`DROP INDEX IF EXISTS ${OLD_UNIQUE}`);
      return;
    }
    const [{ foreign_keys: foreignKeys }] = (await q.query('PRAGMA foreign_keys')) as {
      foreign_keys: number;
    }[];
    if (Number(foreignKeys) !== 0) {
      throw new Error(
        'Rebuilding contests needs foreign keys off (as TypeORM runs migrations); refusing, since dropping the table would delete its parts',
      );
    }
    const indexes = (await q.query(
      "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'contests' AND sql IS NOT NULL",
    )) as { sql: string }[];
    const rebuilt = table.sql
      .replace(constraint, '')
      .replace(/^CREATE TABLE "contests"/, 'CREATE TABLE "contests_rebuilt"');
    await q.query(rebuilt);
    await q.query('INSERT INTO contests_rebuilt SELECT * FROM contests');
    await q.query('DROP TABLE contests');
    await q.query('ALTER TABLE contests_rebuilt RENAME TO contests');
    for (const index of indexes) await q.query(index.sql);
  }
}
