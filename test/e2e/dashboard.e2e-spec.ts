import { DEMO_PASSWORD, seedDemo, type DemoCompetition } from '../../scripts/demo-data';
import { startApp, type E2eApp } from '../support/e2e-app';
import { databases } from '../support/e2e-databases';

interface Dashboard {
  competitionId: number;
  byUnit: Array<{ unitId: number; unitName: string; registrations: number; approved: number }>;
  contests: Array<{
    contestId: number;
    tradeName: string;
    status: string;
    registrations: number;
    approved: number;
    drawn: number;
    scoresEntered: number;
    scoresConfirmed: number;
    results: { runId: number; published: boolean; distribution: number[] } | null;
  }>;
}

interface RegistrationRow {
  status: string;
  stationNo: number | null;
  worker: { unitId: number };
}

/* The organizer's dashboard: figures that agree with what the other routes show, row by row. */
describe.each(databases)('GET /api/competitions/:id/dashboard on %s', (_name, database) => {
  let dropDatabase: () => Promise<void> = () => Promise.resolve();
  let e2e: E2eApp;
  let demo: DemoCompetition;
  let organizer: string;
  // A published contest and one in the middle of scoring: enough for every figure.
  beforeAll(async () => {
    const db = await database();
    dropDatabase = db.drop;
    e2e = await startApp({
      ...db.overrides,
      ADMIN_USERNAME: 'organizer',
      ADMIN_PASSWORD: DEMO_PASSWORD,
    });
    await e2e.app.listen(0, '127.0.0.1');
    const base = (await e2e.app.getUrl()).replace('[::1]', '127.0.0.1');
    demo = await seedDemo(base, () => undefined, { publishedContests: 1 });
    organizer = await e2e.login('organizer', DEMO_PASSWORD);
  }, 180_000);
  afterAll(async () => {
    await e2e?.close();
    await dropDatabase();
  });

  const get = async <T>(path: string, auth = organizer): Promise<T> => {
    const res = await e2e.http.get(`/api${path}`).set('Authorization', auth);
    expect(res.status).toBe(200);
    return res.body as T;
  };

  it('counts participants per unit and per trade as the registration lists do', async () => {
    const dashboard = await get<Dashboard>(`/competitions/${demo.competitionId}/dashboard`);
    expect(dashboard.competitionId).toBe(demo.competitionId);
    const contestIds = [...demo.publishedContestIds, demo.inProgressContestId];
    expect(dashboard.contests.map((c) => c.contestId).sort()).toEqual([...contestIds].sort());

    const perUnit = new Map<number, { registrations: number; approved: number }>();
    for (const contest of dashboard.contests) {
      const rows = await get<RegistrationRow[]>(`/contests/${contest.contestId}/registrations`);
      const active = rows.filter((r) => r.status === 'PENDING' || r.status === 'APPROVED');
      const approved = rows.filter((r) => r.status === 'APPROVED');
      expect(contest.registrations).toBe(active.length);
      expect(contest.approved).toBe(approved.length);
      expect(contest.drawn).toBe(approved.filter((r) => r.stationNo !== null).length);
      for (const r of active) {
        const unit = perUnit.get(r.worker.unitId) ?? { registrations: 0, approved: 0 };
        unit.registrations += 1;
        if (r.status === 'APPROVED') unit.approved += 1;
        perUnit.set(r.worker.unitId, unit);
      }
    }
    expect(contestIds.length).toBe(2);
    expect(dashboard.byUnit.length).toBe(perUnit.size);
    for (const unit of dashboard.byUnit) {
      expect({ registrations: unit.registrations, approved: unit.approved }).toEqual(
        perUnit.get(unit.unitId),
      );
      expect(unit.unitName).toMatch(/工会$/);
    }
    // 60 published + 24 in scoring, spread over the six enterprise unions.
    expect(dashboard.byUnit.reduce((n, u) => n + u.registrations, 0)).toBe(84);
  });

  it('bins the published totals into ten-point bins and shows judging progress', async () => {
    const dashboard = await get<Dashboard>(`/competitions/${demo.competitionId}/dashboard`);
    const published = dashboard.contests.find((c) => c.contestId === demo.publishedContestIds[0])!;
    expect(published.status).toBe('PUBLISHED');
    expect(published.results?.published).toBe(true);
    const rows = await get<Array<{ total: number | string | null }>>(
      `/contests/${published.contestId}/results?runId=${published.results!.runId}`,
    );
    const expected = Array<number>(10).fill(0);
    for (const row of rows) {
      if (row.total === null) continue;
      expected[Math.min(9, Math.floor(Number(row.total) / 10))] += 1;
    }
    expect(published.results!.distribution).toEqual(expected);
    expect(expected.reduce((a, b) => a + b, 0)).toBe(60);
    // Everything the published contest's judges entered was confirmed before results.
    expect(published.scoresEntered).toBeGreaterThan(0);
    expect(published.scoresConfirmed).toBe(published.scoresEntered);

    const scoring = dashboard.contests.find((c) => c.contestId === demo.inProgressContestId)!;
    expect(scoring.status).toBe('SCORING');
    expect(scoring.results).toBeNull();
    // The theory exam is marked (one score per contestant), the practical part not yet.
    expect(scoring.scoresEntered).toBe(scoring.drawn);
    expect(scoring.scoresConfirmed).toBeLessThanOrEqual(scoring.scoresEntered);
  });

  it('is for organizers only, and names a missing competition', async () => {
    for (const username of ['coordinator', 'judge1']) {
      const auth = await e2e.login(username, DEMO_PASSWORD);
      const res = await e2e.http
        .get(`/api/competitions/${demo.competitionId}/dashboard`)
        .set('Authorization', auth);
      expect({ status: res.status, code: res.body.code }).toEqual({
        status: 403,
        code: 'ROLE_NOT_ALLOWED',
      });
    }
    const missing = await e2e.http
      .get('/api/competitions/99999/dashboard')
      .set('Authorization', organizer);
    expect({ status: missing.status, code: missing.body.code }).toEqual({
      status: 404,
      code: 'COMPETITION_NOT_FOUND',
    });
    const anonymous = await e2e.http.get(`/api/competitions/${demo.competitionId}/dashboard`);
    expect(anonymous.status).toBe(401);
  });
});
