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

export interface PublishedContest {
  competitionId: number;
  contestId: number;
  runId: number;
  /** By name: blind code, registration id, ID number. */
  people: Map<string, { code: string; registrationId: number; idNumber: string }>;
  judge: string;
  chief: string;
  judgeId: number;
  /** Scores a worker again (by the chief judge, with a reason), recomputes and publishes. */
  rescore(name: string, points: number): Promise<number>;
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
  const api = setup.api;
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
  const contest = { params: { path: { id: contestId } } };
  await setStatus(http, organizer, contestId, 'REGISTRATION');
  const byId = new Map<number, string>();
  const people = new Map<string, { code: string; registrationId: number; idNumber: string }>();
  for (const [i, [name]] of scores.entries()) {
    const idNumber = i % 2 ? femaleId(300 + i) : maleId(300 + i);
    const r = await register(http, organizer, contestId, { name, idNumber, unitId: unit.id });
    byId.set(r.id, name);
    people.set(name, { code: '', registrationId: r.id, idNumber });
  }
  const suffix = options.competitionCode ?? '';
  const judgeId = (await setup.user(`judge${suffix}`, 'JUDGE')).id;
  const chiefId = (await setup.user(`chief${suffix}`, 'JUDGE')).id;
  const assign = (body: Schemas['AssignJudgeDto']) =>
    ok(api.POST('/api/contests/{id}/judges', { ...contest, body }));
  await assign({ userId: judgeId });
  await assign({ userId: chiefId, chief: true });
  const judge = await login(`judge${suffix}`, `judge${suffix}-password`);
  const chief = await login(`chief${suffix}`, `chief${suffix}-password`);
  const asChief = typedApi(http, chief);
  await setStatus(http, organizer, contestId, 'SCORING');
  await ok(
    api.POST('/api/contests/{id}/registrations/decisions', {
      ...contest,
      body: { status: 'APPROVED', allPending: true },
    }),
  );
  await ok(api.POST('/api/contests/{id}/draw', { ...contest, body: {} }));
  const rows = await ok(api.GET('/api/contests/{id}/registrations', contest));
  for (const r of rows) people.get(byId.get(r.id)!)!.code = r.code!;
  await ok(
    typedApi(http, judge).PUT('/api/contests/{id}/scores', {
      ...contest,
      body: {
        entries: scores.map(([name, total]) => ({
          code: people.get(name)!.code,
          criterionKey: 'task',
          points: total,
        })),
      },
    }),
  );
  await ok(asChief.POST('/api/contests/{id}/scores/confirm', { ...contest, body: {} }));
  const computeAndPublish = () => computeAndPublishRun(http, organizer, contestId);
  // Every score confirmed: the chief judge closes scoring (SCORING → REVIEW).
  await ok(asChief.POST('/api/contests/{id}/scores/close', contest), 'closing scoring');
  const runId = await computeAndPublish();
  return {
    competitionId,
    contestId,
    runId,
    people,
    judge,
    chief,
    judgeId,
    rescore: async (name, total) => {
      // As it happens after publication: the worker objects, the organizer upholds it, the chief
      // judge corrects the score and someone else (here the organizer) confirms the correction.
      const person = people.get(name)!;
      const { objectionId } = await ok(
        typedApi(http).POST('/api/public/contests/{id}/objections', {
          ...contest,
          body: { name, idNumber: person.idNumber, text: '请复核实操成绩' },
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
        asChief.PUT('/api/contests/{id}/scores', {
          ...contest,
          body: {
            entries: [{ code: person.code, criterionKey: 'task', points: total, judgeId }],
            reason: '申诉复核',
          },
        }),
        'rescore',
      );
      await ok(
        api.POST('/api/contests/{id}/scores/confirm', { ...contest, body: {} }),
        'confirming',
      );
      return computeAndPublish();
    },
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
