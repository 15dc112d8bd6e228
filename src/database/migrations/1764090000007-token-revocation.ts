import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { instant, int, text } from './column-builders';

/**
 * Sessions that end before their tokens expire, and the per-account login back-off; both in the
 * database so that every API process sees them:
 * - users.token_version: raising it revokes every token the user holds (password change, deactivation);
 * - revoked_tokens: one logged-out token by its id (jti) until it would have expired anyway;
 * - login_backoff: failed logins per user name (any address), for a growing delay window.
 */
export class TokenRevocation1764090000007 implements MigrationInterface {
  name = 'TokenRevocation1764090000007';

  async up(q: QueryRunner): Promise<void> {
    // Plain ALTER TABLE: see 1764090000002 for why not TypeORM's addColumn on SQLite.
    await q.query('ALTER TABLE users ADD COLUMN token_version integer NOT NULL DEFAULT 0');
    await q.createTable(
      new Table({
        name: 'revoked_tokens',
        columns: [{ ...text('jti', 64), isPrimary: true }, int('user_id'), instant('expires_at')],
        indices: [{ name: 'idx_revoked_tokens_expires', columnNames: ['expires_at'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'login_backoff',
        columns: [
          { ...text('username_key', 64), isPrimary: true },
          int('failures'),
          instant('last_failure_at'),
        ],
        indices: [{ name: 'idx_login_backoff_last_failure', columnNames: ['last_failure_at'] }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('login_backoff');
    await q.dropTable('revoked_tokens');
    await q.query('ALTER TABLE users DROP COLUMN token_version');
  }
}
