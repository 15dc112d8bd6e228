/**
 * The load test's competition (bench/load.ts), made through the API as an organizer makes it: a
 * unit, one contest per trade, each with a roster (CSV), approved and drawn, open for scoring,
 * its judges and a chief judge, every one of them signed in.
 */
import { BenchApi, multipart, ok, type Schemas, setStatus } from './api';
import type { LoadCriterion, LoadPlan } from './load-client';
import { benchIdNumber, benchName } from './roster';

/** What was set up: per contest, its blind codes, criteria, judges (signed in) and chief judge. */
export type LoadContest = LoadPlan['contests'][number] & { registrationIds: Map<string, number> };

const SCHEME: Schemas['SchemeDto'] = {
  parts: [
    {
      key: 'theory',
      name: '理论',
      weight: 30,
      criteria: [{ key: 'exam', name: '理论考试', maxPoints: 100, kind: 'MEASUREMENT' }],
    },
    {
      key: 'practical',
      name: '实操',
      weight: 70,
      criteria: [
        { key: 'accuracy', name: '尺寸精度', maxPoints: 40, kind: 'MEASUREMENT' },
        {
          key: 'finish',
          name: '表面质量',
          maxPoints: 30,
          kind: 'MEASUREMENT',
          method: 'TRIMMED_MEAN',
        },
        { key: 'safety', name: '安全文明生产', maxPoints: 30, kind: 'JUDGEMENT', tolerance: 3 },
      ],
    },
  ],
};
export const CRITERIA: LoadCriterion[] = [
  { key: 'exam', kind: 'MEASUREMENT', maxCenti: 10000 },
  { key: 'accuracy', kind: 'MEASUREMENT', maxCenti: 4000 },
  { key: 'finish', kind: 'MEASUREMENT', maxCenti: 3000 },
  { key: 'safety', kind: 'JUDGEMENT', maxCenti: 300 },
];

/** Runs `work` over `items`, at most `limit` at a time. */
async function inParallel<T, R>(
  items: T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i], i);
      }
    }),
  );
  return results;
}

/** Sets up `contests` contests of `contestants` contestants, `judgesPerContest` judges each. */
export async function setUpLoad(
  organizer: BenchApi,
  options: { contests: number; judgesPerContest: number; contestants: number },
): Promise<LoadContest[]> {
  const { client } = organizer;
  const unit = await ok(
    client.POST('/api/units', { body: { code: 'LOAD', name: '负载测试市总工会' } }),
  );
  const competition = await ok(
    client.POST('/api/competitions', {
      body: { code: 'LOAD2026', name: '负载测试大赛', year: 2026 },
    }),
  );
  const trades = await ok(client.GET('/api/trades'));
  for (let i = trades.length; i < options.contests; i++)
    trades.push(
      await ok(client.POST('/api/trades', { body: { code: `LOAD${i}`, name: `工种${i}` } })),
    );

  const password = 'load-judge-password';
  const judge = async (username: string, contestId: number, chief: boolean) => {
    const user = await ok(
      client.POST('/api/users', {
        body: { username, password, displayName: username, role: 'JUDGE' },
      }),
    );
    await ok(
      client.POST('/api/contests/{id}/judges', {
        params: { path: { id: contestId } },
        body: { userId: user.id, chief },
      }),
    );
    return { userId: user.id, token: (await organizer.login(username, password)).token };
  };

  return inParallel(
    Array.from({ length: options.contests }, (_, c) => c),
    4,
    async (c): Promise<LoadContest> => {
      const contest = await ok(
        client.POST('/api/competitions/{id}/contests', {
          params: { path: { id: competition.id } },
          body: { tradeId: trades[c].id, scheme: SCHEME },
        }),
      );
      const path = { params: { path: { id: contest.id } } };
      await setStatus(client, contest.id, 'REGISTRATION');
      const rows = Array.from({ length: options.contestants }, (_, k) => {
        const i = c * options.contestants + k;
        return `${benchName(i)},${benchIdNumber(i)},${unit.code}`;
      });
      const csv = ['姓名,身份证号,单位代码', ...rows].join('\n');
      const file = new File([csv], 'roster.csv', { type: 'text/csv' });
      const imported = await ok(
        client.POST('/api/contests/{id}/registrations/import', {
          ...path,
          body: { file },
          bodySerializer: multipart,
        }),
      );
      if (
        !('created' in imported) ||
        imported.created !== options.contestants ||
        imported.rejected.length > 0
      )
        throw new Error(`roster of contest ${contest.id}: ${JSON.stringify(imported)}`);
      await setStatus(client, contest.id, 'SCORING');
      await ok(
        client.POST('/api/contests/{id}/registrations/decisions', {
          ...path,
          body: { status: 'APPROVED', allPending: true },
        }),
      );
      await ok(client.POST('/api/contests/{id}/draw', { ...path, body: {} }));
      const registrations = await ok(client.GET('/api/contests/{id}/registrations', path));
      const judges = [];
      for (let j = 0; j < options.judgesPerContest; j++)
        judges.push(await judge(`load-c${c}-j${j}`, contest.id, false));
      const chief = await judge(`load-c${c}-chief`, contest.id, true);
      return {
        contestId: contest.id,
        codes: registrations.map((r) => r.code!),
        registrationIds: new Map(registrations.map((r) => [r.code!, r.id])),
        criteria: CRITERIA,
        judges,
        chief,
      };
    },
  );
}
