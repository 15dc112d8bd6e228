import { DataSource } from 'typeorm';
import { BenchApi } from '../../bench/api';
import { benchCampaign } from '../../bench/campaign';
import { report } from '../../bench/report';
import { startApp } from '../support/e2e-app';
import { databases } from '../support/e2e-databases';
import { ADMIN } from '../support/test-environment';

/*
 * The campaign stage of `npm run bench` (bench/campaign.ts, docs/performance.md "The campaign")
 * at a small scale, on SQLite and PostgreSQL: 2 trades, 4 hosted preliminaries of 400 entries,
 * finals fed TOP_N_PER_FEEDER n = 6. The stage itself fails when the API's advancement list, the
 * finals' registrations it applies and the one SQL statement it is measured against do not hold
 * the same people; this spec also holds it to the counts it must reach. The full scale is run by hand: `npm run bench -- --only=campaign`.
 */
describe.each(databases)('bench: the campaign stage, small, on %s', (_name, database) => {
  it('advances and registers through the API exactly whom the SQL statement selects, each line reported', async () => {
    const db = await database();
    const e2e = await startApp(db.overrides);
    try {
      await e2e.app.listen(0, '127.0.0.1');
      const base = `${await e2e.app.getUrl()}/api`.replace('[::1]', '127.0.0.1');
      const api = await new BenchApi(base).login(ADMIN.username, ADMIN.password);
      const lines: string[] = [];
      const goals = report.goals.length;

      const figures = await benchCampaign(
        api,
        e2e.app.get(DataSource),
        { trades: 2, preliminaries: 4, entries: 400, perFeeder: 6 },
        (stage, value) => lines.push(`${stage}: ${value}`),
      );

      // Every preliminary has 100 entries, some guests, absent or disqualified: 6 advance from each.
      expect(figures.advanced).toBe(24);
      expect(figures.created).toBe(24);
      expect(figures.selected).toBe(24);
      expect(figures.limitMs).toBeGreaterThan(0);
      expect(lines.some((l) => l.startsWith('advancement of all 2 trades'))).toBe(true);
      // Each worker counted once, finalists or not; the statistics line measured too.
      expect(figures.participants).toBe(400);
      expect(lines.some((l) => l.startsWith('statistics of the whole competition'))).toBe(true);
      expect(report.goals.slice(goals).map((g) => g.met)).toEqual([true, true]);
    } finally {
      await e2e.close();
      await db.drop();
    }
  });
});
