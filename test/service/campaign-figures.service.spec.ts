import { DataSource } from 'typeorm';
import type { Principal } from '../../src/common/auth/principal';
import { DomainError } from '../../src/common/errors/domain-error';
import { Contest } from '../../src/contests/contest.entity';
import type { ContestStatus } from '../../src/contests/rules';
import { CampaignFiguresModule } from '../../src/rounds/campaign-figures.module';
import { GrantChange } from '../../src/rounds/grants.entity';
import { GrantsService } from '../../src/rounds/grants.service';
import { formatFen } from '../../src/rounds/grants.rules';
import { StatisticsService } from '../../src/rounds/statistics.service';
import { Trade } from '../../src/trades/trade.entity';
import { serviceModule, testDatabases } from '../support/databases';
import { insertRows } from '../support/insert-rows';

async function rejection(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof DomainError))
    throw new Error(`expected a DomainError, got ${String(error)}`);
  return error;
}

/** A small deterministic generator (mulberry32), so every run builds the same campaign. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TITLES = ['CHAMPION', 'PACESETTER', 'EXPERT', 'EXCELLENT'];
const FED = 101;
const UNIT_A = 102;
const UNIT_B = 103;
const UNIT_A1 = 104;
const COMPETITION = 700;
const OTHER_COMPETITION = 701;

interface PlannedContest {
  id: number;
  competitionId: number;
  trade: number;
  round: number;
  host: number | null;
  status: ContestStatus;
  published: boolean;
}
interface PlannedEntry {
  id: number;
  contestId: number;
  workerId: number;
  unitId: number;
  status: 'PENDING' | 'APPROVED' | 'REJECTED' | 'WITHDRAWN';
  feeder: number | null;
  /** In the published run: ranked or not, and the title. */
  ranked: boolean;
  title: string | null;
}

/**
 * The campaign's figures (docs/statistics.md) on a real database: grants all or nothing, in fen,
 * reported by coordinators in their subtree; the statistics equal to an independent computation
 * over a campaign of 2 trades × 2 preliminaries + a final, with workers in both rounds.
 */
describe.each(testDatabases())('Grants and statistics on %s', (_name, database) => {
  let close: () => Promise<void>;
  let grants: GrantsService;
  let statistics: StatisticsService;
  let dataSource: DataSource;
  let trades: Trade[];
  const organizer: Principal = { userId: 900, username: 'org', role: 'ORGANIZER', unitId: null };
  const coordA: Principal = {
    userId: 901,
    username: 'ca',
    role: 'UNIT_COORDINATOR',
    unitId: UNIT_A,
  };
  const coordB: Principal = {
    userId: 902,
    username: 'cb',
    role: 'UNIT_COORDINATOR',
    unitId: UNIT_B,
  };
  const coordA1: Principal = {
    userId: 903,
    username: 'ca1',
    role: 'UNIT_COORDINATOR',
    unitId: UNIT_A1,
  };
  const contests: PlannedContest[] = [];
  const entries: PlannedEntry[] = [];

  const grantRows = () =>
    dataSource
      .getRepository('Grant')
      .find({ where: { competitionId: COMPETITION }, order: { unitId: 'ASC' } });

  beforeAll(async () => {
    const setup = await serviceModule(database, [CampaignFiguresModule]);
    close = setup.close;
    grants = setup.module.get(GrantsService);
    statistics = setup.module.get(StatisticsService);
    dataSource = setup.module.get(DataSource);
    const now = new Date('2026-12-01T08:00:00.000Z');
    // One at a time: each names the unit above it.
    for (const unit of [
      {
        id: FED,
        code: 'FED',
        name: '市总工会',
        parentId: null,
        path: `/${FED}/`,
        depth: 0,
        createdAt: now,
      },
      {
        id: UNIT_A,
        code: 'A',
        name: '海州区总工会',
        parentId: FED,
        path: `/${FED}/${UNIT_A}/`,
        depth: 1,
        createdAt: now,
      },
      {
        id: UNIT_B,
        code: 'B',
        name: '细河区总工会',
        parentId: FED,
        path: `/${FED}/${UNIT_B}/`,
        depth: 1,
        createdAt: now,
      },
      {
        id: UNIT_A1,
        code: 'A1',
        name: '海州机械厂工会',
        parentId: UNIT_A,
        path: `/${FED}/${UNIT_A}/${UNIT_A1}/`,
        depth: 2,
        createdAt: now,
      },
    ])
      await insertRows(dataSource, 'units', unit);
    await insertRows(
      dataSource,
      'users',
      [organizer, coordA, coordB, coordA1].map((p) => ({
        id: p.userId,
        username: p.username,
        passwordHash: 'x',
        displayName: p.username,
        role: p.role,
        unitId: p.unitId,
        active: true,
        tokenVersion: 1,
        createdAt: now,
      })),
    );
    await insertRows(
      dataSource,
      'competitions',
      [COMPETITION, OTHER_COMPETITION].map((id) => ({
        id,
        code: `C${id}`,
        name: `竞赛${id}`,
        year: 2026,
        issuingBody: null,
        createdBy: organizer.userId,
        createdAt: now,
      })),
    );
    trades = await dataSource.getRepository(Trade).find({ order: { id: 'ASC' }, take: 2 });

    // Per trade: preliminaries hosted by A (published) and B (final for the first trade, still
    // scoring for the second), and the federation's final (published for the first trade only).
    // Another competition holds a published contest too: it must not count.
    let contestId = 800;
    const plan = (c: Omit<PlannedContest, 'id'>) => contests.push({ ...c, id: contestId++ });
    for (const [i, trade] of trades.entries()) {
      plan({
        competitionId: COMPETITION,
        trade: trade.id,
        round: 1,
        host: UNIT_A,
        status: 'PUBLISHED',
        published: true,
      });
      plan({
        competitionId: COMPETITION,
        trade: trade.id,
        round: 1,
        host: UNIT_B,
        status: i === 0 ? 'FINAL' : 'SCORING',
        published: i === 0,
      });
      plan({
        competitionId: COMPETITION,
        trade: trade.id,
        round: 2,
        host: null,
        status: i === 0 ? 'PUBLISHED' : 'REGISTRATION',
        published: i === 0,
      });
    }
    plan({
      competitionId: OTHER_COMPETITION,
      trade: trades[0].id,
      round: 1,
      host: null,
      status: 'PUBLISHED',
      published: true,
    });

    const next = random(20261207);
    const STATUSES = [
      'APPROVED',
      'APPROVED',
      'APPROVED',
      'PENDING',
      'REJECTED',
      'WITHDRAWN',
    ] as const;
    let workerId = 5000;
    let registrationId = 9000;
    const workers: { id: number; unitId: number }[] = [];
    for (const contest of contests.filter((c) => c.round === 1)) {
      for (let k = 0; k < 30; k++) {
        const unitId = [UNIT_A, UNIT_A1, UNIT_B][Math.floor(next() * 3)];
        const worker = { id: workerId++, unitId };
        workers.push(worker);
        const status = STATUSES[Math.floor(next() * STATUSES.length)];
        const ranked = status === 'APPROVED' && next() < 0.85;
        entries.push({
          id: registrationId++,
          contestId: contest.id,
          workerId: worker.id,
          unitId,
          status,
          feeder: null,
          ranked,
          title: ranked && next() < 0.3 ? TITLES[Math.floor(next() * 4)] : null,
        });
      }
    }
    // The finals: 8 ranked entrants of each trade's preliminaries advance (a worker already
    // counted in round 1); one finalist withdraws; one worker enters the final directly.
    for (const final of contests.filter((c) => c.round === 2)) {
      const feeders = contests
        .filter(
          (c) =>
            c.round === 1 && c.trade === final.trade && c.competitionId === final.competitionId,
        )
        .map((c) => c.id);
      const advancers = entries
        .filter((e) => feeders.includes(e.contestId) && e.ranked)
        .slice(0, 8);
      advancers.forEach((a, k) => {
        const ranked = k !== 3 && next() < 0.9;
        entries.push({
          id: registrationId++,
          contestId: final.id,
          workerId: a.workerId,
          unitId: a.unitId,
          status: k === 3 ? 'WITHDRAWN' : 'APPROVED',
          feeder: a.id,
          ranked,
          title: ranked && k < 5 ? TITLES[k % 4] : null,
        });
      });
      const direct = { id: workerId++, unitId: UNIT_B };
      workers.push(direct);
      entries.push({
        id: registrationId++,
        contestId: final.id,
        workerId: direct.id,
        unitId: UNIT_B,
        status: 'APPROVED',
        feeder: null,
        ranked: true,
        title: 'EXCELLENT',
      });
    }

    await insertRows(
      dataSource,
      'workers',
      workers.map((w) => ({
        id: w.id,
        idNumberHash: `h${w.id}`,
        idNumberTail: null,
        idNumberEnc: null,
        name: `职工${w.id}`,
        gender: 'M' as const,
        birthDate: '1990-01-01',
        phoneEnc: null,
        unitId: w.unitId,
        claimOf: null,
        anonymisedAt: null,
        createdAt: now,
        updatedAt: now,
      })),
    );
    for (const c of contests) {
      await insertRows(dataSource, 'contests', {
        id: c.id,
        competitionId: c.competitionId,
        tradeId: c.trade,
        status: c.status,
        titlePolicy: { rungs: [] } as unknown as Contest['titlePolicy'],
        tieBreak: [],
        minField: 1,
        allowMultipleEntries: false,
        version: 1,
        drawnAt: null,
        drawRound: 0,
        scoringStartedAt: null,
        publishedRunId: null,
        publicationEndsAt: null,
        round: c.round,
        hostUnitId: c.host,
        selfRegistration: false,
        advancementRule: null,
        createdAt: now,
        updatedAt: now,
      });
    }
    // Feeder entries first: a finalist's registration names its feeder's.
    const byId = new Map(contests.map((c) => [c.id, c]));
    for (const e of [...entries].sort((a, b) => a.id - b.id)) {
      await insertRows(dataSource, 'registrations', {
        id: e.id,
        contestId: e.contestId,
        competitionId: byId.get(e.contestId)!.competitionId,
        workerId: e.workerId,
        unitId: e.unitId,
        status: e.status,
        rejectReason: e.status === 'REJECTED' ? '不符合条件' : null,
        outOfCompetition: false,
        attendance: 'PRESENT',
        feederRegistrationId: e.feeder,
        selfRegistered: false,
        createdAt: now,
        updatedAt: now,
      });
    }
    // Every contest that got as far as scoring has a run; only the published ones' runs count
    // (the unpublished run of the scoring preliminary has titles too, and must not count).
    let runId = 600;
    for (const c of contests.filter((x) => x.published || x.status === 'SCORING')) {
      const id = runId++;
      await insertRows(dataSource, 'result_runs', {
        id,
        contestId: c.id,
        runNo: 1,
        fingerprint: `f${id}`,
        status: 'DONE',
        jobId: null,
        requestedBy: organizer.userId,
        requestedAt: now,
        finishedAt: now,
        publishedAt: c.published ? now : null,
        publishedBy: c.published ? organizer.userId : null,
      });
      const rows = entries.filter((e) => e.contestId === c.id && e.status === 'APPROVED');
      await insertRows(
        dataSource,
        'result_rows',
        rows.map((e, position) => ({
          runId: id,
          contestId: c.id,
          registrationId: e.id,
          position: position + 1,
          rank: e.ranked ? position + 1 : null,
          tied: false,
          guest: false,
          attendance: e.ranked ? ('PRESENT' as const) : ('ABSENT' as const),
          totalCenti: e.ranked ? 9000 - position : null,
          parts: { parts: [], criteria: {} },
          title: e.title,
          titleReason: e.title ? 'AWARDED' : 'NOT_RANKED',
          titleDetail: '',
          titleDetailZh: '',
          timeSeconds: null,
          name: `职工${e.workerId}`,
          unitId: e.unitId,
          unitName: 'x',
          blindCode: null,
        })),
      );
      if (c.published)
        await dataSource.getRepository(Contest).update({ id: c.id }, { publishedRunId: id });
    }
  }, 120000);

  afterAll(async () => {
    await close?.();
  });

  describe('grants', () => {
    it('refuses a body with any bad row, naming every problem, and changes nothing', async () => {
      await grants.replace(COMPETITION, [{ unitId: UNIT_A, amount: '100.00' }], organizer);
      const before = await grantRows();
      const error = await rejection(
        grants.replace(
          COMPETITION,
          [
            { unitId: UNIT_A, amount: '200.00' },
            { unitId: 99999, amount: '1.00' },
            { unitId: UNIT_B, amount: '-5.00' },
            { unitId: UNIT_A1, amount: '1.005' },
            { unitId: FED, amount: '10000000.01' },
            { unitId: UNIT_A, amount: 3 },
            { unitId: UNIT_B + 0, amount: 'abc' },
          ],
          organizer,
        ),
      );
      expect(error.code).toBe('GRANTS_INVALID');
      const issues = (error.details as { issues: { code: string; path: string }[] }).issues;
      expect(issues.map((i) => `${i.path} ${i.code}`)).toEqual([
        '[1].unitId GRANT_UNIT_UNKNOWN',
        '[2].amount GRANT_AMOUNT_NEGATIVE',
        '[3].amount GRANT_AMOUNT_PRECISION',
        '[4].amount GRANT_AMOUNT_TOO_LARGE',
        '[5].unitId GRANT_UNIT_DUPLICATE',
        '[6].unitId GRANT_UNIT_DUPLICATE',
        '[6].amount GRANT_AMOUNT_INVALID',
      ]);
      expect(await grantRows()).toEqual(before);
    });

    it('keeps amounts exactly in fen and sums them exactly', async () => {
      const saved = await grants.replace(
        COMPETITION,
        [
          { unitId: UNIT_A, amount: '0.10' },
          { unitId: UNIT_B, amount: 0.2 },
          { unitId: UNIT_A1, amount: '10000000.00' },
          { unitId: FED, amount: 12345.6 },
        ],
        organizer,
      );
      expect(saved.map((g) => [g.unitId, g.amountFen])).toEqual([
        [UNIT_A, 10],
        [UNIT_A1, 1_000_000_000],
        [UNIT_B, 20],
        [FED, 1_234_560],
      ]);
      const total = saved.reduce((n, g) => n + g.amountFen, 0);
      expect(formatFen(total)).toBe('10012345.90');
    });

    it('lets a coordinator report for their unit and the units below it, not another', async () => {
      const own = await grants.report(
        COMPETITION,
        UNIT_A1,
        { used: '9999999.99', report: '三场初赛' },
        coordA,
      );
      expect([own.usedFen, own.report, own.updatedBy]).toEqual([
        999_999_999,
        '三场初赛',
        coordA.userId,
      ]);
      const other = await rejection(grants.report(COMPETITION, UNIT_B, { used: '0.10' }, coordA));
      expect([other.kind, other.code]).toEqual(['FORBIDDEN', 'UNIT_OUT_OF_SCOPE']);
      const above = await rejection(grants.report(COMPETITION, UNIT_A, { used: '0.05' }, coordA1));
      expect(above.code).toBe('UNIT_OUT_OF_SCOPE');
      const over = await rejection(grants.report(COMPETITION, UNIT_B, { used: '0.21' }, coordB));
      expect((over.details as { issues: { code: string }[] }).issues.map((i) => i.code)).toEqual([
        'GRANT_USED_OVER_AMOUNT',
      ]);
      await grants.report(COMPETITION, UNIT_B, { used: 0.2, report: '全部用于决赛' }, coordB);
      const listed = await grants.list(COMPETITION, coordA);
      expect(listed.map((g) => g.unitId).sort()).toEqual([UNIT_A, UNIT_A1]);
    });

    it('refuses to drop a reported grant or to cut an amount below what was used', async () => {
      const dropped = await rejection(
        grants.replace(COMPETITION, [{ unitId: UNIT_A, amount: '0.10' }], organizer),
      );
      expect((dropped.details as { issues: { code: string }[] }).issues.map((i) => i.code)).toEqual(
        ['GRANT_REPORTED', 'GRANT_REPORTED'],
      );
      const cut = await rejection(
        grants.replace(
          COMPETITION,
          [
            { unitId: UNIT_A1, amount: '100.00' },
            { unitId: UNIT_B, amount: '0.20' },
          ],
          organizer,
        ),
      );
      expect(
        (cut.details as { issues: { code: string; path: string }[] }).issues.map(
          (i) => `${i.path} ${i.code}`,
        ),
      ).toEqual(['[0].amount GRANT_USED_OVER_AMOUNT']);
      // Unit A (unreported) and the federation are removed; the reports are kept as they were.
      const kept = await grants.replace(
        COMPETITION,
        [
          { unitId: UNIT_A1, amount: '10000000.00' },
          { unitId: UNIT_B, amount: '0.30' },
        ],
        organizer,
      );
      expect(kept.map((g) => [g.unitId, g.amountFen, g.usedFen, g.report])).toEqual([
        [UNIT_A1, 1_000_000_000, 999_999_999, '三场初赛'],
        [UNIT_B, 30, 20, '全部用于决赛'],
      ]);
    });

    it('records every change with who and when', async () => {
      const changes = await dataSource
        .getRepository(GrantChange)
        .find({ where: { competitionId: COMPETITION }, order: { id: 'ASC' } });
      expect(changes.map((c) => [c.kind, c.unitId, c.byUserId])).toEqual([
        ['SET', UNIT_A, organizer.userId],
        ['SET', UNIT_A, organizer.userId],
        ['SET', UNIT_B, organizer.userId],
        ['SET', UNIT_A1, organizer.userId],
        ['SET', FED, organizer.userId],
        ['REPORT', UNIT_A1, coordA.userId],
        ['REPORT', UNIT_B, coordB.userId],
        ['SET', UNIT_B, organizer.userId],
        ['REMOVE', FED, organizer.userId],
        ['REMOVE', UNIT_A, organizer.userId],
      ]);
      expect(changes.every((c) => c.at instanceof Date)).toBe(true);
    });
  });

  describe('statistics', () => {
    it('equal an independent count over the data', async () => {
      const figures = await statistics.compute(COMPETITION);
      const mine = contests.filter((c) => c.competitionId === COMPETITION);
      const own = entries.filter((e) => mine.some((c) => c.id === e.contestId));
      const active = own.filter((e) => e.status === 'APPROVED' || e.status === 'PENDING');
      const round = (id: number) => mine.find((c) => c.id === id)!.round;
      const publishedOf = (e: PlannedEntry) =>
        mine.find((c) => c.id === e.contestId)!.published && e.status === 'APPROVED';
      const titled = own.filter((e) => publishedOf(e) && e.title !== null);

      expect(figures.trades).toBe(2);
      expect(figures.participants).toBe(new Set(active.map((e) => e.workerId)).size);
      // Counted once: the finalists are round-1 workers too.
      expect(figures.participants).toBeLessThan(active.length);
      expect(figures.contests.total).toBe(6);
      expect(figures.contests.held).toBe(4);
      expect(figures.contests.byRound).toEqual([
        { round: 1, contests: 4, held: 3 },
        { round: 2, contests: 2, held: 1 },
      ]);
      expect(figures.contests.byUnit).toEqual([
        { unitId: null, unit: null, contests: 2, held: 1 },
        { unitId: UNIT_A, unit: '海州区总工会', contests: 2, held: 2 },
        { unitId: UNIT_B, unit: '细河区总工会', contests: 2, held: 1 },
      ]);
      expect(figures.titles.total).toBe(titled.length);
      for (const r of [1, 2]) {
        const inRound = titled.filter((e) => round(e.contestId) === r);
        const line = figures.titles.byRound.find((x) => x.round === r)!;
        expect(line.total).toBe(inRound.length);
        for (const { title, count } of line.byTitle)
          expect(count).toBe(inRound.filter((e) => e.title === title).length);
      }
      for (const unit of [UNIT_A, UNIT_A1, UNIT_B]) {
        const line = figures.titles.byUnit.find((u) => u.unitId === unit);
        expect(line?.total ?? 0).toBe(titled.filter((e) => e.unitId === unit).length);
      }
      for (const trade of figures.funnel) {
        for (const r of trade.rounds) {
          const ids = mine
            .filter((c) => c.trade === trade.tradeId && c.round === r.round)
            .map((c) => c.id);
          const inRound = (e: PlannedEntry) => ids.includes(e.contestId);
          expect(r.entries).toBe(active.filter(inRound).length);
          expect(r.ranked).toBe(
            entries.filter((e) => inRound(e) && publishedOf(e) && e.ranked).length,
          );
          expect(r.titles).toBe(titled.filter(inRound).length);
          const feederIds = new Set(own.filter(inRound).map((e) => e.id));
          expect(r.advanced).toBe(
            active.filter((e) => e.feeder !== null && feederIds.has(e.feeder)).length,
          );
        }
      }
      expect(figures.funnel.map((t) => t.rounds.map((r) => r.advanced))).toEqual([
        [7, 0],
        [7, 0],
      ]);
      expect([figures.grants.total, figures.grants.used]).toEqual(['10000000.30', '10000000.19']);
    });

    it('answers 404 for a competition that does not exist', async () => {
      expect((await rejection(statistics.compute(999999))).code).toBe('COMPETITION_NOT_FOUND');
    });
  });
});
