import { DataSource } from 'typeorm';
import { CampaignFiguresModule } from '../../src/rounds/campaign-figures.module';
import { STATISTICS_SQL } from '../../src/rounds/statistics.repository';
import { StatisticsService } from '../../src/rounds/statistics.service';
import { positional } from '../../src/database/positional';
import { Trade } from '../../src/trades/trade.entity';
import { serviceModule, testDatabases } from '../support/databases';
import { insertRows } from '../support/insert-rows';

const TRADES = 20;
const PRELIMINARIES = 9;
/** 180 preliminaries of 223 entries: 40,140 workers, and 1,800 finalists among them. */
const PER_PRELIMINARY = 223;
const ENTRIES = TRADES * PRELIMINARIES * PER_PRELIMINARY;
const ADVANCE = 10;

/**
 * The statistics at the size of the reference year (docs/statistics.md): 40,000 entries in 200
 * contests (20 trades × 9 published preliminaries and a final fed by them), every preliminary's
 * published rows, the finalists linked to their feeder entries. The route's figures come from a
 * few indexed aggregates, so they must answer well under a second.
 */
describe.each(testDatabases())('Statistics at scale on %s', (_name, database) => {
  let close: () => Promise<void>;
  let statistics: StatisticsService;
  let dataSource: DataSource;
  const now = new Date('2026-12-01T08:00:00.000Z');
  let finalists = 0;

  beforeAll(async () => {
    const setup = await serviceModule(database, [CampaignFiguresModule]);
    close = setup.close;
    statistics = setup.module.get(StatisticsService);
    dataSource = setup.module.get(DataSource);
    await insertRows(dataSource, 'units', {
      id: 1,
      code: 'FED',
      name: '市总工会',
      parentId: null,
      path: '/1/',
      depth: 0,
      createdAt: now,
    });
    const units = Array.from({ length: 40 }, (_, i) => ({
      id: 10 + i,
      code: `U${i}`,
      name: `基层工会${i}`,
      parentId: 1,
      path: `/1/${10 + i}/`,
      depth: 1,
      createdAt: now,
    }));
    await insertRows(dataSource, 'units', units);
    await insertRows(dataSource, 'users', {
      id: 1,
      username: 'org',
      passwordHash: 'x',
      displayName: 'org',
      role: 'ORGANIZER',
      unitId: null,
      active: true,
      tokenVersion: 1,
      createdAt: now,
    });
    await insertRows(dataSource, 'competitions', {
      id: 1,
      code: 'BIG',
      name: '大赛',
      year: 2026,
      issuingBody: null,
      createdBy: 1,
      createdAt: now,
    });
    const existing = await dataSource.getRepository(Trade).count();
    await insertRows(
      dataSource,
      'trades',
      Array.from({ length: Math.max(0, TRADES - existing) }, (_, i) => ({
        code: `T${i}X`,
        name: `工种${i}`,
        nameEn: null,
        createdAt: now,
      })),
    );
    const trades = await dataSource
      .getRepository(Trade)
      .find({ order: { id: 'ASC' }, take: TRADES });

    const contests: object[] = [];
    const runs: object[] = [];
    const workers: object[] = [];
    const registrations: object[] = [];
    const rows: object[] = [];
    const finals: object[] = [];
    let contestId = 1;
    let registrationId = 1;
    for (const trade of trades) {
      const feeders: number[] = [];
      for (let p = 0; p < PRELIMINARIES; p++) {
        const id = contestId++;
        feeders.push(id);
        contests.push({
          id,
          competitionId: 1,
          tradeId: trade.id,
          status: 'PUBLISHED',
          titlePolicy: { rungs: [] },
          tieBreak: [],
          minField: 1,
          allowMultipleEntries: false,
          version: 1,
          drawRound: 1,
          round: 1,
          hostUnitId: units[(p * 7 + trade.id) % units.length].id,
          selfRegistration: false,
          createdAt: now,
          updatedAt: now,
        });
        runs.push({
          id,
          contestId: id,
          runNo: 1,
          fingerprint: `f${id}`,
          status: 'DONE',
          requestedBy: 1,
          requestedAt: now,
          finishedAt: now,
          publishedAt: now,
          publishedBy: 1,
        });
        for (let k = 0; k < PER_PRELIMINARY; k++) {
          const rid = registrationId++;
          const unitId = units[rid % units.length].id;
          workers.push({
            id: rid,
            idNumberHash: `h${rid}`,
            name: `职工${rid}`,
            gender: 'M',
            birthDate: '1990-01-01',
            unitId,
            createdAt: now,
            updatedAt: now,
          });
          registrations.push({
            id: rid,
            contestId: id,
            competitionId: 1,
            workerId: rid,
            unitId,
            status: 'APPROVED',
            outOfCompetition: false,
            attendance: 'PRESENT',
            selfRegistered: false,
            createdAt: now,
            updatedAt: now,
          });
          rows.push({
            runId: id,
            contestId: id,
            registrationId: rid,
            position: k + 1,
            rank: k + 1,
            tied: false,
            guest: false,
            attendance: 'PRESENT',
            totalCenti: 9000 - k,
            parts: { parts: [], criteria: {} },
            title: k < 3 ? 'EXPERT' : null,
            titleReason: 'AWARDED',
            titleDetail: '',
            titleDetailZh: '',
            name: `职工${rid}`,
            unitId,
            unitName: 'x',
          });
          if (k < ADVANCE)
            finals.push({ trade: trade.id, feederRegistration: rid, workerId: rid, unitId });
        }
      }
      const finalId = contestId++;
      contests.push({
        id: finalId,
        competitionId: 1,
        tradeId: trade.id,
        status: 'REGISTRATION',
        titlePolicy: { rungs: [] },
        tieBreak: [],
        minField: 1,
        allowMultipleEntries: false,
        version: 1,
        drawRound: 0,
        round: 2,
        hostUnitId: null,
        selfRegistration: false,
        createdAt: now,
        updatedAt: now,
      });
      for (const f of finals.splice(0) as {
        feederRegistration: number;
        workerId: number;
        unitId: number;
      }[]) {
        finalists++;
        registrations.push({
          id: 100_000 + f.feederRegistration,
          contestId: finalId,
          competitionId: 1,
          workerId: f.workerId,
          unitId: f.unitId,
          status: 'APPROVED',
          outOfCompetition: false,
          attendance: 'PRESENT',
          feederRegistrationId: f.feederRegistration,
          selfRegistered: false,
          createdAt: now,
          updatedAt: now,
        });
      }
    }
    await insertRows(dataSource, 'contests', contests, 200);
    await insertRows(dataSource, 'result_runs', runs, 200);
    await insertRows(dataSource, 'workers', workers, 500);
    await insertRows(dataSource, 'registrations', registrations, 500);
    await insertRows(dataSource, 'result_rows', rows, 500);
    await dataSource.query('UPDATE contests SET published_run_id = id WHERE round = 1');
    // PostgreSQL plans from statistics (here one competition is the whole table, so it rightly
    // reads tables whole); SQLite is left without them, as a new database is, and must find the
    // competition's rows through the indexes.
    if (dataSource.options.type === 'postgres') await dataSource.query('ANALYZE');
  }, 300_000);

  afterAll(async () => {
    await close?.();
  });

  it('counts 40,000 entries in 200 contests, each worker once, well under a second', async () => {
    await statistics.compute(1); // warm
    const started = process.hrtime.bigint();
    const figures = await statistics.compute(1);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    console.log(
      `statistics over ${ENTRIES + finalists} entries in 200 contests: ${ms.toFixed(0)} ms`,
    );
    expect(figures.contests.total).toBe(TRADES * (PRELIMINARIES + 1));
    expect(figures.participants).toBe(ENTRIES);
    expect(figures.titles.total).toBe(TRADES * PRELIMINARIES * 3);
    expect(figures.funnel[0].rounds).toEqual([
      {
        round: 1,
        contests: PRELIMINARIES,
        held: PRELIMINARIES,
        entries: ENTRIES / TRADES,
        ranked: ENTRIES / TRADES,
        advanced: PRELIMINARIES * ADVANCE,
        titles: PRELIMINARIES * 3,
      },
      {
        round: 2,
        contests: 1,
        held: 0,
        entries: PRELIMINARIES * ADVANCE,
        ranked: 0,
        advanced: 0,
        titles: 0,
      },
    ]);
    expect(ms).toBeLessThan(1000);
  });

  it('reads every table through an index: no query scans registrations or result rows whole', async () => {
    const sqlite = dataSource.options.type === 'sqlite';
    const lines: string[] = [];
    for (const [name, sql] of Object.entries(STATISTICS_SQL)) {
      const [text, values] = positional(
        dataSource,
        `${sqlite ? 'EXPLAIN QUERY PLAN' : 'EXPLAIN'} ${sql}`,
        [1],
      );
      const t0 = process.hrtime.bigint();
      await dataSource.query(sql.replace('?', sqlite ? '?' : '$1'), [1]);
      const ms = (Number(process.hrtime.bigint() - t0) / 1e6).toFixed(0);
      const planRows = await dataSource.query<Record<string, string>[]>(text, values);
      const plan = planRows.map((r) => (sqlite ? r.detail : r['QUERY PLAN']));
      lines.push(`${name} (${ms} ms):\n  ${plan.join('\n  ')}`);
      // SQLite names a whole-table read "SCAN <table>" without "USING … INDEX".
      if (sqlite) {
        const scans = plan.filter(
          (l) => /^SCAN (registrations|r|f|rr|result_rows)\b/.test(l) && !/USING/.test(l),
        );
        lines.push(`  whole-table reads: ${scans.length}`);
        expect([name, scans]).toEqual([name, []]);
      }
    }
    console.log(lines.join('\n'));
  });
});
