import type { Locator, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../scripts/demo-data';
import { startBrowserEnv, type BrowserEnv } from './support/browser-env';

interface Grants {
  total: string;
  used: string;
  grants: Array<{ unitId: number; unit: string; amount: string; used: string | null }>;
}
interface Statistics {
  trades: number;
  participants: number;
  contests: { total: number; held: number };
  titles: { total: number };
  funnel: Array<{ tradeId: number; tradeName: string }>;
}

/*
 * The competition statistics page (docs/statistics.md) on the demo competition: the figures as
 * the API computes them, a funnel per trade, the grants edited by the organizer (a bad amount is
 * shown on its row and nothing is saved) and reported on by a coordinator from a phone; at phone,
 * tablet and desktop sizes, in Chinese and in English.
 */
describe('the competition statistics and grants page', () => {
  let env: BrowserEnv;
  let organizer: string;
  let coordinator: string;
  let competitionId: number;
  let coordinatorUnit: number;
  let otherUnit: number;

  const login = async (username: string): Promise<string> => {
    const res = await fetch(`${env.base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    });
    return `Bearer ${((await res.json()) as { accessToken: string }).accessToken}`;
  };
  const api = async <T>(as: string, method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${env.base}/api${path}`, {
      method,
      headers: { authorization: as, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
  const input = (page: Page, name: string): Locator =>
    page
      .locator(
        `input[data-test="${name}"], textarea[data-test="${name}"], [data-test="${name}"] input, [data-test="${name}"] textarea`,
      )
      .first();
  const statisticsPath = () => `/organizer/competitions/${competitionId}/statistics`;

  beforeAll(async () => {
    env = await startBrowserEnv('statistics', { publishedContests: 1 });
    competitionId = env.demo.competitionId;
    organizer = await login('organizer');
    coordinator = await login('coordinator');
    const me = await api<{ unitId: number }>(coordinator, 'GET', '/auth/me');
    coordinatorUnit = me.unitId;
    const units = await api<Array<{ id: number; parentId: number | null }>>(
      organizer,
      'GET',
      '/units',
    );
    // A sibling of the coordinator's unit: outside their subtree.
    const parent = units.find((u) => u.id === coordinatorUnit)!.parentId;
    otherUnit = units.find((u) => u.id !== coordinatorUnit && u.parentId === parent)!.id;
    await api(organizer, 'PUT', `/competitions/${competitionId}/grants`, [
      { unitId: coordinatorUnit, amount: '50000.00' },
      { unitId: otherUnit, amount: '12345.60' },
    ]);
  });
  afterAll(async () => {
    await env?.close();
  });
  afterEach(() => env.assertNoErrors());

  it('shows the figures the API computes, a funnel per trade and the grants (desktop)', async () => {
    const page = await env.page('desktop', '/login');
    await env.signIn(page, 'organizer');
    await env.go(page, `/organizer/competitions/${competitionId}`);
    await page.locator('[data-test="statistics-link"]').click();
    await page.locator('[data-test="figures"]').waitFor();
    const figures = await api<Statistics>(
      organizer,
      'GET',
      `/competitions/${competitionId}/statistics`,
    );
    expect(await page.locator('[data-test="figure-participants"]').innerText()).toContain(
      String(figures.participants),
    );
    expect(await page.locator('[data-test="figure-held"]').innerText()).toContain(
      `${figures.contests.held} / ${figures.contests.total}`,
    );
    expect(await page.locator('[data-test="figure-titles"]').innerText()).toContain(
      String(figures.titles.total),
    );
    expect(figures.funnel.length).toBeGreaterThan(0);
    for (const trade of figures.funnel) {
      const card = page.locator(`[data-test="funnel-${trade.tradeId}"]`);
      await card.waitFor();
      expect(await card.innerText()).toContain(trade.tradeName);
      // ECharts' aria description names the funnel's stages (a canvas cannot be read).
      await card.locator('[aria-label]').first().waitFor();
      expect(await card.locator('[aria-label]').first().getAttribute('aria-label')).toContain(
        '报名',
      );
    }
    expect(await page.locator('[data-test="grants-total"]').innerText()).toContain('62345.60');
    await env.assertNoOverflow(page);
    await env.shot(page, 'desktop');
  });

  it('refuses a bad amount on its row, saving nothing, then saves the corrected table', async () => {
    const page = await env.page('desktop', '/login');
    await env.signIn(page, 'organizer');
    await env.go(page, statisticsPath());
    await input(page, 'grant-amount-1').waitFor();
    await input(page, 'grant-amount-1').fill('100.005');
    await page.locator('[data-test="grant-save"]').click();
    await page.locator('[data-test="grant-error-1"]').waitFor();
    expect(await page.locator('[data-test="grant-error-1"]').innerText()).toContain('两位小数');
    let grants = await api<Grants>(organizer, 'GET', `/competitions/${competitionId}/grants`);
    expect(grants.total).toBe('62345.60');
    await input(page, 'grant-amount-1').fill('100.05');
    await page.locator('[data-test="grant-save"]').click();
    await page.getByText('合计拨付 50100.05 元').waitFor();
    grants = await api<Grants>(organizer, 'GET', `/competitions/${competitionId}/grants`);
    expect(grants.total).toBe('50100.05');
  });

  it('lets a coordinator report the use of their grant from a phone', async () => {
    const page = await env.page('phone', '/login');
    await env.signIn(page, 'coordinator');
    await env.go(page, statisticsPath());
    await page.locator(`[data-test="report-${coordinatorUnit}"]`).click();
    await input(page, 'report-used').fill('48000.50');
    await input(page, 'report-text').fill('举办三场初赛：场地、耗材与裁判劳务');
    await page.locator('[data-test="report-submit"]').click();
    await page.getByText('已使用 48000.50 元').waitFor();
    const grants = await api<Grants>(organizer, 'GET', `/competitions/${competitionId}/grants`);
    expect(grants.grants.find((g) => g.unitId === coordinatorUnit)?.used).toBe('48000.50');
    // The other unit's grant is not theirs to see.
    expect(await page.locator('[data-test="grants"]').innerText()).not.toContain('100.05');
    await env.assertNoOverflow(page);
    await env.shot(page, 'phone-coordinator');
  });

  it('reads in English on a tablet', async () => {
    const page = await env.page('tablet', '/login', 'en');
    await env.signIn(page, 'organizer');
    await env.go(page, statisticsPath());
    await page.getByText('Competition statistics').first().waitFor();
    await page.getByText('Advancement funnel by trade').waitFor();
    await env.assertNoOverflow(page);
    await env.shot(page, 'tablet-en');
  });
});
