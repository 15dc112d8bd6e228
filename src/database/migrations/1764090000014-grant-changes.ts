import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { id, instant, int, references, text } from './column-builders';

/**
 * grant_changes: every change of a competition's grants (专项资金), kept with who and when
 * (docs/statistics.md "Grants"): the amount set or removed by an organizer, the use reported by
 * the unit. What the grant became is kept on each line, so the history reads without the grants.
 */
export class GrantChanges1764090000014 implements MigrationInterface {
  name = 'GrantChanges1764090000014';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'grant_changes',
        columns: [
          id(),
          int('competition_id'),
          int('unit_id'),
          text('kind', 8),
          int('amount_fen', true),
          int('used_fen', true),
          text('report', 2000, true),
          instant('at'),
          int('by_user_id', true),
        ],
        foreignKeys: [
          references('competition_id', 'competitions', 'CASCADE'),
          references('unit_id', 'units'),
          references('by_user_id', 'users'),
        ],
        indices: [{ name: 'idx_grant_changes_competition', columnNames: ['competition_id', 'id'] }],
        checks: [
          { name: 'chk_grant_changes_kind', expression: `kind IN ('SET','REMOVE','REPORT')` },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('grant_changes');
  }
}
