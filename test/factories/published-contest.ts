import type TestAgent from 'supertest/lib/agent';
import { eventually } from '../support/e2e-app';
import { ok, type Schemas, typedApi } from '../support/typed-api';
import { femaleId, maleId } from './id-numbers';
import { register, setStatus } from './registration-api';
import { SetupApi } from './setup-api';

/** A one-criterion contest (practical 100%, one judge, SINGLE), so a total is the score given. */
export const SINGLE_SCORE_SCHEME: Schemas['SchemeDto'] = {
  parts: [
    {
      key: 'practical',
      name: '实操',
      weight: 100,
      criteria: [
        { key: 'task', name: '实操作业', maxPoints: 100, kind: 'MEASUREMENT', method: 'SINGLE' },
      ],
    },
  ],
};

/** A worker in a contest as the factories give them back, by name. */
export interface ContestPerson {
  code: string;
  registrationId: number;
  idNumber: string;
}

/** A judge and a chief judge: their user ids and Authorization values (`E2eApp.login`). */
export interface JudgePanel {
  judgeId: number;
  chiefId: number;
  judge: string;
  chief: string;
}

/** One worker to register and score: `points` is their total on SINGLE_SCORE_SCHEME. */
export interface Contestant {
  name: string;
  idNumber: string;
  unitId: number;
  points: number;
  /** Marked out of competition (不参与排名) after registering. */
  outOfCompetition?: boolean;
}

export interface PublishedContest {
  competitionId: number;
  contestId: number;
  runId: number;
  /** By name: blind code, registration id, ID number. */
  people: Map<string, ContestPerson>;
  judge: string;
  chief: string;
  judgeId: number;
  /** Scores a worker again (by the chief judge, with a reason), recomputes and publishes. */
  rescore(name: string, points: number): Promise<number>;
}

/** Creates the users `judge<suffix>` and `chief<suffix>` (JUDGE) and logs both in. */
export async function judgePanel(
  http: TestAgent,
  organizer: string,
  login: (username: string, password: string) => Promise<string>,
  suffix: string,
): Promise<JudgePanel> {
  const setup = new SetupApi(http, organizer);
  const judgeId = (await setup.user(`judge${suffix}`, 'JUDGE')).id;
  const chiefId = (await setup.user(`chief${suffix}`, 'JUDGE')).id;
  const judge = await login(`judge${suffix}`, `judge${suffix}-password`);
  const chief = await login(`chief${suffix}`, `chief${suffix}-password`);
  return { judgeId, chiefId, judge, chief };
}

/**
 * Runs a created contest on SINGLE_SCORE_SCHEME through registration, judges, the draw, scoring,
 * confirmation, closing, computation and publication through the API. Answers each worker by name
 * and the published run.
 */
export async function runToPublication(
  http: TestAgent,
  organizer: string,
  contestId: number,
  panel: JudgePanel,
  contestants: Contestant[],
): Promise<{ people: Map<string, ContestPerson>; runId: number }> {
  const api = typedApi(http, organizer);
  const contest = { params: { path: { id: contestId } } };
  await setStatus(http, organizer, contestId, 'REGISTRATION');
  const byId = new Map<number, string>();
  const people = new Map<string, ContestPerson>();
  for (const { name, idNumber, unitId, outOfCompetition } of contestants) {
    const r = await register(http, organizer, contestId, { name, idNumber, unitId });
    if (outOfCompetition)
      await ok(
        api.PATCH('/api/registrations/{id}', {
          params: { path: { id: r.id } },
          body: { outOfCompetition: true },
        }),
        'out of competition',
      );
    byId.set(r.id, name);
    people.set(name, { code: '', registrationId: r.id, idNumber });
  }
  const rows = await startScoring(http, organizer, contestId, panel);
  for (const r of rows) people.get(byId.get(r.id)!)!.code = r.code!;
  await ok(
    typedApi(http, panel.judge).PUT('/api/contests/{id}/scores', {
      ...contest,
      body: {
        entries: contestants.map(({ name, points }) => ({
          code: people.get(name)!.code,
          criterionKey: 'task',
          points,
        })),
      },
    }),
  );
  const asChief = typedApi(http, panel.chief);
  await ok(asChief.POST('/api/contests/{id}/scores/confirm', { ...contest, body: {} }));
  // Every score confirmed: the chief judge closes scoring (SCORING → REVIEW).
  await ok(asChief.POST('/api/contests/{id}/scores/close', contest), 'closing scoring');
  const runId = await computeAndPublishRun(http, organizer, contestId);
  return { people, runId };
}

/**
 * Assigns the panel (the judge, then the chief judge), moves the contest to SCORING, approves every
 * pending registration and draws; answers the registrations with their blind codes.
 */
export async function startScoring(
  http: TestAgent,
  organizer: string,
  contestId: number,
  panel: Pick<JudgePanel, 'judgeId' | 'chiefId'>,
): Promise<Array<Schemas['RegistrationResponse']>> {
  const api = typedApi(http, organizer);
  const contest = { params: { path: { id: contestId } } };
  const assign = (body: Schemas['AssignJudgeDto']) =>
    ok(api.POST('/api/contests/{id}/judges', { ...contest, body }));
  await assign({ userId: panel.judgeId });
  await assign({ userId: panel.chiefId, chief: true });
  await setStatus(http, organizer, contestId, 'SCORING');
  await ok(
    api.POST('/api/contests/{id}/registrations/decisions', {
      ...contest,
      body: { status: 'APPROVED', allPending: true },
    }),
  );
  await ok(api.POST('/api/contests/{id}/draw', { ...contest, body: {} }));
  return ok(api.GET('/api/contests/{id}/registrations', contest));
}

/**
 * Creates a contest of `round` (the server's default if not given) on SINGLE_SCORE_SCHEME (hosted by `hostUnitId` if given) and runs it
 * to publication (runToPublication): a feeder of a later round (docs/advancement.md).
 */
export async function publishedFeeder(
  http: TestAgent,
  organizer: string,
  panel: JudgePanel,
  contest: { competitionId: number; tradeId: number; round?: number; hostUnitId?: number | null },
  contestants: Contestant[],
): Promise<{ contestId: number; people: Map<string, ContestPerson>; runId: number }> {
  const { competitionId, tradeId, round, hostUnitId } = contest;
  const contestId = (
    await new SetupApi(http, organizer).contest(competitionId, {
      tradeId,
      scheme: SINGLE_SCORE_SCHEME,
      ...(round === undefined ? {} : { round }),
      ...(hostUnitId == null ? {} : { hostUnitId }),
    })
  ).id;
  return { contestId, ...(await runToPublication(http, organizer, contestId, panel, contestants)) };
}

/**
 * Creates a contest of a later `round` on SINGLE_SCORE_SCHEME and sets its feeders and advancement
 * rule (PUT …/feeders, docs/advancement.md); answers its id.
 */
export async function fedContest(
  http: TestAgent,
  organizer: string,
  contest: { competitionId: number; tradeId: number; round: number },
  feeders: Schemas['SetFeedersDto'],
): Promise<number> {
  const { competitionId, tradeId, round } = contest;
  const setup = new SetupApi(http, organizer);
  const id = (await setup.contest(competitionId, { tradeId, scheme: SINGLE_SCORE_SCHEME, round }))
    .id;
  await ok(
    setup.api.PUT('/api/contests/{id}/feeders', { params: { path: { id } }, body: feeders }),
    'feeders',
  );
  return id;
}

/**
 * As it happens after publication: the worker objects, the organizer upholds it, the chief judge
 * corrects the score and someone else (here the organizer) confirms the correction; the contest is
 * computed and published again. Answers the new run.
 */
export async function rescoreAfterObjection(
  http: TestAgent,
  organizer: string,
  panel: JudgePanel,
  contestId: number,
  person: { name: string; idNumber: string; code: string },
  points: number,
  text = '请复核实操成绩',
): Promise<number> {
  const api = typedApi(http, organizer);
  const contest = { params: { path: { id: contestId } } };
  const { objectionId } = await ok(
    typedApi(http).POST('/api/public/contests/{id}/objections', {
      ...contest,
      body: { name: person.name, idNumber: person.idNumber, text },
    }),
    'objection',
  );
  await ok(
    api.PATCH('/api/objections/{id}', {
      params: { path: { id: objectionId } },
      body: { decision: 'UPHELD', response: '复核后更正' },
    }),
    'upholding',
  );
  await ok(
    typedApi(http, panel.chief).PUT('/api/contests/{id}/scores', {
      ...contest,
      body: {
        entries: [{ code: person.code, criterionKey: 'task', points, judgeId: panel.judgeId }],
        reason: '申诉复核',
      },
    }),
    'rescore',
  );
  await ok(api.POST('/api/contests/{id}/scores/confirm', { ...contest, body: {} }), 'confirming');
  return computeAndPublishRun(http, organizer, contestId);
}

/**
 * Runs a contest through registration, the draw, scoring, confirmation, computation and
 * publication through the API, with `scores` as each named worker's total.
 */
export async function publishedContest(
  http: TestAgent,
  organizer: string,
  login: (username: string, password: string) => Promise<string>,
  scores: Array<[string, number]>,
  options: {
    tradeCode?: string;
    competitionCode?: string;
    /** The workers' unit goes below this one, which hosts the contest (docs/security.md). */
    hostUnitId?: number;
  } = {},
): Promise<PublishedContest> {
  const setup = new SetupApi(http, organizer);
  const unit = await setup.unit(
    `U${options.competitionCode ?? ''}`,
    '阜新市第一机械厂',
    options.hostUnitId,
  );
  const competitionId = (await setup.competition(options.competitionCode ?? 'FX2017')).id;
  const contestId = (
    await setup.contest(competitionId, {
      tradeId: await setup.tradeId(options.tradeCode ?? 'LATHE'),
      scheme: SINGLE_SCORE_SCHEME,
      ...(options.hostUnitId === undefined ? {} : { hostUnitId: options.hostUnitId }),
    })
  ).id;
  const panel = await judgePanel(http, organizer, login, options.competitionCode ?? '');
  const contestants = scores.map(([name, points], i) => ({
    name,
    idNumber: i % 2 ? femaleId(300 + i) : maleId(300 + i),
    unitId: unit.id,
    points,
  }));
  const { people, runId } = await runToPublication(http, organizer, contestId, panel, contestants);
  return {
    competitionId,
    contestId,
    runId,
    people,
    judge: panel.judge,
    chief: panel.chief,
    judgeId: panel.judgeId,
    rescore: (name, points) =>
      rescoreAfterObjection(
        http,
        organizer,
        panel,
        contestId,
        { name, ...people.get(name)! },
        points,
      ),
  };
}

/** Computes the contest's results through the Bull job, waits for it, publishes the run. */
export async function computeAndPublishRun(
  http: TestAgent,
  organizer: string,
  contestId: number,
  timeoutMs = 15000,
): Promise<number> {
  const api = typedApi(http, organizer);
  const contest = { params: { path: { id: contestId } } };
  const { runId, jobId } = await ok(
    api.POST('/api/contests/{id}/results/compute', contest),
    'compute',
  );
  if (jobId === null) throw new Error(`compute → run ${runId} without a job (nothing changed)`);
  await eventually(async () => {
    const job = await ok(api.GET('/api/jobs/{jobId}', { params: { path: { jobId } } }));
    return job.state === 'completed' ? true : undefined;
  }, timeoutMs);
  await ok(
    api.POST('/api/contests/{id}/results/publish', { ...contest, body: { runId } }),
    'publish',
  );
  return runId;
}
