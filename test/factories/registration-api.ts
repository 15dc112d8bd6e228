import type TestAgent from 'supertest/lib/agent';
import { SetupApi } from './setup-api';
import { scheme30x70 } from './schemes';

export interface Registered {
  id: number;
  status: string;
  stationNo: number | null;
  code?: string | null;
  worker: {
    id: number;
    name: string;
    gender: string;
    idNumber: string;
    phone: string | null;
    unitId: number;
  };
}

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
  const open = async (tradeCode: string, extra: Record<string, unknown> = {}) => {
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

export async function setStatus(
  http: TestAgent,
  organizer: string,
  contestId: number,
  status: string,
): Promise<void> {
  const res = await http
    .patch(`/api/contests/${contestId}`)
    .set('authorization', organizer)
    .send({ status });
  if (res.status !== 200) {
    throw new Error(
      `PATCH contest ${contestId} → ${status}: ${res.status} ${JSON.stringify(res.body)}`,
    );
  }
}

export async function register(
  http: TestAgent,
  auth: string,
  contestId: number,
  worker: Record<string, unknown>,
): Promise<Registered> {
  const res = await http
    .post(`/api/contests/${contestId}/registrations`)
    .set('authorization', auth)
    .send({ worker });
  if (res.status !== 201) {
    throw new Error(`register → ${res.status} ${JSON.stringify(res.body)}`);
  }
  return res.body as Registered;
}
