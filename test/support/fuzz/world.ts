import { femaleId, maleId } from '../../factories/id-numbers';
import { personName } from '../../factories/people';
import { publishedContest, SINGLE_SCORE_SCHEME } from '../../factories/published-contest';
import { register, setStatus } from '../../factories/registration-api';
import { SetupApi } from '../../factories/setup-api';
import { eventually, type E2eApp } from '../e2e-app';

/** Who the fuzzer calls as, and the ids of real things for path parameters. */
export interface FuzzWorld {
  tokens: { ORGANIZER: string; JUDGE: string; CHIEF: string; UNIT_COORDINATOR: string };
  /** By pool name: competitions, contests, units, users, registrations, objections, runs, … */
  pools: Record<string, Array<string | number>>;
  contests: { published: number; scoring: number; registration: number };
}

type Json = Record<string, unknown>;

/**
 * Something to damage: a published contest (results, an objection, certificates), a contest in
 * scoring (drawn, one score in), a contest open for registration (pending entries) hosted by the
 * unit coordinator's unit, their units, judges and that coordinator — all made through the API.
 */
export async function seedWorld(e2e: E2eApp): Promise<FuzzWorld> {
  const organizer = await e2e.login();
  const http = e2e.http;
  const get = async (path: string, auth = organizer): Promise<unknown> => {
    const res = await http.get(path).set('authorization', auth);
    if (res.status !== 200) throw new Error(`GET ${path} → ${res.status}`);
    return res.body as unknown;
  };
  const names = Array.from({ length: 5 }, (_, i) => personName(i + 1));
  const published = await publishedContest(
    http,
    organizer,
    (u, p) => e2e.login(u, p),
    names.map((n, i): [string, number] => [n, 90 - i * 7]),
  );
  const setup = new SetupApi(http, organizer);
  const unitId = ((await get('/api/units')) as Array<{ id: number }>)[0].id;
  await setup.user('coordinator', 'UNIT_COORDINATOR', unitId);

  // An objection, lodged by a contestant during the publication window.
  const someone = published.people.get(names[1])!;
  const objection = await http
    .post(`/api/public/contests/${published.contestId}/objections`)
    .send({ name: names[1], idNumber: someone.idNumber, text: '本人实操成绩有误，请求复核。' });
  if (objection.status !== 201) throw new Error(`objection → ${objection.status}`);

  // Certificates for the titles, issued by the Bull job.
  const issue = await http
    .post(`/api/contests/${published.contestId}/certificates/issue`)
    .set('authorization', organizer)
    .send({});
  const jobId = (issue.body as { jobId: string }).jobId;
  await eventually(async () => {
    const job = (await get(`/api/jobs/${jobId}`)) as { state: string };
    return job.state === 'completed' ? true : undefined;
  }, 20000);

  const contestFor = async (tradeCode: string, hostUnitId?: number) =>
    (
      await setup.contest(published.competitionId, {
        tradeId: await setup.tradeId(tradeCode),
        scheme: SINGLE_SCORE_SCHEME,
        ...(hostUnitId === undefined ? {} : { hostUnitId }),
      })
    ).id;
  // In scoring: three drawn contestants, the seeded judges, one score entered.
  const scoring = await contestFor('WELD');
  await setStatus(http, organizer, scoring, 'REGISTRATION');
  for (let i = 0; i < 3; i++) {
    await register(http, organizer, scoring, {
      name: personName(20 + i),
      idNumber: i % 2 ? femaleId(400 + i) : maleId(400 + i),
      unitId,
    });
  }
  await http
    .post(`/api/contests/${scoring}/judges`)
    .set('authorization', organizer)
    .send({ userId: published.judgeId });
  const chiefId = ((await get('/api/users')) as Array<{ id: number; username: string }>).find(
    (u) => u.username === 'chief',
  )!.id;
  await http
    .post(`/api/contests/${scoring}/judges`)
    .set('authorization', organizer)
    .send({ userId: chiefId, chief: true });
  await setStatus(http, organizer, scoring, 'SCORING');
  await http
    .post(`/api/contests/${scoring}/registrations/decisions`)
    .set('authorization', organizer)
    .send({ status: 'APPROVED', allPending: true });
  await http.post(`/api/contests/${scoring}/draw`).set('authorization', organizer).send({});
  const drawn = (await get(`/api/contests/${scoring}/registrations`)) as Array<{ code: string }>;
  const scored = await http
    .put(`/api/contests/${scoring}/scores`)
    .set('authorization', published.judge)
    .send({ entries: [{ code: drawn[0].code, criterionKey: 'task', points: '77.50' }] });
  if (scored.status !== 200) throw new Error(`score → ${scored.status}`);

  // Open for registration, with entries waiting for a decision; hosted by the coordinator's unit
  // (docs/security.md "Hosted contests"), so the coordinator is its organizer.
  const registration = await contestFor('ELEC', unitId);
  await setStatus(http, organizer, registration, 'REGISTRATION');
  for (let i = 0; i < 2; i++) {
    await register(http, organizer, registration, {
      name: personName(40 + i),
      idNumber: maleId(450 + i),
      unitId,
    });
  }

  const contests = [published.contestId, scoring, registration];
  const registrations: number[] = [];
  for (const id of contests) {
    const rows = (await get(`/api/contests/${id}/registrations`)) as Array<{ id: number }>;
    registrations.push(...rows.map((r) => r.id));
  }
  const certificates = (await get(`/api/contests/${published.contestId}/certificates`)) as Array<{
    serial: string;
    code: string;
  }>;
  const ids = (list: unknown) => (list as Json[]).map((x) => x.id as number);
  return {
    tokens: {
      ORGANIZER: organizer,
      JUDGE: published.judge,
      CHIEF: published.chief,
      UNIT_COORDINATOR: await e2e.login('coordinator', 'coordinator-password'),
    },
    contests: { published: published.contestId, scoring, registration },
    pools: {
      competitions: [published.competitionId],
      contests,
      units: ids(await get('/api/units')),
      users: ids(await get('/api/users')),
      registrations,
      objections: [(objection.body as { objectionId: number }).objectionId],
      runs: [published.runId],
      imports: [1],
      trades: ids(await get('/api/trades')),
      // A question id: questions/{id} answers 404 or 400 for it, never a 500.
      questions: [1],
      jobs: [jobId],
      serials: certificates.map((c) => c.serial),
      codes: certificates.map((c) => c.code),
      criteria: ['task'],
      blindCodes: drawn.map((d) => d.code),
    },
  };
}
