import { DEMO_PASSWORD } from '../../scripts/demo-data';
import { femaleId, withWrongCheckDigit } from '../factories/id-numbers';
import { startBrowserEnv, type BrowserEnv, type Viewport } from './support/browser-env';

/*
 * A worker's own pages of the campaign (docs/registration.md): entering themselves from a phone,
 * and their path through the rounds (published result, advanced or not and why) on a phone, a
 * tablet and a desk. Checked against what the server stores and answers.
 */

describe('self-registration and a worker path', () => {
  let env: BrowserEnv;
  let organizer: string;
  let openContestId: number;
  let unit: { id: number; name: string };
  /** Someone of the published preliminary, and their whole ID number. */
  let worker: { name: string; idNumber: string; rank: number };

  const api = async <T>(path: string, init: RequestInit = {}): Promise<T> => {
    const res = await fetch(`${env.base}/api${path}`, {
      ...init,
      headers: {
        'content-type': 'application/json',
        ...(organizer ? { authorization: `Bearer ${organizer}` } : {}),
        ...(init.headers ?? {}),
      },
    });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };

  beforeAll(async () => {
    env = await startBrowserEnv('self-registration', { publishedContests: 1 });
    organizer = (
      await api<{ accessToken: string }>('/auth/login', {
        method: 'POST',
        body: JSON.stringify({ username: 'organizer', password: DEMO_PASSWORD }),
      })
    ).accessToken;
    const competitionId = env.demo.competitionId;
    const [published] = env.demo.publishedContestIds;
    const contests = await api<Array<{ id: number; trade: { id: number } }>>(
      `/competitions/${competitionId}/contests`,
    );
    const feeder = contests.find((c) => c.id === published)!;
    const trades = await api<Array<{ id: number; code: string }>>('/trades');
    const used = new Set(contests.map((c) => c.trade.id));
    const free = trades.find((t) => !used.has(t.id))!;
    const scheme = {
      parts: [
        {
          key: 'practical',
          name: '实操',
          weight: 100,
          criteria: [{ key: 'task', name: '实操任务', maxPoints: 100, kind: 'MEASUREMENT' }],
        },
      ],
    };
    // A contest open for self-registration.
    openContestId = (
      await api<{ id: number }>(`/competitions/${competitionId}/contests`, {
        method: 'POST',
        body: JSON.stringify({ tradeId: free.id, scheme, selfRegistration: true }),
      })
    ).id;
    await api(`/contests/${openContestId}`, {
      method: 'PATCH',
      body: JSON.stringify({ status: 'REGISTRATION' }),
    });
    // The published contest's final, its feeder rule and its advancement list.
    const final = (
      await api<{ id: number }>(`/competitions/${competitionId}/contests`, {
        method: 'POST',
        body: JSON.stringify({ tradeId: feeder.trade.id, scheme, round: 2 }),
      })
    ).id;
    await api(`/contests/${final}/feeders`, {
      method: 'PUT',
      body: JSON.stringify({
        feederContestIds: [published],
        rule: { mode: 'TOP_N_PER_FEEDER', n: 3 },
      }),
    });
    await api(`/contests/${final}/advancement`, { method: 'POST', body: '{}' });
    // A unit below the demo coordinator's, so that they decide on the entry.
    const users = await api<Array<{ username: string; unitId: number | null }>>('/users');
    const own = users.find((u) => u.username === 'coordinator')!.unitId!;
    const units = await api<Array<{ id: number; name: string; parentId: number | null }>>('/units');
    unit = units.find((u) => u.parentId === own)!;
    const ranking = await api<{ items: Array<{ name: string; rank: number | null }> }>(
      `/public/competitions/${competitionId}/rankings?contestId=${published}&pageSize=20`,
    );
    const row = ranking.items.find((r) => r.rank === 2)!;
    const [registration] = await api<Array<{ id: number }>>(
      `/contests/${published}/registrations?q=${encodeURIComponent(row.name)}`,
    );
    const full = await api<{ worker: { idNumber: string } }>(`/registrations/${registration.id}`);
    worker = { name: row.name, idNumber: full.worker.idNumber, rank: 2 };
  });
  afterAll(async () => {
    await env?.close();
  });
  afterEach(() => env.assertNoErrors());

  it('lets a worker enter themselves on a phone, with field messages in Chinese', async () => {
    // Reached from the home page's competition.
    const page = await env.page('phone');
    await page.locator('[data-test="self-registration-link"]').first().click();
    await page.waitForFunction(`location.hash.startsWith('#/self-registration/')`);
    await page.locator('[data-test="self-contest"]').waitFor();
    await page.locator('[data-test="self-submit"]').click();
    await page.getByText('请选择所在单位').waitFor();
    await page.getByText('请输入手机号').waitFor();

    await page.locator('[data-test="self-contest"]').click();
    await page.locator('.el-select-dropdown__item').first().click();
    const cascader = page.locator('[data-test="self-unit"] input');
    await cascader.click();
    await cascader.fill(unit.name);
    await page.locator('.el-cascader__suggestion-item', { hasText: unit.name }).first().click();
    await page.locator('input[name="name"]').fill('韩梅');
    await page.locator('input[name="idNumber"]').fill(withWrongCheckDigit(femaleId(77)));
    await page.locator('input[name="phone"]').fill('13904187777');
    await page.locator('[data-test="self-submit"]').click();
    // The server's refusal, worded in Chinese at the ID number's field.
    const idError = page.locator('.el-form-item', { has: page.locator('input[name="idNumber"]') });
    await idError.locator('.el-form-item__error').waitFor();
    expect(await idError.locator('.el-form-item__error').innerText()).toMatch(/校验|身份证/);
    await env.assertNoOverflow(page);
    await env.shot(page, '1-refused-phone');

    await page.locator('input[name="idNumber"]').fill(femaleId(77));
    await page.locator('[data-test="self-submit"]').click();
    const done = page.locator('[data-test="self-done"]');
    await done.waitFor();
    expect(await done.innerText()).toContain('等待本单位工会联络员审核');
    const box = await page.locator('[data-test="self-done"] button').first().boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(40);
    await env.assertNoOverflow(page);
    await env.shot(page, '2-done-phone');

    const rows = await api<
      Array<{ status: string; selfRegistered: boolean; worker: { name: string } }>
    >(`/contests/${openContestId}/registrations`);
    expect(rows).toEqual([
      expect.objectContaining({
        status: 'PENDING',
        selfRegistered: true,
        worker: expect.objectContaining({ name: '韩梅' }),
      }),
    ]);
  });

  it("shows the entry to the unit's coordinator, marked, who approves it", async () => {
    const page = await env.page('desktop', '/login');
    await env.signIn(page, 'coordinator');
    await env.go(page, `/organizer/contests/${openContestId}`);
    await page.getByRole('tab', { name: '报名与审核' }).click();
    const [entry] = await api<Array<{ id: number }>>(`/contests/${openContestId}/registrations`);
    await page.locator(`[data-test="self-registered-${entry.id}"]`).waitFor();
    expect(await page.locator(`[data-test="self-registered-${entry.id}"]`).innerText()).toBe(
      '自主报名',
    );
    await env.shot(page, '2b-coordinator-desktop');
    await page.locator(`[data-test="approve-${entry.id}"]`).click();
    await page.locator(`[data-test="approve-${entry.id}"]`).waitFor({ state: 'detached' });
    const after = await api<{ status: string }>(`/registrations/${entry.id}`);
    expect(after.status).toBe('APPROVED');
  });

  it('speaks English when switched', async () => {
    const page = await env.page('phone', `/self-registration/${env.demo.competitionId}`, 'en');
    await page.getByText('Register yourself').first().waitFor();
    await page.locator('[data-test="self-submit"]').click();
    await page.getByText('Choose your unit').waitFor();
    await page.getByText('Enter your phone number').waitFor();
    await env.assertNoOverflow(page);
  });

  it.each<Viewport>(['phone', 'tablet', 'desktop'])(
    'shows a worker their path on a %s: the result, advanced and why',
    async (viewport) => {
      const page = await env.page(viewport, '/lookup');
      await page.locator('input[name="name"]').fill(worker.name);
      await page.locator('input[name="idNumber"]').fill(worker.idNumber);
      await page.locator('[data-test="lookup-submit"]').click();
      const entry = page.locator('[data-test="path-entry"]').first();
      await entry.waitFor();
      const text = await entry.innerText();
      expect(text).toContain('初赛');
      expect(text).toMatch(/第2名/);
      expect(await entry.locator('[data-test="path-reason"]').innerText()).toContain(
        '第2名，每个赛区前3名晋级',
      );
      expect(await page.content()).not.toContain(worker.idNumber);
      await env.assertNoOverflow(page);
      await env.shot(page, `3-path-${viewport}`);
    },
  );
});
