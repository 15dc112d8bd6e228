import type TestAgent from 'supertest/lib/agent';

/** Small builders that set up data through the HTTP API, as an organizer would. */
export class SetupApi {
  constructor(
    private readonly http: TestAgent,
    private readonly auth: string,
  ) {}

  private async post<T>(path: string, body: unknown): Promise<T> {
    const res = await this.http
      .post(path)
      .set('authorization', this.auth)
      .send(body as object);
    if (res.status !== 201 && res.status !== 200) {
      throw new Error(`POST ${path} → ${res.status} ${JSON.stringify(res.body)}`);
    }
    return res.body as T;
  }

  unit(code: string, name: string, parentId?: number) {
    return this.post<{ id: number; code: string; depth: number }>('/api/units', {
      code,
      name,
      parentId,
    });
  }

  user(username: string, role: string, unitId?: number) {
    return this.post<{ id: number }>('/api/users', {
      username,
      password: `${username}-password`,
      displayName: username,
      role,
      unitId,
    });
  }

  competition(code = 'FX2017', name = '2017年阜新市职工职业技能大赛', year = 2017) {
    return this.post<{ id: number; code: string }>('/api/competitions', {
      code,
      name,
      year,
      issuingBody: '阜新市总工会',
    });
  }

  async tradeId(code: string): Promise<number> {
    const res = await this.http.get('/api/trades').set('authorization', this.auth);
    const trade = (res.body as { id: number; code: string }[]).find((t) => t.code === code);
    if (!trade) throw new Error(`trade ${code} not seeded`);
    return trade.id;
  }

  contest(competitionId: number, body: Record<string, unknown>) {
    return this.post<{ id: number; version: number; status: string }>(
      `/api/competitions/${competitionId}/contests`,
      body,
    );
  }
}
