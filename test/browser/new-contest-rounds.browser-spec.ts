import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../scripts/demo-data';
import { startBrowserEnv, type BrowserEnv, type Viewport } from './support/browser-env';

interface PartView {
  key: string;
  name: string;
  weight: number;
  passMark: number | null;
  carried: boolean;
  criteria: Array<{ key: string; name: string; maxPoints: number; kind: string; method: string }>;
}
interface ContestView {
  id: number;
  status: string;
  round: number;
  hostUnitId: number | null;
  selfRegistration: boolean;
  trade: { id: number; name: string };
  scheme: { parts: PartView[] };
  titlePolicy: unknown;
}

/*
 * The new-contest page's campaign fields (docs/advancement.md "The pages"): an
 * organizer creates a final whose scheme is copied from the trade's preliminary, sees the copied
 * parts, and the server stores the round and the parts; a copy into a round-1 contest leaves out a
 * carried part and says so; a coordinator's round is locked to 1. At a desk and on a phone.
 */
describe('the new-contest page: rounds, self-registration and a copied scheme', () => {
  let env: BrowserEnv;
  let organizer: string;
  let competitionId: number;
  let preliminary: ContestView;
  const created: ContestView[] = [];

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
  const choose = async (page: Page, select: string, option: string): Promise<void> => {
    const field = page.locator(`[data-test="${select}"]`);
    for (let attempt = 1; ; attempt++) {
      await field.click();
      await page.locator('.el-select-dropdown__item:visible', { hasText: option }).first().click();
      const chosen = (await field.innerText()).includes(option);
      if (!chosen) await page.keyboard.press('Escape');
      // The list fades out: the next choice must not find this one's options.
      await page.locator('.el-select-dropdown__item:visible').first().waitFor({ state: 'hidden' });
      if (chosen || attempt === 3) return;
    }
  };
  const open = async (viewport: Viewport, username: string): Promise<Page> => {
    const page = await env.page(viewport, '/login');
    await env.signIn(page, username);
    await env.go(page, `/organizer/competitions/${competitionId}/new-contest`);
    await page.locator('[data-test="new-contest-page"]').waitFor();
    await page.waitForLoadState('networkidle');
    return page;
  };
  const partNames = (page: Page): Promise<string[]> =>
    page.evaluate<string[]>(
      `[...document.querySelectorAll('[data-test$="-name"][data-test^="part-"] input, input[data-test$="-name"][data-test^="part-"]')].map((i) => i.value)`,
    );
  /** The parts as the editor sends them back: what a copy must keep. */
  const essentials = (parts: PartView[]) =>
    parts.map(({ key, name, weight, passMark, carried, criteria }) => ({
      key,
      name,
      weight,
      passMark,
      carried,
      criteria: criteria.map(({ key, name, maxPoints, kind, method }) => ({
        key,
        name,
        maxPoints,
        kind,
        method,
      })),
    }));

  beforeAll(async () => {
    env = await startBrowserEnv('new-contest-rounds', { publishedContests: 1 });
    competitionId = env.demo.competitionId;
    organizer = await login('organizer');
    const contests = await api<ContestView[]>(
      organizer,
      'GET',
      `/competitions/${competitionId}/contests`,
    );
    preliminary = contests.find(
      (c) => c.round === 1 && c.hostUnitId === null && ['PUBLISHED', 'FINAL'].includes(c.status),
    )!;
    expect(preliminary).toBeDefined();
  });
  afterAll(async () => {
    await env?.close();
  });
  afterEach(() => env.assertNoErrors());

  it.each([
    ['desktop', 2],
    ['phone', 3],
  ] as const)(
    'at %s an organizer creates round %d with the preliminary’s scheme copied',
    async (viewport, round) => {
      const page = await open(viewport, 'organizer');
      await choose(page, 'round', `第${round}轮`);
      await choose(page, 'trade', preliminary.trade.name);
      await choose(page, 'scheme-source', '第1轮（初赛）');
      // The copied parts are in the editor, still editable; nothing is left out of a later round.
      await page.waitForFunction(
        `document.querySelector('[data-test="part-0-name"] input, input[data-test="part-0-name"]')?.value === ${JSON.stringify(preliminary.scheme.parts[0].name)}`,
      );
      expect(await partNames(page)).toEqual(preliminary.scheme.parts.map((p) => p.name));
      expect(await page.locator('[data-test="carried-dropped"]').count()).toBe(0);
      await page.locator('[data-test="self-registration"]').click();
      await env.shot(page, `${viewport}-final-copied`);
      if (viewport === 'phone') await env.assertNoOverflow(page);
      await page.locator('[data-test="create-contest"]').click();
      const refusal = '[data-test="form-error"], .el-form-item__error';
      await page.locator(`[data-test="contest-page"], ${refusal}`).first().waitFor();
      if ((await page.locator(refusal).count()) > 0) {
        await env.shot(page, `${viewport}-refused`);
        throw new Error(await page.locator(refusal).first().innerText());
      }
      const hash = await page.evaluate<string>('location.hash');
      const id = Number(/contests\/(\d+)/.exec(hash)?.[1]);
      const final = await api<ContestView>(organizer, 'GET', `/contests/${id}`);
      expect(final).toMatchObject({
        round,
        hostUnitId: null,
        selfRegistration: true,
        status: 'DRAFT',
        trade: { id: preliminary.trade.id },
        titlePolicy: preliminary.titlePolicy,
      });
      expect(essentials(final.scheme.parts)).toEqual(essentials(preliminary.scheme.parts));
      created.push(final);
      await page.context().close();
    },
  );

  it('leaves a carried part out of a copy into a round-1 contest, and says so', async () => {
    const final = created[0];
    const practical = preliminary.scheme.parts.find((p) => !p.carried)!;
    await api(organizer, 'PATCH', `/contests/${final.id}`, {
      scheme: {
        parts: [
          { key: 'prelim', name: '初赛成绩', weight: 30, carried: true },
          {
            key: practical.key,
            name: practical.name,
            weight: 70,
            criteria: practical.criteria.map(({ key, name, maxPoints, kind, method }) => ({
              key,
              name,
              maxPoints,
              kind,
              method,
            })),
          },
        ],
      },
    });
    const units = await api<Array<{ id: number; name: string }>>(organizer, 'GET', '/units');
    const page = await open('desktop', 'organizer');
    await choose(page, 'host-unit', units[units.length - 1].name);
    await choose(page, 'trade', preliminary.trade.name);
    await choose(page, 'scheme-source', '第2轮');
    await page.locator('[data-test="carried-dropped"]').waitFor();
    expect(await page.locator('[data-test="carried-dropped"]').innerText()).toContain('初赛成绩');
    expect(await partNames(page)).toEqual([practical.name]);
    // A later round keeps it.
    await choose(page, 'round', '第3轮');
    await choose(page, 'scheme-source', '第1轮（初赛）');
    await choose(page, 'scheme-source', '第2轮');
    expect(await partNames(page)).toEqual(['初赛成绩', practical.name]);
    await env.shot(page, 'desktop-carried');
    await page.context().close();
  });

  it('shows the final’s round on its settings and turns self-registration off there', async () => {
    const final = created[0];
    const page = await env.page('desktop', '/login');
    await env.signIn(page, 'organizer');
    await env.go(page, `/organizer/contests/${final.id}?tab=scheme`);
    await page.locator('[data-test="contest-settings"]').waitFor();
    expect(await page.locator('[data-test="settings-round"]').innerText()).toBe('第2轮');
    await page.locator('[data-test="settings-self-registration"]').click();
    await page.locator('[data-test="save-settings"]').click();
    await page.locator('.el-message--success').waitFor();
    const saved = await api<ContestView>(organizer, 'GET', `/contests/${final.id}`);
    expect(saved).toMatchObject({ round: 2, selfRegistration: false });
    await env.shot(page, 'desktop-settings');
    await page.context().close();
  });

  it.each(['desktop', 'phone'] as const)(
    'at %s a coordinator’s round is locked to the first',
    async (viewport) => {
      const page = await open(viewport, 'coordinator');
      const round = page.locator('[data-test="round"]');
      expect(await round.innerText()).toContain('第1轮（初赛）');
      const locked = await page.evaluate<boolean>(
        `(() => {
          const el = document.querySelector('[data-test="round"]');
          return el.classList.contains('is-disabled') || el.querySelector('.is-disabled') !== null;
        })()`,
      );
      expect(locked).toBe(true);
      await page.getByText('单位联络人只能创建第1轮（初赛）').waitFor();
      await env.shot(page, `${viewport}-coordinator`);
      if (viewport === 'phone') await env.assertNoOverflow(page);
      await page.context().close();
    },
  );
});
