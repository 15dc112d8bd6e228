import type { Principal } from '../../src/common/auth/current-user.decorator';
import { DomainError } from '../../src/common/errors/domain-error';
import { CompetitionsRepository } from '../../src/competitions/competitions.repository';
import type { SchemeDto } from '../../src/contests/dto/contest-input.dto';
import { ContestsRepository } from '../../src/contests/contests.repository';
import { ContestsService } from '../../src/contests/contests.service';
import { UnitOfWork } from '../../src/database/unit-of-work';
import { QueueModule } from '../../src/jobs/queue.module';
import { AuditService } from '../../src/judging/audit.service';
import { ConfirmationService } from '../../src/judging/confirmation.service';
import type { SubmitScoresDto } from '../../src/judging/dto/judging-input.dto';
import { JudgesRepository } from '../../src/judging/judges.repository';
import { JudgesService } from '../../src/judging/judges.service';
import { ScoringService } from '../../src/judging/scoring.service';
import { DrawService } from '../../src/registrations/draw.service';
import { RegistrationsModule } from '../../src/registrations/registrations.module';
import { RegistrationsService } from '../../src/registrations/registrations.service';
import { ResultsModule } from '../../src/results/results.module';
import { ResultsRepository } from '../../src/results/results.repository';
import { ResultsService } from '../../src/results/results.service';
import { TradesRepository } from '../../src/trades/trades.repository';
import { UnitsService } from '../../src/units/units.service';
import { UsersRepository } from '../../src/users/users.repository';
import { maleId } from '../factories/id-numbers';
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

/** One measured criterion out of 40 points; the judges may differ by 5.00 at most. */
const SCHEME: SchemeDto = {
  parts: [
    {
      key: 'practical',
      name: '实操',
      weight: 100,
      criteria: [
        { key: 'accuracy', name: '尺寸精度', maxPoints: 40, kind: 'MEASUREMENT', tolerance: 5 },
      ],
    },
  ],
};

/**
 * Score entry and confirmation on a real database, below HTTP. Every contest has three workers,
 * two of unit U2 and one of U1; judges j1 (of U1), j2 and j3 score `accuracy`; c1, c2 and c3 (of
 * U1) are chief judges who score nothing. j1 and c3 are kept off the U1 worker (EXCLUDE).
 */
describe.each(testDatabases())('Scoring and confirmation on %s', (_name, database) => {
  let close: () => Promise<void>;
  let scoring: ScoringService;
  let confirmation: ConfirmationService;
  let audit: AuditService;
  let contestsRepository: ContestsRepository;
  let results: ResultsService;
  let resultsRepository: ResultsRepository;
  let unitOfWork: UnitOfWork;
  let judgesRepository: JudgesRepository;
  const people: Record<string, Principal> = {};
  let units: { u1: number; u2: number };
  let setUp: (options?: { draw?: boolean }) => Promise<Contest>;

  interface Contest {
    id: number;
    /** Blind codes: two of U2 (a, b), one of U1 (own: j1's unit). */
    a: string;
    b: string;
    own: string;
  }

  beforeAll(async () => {
    const setup = await serviceModule(database, [
      QueueModule.forRoot({ processors: false, http: false }),
      RegistrationsModule.forRoot({ http: false }),
      // Results bring in judging (scoring, confirmation) as they do in the app.
      ResultsModule.forRoot({ http: false }),
    ]);
    close = setup.close;
    const get = <T>(token: new (...args: never[]) => T): T =>
      setup.module.get(token, { strict: false });
    scoring = get(ScoringService);
    confirmation = get(ConfirmationService);
    audit = get(AuditService);
    contestsRepository = get(ContestsRepository);
    results = get(ResultsService);
    resultsRepository = get(ResultsRepository);
    unitOfWork = get(UnitOfWork);
    judgesRepository = get(JudgesRepository);
    const contests = get(ContestsService);
    const registrations = get(RegistrationsService);
    const draws = get(DrawService);
    const judges = get(JudgesService);
    const field = get(JudgesRepository);
    const tradeId = (await get(TradesRepository).list())[0].id;
    const u1 = await get(UnitsService).create({ code: 'FX-01', name: '阜新市第一机械厂工会' });
    const u2 = await get(UnitsService).create({ code: 'FX-02', name: '阜新市第二机械厂工会' });
    units = { u1: u1.id, u2: u2.id };
    const user = async (username: string, role: Principal['role'], unitId: number | null) =>
      get(UnitOfWork).run(async (manager) => {
        const created = await get(UsersRepository).insert(manager, {
          username,
          passwordHash: 'x',
          displayName: username,
          role,
          unitId,
          active: true,
          createdAt: new Date(),
        });
        people[username] = { userId: created.id, username, role, unitId };
      });
    await user('org', 'ORGANIZER', null);
    await user('j1', 'JUDGE', units.u1);
    await user('c3', 'JUDGE', units.u1);
    for (const name of ['j2', 'j3', 'c1', 'c2']) await user(name, 'JUDGE', null);

    let competitions = 0;
    setUp = async ({ draw = true } = {}) => {
      const competition = await get(UnitOfWork).run((manager) =>
        get(CompetitionsRepository).insert(manager, {
          code: `FX2017-${++competitions}`,
          name: `2017年阜新市职工职业技能大赛 ${competitions}`,
          year: 2017,
          issuingBody: '阜新市总工会',
          createdBy: people.org.userId,
          createdAt: new Date(),
        }),
      );
      const { contest } = await contests.create(competition.id, { tradeId, scheme: SCHEME });
      await contests.update(contest.id, { status: 'REGISTRATION' });
      const ids: number[] = [];
      for (const [n, unitId] of [
        [1, units.u2],
        [2, units.u2],
        [3, units.u1],
      ]) {
        const worker = { name: ['张伟', '李强', '王磊'][n - 1], idNumber: maleId(n), unitId };
        ids.push((await registrations.register(contest.id, { worker }, people.org)).id);
      }
      await registrations.decideMany(
        contest.id,
        { status: 'APPROVED', allPending: true },
        people.org,
      );
      for (const name of ['j1', 'j2', 'j3']) {
        await judges.assign(
          contest.id,
          { userId: people[name].userId, criteria: ['accuracy'] },
          people.org,
        );
      }
      for (const name of ['c1', 'c2', 'c3']) {
        await judges.assign(contest.id, { userId: people[name].userId, chief: true }, people.org);
      }
      await contests.update(contest.id, { status: 'SCORING' });
      if (draw) await draws.draw(contest.id, false);
      const codeOf = new Map(
        (await field.field(contest.id)).map((e) => [e.registrationId, e.code ?? '']),
      );
      return {
        id: contest.id,
        a: codeOf.get(ids[0])!,
        b: codeOf.get(ids[1])!,
        own: codeOf.get(ids[2])!,
      };
    };
  });
  afterAll(async () => {
    await close?.();
  });

  const submit = (contestId: number, who: string, dto: SubmitScoresDto) =>
    scoring.submit(contestId, dto, people[who]);
  const entry = (
    code: string,
    points: string,
    over: Partial<SubmitScoresDto['entries'][0]> = {},
  ) => ({
    code,
    criterionKey: 'accuracy',
    points,
    ...over,
  });
  /** Every judge (j1 only where allowed) scores every code with the same points. */
  const scoreAll = async (c: Contest, points = '30') => {
    await submit(c.id, 'j1', { entries: [entry(c.a, points), entry(c.b, points)] });
    for (const j of ['j2', 'j3']) {
      await submit(c.id, j, { entries: [c.a, c.b, c.own].map((code) => entry(code, points)) });
    }
  };
  const actions = async (contestId: number) =>
    (await audit.list(contestId, 0, 1000)).map((e) => e.action);

  describe('score entry', () => {
    it('takes no score before the draw: there are no codes yet', async () => {
      const c = await setUp({ draw: false });
      const refused = await rejection(submit(c.id, 'j2', { entries: [entry('A001', '30')] }));
      expect(refused).toMatchObject({
        kind: 'CONFLICT',
        code: 'SCORING_NOT_OPEN',
        details: { status: 'SCORING', drawn: false },
      });
    });

    it('creates, leaves unchanged and updates a judge’s own score, versioned and audited', async () => {
      const c = await setUp();
      expect((await contestsRepository.get(c.id)).scoringStartedAt).toBeNull();
      expect(await submit(c.id, 'j2', { entries: [entry(c.a, '30.5')] })).toEqual([
        expect.objectContaining({ code: c.a, points: '30.50', version: 1, outcome: 'created' }),
      ]);
      expect((await contestsRepository.get(c.id)).scoringStartedAt).not.toBeNull();
      expect(await submit(c.id, 'j2', { entries: [entry(c.a, '30.50', { version: 1 })] })).toEqual([
        expect.objectContaining({ version: 1, outcome: 'unchanged' }),
      ]);
      expect(await submit(c.id, 'j2', { entries: [entry(c.a, '31', { version: 1 })] })).toEqual([
        expect.objectContaining({ points: '31.00', version: 2, outcome: 'updated' }),
      ]);
      expect(await actions(c.id)).toEqual(
        expect.arrayContaining(['SCORE_CREATED', 'SCORE_UPDATED']),
      );
      expect((await actions(c.id)).filter((a) => a.startsWith('SCORE_'))).toEqual([
        'SCORE_CREATED',
        'SCORE_UPDATED',
      ]);
      const sheet = await scoring.sheet(c.id, people.j2);
      expect(sheet.rows.find((r) => r.code === c.a)?.scores.accuracy).toEqual({
        points: '31.00',
        version: 2,
        confirmed: false,
      });
      // j1 is never shown the worker of their own unit.
      expect((await scoring.sheet(c.id, people.j1)).rows.map((r) => r.code).sort()).toEqual(
        [c.a, c.b].sort(),
      );
    });

    it('refuses a stale version with the score as it stands, and saves nothing of the batch', async () => {
      const c = await setUp();
      await submit(c.id, 'j2', { entries: [entry(c.a, '30')] });
      await submit(c.id, 'j2', { entries: [entry(c.a, '32', { version: 1 })] });
      const refused = await rejection(
        submit(c.id, 'j2', {
          entries: [entry(c.b, '28', { version: 0 }), entry(c.a, '33', { version: 1 })],
        }),
      );
      expect(refused).toMatchObject({ kind: 'CONFLICT', code: 'STALE_SCORE' });
      expect(refused.details).toEqual({
        issues: [
          {
            index: 1,
            code: 'STALE_SCORE',
            message: 'Version 1 was read, the score is now at version 2',
            entry: { code: c.a, criterionKey: 'accuracy' },
            current: { points: '32.00', version: 2 },
          },
        ],
      });
      const row = (await scoring.sheet(c.id, people.j2)).rows.find((r) => r.code === c.b);
      expect(row?.scores.accuracy).toBeNull();
    });

    it('refuses the whole batch listing every entry a judge may not score', async () => {
      const c = await setUp();
      const refused = await rejection(
        submit(c.id, 'j1', {
          entries: [
            entry(c.a, '30'),
            entry(c.own, '30'),
            entry(c.b, '30', { judgeId: people.j2.userId }),
            entry('ZZZZ', '30'),
            entry(c.a, '41'),
            entry(c.a, '30'),
          ],
        }),
      );
      expect(refused).toMatchObject({ kind: 'FORBIDDEN', code: 'SCORE_CONFLICT_OF_INTEREST' });
      expect(
        (refused.details as { issues: Array<{ index: number; code: string }> }).issues.map((i) => [
          i.index,
          i.code,
        ]),
      ).toEqual([
        [1, 'SCORE_CONFLICT_OF_INTEREST'],
        [2, 'SCORE_NOT_YOURS'],
        [3, 'SCORE_UNKNOWN_CODE'],
        [4, 'SCORE_OUT_OF_RANGE'],
        [5, 'SCORE_DUPLICATE_ENTRY'],
      ]);
      expect(await actions(c.id)).not.toContain('SCORE_CREATED');
      expect(await rejection(submit(c.id, 'org', { entries: [entry(c.a, '30')] }))).toMatchObject({
        kind: 'FORBIDDEN',
        code: 'NOT_A_JUDGE_OF_CONTEST',
      });
      // A chief judge scores nothing of their own: the criterion is not theirs.
      expect(await rejection(submit(c.id, 'c1', { entries: [entry(c.a, '30')] }))).toMatchObject({
        kind: 'FORBIDDEN',
        code: 'SCORE_NOT_ASSIGNED',
      });
    });

    it('lets a chief judge correct a confirmed score only with a reason; the correction is confirmed again by someone else', async () => {
      const c = await setUp();
      await scoreAll(c);
      expect(await confirmation.confirm(c.id, undefined, people.c1)).toMatchObject({
        confirmed: 3,
        scores: 8,
      });
      expect(
        await rejection(submit(c.id, 'j2', { entries: [entry(c.a, '31', { version: 1 })] })),
      ).toMatchObject({ kind: 'CONFLICT', code: 'SCORE_CONFIRMED' });
      const forJ2 = entry(c.a, '31', { judgeId: people.j2.userId, version: 1 });
      expect(await rejection(submit(c.id, 'c1', { entries: [forJ2] }))).toMatchObject({
        kind: 'INVALID',
        code: 'CORRECTION_REASON_REQUIRED',
      });
      expect(
        await submit(c.id, 'c1', { entries: [forJ2], reason: '复核计分表，录入有误' }),
      ).toEqual([expect.objectContaining({ version: 2, outcome: 'updated' })]);
      const log = await audit.list(c.id, 0, 1000);
      expect(log.at(-1)).toMatchObject({
        action: 'SCORE_CORRECTED',
        actorId: people.c1.userId,
        judgeId: people.j2.userId,
        oldValue: { valueCenti: 3000, version: 1, confirmed: true },
        newValue: { valueCenti: 3100, version: 2 },
        reason: '复核计分表，录入有误',
      });
      // The corrected score passed through c1's hands: c2 confirms it.
      expect(await confirmation.confirm(c.id, undefined, people.c1)).toMatchObject({
        confirmed: 0,
        ownScores: [{ code: c.a, criterionKey: 'accuracy' }],
        alreadyConfirmed: 2,
      });
      expect(await confirmation.confirm(c.id, undefined, people.c2)).toMatchObject({
        confirmed: 1,
        scores: 1,
        ownScores: [],
      });
    });
  });

  describe('confirmation', () => {
    it('confirms only complete groups within tolerance, never by a judge, and reports the rest', async () => {
      const c = await setUp();
      await submit(c.id, 'j1', { entries: [entry(c.a, '30'), entry(c.b, '20')] });
      await submit(c.id, 'j2', { entries: [entry(c.a, '31'), entry(c.b, '30')] });
      await submit(c.id, 'j3', { entries: [entry(c.a, '32'), entry(c.b, '30')] });
      expect(await rejection(confirmation.confirm(c.id, undefined, people.j2))).toMatchObject({
        kind: 'FORBIDDEN',
        code: 'NOT_CHIEF_JUDGE',
      });
      expect(await confirmation.confirm(c.id, undefined, people.c1)).toEqual({
        confirmed: 1,
        scores: 3,
        alreadyConfirmed: 0,
        ownScores: [],
        conflicted: 0,
        missing: 1,
        flagged: 1,
      });
      const status = await confirmation.status(c.id, people.org);
      expect(status).toMatchObject({ groups: 3, confirmed: 1, ready: 0 });
      expect(status.missing.items).toEqual([
        {
          code: c.own,
          criterionKey: 'accuracy',
          missingScores: 2,
          missingJudges: [people.j2.userId, people.j3.userId],
        },
      ]);
      expect(status.flagged.items).toEqual([
        {
          code: c.b,
          criterionKey: 'accuracy',
          reason: 'SPREAD',
          spreadCenti: 1000,
          toleranceCenti: 500,
        },
      ]);
      // A chief judge is not told which judges a code needs (it would tell the code's unit).
      expect((await confirmation.status(c.id, people.c1)).missing.items[0]).not.toHaveProperty(
        'missingJudges',
      );
    });

    it('lets an organizer confirm, and leaves a contestant of the confirmer’s unit to someone else', async () => {
      const c = await setUp();
      await scoreAll(c);
      expect(await confirmation.confirm(c.id, undefined, people.c3)).toEqual({
        confirmed: 2,
        scores: 6,
        alreadyConfirmed: 0,
        ownScores: [],
        conflicted: 1,
        missing: 0,
        flagged: 0,
      });
      expect(await confirmation.confirm(c.id, undefined, people.org)).toMatchObject({
        confirmed: 1,
        scores: 2,
        alreadyConfirmed: 2,
        conflicted: 0,
      });
      expect((await actions(c.id)).filter((a) => a === 'SCORES_CONFIRMED')).toHaveLength(3);
    });

    it('closes scoring once everything is confirmed; a correction then needs a reason and an upheld objection', async () => {
      const c = await setUp();
      await scoreAll(c);
      expect(await rejection(confirmation.close(c.id, people.c1))).toMatchObject({
        kind: 'CONFLICT',
        code: 'SCORING_INCOMPLETE',
        details: { missing: 0, flagged: 0, unconfirmed: 3 },
      });
      await confirmation.confirm(c.id, undefined, people.c1);
      expect(await rejection(confirmation.close(c.id, people.org))).toMatchObject({
        code: 'NOT_CHIEF_JUDGE',
      });
      expect(await confirmation.close(c.id, people.c2)).toEqual({
        contestId: c.id,
        status: 'REVIEW',
        groups: 3,
        confirmed: 3,
      });
      expect(
        await rejection(submit(c.id, 'j2', { entries: [entry(c.a, '31', { version: 1 })] })),
      ).toMatchObject({
        code: 'SCORING_NOT_OPEN',
        message: 'The contest is REVIEW; scores are entered while it is SCORING',
      });
      const correction = {
        entries: [entry(c.a, '31', { judgeId: people.j2.userId, version: 1 })],
        reason: '异议复核',
      };
      expect(await rejection(submit(c.id, 'c1', correction))).toMatchObject({
        kind: 'CONFLICT',
        code: 'CORRECTION_NEEDS_OBJECTION',
      });
      expect(await rejection(submit(c.id, 'c1', { ...correction, reason: ' ' }))).toMatchObject({
        code: 'SCORING_NOT_OPEN',
      });
    });
  });

  describe('results', () => {
    /** A run as requestCompute records it (without the queue), computed as its job would. */
    const compute = async (contestId: number) => {
      const run = await unitOfWork.run(async (manager) =>
        resultsRepository.insertRun(manager, {
          contestId,
          fingerprint: await resultsRepository.fingerprint(contestId, manager),
          requestedBy: people.org.userId,
          requestedAt: new Date(),
        }),
      );
      return { runId: run.id, computed: results.computeRun(run.id) };
    };

    it('refuses to compute while a score is unconfirmed, and records the run as failed', async () => {
      const c = await setUp();
      await scoreAll(c);
      const { runId, computed } = await compute(c.id);
      expect(await rejection(computed)).toMatchObject({
        kind: 'CONFLICT',
        code: 'RESULTS_NOT_READY',
      });
      expect((await results.run(c.id, runId)).run).toMatchObject({
        status: 'FAILED',
        errorCode: 'RESULTS_NOT_READY',
      });
    });

    it('ranks the contestants on the mean of the confirmed scores, the U1 worker on its two judges', async () => {
      const c = await setUp();
      await submit(c.id, 'j1', { entries: [entry(c.a, '30'), entry(c.b, '20')] });
      await submit(c.id, 'j2', {
        entries: [entry(c.a, '31'), entry(c.b, '21'), entry(c.own, '36')],
      });
      await submit(c.id, 'j3', {
        entries: [entry(c.a, '32'), entry(c.b, '22'), entry(c.own, '34')],
      });
      await confirmation.confirm(c.id, undefined, people.c1);
      await confirmation.close(c.id, people.c1);
      const { runId, computed } = await compute(c.id);
      expect(await computed).toMatchObject({ contestants: 3, ranked: 3 });
      const { run, rows } = await results.run(c.id, runId);
      expect(run.status).toBe('DONE');
      const codeOf = new Map(
        (await judgesRepository.field(c.id)).map((e) => [e.registrationId, e.code]),
      );
      const ranked = [...rows]
        .sort((x, y) => x.position - y.position)
        .map((r) => ({ code: codeOf.get(r.registrationId), rank: r.rank, total: r.totalCenti }));
      expect(ranked.map((r) => [r.code, r.rank])).toEqual([
        [c.own, 1],
        [c.a, 2],
        [c.b, 3],
      ]);
      // Mean points 35, 31 and 21 of 40, scaled to the part's weight of 100.
      expect(ranked.map((r) => r.total)).toEqual([8750, 7750, 5250]);
    });
  });
});
