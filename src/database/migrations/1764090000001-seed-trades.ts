import { MigrationInterface, QueryRunner } from 'typeorm';
import { TRADE_CATALOGUE } from '../../trades/trade-catalogue';

/** The common trades, so that an organizer can set up a competition without typing a catalogue. */
export class SeedTrades1764090000001 implements MigrationInterface {
  name = 'SeedTrades1764090000001';

  async up(q: QueryRunner): Promise<void> {
    const now = new Date().toISOString();
    for (const trade of TRADE_CATALOGUE) {
      // Column names, not entity properties: a migration must not depend on today's entities.
      const [sql, params] = q.connection.driver.escapeQueryWithParameters(
        'INSERT INTO trades (code, name, name_en, created_at) VALUES (:code, :name, :nameEn, :now) ON CONFLICT DO NOTHING',
        { ...trade, now },
        {},
      );
      await q.query(sql, params);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    const [sql, params] = q.connection.driver.escapeQueryWithParameters(
      'DELETE FROM trades WHERE code IN (:...codes)',
      { codes: TRADE_CATALOGUE.map((t) => t.code) },
      {},
    );
    await q.query(sql, params);
  }
}
