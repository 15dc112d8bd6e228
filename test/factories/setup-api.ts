import type TestAgent from 'supertest/lib/agent';
import { ok, type Schemas, typedApi } from '../support/typed-api';

type Role = Schemas['CreateUserDto']['role'];
type ContestInput = Schemas['CreateContestDto'];

/** Small builders that set up data through the HTTP API, as an organizer would. */
export class SetupApi {
  /** The organizer's typed client (test/support/typed-api.ts). */
  readonly api: ReturnType<typeof typedApi>;

  constructor(http: TestAgent, auth: string) {
    this.api = typedApi(http, auth);
  }

  unit(code: string, name: string, parentId?: number) {
    return ok(this.api.POST('/api/units', { body: { code, name, parentId } }), 'POST /api/units');
  }

  /**
   * `role` is a string because some specs keep their accounts in tables of strings
   * (authorization.e2e-spec.ts); the server refuses anything but a role.
   */
  user(username: string, role: string, unitId?: number) {
    return ok(
      this.api.POST('/api/users', {
        body: {
          username,
          password: `${username}-password`,
          displayName: username,
          role: role as Role,
          unitId,
        },
      }),
      'POST /api/users',
    );
  }

  competition(code = 'FX2017', name = '2017年阜新市职工职业技能大赛', year = 2017) {
    return ok(
      this.api.POST('/api/competitions', {
        body: { code, name, year, issuingBody: '阜新市总工会' },
      }),
      'POST /api/competitions',
    );
  }

  async tradeId(code: string): Promise<number> {
    const trade = (await ok(this.api.GET('/api/trades'))).find((t) => t.code === code);
    if (!trade) throw new Error(`trade ${code} not seeded`);
    return trade.id;
  }

  /**
   * `scheme` may be any object because authorization.e2e-spec.ts hands its schemes around as
   * `object`; the server validates it as a SchemeDto.
   */
  contest(competitionId: number, body: Omit<ContestInput, 'scheme'> & { scheme: object }) {
    return ok(
      this.api.POST('/api/competitions/{id}/contests', {
        params: { path: { id: competitionId } },
        body: body as ContestInput,
      }),
      `POST /api/competitions/${competitionId}/contests`,
    );
  }
}
