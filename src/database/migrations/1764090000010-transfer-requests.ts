import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * workers.claim_of: a unit coordinator who enters an ID number on record in another unit gets the
 * answer a new person would get (nothing tells them the person exists). What they typed is kept as
 * a worker row of its own, without the ID number's look-up hash, naming the record it claims; the
 * organizer's approval of its registration merges it into that record (a transfer to the
 * coordinator's unit). A plain integer, no foreign key: SQLite cannot drop a column that is one.
 */
export class TransferRequests1764090000010 implements MigrationInterface {
  name = 'TransferRequests1764090000010';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE workers ADD COLUMN claim_of integer NULL');
    await q.query('CREATE INDEX idx_workers_claim_of ON workers (claim_of)');
  }

  async down(q: QueryRunner): Promise<void> {
    const [{ n }] = (await q.query(
      'SELECT COUNT(*) AS n FROM workers WHERE claim_of IS NOT NULL',
    )) as { n: string | number }[];
    if (Number(n) > 0) {
      throw new Error(
        `${n} transfer requests are undecided: approve or reject their registrations first`,
      );
    }
    await q.query('DROP INDEX idx_workers_claim_of');
    await q.query('ALTER TABLE workers DROP COLUMN claim_of');
  }
}
