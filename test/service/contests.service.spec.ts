import { CompetitionsRepository } from '../../src/competitions/competitions.repository';
import { CompetitionsModule } from '../../src/competitions/competitions.module';
import { DomainError } from '../../src/common/errors/domain-error';
import { ContestsModule } from '../../src/contests/contests.module';
import { ContestsRepository } from '../../src/contests/contests.repository';
import { ContestsService } from '../../src/contests/contests.service';
import { UnitOfWork } from '../../src/database/unit-of-work';
import { TradesRepository } from '../../src/trades/trades.repository';
import { scheme20x80, scheme30x70 } from '../factories/schemes';
import { serviceModule, testDatabases } from '../support/databases';

async function rejection(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof DomainError))
    throw new Error(`expected a DomainError, got ${String(error)}`);
  return error;
}

describe.each(testDatabases())('ContestsService on %s', (_name, database) => {
  let close: () => Promise<void>;
  let service: ContestsService;
  let repository: ContestsRepository;
  let competitionId: number;
  let tradeIds: Record<string, number>;

  beforeAll(async () => {
    const setup = await serviceModule(database, [CompetitionsModule, ContestsModule]);
    close = setup.close;
    service = setup.module.get(ContestsService);
    repository = setup.module.get(ContestsRepository);
    const trades = await setup.module.get(TradesRepository).list();
    tradeIds = Object.fromEntries(trades.map((t) => [t.code, t.id]));
    await setup.module.get(UnitOfWork).run(async (manager) => {
      await manager.query(
        `INSERT INTO users (username, password_hash, display_name, role, created_at) VALUES ('org', 'x', 'org', 'ORGANIZER', '2026-01-01T00:00:00.000Z')`,
      );
      const users = await manager.query<{ id: number }[]>(
        `SELECT id FROM users WHERE username = 'org'`,
      );
      const competition = await setup.module.get(CompetitionsRepository).insert(manager, {
        code: 'FX2017',
        name: '2017年阜新市职工职业技能大赛',
        year: 2017,
        issuingBody: '阜新市总工会',
        createdBy: Number(users[0].id),
        createdAt: new Date(),
      });
      competitionId = competition.id;
    });
  });
  afterAll(async () => {
    await close?.();
  });

  it('stores the scheme as rows and reads back exactly what it normalised', async () => {
    const { contest, scheme } = await service.create(competitionId, {
      tradeId: tradeIds.ECOM,
      scheme: scheme30x70(),
    });
    const reloaded = await repository.loadScheme(contest.id);
    expect(reloaded).toEqual(scheme);
    expect(
      reloaded.parts.map((p) => [p.key, p.weightCenti, p.maxPointsCenti, p.passMarkCenti]),
    ).toEqual([
      ['theory', 3000, 10000, 6000],
      ['practical', 7000, 10000, 6000],
    ]);
    expect(reloaded.parts[1].criteria.map((c) => [c.key, c.method, c.toleranceCenti])).toEqual([
      ['accuracy', 'MEAN', null],
      ['finish', 'TRIMMED_MEAN', null],
      ['safety', 'MEAN', 100],
    ]);
    const stored = await repository.findById(contest.id);
    expect(stored?.tieBreak).toEqual([
      { by: 'PART', partKey: 'practical', order: 'DESC' },
      { by: 'TIME', order: 'ASC' },
    ]);
    expect(stored?.titlePolicy.rungs).toHaveLength(4);
  });

  it('replaces the scheme in DRAFT in one transaction, and keeps the old one when the new is refused', async () => {
    const { contest } = await service.create(competitionId, {
      tradeId: tradeIds.WELD,
      scheme: scheme30x70(),
    });
    const updated = await service.update(contest.id, { scheme: scheme20x80(), version: 1 });
    expect(updated.contest.version).toBe(2);
    expect(updated.scheme.parts.map((p) => p.weightCenti)).toEqual([2000, 8000]);

    const bad = scheme20x80();
    bad.parts[0].weight = 25;
    const error = await rejection(
      service.update(contest.id, { scheme: bad, status: 'REGISTRATION' }),
    );
    expect(error.code).toBe('SCHEME_INVALID');
    const after = await service.get(contest.id);
    expect(after.contest.status).toBe('DRAFT');
    expect(after.contest.version).toBe(2);
    expect(after.scheme.parts.map((p) => p.weightCenti)).toEqual([2000, 8000]);
  });

  it('lets only one of two concurrent writers of the same version win', async () => {
    const { contest } = await service.create(competitionId, {
      tradeId: tradeIds.ELEC,
      scheme: scheme30x70(),
    });
    const results = await Promise.allSettled([
      service.update(contest.id, { minField: 5, version: 1 }),
      service.update(contest.id, { minField: 7, version: 1 }),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect((lost[0].reason as DomainError).code).toBe('STALE_VERSION');
    const final = await service.get(contest.id);
    expect(final.contest.version).toBe(2);
    expect([5, 7]).toContain(final.contest.minField);
  });

  it('refuses a second contest for the same trade and leaves the first alone', async () => {
    const error = await rejection(
      service.create(competitionId, { tradeId: tradeIds.ECOM, scheme: scheme30x70() }),
    );
    expect(error.code).toBe('CONTEST_TRADE_TAKEN');
    const contests = await repository.listByCompetition(competitionId);
    expect(contests.filter((c) => c.tradeId === tradeIds.ECOM)).toHaveLength(1);
  });
});
