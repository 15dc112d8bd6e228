import { DEMO_PASSWORD, seedDemo, type DemoCompetition } from '../../scripts/demo-data';
import { startApp, type E2eApp } from '../support/e2e-app';
import { databases } from '../support/e2e-databases';

/*
 * The public site's entry routes: which competitions there are and which of their contests are
 * published, with nothing private and no results of a contest that is not published. Filled with
 * the demo competition (one contest published, one in the middle of scoring).
 */
describe.each(databases)('Public competitions and contests (no login) on %s', (_name, database) => {
  let dropDatabase: () => Promise<void> = () => Promise.resolve();
  let e2e: E2eApp;
  let demo: DemoCompetition;

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
  }, 180_000);
  afterAll(async () => {
    await e2e?.close();
    await dropDatabase();
  });

  it('lists the competitions with how many contests are published', async () => {
    const res = await e2e.http.get('/api/public/competitions');
    expect(res.status).toBe(200);
    expect(res.body).toEqual([
      {
        id: demo.competitionId,
        code: 'DEMO2026',
        name: '2026年职工职业技能大赛（演示）',
        year: 2026,
        contests: 2,
        publishedContests: 1,
      },
    ]);
  });

  it("gives a competition's contests: trade, stage, window and field size", async () => {
    const res = await e2e.http.get(`/api/public/competitions/${demo.competitionId}`);
    expect(res.status).toBe(200);
    const body = res.body as {
      name: string;
      issuingBody: string;
      contests: Array<{
        id: number;
        tradeCode: string;
        status: string;
        published: boolean;
        publishedAt: string | null;
        publicationEndsAt: string | null;
        contestants: number;
      }>;
    };
    expect(body).toMatchObject({
      id: demo.competitionId,
      name: '2026年职工职业技能大赛（演示）',
      issuingBody: '阜新市总工会',
    });
    const [published, scoring] = body.contests;
    expect(published).toMatchObject({
      id: demo.publishedContestIds[0],
      tradeCode: 'ECOM',
      trade: '电子商务',
      status: 'PUBLISHED',
      published: true,
      contestants: 60,
    });
    // The default window: five days from the first publication.
    const days =
      (Date.parse(published.publicationEndsAt!) - Date.parse(published.publishedAt!)) / 86_400_000;
    expect(days).toBeCloseTo(5, 3);
    expect(Date.parse(published.publishedAt!)).toBeLessThanOrEqual(Date.now());
    expect(scoring).toEqual({
      id: demo.inProgressContestId,
      tradeCode: 'CNC',
      trade: expect.any(String) as string,
      tradeEn: expect.anything() as unknown,
      status: 'SCORING',
      published: false,
      publishedAt: null,
      publicationEndsAt: null,
      contestants: 24,
      round: 1,
      hostUnitName: null,
    });
  });

  it('names no one: no ID numbers, phones, blind codes or names in the listings', async () => {
    const names = (
      await e2e.http.get(
        `/api/public/competitions/${demo.competitionId}/rankings?contestId=${demo.publishedContestIds[0]}&pageSize=5`,
      )
    ).body as { items: Array<{ name: string }> };
    expect(names.items).toHaveLength(5);
    for (const path of [
      '/api/public/competitions',
      `/api/public/competitions/${demo.competitionId}`,
    ]) {
      const text = (await e2e.http.get(path)).text;
      expect(text).not.toMatch(/\d{17}[\dX]/);
      expect(text).not.toMatch(/idNumber|phone|blindCode|registrationId/i);
      for (const { name } of names.items) expect(text).not.toContain(name);
    }
  });

  it("never shows an unpublished contest's results", async () => {
    const base = `/api/public/competitions/${demo.competitionId}`;
    const scoring = await e2e.http.get(`${base}/rankings?contestId=${demo.inProgressContestId}`);
    expect(scoring.status).toBe(200);
    expect(scoring.body).toMatchObject({ items: [], total: 0 });
    const everything = (await e2e.http.get(`${base}/rankings?pageSize=200`)).body as {
      items: Array<{ contestId: number }>;
      total: number;
    };
    expect(everything.total).toBe(60);
    expect(new Set(everything.items.map((r) => r.contestId))).toEqual(
      new Set([demo.publishedContestIds[0]]),
    );
    const units = (await e2e.http.get(`${base}/units`)).body as Array<{ participants: number }>;
    expect(units.reduce((sum, u) => sum + u.participants, 0)).toBe(60);
  });

  it('answers 404 COMPETITION_NOT_FOUND for an unknown competition, 400 for a bad id', async () => {
    const missing = await e2e.http.get('/api/public/competitions/999999');
    expect({ status: missing.status, code: (missing.body as { code: string }).code }).toEqual({
      status: 404,
      code: 'COMPETITION_NOT_FOUND',
    });
    const bad = await e2e.http.get('/api/public/competitions/abc');
    expect({ status: bad.status, code: (bad.body as { code: string }).code }).toEqual({
      status: 400,
      code: 'INVALID_ID',
    });
  });
});
