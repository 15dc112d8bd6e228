import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A carried part (docs/results.md "Carried score"): a part of a later round's scheme whose points
 * are the finalist's feeder total (registrations.carried_total_centi), not judges' scores; it has
 * no criteria. Every existing part is an ordinary one.
 */
export class CarriedParts1764090000013 implements MigrationInterface {
  name = 'CarriedParts1764090000013';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE contest_parts ADD COLUMN carried boolean NOT NULL DEFAULT false');
  }

  async down(q: QueryRunner): Promise<void> {
    const [{ n }] = (await q.query(
      'SELECT COUNT(*) AS n FROM contest_parts WHERE carried = true',
    )) as { n: string | number }[];
    if (Number(n) > 0) {
      throw new Error(`${n} contest part(s) are carried: change those schemes first`);
    }
    await q.query('ALTER TABLE contest_parts DROP COLUMN carried');
  }
}
