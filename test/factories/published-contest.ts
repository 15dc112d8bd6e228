import type TestAgent from 'supertest/lib/agent';
import { eventually } from '../support/e2e-app';
import { femaleId, maleId } from './id-numbers';
import { register, setStatus } from './registration-api';
import { SetupApi } from './setup-api';

/** A one-criterion contest (practical 100%, one judge, SINGLE), so a total is the score given. */
export const SINGLE_SCORE_SCHEME = {
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
  options: { tradeCode?: string; competitionCode?: string } = {},
): Promise<PublishedContest> {
  const setup = new SetupApi(http, organizer);
  const unit = await setup.unit(`U${options.competitionCode ?? ''}`, '阜新市第一机械厂');
  const competitionId = (await setup.competition(options.competitionCode ?? 'FX2017')).id;
  const contestId = (
    await setup.contest(competitionId, {
      tradeId: await setup.tradeId(options.tradeCode ?? 'LATHE'),
      scheme: SINGLE_SCORE_SCHEME,
    })
  ).id;
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
  const assign = (body: object) =>
    http.post(`/api/contests/${contestId}/judges`).set('authorization', organizer).send(body);
  await assign({ userId: judgeId });
  await assign({ userId: chiefId, chief: true });
  const judge = await login(`judge${suffix}`, `judge${suffix}-password`);
  const chief = await login(`chief${suffix}`, `chief${suffix}-password`);
  await setStatus(http, organizer, contestId, 'SCORING');
  await http
    .post(`/api/contests/${contestId}/registrations/decisions`)
    .set('authorization', organizer)
    .send({ status: 'APPROVED', allPending: true });
  await http.post(`/api/contests/${contestId}/draw`).set('authorization', organizer).send({});
  const rows = (
    await http.get(`/api/contests/${contestId}/registrations`).set('authorization', organizer)
  ).body as Array<{ id: number; code: string }>;
  for (const r of rows) people.get(byId.get(r.id)!)!.code = r.code;
  await http
    .put(`/api/contests/${contestId}/scores`)
    .set('authorization', judge)
    .send({
      entries: scores.map(([name, points]) => ({
        code: people.get(name)!.code,
        criterionKey: 'task',
        points,
      })),
    });
  await http.post(`/api/contests/${contestId}/scores/confirm`).set('authorization', chief).send({});
  const computeAndPublish = () => computeAndPublishRun(http, organizer, contestId);
  // Every score confirmed: the chief judge closes scoring (SCORING → REVIEW).
  const closed = await http
    .post(`/api/contests/${contestId}/scores/close`)
    .set('authorization', chief);
  if (closed.status !== 200) throw new Error(`closing scoring: ${JSON.stringify(closed.body)}`);
  const runId = await computeAndPublish();
  return {
    competitionId,
    contestId,
    runId,
    people,
    judge,
    chief,
    judgeId,
    rescore: async (name, points) => {
      // As it happens after publication: the worker objects, the organizer upholds it, the chief
      // judge corrects the score and someone else (here the organizer) confirms the correction.
      const person = people.get(name)!;
      const objection = await http
        .post(`/api/public/contests/${contestId}/objections`)
        .send({ name, idNumber: person.idNumber, text: '请复核实操成绩' });
      if (objection.status !== 201)
        throw new Error(`objection → ${objection.status} ${JSON.stringify(objection.body)}`);
      const objectionId = (objection.body as { objectionId: number }).objectionId;
      const upheld = await http
        .patch(`/api/objections/${objectionId}`)
        .set('authorization', organizer)
        .send({ decision: 'UPHELD', response: '复核后更正' });
      if (upheld.status !== 200)
        throw new Error(`upholding → ${upheld.status} ${JSON.stringify(upheld.body)}`);
      const res = await http
        .put(`/api/contests/${contestId}/scores`)
        .set('authorization', chief)
        .send({
          entries: [{ code: person.code, criterionKey: 'task', points, judgeId }],
          reason: '申诉复核',
        });
      if (res.status !== 200)
        throw new Error(`rescore → ${res.status} ${JSON.stringify(res.body)}`);
      const confirmed = await http
        .post(`/api/contests/${contestId}/scores/confirm`)
        .set('authorization', organizer)
        .send({});
      if (confirmed.status !== 200)
        throw new Error(`confirming → ${confirmed.status} ${JSON.stringify(confirmed.body)}`);
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
  const compute = await http
    .post(`/api/contests/${contestId}/results/compute`)
    .set('authorization', organizer);
  if (compute.status !== 202)
    throw new Error(`compute → ${compute.status} ${JSON.stringify(compute.body)}`);
  const { runId, jobId } = compute.body as { runId: number; jobId: string };
  await eventually(async () => {
    const job = await http.get(`/api/jobs/${jobId}`).set('authorization', organizer);
    return (job.body as { state: string }).state === 'completed' ? true : undefined;
  }, timeoutMs);
  const publish = await http
    .post(`/api/contests/${contestId}/results/publish`)
    .set('authorization', organizer)
    .send({ runId });
  if (publish.status !== 200)
    throw new Error(`publish → ${publish.status} ${JSON.stringify(publish.body)}`);
  return runId;
}
