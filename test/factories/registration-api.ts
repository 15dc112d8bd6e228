import type TestAgent from 'supertest/lib/agent';
import { ok, type Schemas, typedApi } from '../support/typed-api';
import { SetupApi } from './setup-api';
import { scheme30x70 } from './schemes';

/** A registration as the API answers it. */
export type Registered = Schemas['RegistrationResponse'];

/** A city with two districts, an enterprise under each, their coordinators, and open contests. */
export async function cityWithContests(http: TestAgent, organizer: string) {
  const setup = new SetupApi(http, organizer);
  const city = await setup.unit('FX', '阜新市总工会');
  const districtA = await setup.unit('FX-HZ', '海州区总工会', city.id);
  const enterpriseA = await setup.unit('FX-HZ-01', '海州区第一机械厂工会', districtA.id);
  const districtB = await setup.unit('FX-XH', '细河区总工会', city.id);
  const enterpriseB = await setup.unit('FX-XH-01', '细河区化工厂工会', districtB.id);
  await setup.user('coord-a', 'UNIT_COORDINATOR', districtA.id);
  await setup.user('coord-b', 'UNIT_COORDINATOR', districtB.id);
  await setup.user('judge-1', 'JUDGE', city.id);
  const competition = await setup.competition();
  const open = async (
    tradeCode: string,
    extra: Partial<Omit<Schemas['CreateContestDto'], 'tradeId'>> = {},
  ) => {
    const contest = await setup.contest(competition.id, {
      tradeId: await setup.tradeId(tradeCode),
      scheme: scheme30x70(),
      ...extra,
    });
    await setStatus(http, organizer, contest.id, 'REGISTRATION');
    return contest;
  };
  return { setup, city, districtA, enterpriseA, districtB, enterpriseB, competition, open };
}

/** Moves a contest along its lifecycle (PATCH …/contests/{id}), failing on any refusal. */
export async function setStatus(
  http: TestAgent,
  organizer: string,
  contestId: number,
  status: ContestStatus,
): Promise<void> {
  const { error, response } = await typedApi(http, organizer).PATCH('/api/contests/{id}', {
    params: { path: { id: contestId } },
    body: { status },
  });
  if (!response.ok)
    throw new Error(
      `PATCH contest ${contestId} → ${status}: ${response.status} ${JSON.stringify(error)}`,
    );
}

type ContestStatus = NonNullable<Schemas['UpdateContestDto']['status']>;

/** Registers one worker (POST …/registrations), failing on any refusal. */
export function register(
  http: TestAgent,
  auth: string,
  contestId: number,
  worker: Schemas['WorkerInputDto'],
): Promise<Registered> {
  return ok(
    typedApi(http, auth).POST('/api/contests/{id}/registrations', {
      params: { path: { id: contestId } },
      body: { worker },
    }),
    'register',
  );
}
