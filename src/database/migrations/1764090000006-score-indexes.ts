import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for asking "is this contest ready for results?" without reading its scores:
 * - the unconfirmed scores of a contest, as a partial index (empty once everything is confirmed);
 * - (contest, criterion, registration), which covers counting the (contestant, criterion) groups
 *   and replaces the (contest, criterion) index it starts with.
 * Plain CREATE/DROP INDEX, the same on SQLite and PostgreSQL (both have partial indexes).
 */
export class ScoreIndexes1764090000006 implements MigrationInterface {
  name = 'ScoreIndexes1764090000006';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE INDEX idx_scores_unconfirmed ON scores (contest_id) WHERE confirmed_at IS NULL',
    );
    await q.query(
      'CREATE INDEX idx_scores_contest_criterion_registration ' +
        'ON scores (contest_id, criterion_id, registration_id)',
    );
    await q.query('DROP INDEX idx_scores_contest_criterion');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX idx_scores_contest_criterion ON scores (contest_id, criterion_id)');
    await q.query('DROP INDEX idx_scores_contest_criterion_registration');
    await q.query('DROP INDEX idx_scores_unconfirmed');
  }
}
