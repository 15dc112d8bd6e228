import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { BenchApi, ok } from '../../bench/api';
import { benchIdNumber, benchName } from '../../bench/roster';
import { DEMO_PASSWORD } from '../../scripts/demo-data';
import { startBrowserEnv, VIEWPORTS, type BrowserEnv } from './support/browser-env';

/*
 * The organizer's results pages on the demo's contest in the middle of scoring: computing is
 * refused with what is missing; once judged and confirmed, the page computes (with the job's own
 * progress), shows every line with the reason for its title, publishes, answers an objection,
 * issues certificates and hands out the .zip. What the pages show is checked against the API.
 */
describe('the organizer’s results pages: compute, review, publish, objections, certificates', () => {
  let env: BrowserEnv;
  let organizer: BenchApi;
  let contestId: number;
  let page: Page;
  let runId: number;

  beforeAll(async () => {
    env = await startBrowserEnv('organizer-results', { publishedContests: 1 });
    organizer = await new BenchApi(`${env.base}/api`).login('organizer', DEMO_PASSWORD);
    contestId = env.demo.inProgressContestId;
    page = await env.page('desktop', '/login');
    await signInSettled(env, page);
  });
  afterAll(async () => {
    await env?.close();
  });
  afterEach(() => env.assertNoErrors());

  const resultsPath = () => `/organizer/contests/${contestId}/results`;
  // What the API says, through the client typed by the document.
  const inContest = () => ({ params: { path: { id: contestId } } });
  const resultRows = () =>
    ok(
      organizer.client.GET('/api/contests/{id}/results', {
        params: { path: { id: contestId }, query: { runId } },
      }),
    );
  const runsOf = () => ok(organizer.client.GET('/api/contests/{id}/results/runs', inContest()));

  it('refuses to compute while scores are missing, saying what is missing and what to do', async () => {
    await env.go(page, resultsPath());
    await page.getByText('数控车工').first().waitFor();
    await page.getByText('还没有计算过成绩').waitFor();
    await page.locator('[data-test="compute"]').click();
    const notice = page.locator('[data-test="not-ready"]');
    await notice.waitFor();
    const text = await notice.innerText();
    const status = await ok(organizer.client.GET('/api/contests/{id}/scores/status', inContest()));
    expect(status.missing.count).toBeGreaterThan(0);
    expect(text).toContain('还不能计算成绩');
    expect(text).toContain(`${status.missing.count} 项评分尚未录入`);
    expect(text).toContain('裁判长确认');
    // The first scores concerned, by blind code and criterion name (not the key).
    expect(text).toMatch(/尺寸精度|工艺规范|安全文明生产/);
    expect(await runsOf()).toEqual([]);
    await look(env, page, '1-not-ready');
  });

  it('computes once the scores are in, with the job’s progress, and explains every title', async () => {
    await judgeAndConfirm(env, contestId);
    await page.locator('[data-test="compute"]').click();
    const bar = page.locator('[data-test="compute-progress"]');
    await page.locator('[data-test="compute-progress"][data-phase="done"]').waitFor();
    expect(await bar.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
    expect(await page.locator('[data-test="not-ready"]').count()).toBe(0);

    const runs = await runsOf();
    expect(runs).toHaveLength(1);
    expect(runs[0].status).toBe('DONE');
    runId = runs[0].runId;
    const rows = await resultRows();
    expect(rows.length).toBe(24);

    const table = page.locator('[data-test="result-rows"]');
    await table.locator('[data-test="title-reason"]').first().waitFor();
    // Every line of the run, in order, with the server's reason for its title or for none.
    const reasons = await table.locator('[data-test="title-reason"]').allInnerTexts();
    expect(reasons.map((r) => r.trim())).toEqual(rows.map((r) => r.titleDetailZh));
    const champion = rows.find((r) => r.title === 'CHAMPION')!;
    expect(champion.rank).toBe(1);
    const championLine = table.locator('tr', { hasText: champion.name }).first();
    expect(await championLine.innerText()).toContain('技术状元');
    expect(await table.locator('[data-test="title"]').count()).toBe(
      rows.filter((r) => r.title).length,
    );
    // 用时 (time used, the tie-break after the scores), as the run recorded it, as min:s.
    expect(await table.locator('thead').innerText()).toContain('用时');
    const clock = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
    const times = await table.locator('[data-test="time"]').allInnerTexts();
    expect(times.map((x) => x.trim())).toEqual(
      rows.map((r) => (r.timeSeconds === null ? '—' : clock(r.timeSeconds))),
    );
    expect(rows.filter((r) => r.timeSeconds !== null)).toHaveLength(24);
    await env.assertNoOverflow(page);
    await look(env, page, '2-computed');

    // The posted (公示) layout of this run, as an .xlsx.
    const [xlsx] = await Promise.all([
      page.waitForResponse((r) => r.url().includes(`/results/export?runId=${runId}`)),
      page.locator('[data-test="export-run"]').click(),
    ]);
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
  });

  it('publishes after a confirmation that says what publishing opens, and shows the window', async () => {
    await page.locator('[data-test="publish"]').click();
    const dialog = page.locator('.publish-confirm');
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('公示期');
    await look(env, page, '3-publish-confirm');
    await dialog.locator('.el-button--primary').click();

    const window = page.locator('[data-test="window"]');
    await window.waitFor();
    const publication = await ok(
      organizer.client.GET('/api/contests/{id}/results/publication', inContest()),
    );
    expect(publication).toMatchObject({ status: 'PUBLISHED', publishedRunId: runId });
    const endsOn = new Intl.DateTimeFormat('zh-CN', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(new Date(publication.publicationEndsAt!));
    expect(await window.innerText()).toContain(`公示期至 ${endsOn}`);
    await page.locator('[data-test="contest-status"]', { hasText: '公示中' }).waitFor();
    expect(await page.locator('[data-test="publish"]').count()).toBe(0);
    await look(env, page, '4-published');

    // And the public sees it.
    const rankings = (await (
      await fetch(
        `${env.base}/api/public/competitions/${env.demo.competitionId}/rankings?contestId=${contestId}`,
      )
    ).json()) as { total: number };
    expect(rankings.total).toBe(24);
  });

  it('lists an objection lodged in the window and records the organizer’s answer', async () => {
    const rows = await resultRows();
    const objector = rows[rows.length - 1].name;
    const res = await fetch(`${env.base}/api/public/contests/${contestId}/objections`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        name: objector,
        idNumber: idNumberOf(objector),
        text: '本人认为安全文明生产一项评分偏低，请复核。',
      }),
    });
    expect(res.status).toBe(201);
    const { objectionId } = (await res.json()) as { objectionId: number };

    await env.go(page, `/organizer/contests/${contestId}/objections`);
    const card = page.locator(`[data-test="objection-${objectionId}"]`);
    await card.getByText(objector, { exact: false }).first().waitFor();
    expect(await card.innerText()).toContain(objector);
    expect(await card.innerText()).toContain('安全文明生产一项评分偏低');
    expect(await page.locator('[data-test="open-count"]').innerText()).toContain('1');
    // Choosing "upheld" says what has to follow.
    await card.getByText('申诉成立').click();
    await card.getByText('由裁判长更正').waitFor();
    await look(env, page, '5-objection');
    await card.getByText('维持原成绩').click();
    await card.locator('textarea').fill('经复核，三位裁判评分一致，维持原成绩。');
    await card.locator('[data-test="send-answer"]').click();
    await card.locator('[data-test="objection-state"]', { hasText: '维持原成绩' }).waitFor();

    const stored = await ok(organizer.client.GET('/api/contests/{id}/objections', inContest()));
    expect(stored.find((o) => o.id === objectionId)).toMatchObject({
      status: 'DISMISSED',
      response: '经复核，三位裁判评分一致，维持原成绩。',
    });
    await look(env, page, '6-objection-answered');
  });

  it('issues the title certificates with the job’s progress, lists them and hands out the .zip', async () => {
    await env.go(page, `/organizer/contests/${contestId}/certificates`);
    await page.getByText('还没有颁发证书').waitFor();
    await page.locator('[data-test="issue"]').click();
    await page.locator('[data-test="issue-progress"][data-phase="done"]').waitFor();
    expect(
      await page
        .locator('[data-test="issue-progress"]')
        .getByRole('progressbar')
        .getAttribute('aria-valuenow'),
    ).toBe('100');

    const stored = await ok(organizer.client.GET('/api/contests/{id}/certificates', inContest()));
    const rows = await resultRows();
    const titled = rows.filter((r) => r.title).length;
    expect(titled).toBeGreaterThan(0);
    expect(stored).toHaveLength(titled);
    expect(stored.every((c) => c.status === 'ISSUED' && c.kind === 'TITLE')).toBe(true);

    const table = page.locator('[data-test="certificates"]');
    await table.getByText(stored[0].serial).waitFor();
    for (const c of stored) expect(await table.getByText(c.serial).count()).toBe(1);
    expect(await page.locator('[data-test="certificate-counts"]').innerText()).toContain(
      `有效 ${titled} 张`,
    );
    await env.assertNoOverflow(page);
    await look(env, page, '7-certificates');

    const [zip, saved] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith(`/contests/${contestId}/certificates/zip`)),
      page.waitForEvent('download'),
      page.locator('[data-test="zip"]').click(),
    ]);
    expect(zip.status()).toBe(200);
    expect(zip.headers()['content-type']).toContain('application/zip');
    // What the organizer saves: the file the page handed to the browser.
    expect(saved.suggestedFilename()).toMatch(/\.zip$/);
    const body = await readFile(await saved.path());
    expect(body.subarray(0, 2).toString()).toBe('PK');
    // Stored, not compressed: every PDF's name appears in the archive's directory.
    for (const c of stored) expect(body.includes(`${c.serial}.pdf`)).toBe(true);
  });

  it('fits a phone (Chinese) and a tablet (English) without sideways overflow', async () => {
    for (const [viewport, locale] of [
      ['phone', 'zh-CN'],
      ['tablet', 'en'],
    ] as const) {
      const small = await env.page(viewport, '/login', locale);
      await signInSettled(env, small);
      await env.go(small, resultsPath());
      const table = small.locator('[data-test="result-rows"]');
      if (viewport === 'phone') {
        // Rank, name, total and title in view without scrolling the table sideways; the rest
        // (unit, parts, time, the reason for the title) when the row is opened.
        const first = table.locator('tbody tr').first();
        await first.locator('[data-test="total"]').waitFor();
        const width = VIEWPORTS.phone.width;
        for (const cell of ['rank', 'name', 'total']) {
          const box = await first.locator(`[data-test="${cell}"]`).boundingBox();
          expect(box && box.x >= 0 && box.x + box.width <= width).toBe(true);
        }
        const titleCell = table.locator('[data-test="title"]').first();
        const titleBox = await titleCell.boundingBox();
        expect(titleBox && titleBox.x + titleBox.width <= width).toBe(true);
        expect(await table.locator('[data-test="title-reason"]').count()).toBe(0);
        await first.locator('.el-table__expand-icon').click();
        const details = table.locator('[data-test="row-details"]').first();
        await details.waitFor();
        const shown = await details.innerText();
        const [row] = await resultRows();
        expect(shown).toContain(row.unit);
        expect(shown).toContain(row.titleDetailZh);
      } else {
        await table.locator('[data-test="title-reason"]').first().waitFor();
      }
      await env.assertNoOverflow(small);
      if (locale === 'en') {
        // The server's English sentence for each title, and the page's own words in English.
        await small.getByText('Objection window open until').waitFor();
        const rows = await resultRows();
        const reasons = await small.locator('[data-test="title-reason"]').allInnerTexts();
        expect(reasons.map((r) => r.trim())).toEqual(rows.map((r) => r.titleDetail));
      }
      await look(env, small, `8-results-${viewport}`);
      await small.context().close();
    }
  });
});

/** A screenshot of the step, and no message key shown instead of its words. */
async function look(env: BrowserEnv, page: Page, name: string): Promise<void> {
  expect(await page.locator('body').innerText()).not.toMatch(/organizer\.results\./);
  await env.shot(page, name);
}

/**
 * Signs the organizer in and lets the landing page finish its own loading first: it rewrites its
 * route (?competition=) once its data arrives, which would undo a navigation made before that.
 */
async function signInSettled(env: BrowserEnv, page: Page): Promise<void> {
  await env.signIn(page, 'organizer');
  await page.waitForLoadState('networkidle');
}

/** The demo's CNC workers come after the published contests' 60 (see scripts/demo-data.ts). */
function idNumberOf(name: string): string {
  for (let worker = 60; worker < 60 + 24; worker++) {
    if (benchName(worker * 7) === name) return benchIdNumber(2_000_000 + worker);
  }
  throw new Error(`${name} is not one of the demo's CNC workers`);
}

/**
 * What the demo does for its finished contests: each practical judge scores their own sheet
 * (they never see their own units' workers), the chief judge confirms, the organizer closes
 * scoring (REVIEW).
 */
async function judgeAndConfirm(env: BrowserEnv, contestId: number) {
  const api = (username: string) => new BenchApi(`${env.base}/api`).login(username, DEMO_PASSWORD);
  const inContest = { params: { path: { id: contestId } } };
  for (const [j, username] of ['judge1', 'judge2', 'judge3', 'judge4'].entries()) {
    const judge = (await api(username)).client;
    const sheet = await ok(judge.GET('/api/contests/{id}/score-sheet', inContest));
    expect(sheet.rows.length).toBeGreaterThan(0);
    await ok(
      judge.PUT('/api/contests/{id}/scores', {
        ...inContest,
        body: {
          entries: sheet.rows.flatMap((r) => {
            // A worker's level from their code, so every judge marks the same worker alike (the
            // 0–3 marks agree; the measured points differ by a judge's point or so).
            const level = [...r.code].reduce((sum, ch) => sum + ch.charCodeAt(0), 0) % 10;
            const skill = 0.5 + level / 20;
            return [
              { code: r.code, criterionKey: 'accuracy', points: Math.round(40 * skill) },
              { code: r.code, criterionKey: 'process', points: Math.round(30 * skill) - (j % 2) },
              { code: r.code, criterionKey: 'safety', points: skill > 0.75 ? 3 : 2 },
            ];
          }),
        },
      }),
    );
  }
  // Times used, for the tie-break (many workers share a level, and so a total).
  const timekeeper = (await api('judge4')).client;
  const all = await ok(timekeeper.GET('/api/contests/{id}/score-sheet', inContest));
  await ok(
    timekeeper.PUT('/api/contests/{id}/times', {
      ...inContest,
      body: { entries: all.rows.map((r, i) => ({ code: r.code, seconds: 1800 + 37 * i })) },
    }),
  );
  const chief = (await api('chief')).client;
  await ok(chief.POST('/api/contests/{id}/scores/confirm', { ...inContest, body: {} }));
  // Everything confirmed: the chief judge closes scoring (SCORING → REVIEW).
  await ok(chief.POST('/api/contests/{id}/scores/close', inContest));
}
