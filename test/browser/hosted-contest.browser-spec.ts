import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../scripts/demo-data';
import { maleId } from '../factories/id-numbers';
import { personName } from '../factories/people';
import { startBrowserEnv, type BrowserEnv, type Viewport } from './support/browser-env';

interface ContestView {
  id: number;
  status: string;
  hostUnitId: number | null;
  round: number;
}

/*
 * A district's preliminary run from the organizer pages by its unit coordinator (docs/security.md
 * "Hosted contests"): the coordinator creates the contest with their unit as host, opens
 * registration, assigns a judge of their own, and — once the judges have scored and the chief
 * judge has confirmed — computes the results (the Bull job's progress) and publishes them; then
 * the same pages at phone and tablet sizes. Every step is checked against what the server stored.
 */
describe('a unit coordinator runs their hosted preliminary from the organizer pages', () => {
  let env: BrowserEnv;
  let page: Page;
  let organizer: string;
  let coordinator: string;
  let competitionId: number;
  let unitId: number;
  let unitName: string;
  let stationId: number;
  let contestId: number;

  const login = async (username: string, password = DEMO_PASSWORD): Promise<string> => {
    const res = await fetch(`${env.base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
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
    const text = await res.text();
    return (text ? JSON.parse(text) : undefined) as T;
  };
  const contest = () => api<ContestView>(coordinator, 'GET', `/contests/${contestId}`);
  const contestPath = (tab?: string) =>
    `/organizer/contests/${contestId}${tab ? `?tab=${tab}` : ''}`;
  const choose = async (select: string, option: string): Promise<void> => {
    const field = page.locator(`[data-test="${select}"]`);
    for (let attempt = 1; ; attempt++) {
      await field.click();
      await page.locator('.el-select-dropdown__item:visible', { hasText: option }).first().click();
      if ((await field.innerText()).includes(option) || attempt === 3) return;
      await page.keyboard.press('Escape');
    }
  };
  const confirmBox = async (): Promise<void> => {
    await page.locator('.el-message-box__btns .el-button--primary').click();
  };

  beforeAll(async () => {
    env = await startBrowserEnv('hosted', { publishedContests: 1 });
    competitionId = env.demo.competitionId;
    organizer = await login('organizer');
    coordinator = await login('coordinator');
    unitId = (await api<{ unitId: number }>(coordinator, 'GET', '/auth/me')).unitId;
    const units = await api<Array<{ id: number; name: string }>>(organizer, 'GET', '/units');
    unitName = units.find((u) => u.id === unitId)!.name;
    // The district's skills-testing station: its judges' own unit (conflicts of interest).
    stationId = (
      await api<{ id: number }>(organizer, 'POST', '/units', {
        code: 'HOSTED-J',
        name: '区职业技能鉴定站',
        parentId: unitId,
      })
    ).id;
    page = await env.page('desktop', '/login');
    await env.signIn(page, 'coordinator');
    await page.waitForLoadState('networkidle');
  });
  afterAll(async () => {
    await env?.close();
  });
  afterEach(() => env.assertNoErrors());

  it('creates the preliminary with their unit as host from the competition page', async () => {
    await env.go(page, `/organizer/competitions/${competitionId}`);
    await page.locator('[data-test="new-contest"]').click();
    await page.locator('[data-test="new-contest-page"]').waitFor();
    await choose('host-unit', unitName);
    const trades = await api<Array<{ id: number; name: string }>>(coordinator, 'GET', '/trades');
    await choose('trade', trades[0].name);
    await env.shot(page, '1-new-contest');
    await page.locator('[data-test="create-contest"]').click();
    // The contest page, or the form's objection (then say what it was).
    const refusal = '[data-test="form-error"], .el-form-item__error';
    await page.locator(`[data-test="contest-page"], ${refusal}`).first().waitFor();
    const refused = page.locator(refusal);
    if ((await refused.count()) > 0) {
      await env.shot(page, '1-refused');
      throw new Error(await refused.first().innerText());
    }
    const hash = await page.evaluate<string>('location.hash');
    contestId = Number(/contests\/(\d+)/.exec(hash)?.[1]);
    expect(await contest()).toMatchObject({ hostUnitId: unitId, round: 1, status: 'DRAFT' });
    // Their contest's every tab and step, as an organizer's.
    await page.locator('[data-test="contest-page"]').waitFor();
    for (const tab of ['scheme', 'registrations', 'draw', 'judges', 'results']) {
      await page.locator(`#tab-${tab}`).waitFor();
    }
    await page.locator('[data-test="next-step"]').waitFor();
    await env.shot(page, '2-contest');
  });

  it('opens registration and sees the entries of its units', async () => {
    // A one-criterion scheme keeps the judges' part of this test short.
    await api(coordinator, 'PATCH', `/contests/${contestId}`, {
      scheme: {
        parts: [
          {
            key: 'practical',
            name: '实操',
            weight: 100,
            criteria: [{ key: 'task', name: '工件加工', maxPoints: 100, kind: 'MEASUREMENT' }],
          },
        ],
      },
    });
    await page.reload();
    await page.locator('[data-test="next-step"]').click();
    await confirmBox();
    await page.locator('[data-test="step-back"]').waitFor();
    expect((await contest()).status).toBe('REGISTRATION');
    for (let i = 0; i < 3; i++) {
      await api(coordinator, 'POST', `/contests/${contestId}/registrations`, {
        worker: { name: personName(700 + i), idNumber: maleId(470 + i), unitId },
      });
    }
    await env.go(page, contestPath('registrations'));
    for (let i = 0; i < 3; i++)
      await page
        .getByText(personName(700 + i))
        .first()
        .waitFor();
    await env.shot(page, '3-registrations');
  });

  it('assigns a judge of their own from the judges tab', async () => {
    const judge = (username: string) =>
      api<{ id: number }>(coordinator, 'POST', '/users', {
        username,
        password: `${username}-password`,
        displayName: username === 'hosted.judge' ? '区裁判甲' : '区裁判长',
        role: 'JUDGE',
        unitId: stationId,
      });
    await judge('hosted.judge');
    const chiefId = (await judge('hosted.chief')).id;
    await env.go(page, contestPath('judges'));
    await choose('judge-user', '区裁判甲');
    await page.locator('[data-test="assign-judge"]').click();
    await page.locator('[data-test="judge-rows"]', { hasText: '区裁判甲' }).waitFor();
    const judges = await api<Array<{ username: string }>>(
      coordinator,
      'GET',
      `/contests/${contestId}/judges`,
    );
    expect(judges.map((j) => j.username)).toEqual(['hosted.judge']);
    await api(coordinator, 'POST', `/contests/${contestId}/judges`, {
      userId: chiefId,
      chief: true,
    });
    await env.shot(page, '4-judges');
  });

  it('computes the results through the job and publishes them', async () => {
    await api(coordinator, 'PATCH', `/contests/${contestId}`, { status: 'SCORING' });
    await api(coordinator, 'POST', `/contests/${contestId}/registrations/decisions`, {
      status: 'APPROVED',
      allPending: true,
    });
    await api(coordinator, 'POST', `/contests/${contestId}/draw`, {});
    const judge = await login('hosted.judge', 'hosted.judge-password');
    const chief = await login('hosted.chief', 'hosted.chief-password');
    const sheet = await api<{ rows: Array<{ code: string }> }>(
      judge,
      'GET',
      `/contests/${contestId}/score-sheet`,
    );
    await api(judge, 'PUT', `/contests/${contestId}/scores`, {
      entries: sheet.rows.map((r, i) => ({ code: r.code, criterionKey: 'task', points: 88 - i })),
    });
    await api(chief, 'POST', `/contests/${contestId}/scores/confirm`, {});
    await api(chief, 'POST', `/contests/${contestId}/scores/close`);

    await env.go(page, `/organizer/contests/${contestId}/results`);
    await page.locator('[data-test="compute"]').click();
    await page.locator('[data-test="compute-progress"][data-phase="done"]').waitFor();
    await page.locator('[data-test="publish"]').click();
    const dialog = page.locator('.publish-confirm');
    await dialog.waitFor();
    await dialog.locator('.el-button--primary').click();
    await page.locator('[data-test="window"]').waitFor();
    const publication = await api<{ status: string; publishedRunId: number | null }>(
      coordinator,
      'GET',
      `/contests/${contestId}/results/publication`,
    );
    expect(publication.status).toBe('PUBLISHED');
    expect(publication.publishedRunId).not.toBeNull();
    await env.shot(page, '5-published');
  });

  it.each<Viewport>(['phone', 'tablet'])(
    'shows their contest and its results at %s size',
    async (viewport) => {
      const small = await env.page(viewport, '/login');
      await env.signIn(small, 'coordinator');
      await small.waitForLoadState('networkidle');
      await env.go(small, contestPath());
      await small.locator('[data-test="contest-page"]').waitFor();
      await small.locator('[data-test="go-results"]').waitFor();
      await env.assertNoOverflow(small);
      await env.shot(small, `6-contest-${viewport}`);
      await env.go(small, `/organizer/contests/${contestId}/results`);
      await small.locator('[data-test="result-rows"]').waitFor();
      await small.locator('[data-test="window"]').waitFor();
      await env.assertNoOverflow(small);
      await env.shot(small, `7-results-${viewport}`);
      await small.context().close();
    },
  );
});
