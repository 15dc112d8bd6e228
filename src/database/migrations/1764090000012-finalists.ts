import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { id, instant, int, references, text } from './column-builders';

/**
 * What the campaign's later steps keep (docs/advancement.md):
 * - registrations.feeder_registration_id: a finalist's registration names the feeder entry it
 *   advanced from (one finalist per feeder entry and final); carried_total_centi is that entry's
 *   published total in hundredths, the points of a carried part (`carried: true`) of the final's
 *   scheme; self_registered marks an entry a worker made from the public page.
 * - advancement_responses: an advancer's decline (弃权, with the reason) or confirmation, kept per
 *   final and feeder entry; the advancement list is computed with them.
 * - grants: money the federation grants a unit for its grassroots contests (专项资金), in fen, and
 *   the unit's report of its use (integers: a grant is at most 10,000,000.00 yuan).
 * Plain integers without foreign keys on SQLite's registrations (SQLite cannot drop a column that
 * is one); PostgreSQL gets the foreign key.
 */
export class Finalists1764090000012 implements MigrationInterface {
  name = 'Finalists1764090000012';

  async up(q: QueryRunner): Promise<void> {
    const postgres = q.connection.driver.options.type === 'postgres';
    await q.query(
      `ALTER TABLE registrations ADD COLUMN feeder_registration_id integer NULL${postgres ? ' REFERENCES registrations (id)' : ''}`,
    );
    await q.query('ALTER TABLE registrations ADD COLUMN carried_total_centi integer NULL');
    await q.query(
      'ALTER TABLE registrations ADD COLUMN self_registered boolean NOT NULL DEFAULT false',
    );
    await q.query(
      'CREATE UNIQUE INDEX uq_registrations_contest_feeder ON registrations (contest_id, feeder_registration_id)',
    );
    await q.query(
      'CREATE INDEX idx_registrations_feeder ON registrations (feeder_registration_id)',
    );

    await q.createTable(
      new Table({
        name: 'advancement_responses',
        columns: [
          id(),
          int('contest_id'),
          int('registration_id'),
          text('kind', 8),
          text('reason', 200, true),
          instant('at'),
          int('created_by', true),
        ],
        foreignKeys: [
          references('contest_id', 'contests', 'CASCADE'),
          references('registration_id', 'registrations', 'CASCADE'),
          references('created_by', 'users'),
        ],
        uniques: [
          {
            name: 'uq_advancement_responses',
            columnNames: ['contest_id', 'registration_id', 'kind'],
          },
        ],
        checks: [
          { name: 'chk_advancement_responses_kind', expression: `kind IN ('DECLINE','CONFIRM')` },
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: 'grants',
        columns: [
          id(),
          int('competition_id'),
          int('unit_id'),
          int('amount_fen'),
          int('used_fen', true),
          text('report', 2000, true),
          instant('updated_at'),
          int('updated_by', true),
        ],
        foreignKeys: [
          references('competition_id', 'competitions', 'CASCADE'),
          references('unit_id', 'units'),
          references('updated_by', 'users'),
        ],
        uniques: [
          { name: 'uq_grants_competition_unit', columnNames: ['competition_id', 'unit_id'] },
        ],
        checks: [
          { name: 'chk_grants_amount', expression: 'amount_fen >= 0' },
          { name: 'chk_grants_used', expression: 'used_fen IS NULL OR used_fen >= 0' },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    const [{ n }] = (await q.query(
      'SELECT COUNT(*) AS n FROM registrations WHERE feeder_registration_id IS NOT NULL',
    )) as { n: string | number }[];
    if (Number(n) > 0) {
      throw new Error(
        `${n} finalists' registrations came from advancement: delete them (or the finals) first`,
      );
    }
    await q.dropTable('grants');
    await q.dropTable('advancement_responses');
    await q.query('DROP INDEX idx_registrations_feeder');
    await q.query('DROP INDEX uq_registrations_contest_feeder');
    for (const column of ['self_registered', 'carried_total_centi', 'feeder_registration_id']) {
      await q.query(`ALTER TABLE registrations DROP COLUMN ${column}`);
    }
  }
}
