import { publishedContest, type PublishedContest } from '../factories/published-contest';
import { PUBLIC_CACHE_MS } from '../../src/results/public-results.cache';
import { PublicResultsRepository } from '../../src/results/public.repository';
import { eventually, startApp, type E2eApp } from '../support/e2e-app';
import { databases } from '../support/e2e-databases';

/*
 * Issue 15, item 7: one open objection per registration, even when a worker's requests race; and
 * the public unit table served from the cache the rankings use, refreshed on publication.
 */
describe.each(databases)('objections and the unit table on %s', (_name, database) => {
  let dropDatabase: () => Promise<void> = () => Promise.resolve();
  let t: E2eApp;
  let organizer: string;
  let contest: PublishedContest;

  beforeAll(async () => {
    const db = await database();
    dropDatabase = db.drop;
    t = await startApp(db.overrides);
    organizer = await t.login();
    contest = await publishedContest(t.http, organizer, (u, p) => t.login(u, p), [
      ['张伟', 90],
      ['王芳', 80],
      ['李娜', 70],
    ]);
  });
  afterAll(async () => {
    await t?.close();
    await dropDatabase();
  });

  const object = (name: string, text: string) =>
    t.http
      .post(`/api/public/contests/${contest.contestId}/objections`)
      .send({ name, idNumber: contest.people.get(name)!.idNumber, text });

  it('takes one open objection per contestant: parallel requests, exactly one accepted', async () => {
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, i) => object('张伟', `第${i + 1}次申诉：实操评分有误`)),
    );
    const statuses = answers.map((r) => `${r.status} ${(r.body as { code?: string }).code ?? ''}`);
    expect(statuses.filter((s) => s.startsWith('201'))).toHaveLength(1);
    expect(statuses.filter((s) => s === '409 OBJECTION_ALREADY_OPEN')).toHaveLength(5);
    // Another contestant is not held up by it.
    expect((await object('王芳', '理论成绩登记有误，请复核')).status).toBe(201);

    const listed = (
      await t.http
        .get(`/api/contests/${contest.contestId}/objections`)
        .set('authorization', organizer)
    ).body as Array<{ id: number; registrationId: number; status: string }>;
    const mine = listed.filter(
      (o) => o.registrationId === contest.people.get('张伟')!.registrationId,
    );
    expect(mine).toHaveLength(1);

    // Once it is answered, the contestant may object again.
    const decided = await t.http
      .patch(`/api/objections/${mine[0].id}`)
      .set('authorization', organizer)
      .send({ decision: 'DISMISSED', response: '经复核，评分无误' });
    expect(decided.status).toBe(200);
    expect((await object('张伟', '对答复仍有异议，请再次复核')).status).toBe(201);
    const again = await object('张伟', '第三次申诉');
    expect({ status: again.status, code: (again.body as { code: string }).code }).toEqual({
      status: 409,
      code: 'OBJECTION_ALREADY_OPEN',
    });
  });

  it('serves the unit table from the cache, and a publication refreshes it at once', async () => {
    const repository = t.app.get(PublicResultsRepository);
    const reads = jest.spyOn(repository, 'all');
    try {
      const path = `/api/public/competitions/${contest.competitionId}/units`;
      const first = await t.http.get(path);
      expect(first.status).toBe(200);
      expect(first.body).toEqual([
        { unit: '阜新市第一机械厂', participants: 3, titles: expect.any(Object) as object },
      ]);
      // A burst of readers: one read of the published results between them.
      const burst = await Promise.all(Array.from({ length: 20 }, () => t.http.get(path)));
      expect(burst.every((r) => r.text === first.text)).toBe(true);
      expect(reads).toHaveBeenCalledTimes(1);

      // A new run is computed (the job takes a while), then the table is read again into the
      // cache just before the run is published: the read after publishing must not be the cached one.
      const compute = await t.http
        .post(`/api/contests/${contest.contestId}/results/compute`)
        .set('authorization', organizer);
      expect(compute.status).toBe(202);
      const { runId, jobId } = compute.body as { runId: number; jobId: string };
      await eventually(async () => {
        const job = await t.http.get(`/api/jobs/${jobId}`).set('authorization', organizer);
        return (job.body as { state: string }).state === 'completed' ? true : undefined;
      });
      await new Promise((resolve) => setTimeout(resolve, PUBLIC_CACHE_MS));
      const cachedAt = Date.now();
      await t.http.get(path);
      const readsBefore = reads.mock.calls.length;
      const published = await t.http
        .post(`/api/contests/${contest.contestId}/results/publish`)
        .set('authorization', organizer)
        .send({ runId });
      expect(published.status).toBe(200);
      expect((await t.http.get(path)).status).toBe(200);
      // Well within the cache's lifetime, so only the publication can explain the new read.
      expect(Date.now() - cachedAt).toBeLessThan(PUBLIC_CACHE_MS);
      expect(reads.mock.calls.length).toBe(readsBefore + 1);
      // A competition that does not exist is still a 404, and not cached as an answer.
      expect((await t.http.get('/api/public/competitions/999999/units')).status).toBe(404);
    } finally {
      reads.mockRestore();
    }
  });
});
