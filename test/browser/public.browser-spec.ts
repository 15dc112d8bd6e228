import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../scripts/demo-data';
import { startBrowserEnv, type BrowserEnv } from './support/browser-env';

/*
 * The public pages as a worker uses them on a phone: find the contest's ranking and themselves in
 * it, look up their own breakdown by name and ID number (and object to it), verify a certificate,
 * see the unit table. Everything checked against what the server answers and stores.
 */

interface RankingRow {
  name: string;
  unit: string;
  total: string | null;
  rank: number | null;
  tied: boolean;
  title: string | null;
  titleName: string | null;
}

describe('the public pages: rankings, own results, certificates, units', () => {
  let env: BrowserEnv;
  let contestId: number;
  let organizer: string;
  /** A real contestant with a title, and their whole ID number (only organizers can see it). */
  let worker: RankingRow & { idNumber: string };

  const api = async <T>(path: string, init: RequestInit = {}): Promise<T> => {
    const res = await fetch(`${env.base}/api${path}`, init);
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
  const asOrganizer = <T>(path: string): Promise<T> =>
    api<T>(path, { headers: { authorization: `Bearer ${organizer}` } });

  beforeAll(async () => {
    env = await startBrowserEnv('public', { publishedContests: 1 });
    contestId = env.demo.publishedContestIds[0];
    organizer = (
      await api<{ accessToken: string }>('/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'organizer', password: DEMO_PASSWORD }),
      })
    ).accessToken;
    const ranking = await api<{ items: RankingRow[] }>(
      `/public/competitions/${env.demo.competitionId}/rankings?contestId=${contestId}&pageSize=20`,
    );
    // Someone with a title below the top: their rank is not simply the first card.
    const titled = ranking.items.filter((r) => r.title !== null && (r.rank ?? 0) > 1);
    const row = titled[titled.length - 1];
    const [registration] = await asOrganizer<Array<{ id: number; worker: { unitName: string } }>>(
      `/contests/${contestId}/registrations?q=${encodeURIComponent(row.name)}`,
    );
    const full = await asOrganizer<{ worker: { idNumber: string } }>(
      `/registrations/${registration.id}`,
    );
    expect(full.worker.idNumber).toMatch(/^\d{17}[\dX]$/);
    worker = { ...row, idNumber: full.worker.idNumber };
  });
  afterAll(async () => {
    await env?.close();
  });
  afterEach(() => env.assertNoErrors());

  const rankingCards = (page: Page) => page.locator('[data-test="ranking-row"]');

  it("finds the contest's ranking on a phone and the worker in it by name", async () => {
    const page = await env.page('phone');
    await page.getByText('2026年职工职业技能大赛（演示）').first().waitFor();
    const card = page.locator('[data-test="contest-card"]', { hasText: '电子商务' });
    await card.waitFor();
    expect(await card.innerText()).toMatch(/60 人参赛[\s\S]*公示期至 \d{4}年/);
    // The contest in the middle of scoring is listed, without a ranking to open.
    const scoring = page.locator('[data-test="contest-card"]', { hasText: '比赛进行中' });
    await scoring.waitFor();
    expect(await scoring.locator('[data-test="contest-rankings"]').count()).toBe(0);
    await env.assertNoOverflow(page);
    await env.shot(page, '1-home-phone');

    await card.locator('[data-test="contest-rankings"]').click();
    await page.waitForFunction(`location.hash.startsWith('#/rankings/')`);
    await rankingCards(page).first().waitFor();
    expect(await rankingCards(page).count()).toBe(20);
    expect(await page.locator('[data-test="window"]').innerText()).toMatch(/公示期：.*至.*申诉/s);
    await env.assertNoOverflow(page);
    await env.shot(page, '2-rankings-phone');

    await page.locator('input[name="q"]').fill(worker.name);
    // The answer to this search, then the page showing it (under load the list can pass through
    // other states first; only the final one is checked).
    await Promise.all([
      page.waitForResponse(
        (r) =>
          r.url().includes('/rankings?') && new URL(r.url()).searchParams.get('q') === worker.name,
      ),
      page.locator('[data-test="search-go"]').click(),
    ]);
    await rankingCards(page).filter({ hasText: worker.name }).waitFor();
    expect(await rankingCards(page).count()).toBe(1);
    const mine = rankingCards(page).first();
    const text = await mine.innerText();
    expect(text).toContain(worker.name);
    expect(text).toContain(worker.unit);
    expect(text).toContain(String(worker.rank));
    expect(text).toContain(worker.total!);
    expect(await mine.locator('[data-test="title-tag"]').innerText()).toBe(worker.titleName);
    if (worker.tied) expect(text).toContain('并列');
    await env.assertNoOverflow(page);
    await env.shot(page, '3-rankings-search-phone');
  });

  it('shows the ranking as a table with pages on a desk', async () => {
    const page = await env.page(
      'desktop',
      `/rankings/${env.demo.competitionId}?contestId=${contestId}`,
    );
    const table = page.locator('[data-test="ranking-table"]');
    await table.locator('.ranking-row').first().waitFor();
    expect(await table.locator('.ranking-row').count()).toBe(20);
    const first = await table.locator('.ranking-row').first().innerText();
    expect(first).toMatch(/^1\b/);
    expect(first).toContain('技术状元');
    await env.shot(page, '4-rankings-desktop');
    await page.locator('.el-pagination').getByText('3', { exact: true }).click();
    await page.waitForFunction(
      `document.querySelector('[data-test="ranking-table"] .ranking-row')?.innerText.match(/^(4[1-9]|5\\d|60)\\b/)`,
    );
    await env.shot(page, '4-rankings-desktop-page3');
  });

  it('looks up the worker’s own breakdown by name and ID number, and takes an objection', async () => {
    const page = await env.page('phone', '/lookup');
    await page.locator('input[name="name"]').fill(worker.name);
    // A wrong ID number (another valid-looking one) is refused with a sentence saying what to check.
    const wrong = worker.idNumber.slice(0, 14) + (worker.idNumber[14] === '9' ? '8' : '9') + '00X';
    await page.locator('input[name="idNumber"]').fill(wrong);
    await page.locator('[data-test="lookup-submit"]').click();
    const error = page.locator('[data-test="lookup-error"]');
    await error.waitFor();
    expect(await error.innerText()).toMatch(/没有查到.*请核对姓名.*身份证号/s);
    await env.assertNoOverflow(page);
    await env.shot(page, '5-lookup-refused-phone');

    await page.locator('input[name="idNumber"]').fill(worker.idNumber);
    await page.locator('[data-test="lookup-submit"]').click();
    const result = page.locator('[data-test="my-result"]');
    await result.waitFor();
    expect(await result.locator('[data-test="my-total"]').innerText()).toBe(worker.total);
    expect(await result.locator('[data-test="my-rank"]').innerText()).toContain(
      String(worker.rank),
    );
    expect(await result.locator('[data-test="title-tag"]').innerText()).toBe(worker.titleName);
    const parts = await result.locator('[data-test="my-part"]').allInnerTexts();
    expect(parts).toHaveLength(2);
    expect(parts[0]).toMatch(/理论\s+\d+\.\d\d/);
    expect(parts[1]).toMatch(/实操\s+\d+\.\d\d/);
    expect(await result.locator('[data-test="my-why"]').innerText()).toContain(
      `第${worker.rank}名`,
    );
    const certificate = page.locator('[data-test="my-certificate"]');
    await certificate.waitFor();
    expect(await certificate.innerText()).toContain(worker.titleName);
    // The ID number was sent, not kept: not in the address, the page or the device's storage.
    expect(page.url()).not.toContain(worker.idNumber);
    expect(await page.locator('body').innerText()).not.toContain(worker.idNumber);
    expect(await page.locator('input[name="idNumber"]').inputValue()).toBe('');
    const stored = await page.evaluate<string>(
      'JSON.stringify([localStorage, sessionStorage, document.cookie])',
    );
    expect(stored).not.toContain(worker.idNumber);
    await env.assertNoOverflow(page);
    await env.shot(page, '6-lookup-result-phone');

    // The window is open: the worker objects with what they already entered.
    await result.locator('[data-test="object"]').click();
    const dialog = page.locator('[data-test="objection-dialog"]');
    await dialog
      .locator('textarea[name="objection-text"]')
      .fill('实操工艺规范一项得分偏低，请复核。');
    await dialog.getByRole('button', { name: '提交申诉' }).click();
    await dialog.locator('[data-test="objection-done"]').waitFor();
    expect(await dialog.innerText()).toMatch(/申诉已提交[\s\S]*申诉编号 \d+/);
    await env.shot(page, '7-objection-done-phone');
    const objections = await asOrganizer<Array<{ text: string; status: string }>>(
      `/contests/${contestId}/objections`,
    );
    expect(objections).toEqual([
      expect.objectContaining({ text: '实操工艺规范一项得分偏低，请复核。', status: 'OPEN' }),
    ]);
  });

  it('verifies a certificate by its code: 有效, with what it says', async () => {
    const page = await env.page('phone', `/verify/${env.demo.verifyCode}`);
    await page.locator('[data-test="valid"]').waitFor();
    expect(await page.locator('[data-test="valid"]').innerText()).toContain('有效');
    const truth = await api<{ serial: string; name: string; trade: string; competition: string }>(
      `/public/certificates/${env.demo.verifyCode}`,
    );
    expect(await page.locator('[data-test="field-serial"]').innerText()).toBe(truth.serial);
    expect(await page.locator('[data-test="field-name"]').innerText()).toBe(truth.name);
    expect(await page.locator('[data-test="field-competition"]').innerText()).toBe(
      truth.competition,
    );
    expect(await page.locator('[data-test="download"]').getAttribute('href')).toBe(
      `/api/public/certificates/${env.demo.verifyCode}/pdf`,
    );
    await env.assertNoOverflow(page);
    await env.shot(page, '8-verify-valid-phone');

    await page.locator('input[name="verify-code"]').fill('NOSUCHCODE22');
    await page.getByRole('button', { name: '查验' }).click();
    await page.getByText('没有查到这个验证码对应的证书').waitFor();
    await env.shot(page, '9-verify-unknown-phone');
  });

  it('shows the unit table on a phone, and on a desk in English', async () => {
    const truth = await api<Array<{ unit: string; participants: number }>>(
      `/public/competitions/${env.demo.competitionId}/units`,
    );
    const page = await env.page('phone', `/units/${env.demo.competitionId}`);
    const cards = page.locator('[data-test="unit-card"]');
    await cards.first().waitFor();
    expect(await cards.count()).toBe(truth.length);
    const first = await cards.first().innerText();
    expect(first).toContain(truth[0].unit);
    expect(first).toContain(String(truth[0].participants));
    expect(first).toContain('技术状元');
    await env.assertNoOverflow(page);
    await env.shot(page, '10-units-phone');

    // On a desk, in English: a table with a column per title.
    const desk = await env.page('desktop', `/units/${env.demo.competitionId}`, 'en');
    const table = desk.locator('[data-test="units-table"]');
    await table.getByText('Technical champion').waitFor();
    expect(await table.locator('tbody tr').count()).toBe(truth.length);
    expect(await table.locator('tbody tr').first().innerText()).toContain(truth[0].unit);
    await env.shot(desk, '11-units-desktop-en');
  });
});
