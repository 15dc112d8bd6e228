import { Test } from '@nestjs/testing';
import { DataSource, EntityManager } from 'typeorm';
import { ConfigModule } from '../../src/config/config.module';
import type { Environment } from '../../src/config/environment';
import { DatabaseModule } from '../../src/database/database.module';
import { readSqlitePragmas } from '../../src/database/sqlite-pragmas';
import { MIGRATIONS } from '../../src/database/migrations';
import { ScoreIndexes1764090000006 } from '../../src/database/migrations/1764090000006-score-indexes';
import { UnitOfWork } from '../../src/database/unit-of-work';
import { TRADE_CATALOGUE } from '../../src/trades/trade-catalogue';
import { serviceModule, testDatabases } from '../support/databases';

const TABLES = [
  'units',
  'users',
  'trades',
  'competitions',
  'contests',
  'contest_parts',
  'contest_criteria',
  'workers',
  'registrations',
  'roster_imports',
];

describe.each(testDatabases())('database on %s', (_name, database) => {
  let close: () => Promise<void>;
  let dataSource: DataSource;
  let unitOfWork: UnitOfWork;

  let env: Environment;

  beforeAll(async () => {
    const setup = await serviceModule(database);
    close = setup.close;
    env = setup.env;
    dataSource = setup.module.get(DataSource);
    unitOfWork = setup.module.get(UnitOfWork);
  });
  afterAll(async () => {
    await close?.();
  });

  it('migrates an empty database: every table, and the seeded trade catalogue', async () => {
    expect(await dataSource.showMigrations()).toBe(false);
    const runner = dataSource.createQueryRunner();
    try {
      for (const table of TABLES) expect(await runner.hasTable(table)).toBe(true);
    } finally {
      await runner.release();
    }
    const rows = await dataSource.query<{ code: string }[]>(
      'SELECT code FROM trades ORDER BY code',
    );
    expect(rows.map((r) => r.code).sort()).toEqual(TRADE_CATALOGUE.map((t) => t.code).sort());
  });

  it('reverts and reapplies the latest migration without losing contests or their schemes', async () => {
    const at = "'2026-01-01T00:00:00.000Z'";
    await unitOfWork.run(async (m) => {
      await m.query(
        `INSERT INTO users (username, password_hash, display_name, role, created_at) VALUES ('keep', 'x', 'k', 'ORGANIZER', ${at})`,
      );
      await m.query(
        `INSERT INTO competitions (code, name, year, created_by, created_at) SELECT 'KEEP', 'k', 2017, id, ${at} FROM users WHERE username = 'keep'`,
      );
      await m.query(
        `INSERT INTO contests (competition_id, trade_id, status, title_policy, tie_break, min_field, created_at, updated_at) SELECT c.id, t.id, 'DRAFT', '{}', '[]', 3, ${at}, ${at} FROM competitions c, trades t WHERE c.code = 'KEEP' AND t.code = 'ECOM'`,
      );
      await m.query(
        `INSERT INTO contest_parts (contest_id, key, name, position, weight_centi, max_points_centi) SELECT id, 'practical', 'p', 0, 10000, 10000 FROM contests`,
      );
    });
    const count = async (table: string) =>
      Number(
        (await dataSource.query<{ n: string | number }[]>(`SELECT COUNT(*) AS n FROM ${table}`))[0]
          .n,
      );
    await dataSource.undoLastMigration();
    expect(await count('contests')).toBe(1);
    expect(await count('contest_parts')).toBe(1);
    await dataSource.runMigrations();
    expect(await count('contests')).toBe(1);
    expect(await count('contest_parts')).toBe(1);
    const [contest] = await dataSource.query<{ draw_round: number; drawn_at: string | null }[]>(
      'SELECT draw_round, drawn_at FROM contests',
    );
    expect(contest).toEqual({ draw_round: 0, drawn_at: null });
    await unitOfWork.run(async (m) => {
      await m.query('DELETE FROM contest_parts');
      await m.query('DELETE FROM contests');
      await m.query("DELETE FROM competitions WHERE code = 'KEEP'");
      await m.query("DELETE FROM users WHERE username = 'keep'");
    });
  });

  it('reverts every migration and applies them again', async () => {
    for (let i = 0; i < MIGRATIONS.length; i++) await dataSource.undoLastMigration();
    const runner = dataSource.createQueryRunner();
    try {
      expect(await runner.hasTable('contests')).toBe(false);
      expect(await runner.hasTable('units')).toBe(false);
    } finally {
      await runner.release();
    }
    expect(await dataSource.showMigrations()).toBe(true);
    await dataSource.runMigrations();
    expect(await dataSource.showMigrations()).toBe(false);
    const [{ n }] = await dataSource.query<{ n: string | number }[]>(
      'SELECT COUNT(*) AS n FROM trades',
    );
    expect(Number(n)).toBe(TRADE_CATALOGUE.length);
  });

  it('indexes the results readiness check: unconfirmed scores, and groups by contest and criterion', async () => {
    const sqlite = dataSource.options.type === 'sqlite';
    const indexes = async () =>
      (
        await dataSource.query<{ name: string }[]>(
          sqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'scores'"
            : "SELECT indexname AS name FROM pg_indexes WHERE tablename = 'scores'",
        )
      ).map((r) => r.name);
    expect(await indexes()).toEqual(
      expect.arrayContaining([
        'idx_scores_unconfirmed',
        'idx_scores_contest_criterion_registration',
      ]),
    );
    expect(await indexes()).not.toContain('idx_scores_contest_criterion');
    // Back to before the score-index migration, undoing any later ones first.
    const later = MIGRATIONS.length - MIGRATIONS.indexOf(ScoreIndexes1764090000006);
    for (let i = 0; i < later; i++) await dataSource.undoLastMigration();
    expect(await indexes()).toContain('idx_scores_contest_criterion');
    expect(await indexes()).not.toContain('idx_scores_unconfirmed');
    await dataSource.runMigrations();
    expect(await indexes()).toContain('idx_scores_unconfirmed');
    if (sqlite) {
      const plan = await dataSource.query<{ detail: string }[]>(
        'EXPLAIN QUERY PLAN SELECT COUNT(*) FROM scores WHERE contest_id = 1 AND confirmed_at IS NULL',
      );
      expect(plan.map((p) => p.detail).join(' ')).toContain('idx_scores_unconfirmed');
    }
  });

  it('enforces foreign keys and check constraints', async () => {
    await expect(
      dataSource.query(
        `INSERT INTO units (code, name, parent_id, path, depth, created_at) VALUES ('X1', 'x', 999999, '/', 1, '2026-01-01T00:00:00.000Z')`,
      ),
    ).rejects.toThrow(/FOREIGN KEY|foreign key/);
    await expect(
      dataSource.query(
        `INSERT INTO users (username, password_hash, display_name, role, created_at) VALUES ('u1', 'h', 'u', 'ROOT', '2026-01-01T00:00:00.000Z')`,
      ),
    ).rejects.toThrow(/CHECK|check/);
  });

  it('keeps concurrent transactions apart: a rollback never undoes another request’s work', async () => {
    const attempts = Array.from({ length: 30 }, (_, i) =>
      unitOfWork.run(async (manager) => {
        await manager.query(
          dataSource.options.type === 'postgres'
            ? `INSERT INTO units (code, name, path, depth, created_at) VALUES ($1, 'n', '/', 0, '2026-01-01T00:00:00.000Z')`
            : `INSERT INTO units (code, name, path, depth, created_at) VALUES (?, 'n', '/', 0, '2026-01-01T00:00:00.000Z')`,
          [`C${i}`],
        );
        await new Promise((r) => setTimeout(r, i % 3));
        if (i % 2 === 1) throw new Error(`rollback ${i}`);
        return i;
      }),
    );
    const results = await Promise.allSettled(attempts);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(15);
    const rows = await dataSource.query<{ code: string }[]>(
      `SELECT code FROM units WHERE code LIKE 'C%'`,
    );
    const expected = Array.from({ length: 15 }, (_, k) => `C${2 * k}`);
    expect(rows.map((r) => r.code).sort()).toEqual(expected.sort());
  });

  if (database.kind === 'sqlite') {
    it('lets two processes write one SQLite file: a read-then-write transaction waits for the lock', async () => {
      // A second "process": its own connection to the same file, as `npm run start:job-runner` has.
      const other = await Test.createTestingModule({
        imports: [
          ConfigModule.forRoot(env),
          DatabaseModule.forRoot({ runMigrations: false, retryAttempts: 0 }),
        ],
      }).compile();
      await other.init();
      try {
        const theirs = other.get(UnitOfWork);
        const insert = (m: EntityManager, code: string) =>
          m.query(
            `INSERT INTO units (code, name, path, depth, created_at) VALUES (?, 'n', '/', 0, '2026-01-01T00:00:00.000Z')`,
            [code],
          );
        let release!: () => void;
        const held = new Promise<void>((r) => (release = r));
        let locked!: () => void;
        const hasLock = new Promise<void>((r) => (locked = r));
        const writer = theirs.run(async (m) => {
          await insert(m, 'P-OTHER');
          locked();
          await held; // holds the write lock while ours starts
        });
        await hasLock;
        const reader = unitOfWork.run(async (m) => {
          await m.query(`SELECT COUNT(*) AS n FROM units`); // reads first…
          await insert(m, 'P-OURS'); // …then writes: must wait, not fail with SQLITE_BUSY
        });
        setTimeout(release, 300);
        await Promise.all([writer, reader]);
        const rows = await dataSource.query<{ code: string }[]>(
          `SELECT code FROM units WHERE code LIKE 'P-%' ORDER BY code`,
        );
        expect(rows.map((r) => r.code)).toEqual(['P-OTHER', 'P-OURS']);
      } finally {
        await other.close();
      }
    });

    it('patches the shared SQLite query runner once, however many transactions run', async () => {
      // TypeORM's sqlite driver hands out one query runner. Patched again for every transaction,
      // the patches nested: each query went one call deeper per transaction ever run, and after
      // about 10,000 of them every write failed with "Maximum call stack size exceeded".
      await unitOfWork.run((m) => m.query('SELECT 1'));
      const runner = dataSource.createQueryRunner();
      const query = runner.query;
      for (let i = 0; i < 20; i++) await unitOfWork.run((m) => m.query('SELECT 1'));
      expect(dataSource.createQueryRunner()).toBe(runner);
      expect(runner.query).toBe(query);
    });

    it('runs SQLite in WAL mode with foreign keys on and a busy timeout', async () => {
      expect(await readSqlitePragmas(dataSource)).toEqual({
        journalMode: 'wal',
        foreignKeys: 1,
        busyTimeout: 5000,
      });
    });
  }
});
