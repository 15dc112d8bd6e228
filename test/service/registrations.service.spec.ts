import type { Principal } from '../../src/common/auth/current-user.decorator';
import { DomainError } from '../../src/common/errors/domain-error';
import { CompetitionsRepository } from '../../src/competitions/competitions.repository';
import { ContestsService } from '../../src/contests/contests.service';
import { DataSource } from 'typeorm';
import { personalDataCipherOf } from '../../src/database/personal-data-options';
import { UnitOfWork } from '../../src/database/unit-of-work';
import { QueueModule } from '../../src/jobs/queue.module';
import { DrawService } from '../../src/registrations/draw.service';
import { RegistrationsModule } from '../../src/registrations/registrations.module';
import { RegistrationsRepository } from '../../src/registrations/registrations.repository';
import { RegistrationsService } from '../../src/registrations/registrations.service';
import {
  IMPORT_BATCH_ROWS,
  RosterImportService,
} from '../../src/registrations/roster-import.service';
import { TradesRepository } from '../../src/trades/trades.repository';
import { UnitsService } from '../../src/units/units.service';
import { UsersRepository } from '../../src/users/users.repository';
import { Worker } from '../../src/workers/worker.entity';
import { WorkersRepository } from '../../src/workers/workers.repository';
import { femaleId, idNumber, maleId } from '../factories/id-numbers';
import { personName } from '../factories/people';
import { scheme30x70 } from '../factories/schemes';
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

/** A CSV roster (UTF-8 with BOM, as Excel writes it) from rows of cells. */
function csv(rows: string[][]): Buffer {
  const text = rows
    .map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','))
    .join('\r\n');
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

/** Distinct valid ID numbers for n workers: a birth date per thousand, a sequence within it. */
function manyIds(n: number, region = '210902'): string[] {
  return Array.from({ length: n }, (_, i) => {
    const day = String(1 + Math.floor(i / 999)).padStart(2, '0');
    return idNumber(1 + (i % 999), `199001${day}`, region);
  });
}

describe.each(testDatabases())('Registrations and roster import on %s', (_name, database) => {
  let close: () => Promise<void>;
  let registrations: RegistrationsService;
  let imports: RosterImportService;
  let draws: DrawService;
  let repository: RegistrationsRepository;
  let contests: ContestsService;
  let dataSource: DataSource;
  let organizer: Principal;
  let competitionId: number;
  let unit: { id: number; code: string };
  let tradeIds: Record<string, number>;

  const openContest = async (tradeCode: string, allowMultipleEntries = false) => {
    const { contest } = await contests.create(competitionId, {
      tradeId: tradeIds[tradeCode],
      scheme: scheme30x70(),
      allowMultipleEntries,
    });
    await contests.update(contest.id, { status: 'REGISTRATION' });
    return contest.id;
  };
  const total = async (contestId: number) => await repository.countByStatus(contestId);

  beforeAll(async () => {
    const setup = await serviceModule(database, [
      QueueModule.forRoot({ processors: false, http: false }),
      RegistrationsModule.forRoot({ http: false }),
    ]);
    close = setup.close;
    const get = <T>(token: new (...args: never[]) => T): T =>
      setup.module.get(token, { strict: false });
    registrations = get(RegistrationsService);
    imports = get(RosterImportService);
    draws = get(DrawService);
    repository = get(RegistrationsRepository);
    contests = get(ContestsService);
    dataSource = get(DataSource);
    tradeIds = Object.fromEntries((await get(TradesRepository).list()).map((t) => [t.code, t.id]));
    const created = await get(UnitsService).create({ code: 'FX-01', name: '阜新市第一机械厂工会' });
    unit = { id: created.id, code: created.code };
    await get(UnitOfWork).run(async (manager) => {
      const user = await get(UsersRepository).insert(manager, {
        username: 'org',
        passwordHash: 'x',
        displayName: 'org',
        role: 'ORGANIZER',
        unitId: null,
        active: true,
        createdAt: new Date(),
      });
      organizer = { userId: user.id, username: 'org', role: 'ORGANIZER', unitId: null };
      const competition = await get(CompetitionsRepository).insert(manager, {
        code: 'FX2017',
        name: '2017年阜新市职工职业技能大赛',
        year: 2017,
        issuingBody: '阜新市总工会',
        createdBy: user.id,
        createdAt: new Date(),
      });
      competitionId = competition.id;
    });
  });
  afterAll(async () => {
    await close?.();
  });

  it('lets exactly one of two simultaneous entries of a worker into two trades through', async () => {
    const [a, b] = [await openContest('ECOM'), await openContest('WELD')];
    const worker = { name: '张伟', idNumber: maleId(1), unitId: unit.id };
    const results = await Promise.allSettled([
      registrations.register(a, { worker }, organizer),
      registrations.register(b, { worker }, organizer),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect((refused.reason as DomainError).code).toBe('REGISTRATION_OTHER_TRADE');
    expect((await total(a)).PENDING + (await total(b)).PENDING).toBe(1);
  });

  it('imports a roster across several batches, reporting repeats that span batches, and re-imports it unchanged', async () => {
    const contestId = await openContest('EXPRESS');
    const n = IMPORT_BATCH_ROWS * 2 + 500;
    const ids = manyIds(n);
    const rows = [
      ['姓名', '身份证号', '单位代码'],
      ...ids.map((id, i) => [personName(i), id, unit.code]),
    ];
    // Row n+2 repeats the worker of row 12 (spreadsheet rows: 1 is the header).
    rows.push(['职工重复', ids[10], unit.code]);
    const content = csv(rows);
    const first = await imports.upload(contestId, organizer, { filename: 'roster.csv', content });
    expect(first.kind).toBe('done');
    if (first.kind !== 'done') return;
    expect(first.counts).toMatchObject({ totalRows: n + 1, created: n, updated: 0, unchanged: 0 });
    expect(first.counts.rejected).toEqual([
      expect.objectContaining({
        row: n + 2,
        field: 'idNumber',
        code: 'ROSTER_DUPLICATE_ROW',
        column: '身份证号',
      }),
    ]);
    expect(first.counts.rejected[0].message).toContain('row 12');
    expect((await total(contestId)).PENDING).toBe(n);

    const again = await imports.upload(contestId, organizer, { filename: 'roster.csv', content });
    expect(again.kind === 'done' && again.counts).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: n,
    });
    expect((await total(contestId)).PENDING).toBe(n);

    // A changed phone number and name are updates; nothing else moves.
    rows[1] = ['王小明', ids[0], unit.code];
    const edited = await imports.upload(contestId, organizer, {
      filename: 'roster.csv',
      content: csv(rows),
    });
    expect(edited.kind === 'done' && edited.counts).toMatchObject({
      created: 0,
      updated: 1,
      unchanged: n - 1,
    });
  });

  it('changes nothing when the file turns out malformed after thousands of good rows', async () => {
    const contestId = await openContest('GARDEN');
    const ids = manyIds(3000, '210903');
    const good = [
      ['姓名', '身份证号', '单位'],
      ...ids.map((id, i) => [personName(i), id, '阜新市第一机械厂工会']),
    ];
    const text =
      csv(good).toString('utf8') + '\r\n"张三,' + maleId(400) + ',阜新市第一机械厂工会\r\n';
    const error = await rejection(
      imports.upload(contestId, organizer, {
        filename: 'broken.csv',
        content: Buffer.from(text, 'utf8'),
      }),
    );
    expect(error.code).toBe('ROSTER_UNREADABLE');
    expect((await total(contestId)).PENDING).toBe(0);
    const workers: Array<{ n: string | number }> = await dataSource.query(
      `SELECT COUNT(*) AS n FROM workers WHERE id_number_hash = '${personalDataCipherOf(dataSource.options).hash('id_number', ids[0])}'`,
    );
    expect(Number(workers[0].n)).toBe(0);
  });

  it('draws 2,500 approved registrations in one transaction, and a redraw replaces every code', async () => {
    const contestId = await openContest('LATHE');
    const ids = manyIds(2500, '210904');
    const content = csv([
      ['姓名', '身份证号', '单位代码'],
      ...ids.map((id, i) => [personName(i), id, unit.code]),
    ]);
    await imports.upload(contestId, organizer, { filename: 'r.csv', content });
    await contests.update(contestId, { status: 'SCORING' });
    const decided = await registrations.decideMany(
      contestId,
      { status: 'APPROVED', allPending: true },
      organizer,
    );
    expect(decided).toEqual({ changed: 2500, unchanged: 0 });
    const first = await draws.draw(contestId, false);
    expect(first).toMatchObject({ round: 1, drawn: 2500 });
    const sheet = await draws.sheet(contestId);
    expect(sheet.entries.map((e) => e.stationNo)).toEqual(
      Array.from({ length: 2500 }, (_, i) => i + 1),
    );
    expect(new Set(sheet.entries.map((e) => e.blindCode)).size).toBe(2500);
    expect((await rejection(draws.draw(contestId, false))).code).toBe('DRAW_ALREADY_DONE');
    await draws.draw(contestId, true);
    const again = await draws.sheet(contestId);
    const before = new Map(sheet.entries.map((e) => [e.id, e.blindCode]));
    expect(again.round).toBe(2);
    expect(again.entries.filter((e) => before.get(e.id) === e.blindCode).length).toBeLessThan(3);
  });

  it('keeps a worker record once per person: a second contest reuses it', async () => {
    const a = await openContest('AGATE', true);
    const b = await openContest('CHEMLAB', true);
    const worker = { name: '李娜', idNumber: femaleId(7), unitId: unit.id };
    const first = await registrations.register(a, { worker }, organizer);
    const second = await registrations.register(b, { worker }, organizer);
    expect(second.worker.id).toBe(first.worker.id);
  });

  it('drops the claim of a transfer request when its row is anonymised, leaving the record alone', async () => {
    const workers = new WorkersRepository(personalDataCipherOf(dataSource.options));
    const idNumber = maleId(61);
    const at = new Date();
    const person = { name: '赵磊', gender: 'M' as const, birthDate: '1990-01-01', phone: null };
    await dataSource.transaction(async (manager) => {
      await workers.insertMissing(manager, [
        { ...person, idNumber, unitId: unit.id, claimOf: null, createdAt: at, updatedAt: at },
      ]);
      const [record] = await workers.findByIdNumbers(manager, [idNumber]);
      // What a coordinator of another unit typed: a row claiming the record (docs/registration.md).
      await workers.insertMissing(manager, [
        { ...person, idNumber, unitId: unit.id, claimOf: record.id, createdAt: at, updatedAt: at },
      ]);
      const [claim] = await workers.findClaimsOf(manager, [record.id]);
      expect(claim).toMatchObject({ claimOf: record.id, idNumber });

      expect(await workers.anonymise(manager, [claim.id], at)).toBe(1);
      // No request left to find: a later entry of that ID number starts afresh.
      expect(await workers.findClaimsOf(manager, [record.id])).toEqual([]);
      const row = await manager.getRepository(Worker).findOneByOrFail({ id: claim.id });
      expect(row).toMatchObject({ claimOf: null, idNumberEnc: null, anonymisedAt: at });
      // The record still answers to its ID number.
      expect((await workers.findByIdNumbers(manager, [idNumber])).map((w) => w.id)).toEqual([
        record.id,
      ]);
    });
  });
});
