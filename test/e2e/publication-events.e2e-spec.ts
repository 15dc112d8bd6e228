import { DataSource, type EntityManager } from 'typeorm';
import { CertificateRequest } from '../../src/certificates/certificate-request.entity';
import { TransactionalEvents } from '../../src/common/transactional-events';
import { Contest } from '../../src/contests/contest.entity';
import { ResultsPublished } from '../../src/results/results-published.event';
import { publishedContest, type PublishedContest } from '../factories/published-contest';
import { eventually, startApp, type E2eApp } from '../support/e2e-app';
import { databases } from '../support/e2e-databases';

type Listed = { serial: string; kind: string; title: string | null; name: string; status: string };

/** Totals: 95 → 技术状元; 90, 85 → 技术标兵; 80 → 技术能手; 50 → below 60, no title. */
const SCORES: Array<[string, number]> = [
  ['王建国', 95],
  ['欧阳娜娜·买买提江', 90],
  ['李秀英', 85],
  ['溫榮', 80],
  ['张伟', 50],
];

/**
 * Results know nothing of certificates: publication emits ResultsPublished, and certificates'
 * handler records the reissue request inside the publish transaction, then queues the job.
 */
describe.each(databases)(
  'Publication → certificates through ResultsPublished on %s',
  (_name, database) => {
    let e2e: E2eApp;
    let dropDatabase: () => Promise<void> = () => Promise.resolve();
    let organizer: string;
    let contest: PublishedContest;
    /** The corrected run whose first publication was rolled back. */
    let correctedRunId: number;

    const list = async () =>
      (
        await e2e.http
          .get(`/api/contests/${contest.contestId}/certificates`)
          .set('authorization', organizer)
      ).body as Listed[];
    const requests = () =>
      e2e.app
        .get(DataSource)
        .getRepository(CertificateRequest)
        .findBy({ contestId: contest.contestId });
    const publishedRunId = async () =>
      (
        await e2e.app.get(DataSource).getRepository(Contest).findOneByOrFail({
          id: contest.contestId,
        })
      ).publishedRunId;

    beforeAll(async () => {
      const db = await database();
      dropDatabase = db.drop;
      e2e = await startApp(db.overrides);
      organizer = await e2e.login();
      contest = await publishedContest(e2e.http, organizer, (u, p) => e2e.login(u, p), SCORES);
      const issued = await e2e.http
        .post(`/api/contests/${contest.contestId}/certificates/issue`)
        .set('authorization', organizer)
        .send({});
      expect(issued.status).toBe(202);
      await eventually(async () => {
        const [request] = await requests();
        return request?.outcome === 'DONE' ? true : undefined;
      }, 30000);
    });

    afterAll(async () => {
      await e2e?.close();
      await dropDatabase();
    });

    it("runs certificates' handler inside the publish transaction: rolled back, it leaves no request and queues nothing", async () => {
      const before = await requests();
      expect(before).toEqual([
        expect.objectContaining({ scope: 'titles', runId: contest.runId, outcome: 'DONE' }),
      ]);
      const certificates = await list();
      const events = e2e.app.get(TransactionalEvents);
      const emit = events.emit.bind(events);
      let seenInside: CertificateRequest[] = [];
      let emitted: object | undefined;
      // The publication fails after the handlers have run, as a crash before the commit would.
      const spy = jest
        .spyOn(events, 'emit')
        .mockImplementationOnce(async (manager: EntityManager, event: object) => {
          emitted = event;
          await emit(manager, event);
          seenInside = await manager
            .getRepository(CertificateRequest)
            .findBy({ contestId: contest.contestId });
          throw new Error('the process dies before the commit');
        });
      try {
        await expect(contest.rescore('张伟', 92)).rejects.toThrow(/^publish → 500/);
      } finally {
        spy.mockRestore();
      }
      expect(emitted).toBeInstanceOf(ResultsPublished);
      correctedRunId = (emitted as ResultsPublished).runId;
      expect(emitted).toEqual(new ResultsPublished(contest.contestId, correctedRunId));
      expect(correctedRunId).toBeGreaterThan(contest.runId);
      // Inside the transaction, the handler had replaced the request with one for the new run…
      expect(seenInside).toEqual([
        expect.objectContaining({
          scope: 'titles',
          runId: correctedRunId,
          finishedAt: null,
          outcome: null,
        }),
      ]);
      // …and the rollback took it back with the publication: nothing owed, nothing queued.
      expect(await requests()).toEqual(before);
      expect(await publishedRunId()).toBe(contest.runId);
      const job = await e2e.http
        .get(
          `/api/jobs/certificates:certificates-${contest.contestId}-run-${correctedRunId}-titles`,
        )
        .set('authorization', organizer);
      expect(job.status).toBe(404);
      expect(await list()).toEqual(certificates);
    });

    it('publishing the run again commits the request with it, and the certificates are reissued', async () => {
      const before = await list();
      const published = await e2e.http
        .post(`/api/contests/${contest.contestId}/results/publish`)
        .set('authorization', organizer)
        .send({ runId: correctedRunId });
      expect(published.status).toBe(200);
      expect(await publishedRunId()).toBe(correctedRunId);
      // Committed with the publication: the request names the new run as soon as it answers.
      expect(await requests()).toEqual([
        expect.objectContaining({ scope: 'titles', runId: correctedRunId }),
      ]);
      const request = await eventually(async () => {
        const [row] = await requests();
        return row?.outcome === 'DONE' ? row : undefined;
      }, 30000);
      expect(request.runId).toBe(correctedRunId);
      // 张伟, now 92, is second (技术标兵); 李秀英 drops to 4th (技术能手): revoked and reissued.
      const after = await list();
      const valid = after.filter((c) => c.status === 'ISSUED');
      expect(valid.map((c) => [c.name, c.title])).toEqual(
        expect.arrayContaining([
          ['王建国', 'CHAMPION'],
          ['张伟', 'PACESETTER'],
          ['欧阳娜娜·买买提江', 'PACESETTER'],
          ['李秀英', 'EXPERT'],
          ['溫榮', 'EXPERT'],
        ]),
      );
      expect(valid).toHaveLength(5);
      expect(after.filter((c) => c.status === 'REVOKED').map((c) => c.name)).toEqual(['李秀英']);
      for (const c of before.filter((b) => b.name !== '李秀英'))
        expect(after.find((a) => a.serial === c.serial)?.status).toBe('ISSUED');
    });
  },
);
