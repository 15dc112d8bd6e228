import { DataSource } from 'typeorm';
import { UnitOfWork } from '../../src/database/unit-of-work';
import { serviceModule, testDatabases } from '../support/databases';

const AT = "'2026-01-01T00:00:00.000Z'";

/**
 * The rounds migration (1764090000011) on a database holding a contest: a trade may then have one
 * contest per round and host unit instead of one per competition, the existing contest is round 1
 * with its parts kept (SQLite rebuilds the contests table for it), and reverting is refused while
 * a trade has two contests in one competition, since the old rule could not hold them.
 */
describe.each(testDatabases())('rounds migration on %s', (_name, database) => {
  let close: () => Promise<void>;
  let dataSource: DataSource;
  let unitOfWork: UnitOfWork;

  const count = async (table: string) =>
    Number(
      (await dataSource.query<{ n: string | number }[]>(`SELECT COUNT(*) AS n FROM ${table}`))[0].n,
    );
  /** Another ECOM contest of the competition, in that round (null: before the migration). */
  const addContest = (round: number | null) =>
    unitOfWork.run((m) =>
      m.query(
        `INSERT INTO contests (competition_id, trade_id, status, title_policy, tie_break, min_field, created_at, updated_at${round === null ? '' : ', round'})
         SELECT c.id, t.id, 'DRAFT', '{}', '[]', 3, ${AT}, ${AT}${round === null ? '' : `, ${round}`}
         FROM competitions c, trades t WHERE c.code = 'R1' AND t.code = 'ECOM'`,
      ),
    );

  const lastMigration = async () =>
    (
      await dataSource.query<{ name: string }[]>(
        'SELECT name FROM migrations ORDER BY id DESC LIMIT 1',
      )
    )[0].name;
  /** Undoes the migrations after the rounds one (none of them holds data here). */
  const backToRounds = async () => {
    for (let later = 0; (await lastMigration()) !== 'Rounds1764090000011' && later < 10; later++) {
      await dataSource.undoLastMigration();
    }
    expect(await lastMigration()).toBe('Rounds1764090000011');
  };

  beforeAll(async () => {
    const setup = await serviceModule(database);
    close = setup.close;
    dataSource = setup.module.get(DataSource);
    unitOfWork = setup.module.get(UnitOfWork);
    await backToRounds();
    await dataSource.undoLastMigration();
    await unitOfWork.run(async (m) => {
      await m.query(
        `INSERT INTO users (username, password_hash, display_name, role, created_at) VALUES ('r', 'x', 'r', 'ORGANIZER', ${AT})`,
      );
      await m.query(
        `INSERT INTO competitions (code, name, year, created_by, created_at) SELECT 'R1', 'r', 2026, id, ${AT} FROM users WHERE username = 'r'`,
      );
    });
    await addContest(null);
    await unitOfWork.run((m) =>
      m.query(
        `INSERT INTO contest_parts (contest_id, key, name, position, weight_centi, max_points_centi) SELECT id, 'practical', 'p', 0, 10000, 10000 FROM contests`,
      ),
    );
  });
  afterAll(async () => {
    await close?.();
  });

  it('holds one contest per trade and competition before it', async () => {
    await expect(addContest(null)).rejects.toThrow();
    expect(await count('contests')).toBe(1);
  });

  it('keeps the contest and its parts, in round 1 without a host', async () => {
    await dataSource.runMigrations({ transaction: 'all' });
    expect(await count('contests')).toBe(1);
    expect(await count('contest_parts')).toBe(1);
    const [contest] = await dataSource.query<
      { round: number; host_unit_id: number | null; self_registration: boolean | number }[]
    >('SELECT round, host_unit_id, self_registration FROM contests');
    expect({ ...contest, self_registration: Boolean(contest.self_registration) }).toEqual({
      round: 1,
      host_unit_id: null,
      self_registration: false,
    });
  });

  it('lets the trade have a final beside its preliminary, once per round', async () => {
    await addContest(2);
    await expect(addContest(2)).rejects.toThrow();
    expect(await count('contests')).toBe(2);
  });

  it('refuses to revert while a trade has two contests in one competition, and changes nothing', async () => {
    await backToRounds();
    await expect(dataSource.undoLastMigration()).rejects.toThrow();
    expect(await lastMigration()).toBe('Rounds1764090000011');
    expect(await count('contests')).toBe(2);
    expect(await count('contest_parts')).toBe(1);
  });
});
