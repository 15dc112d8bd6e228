import type { Locator, Page } from 'playwright-core';
import { femaleId, maleId } from '../factories/id-numbers';
import { computeAndPublishRun, SINGLE_SCORE_SCHEME } from '../factories/published-contest';
import { register, setStatus } from '../factories/registration-api';
import { SetupApi } from '../factories/setup-api';
import { ok, typedApi } from '../support/typed-api';
import { DEMO_PASSWORD } from '../../scripts/demo-data';
import { startBrowserEnv, type BrowserEnv, type Viewport } from './support/browser-env';

/*
 * The 晋级 (advancement) tab of a final and the public advancement list (docs/advancement.md):
 * two district preliminaries, published through the API, feed a final under "the best 3 of each
 * feeder". In a real Chromium the organizer sets the feeders and the rule (a refusal shows at its
 * field), computes the list and reads each person's reason, records a decline and sees the
 * reserve move up, creates the finalists' registrations; the public reads the list, without ID
 * numbers, on a phone. What the pages show is checked against the API.
 */

const COMPETITION = '2026年车工技能大赛（初赛与决赛）';

/** The two preliminaries' totals, in rank order. */
const HAIZHOU: Array<[string, number]> = [
  ['张伟', 95],
  ['王芳', 90],
  ['李娜', 85],
  ['刘洋', 80],
  ['赵敏', 75],
];
const XIHE: Array<[string, number]> = [
  ['陈静', 92],
  ['杨帆', 88],
  ['赵磊', 84],
  ['孙丽', 70],
];

interface Entry {
  registrationId: number;
  name: string;
  status: string;
  reserveNo?: number;
}

describe('advancement: the organizer’s 晋级 tab and the public list', () => {
  let env: BrowserEnv;
  let organizer: string;
  let setup: SetupApi;
  let final: number;
  let competitionId: number;
  const idNumbers: string[] = [];
  let nextId = 300;

  /** Registers, draws, scores, confirms, closes, computes and publishes one preliminary. */
  async function preliminary(
    tradeId: number,
    hostUnitId: number,
    unitId: number,
    scores: Array<[string, number]>,
    judges: { judgeId: number; chiefId: number; judge: string; chief: string },
  ): Promise<number> {
    const api = setup.api;
    const contestId = (
      await setup.contest(competitionId, {
        tradeId,
        scheme: SINGLE_SCORE_SCHEME,
        round: 1,
        hostUnitId,
      })
    ).id;
    const contest = { params: { path: { id: contestId } } };
    await setStatus(env.app.http, organizer, contestId, 'REGISTRATION');
    const byId = new Map<number, string>();
    for (const [name] of scores) {
      // Born on a day no demo worker was, so none of them is one of these people.
      const idNumber = nextId % 2 ? femaleId(nextId, '19900101') : maleId(nextId, '19900101');
      nextId++;
      idNumbers.push(idNumber);
      const r = await register(env.app.http, organizer, contestId, { name, idNumber, unitId });
      byId.set(r.id, name);
    }
    await ok(
      api.POST('/api/contests/{id}/judges', { ...contest, body: { userId: judges.judgeId } }),
    );
    await ok(
      api.POST('/api/contests/{id}/judges', {
        ...contest,
        body: { userId: judges.chiefId, chief: true },
      }),
    );
    await setStatus(env.app.http, organizer, contestId, 'SCORING');
    await ok(
      api.POST('/api/contests/{id}/registrations/decisions', {
        ...contest,
        body: { status: 'APPROVED', allPending: true },
      }),
    );
    await ok(api.POST('/api/contests/{id}/draw', { ...contest, body: {} }));
    const rows = await ok(api.GET('/api/contests/{id}/registrations', contest));
    const codeOf = new Map(rows.map((r) => [byId.get(r.id)!, r.code!]));
    await ok(
      typedApi(env.app.http, judges.judge).PUT('/api/contests/{id}/scores', {
        ...contest,
        body: {
          entries: scores.map(([name, points]) => ({
            code: codeOf.get(name)!,
            criterionKey: 'task',
            points,
          })),
        },
      }),
    );
    const asChief = typedApi(env.app.http, judges.chief);
    await ok(asChief.POST('/api/contests/{id}/scores/confirm', { ...contest, body: {} }));
    await ok(asChief.POST('/api/contests/{id}/scores/close', contest));
    await computeAndPublishRun(env.app.http, organizer, contestId, 30_000);
    return contestId;
  }

  const latest = async (): Promise<{ version: number; entries: Entry[] }> =>
    ok(setup.api.GET('/api/contests/{id}/advancement', { params: { path: { id: final } } }));
  const byName = (entries: Entry[]) => new Map(entries.map((e) => [e.name, e]));
  const tabPath = () => `/organizer/contests/${final}?tab=advancement`;
  /** The reason shown for one person (table cell on wide screens, card line on a phone). */
  const reasonOf = async (page: Page, registrationId: number): Promise<string> =>
    (
      await page
        .locator(`[data-test="entry-reason"][data-registration="${registrationId}"]`)
        .innerText()
    ).trim();
  /** An Element Plus input by the data-test on it (el-input) or around it (el-input-number). */
  const inputOf = (page: Page, name: string): Locator =>
    page.locator(`input[data-test="${name}"], [data-test="${name}"] input`).first();
  const rowOf = (page: Page, name: string): Locator =>
    page
      .locator('[data-test="advancement-list"] tr, [data-test="entry-card"]')
      .filter({ has: page.locator('[data-test="entry-name"]', { hasText: name }) })
      .first();

  beforeAll(async () => {
    env = await startBrowserEnv('advancement', { publishedContests: 0 });
    organizer = await env.app.login('organizer', DEMO_PASSWORD);
    setup = new SetupApi(env.app.http, organizer);
    const units = await ok(setup.api.GET('/api/units'));
    const unit = (name: string) => units.find((u) => u.name === name)!.id;
    const tradeId = await setup.tradeId('LATHE');
    competitionId = (await setup.competition('ADV2026', COMPETITION, 2026)).id;
    const judgeId = (await setup.user('advjudge', 'JUDGE')).id;
    const chiefId = (await setup.user('advchief', 'JUDGE')).id;
    const judges = {
      judgeId,
      chiefId,
      judge: await env.app.login('advjudge', 'advjudge-password'),
      chief: await env.app.login('advchief', 'advchief-password'),
    };
    await preliminary(tradeId, unit('海州区总工会'), unit('海州区第1机械厂工会'), HAIZHOU, judges);
    await preliminary(tradeId, unit('细河区总工会'), unit('细河区第2机械厂工会'), XIHE, judges);
    final = (await setup.contest(competitionId, { tradeId, scheme: SINGLE_SCORE_SCHEME, round: 2 }))
      .id;
  });
  afterAll(async () => {
    await env?.close();
  });
  afterEach(() => env.assertNoErrors());

  describe('on a desktop', () => {
    let page: Page;
    beforeAll(async () => {
      page = await env.page('desktop', '/login');
      await env.signIn(page, 'organizer');
      await page.waitForLoadState('networkidle');
    });

    it('shows the refusal at its field, then saves the feeders and the rule', async () => {
      await env.go(page, tabPath());
      const editor = page.locator('[data-test="feeders-editor"]');
      await editor.waitFor();
      expect(await page.locator('.el-tabs__item.is-active').innerText()).toContain('晋级');
      expect(await page.locator('[data-test="advancement-none"]').innerText()).toContain(
        '还没有生成过晋级名单',
      );
      // Both preliminaries are offered, named by their host unit and round.
      await page.locator('[data-test="feeder-select"]').click();
      for (const name of ['海州区总工会初赛', '细河区总工会初赛']) {
        await page.locator('.el-select-dropdown__item:visible', { hasText: name }).click();
      }
      await page.keyboard.press('Escape');
      expect(await page.locator('[data-test="feeder-select"]').innerText()).toContain(
        '细河区总工会初赛',
      );
      // Unit quotas: a quota without its unit is caught here; a unit named twice is refused by
      // the server, and said under the second quota's unit.
      await page.locator('[data-test="mode"] [data-mode="QUOTA_PER_UNIT"]').click();
      await page.locator('[data-test="add-quota"]').click();
      await page.locator('[data-test="save-feeders"]').click();
      const quotas = editor.locator('[data-test="quota"]');
      expect(await quotas.nth(0).locator('.el-form-item__error').innerText()).toBe('请选择单位');
      await page.locator('[data-test="add-quota"]').click();
      for (const i of [0, 1]) {
        await quotas.nth(i).locator('[data-test="quota-unit"]').click();
        await page
          .locator('.el-select-dropdown__item:visible', { hasText: /^海州区总工会$/ })
          .click();
        // The next select's dropdown holds the same words: this one must be gone first.
        await page
          .locator('.el-select-dropdown__item:visible')
          .first()
          .waitFor({ state: 'hidden' });
      }
      await page.locator('[data-test="save-feeders"]').click();
      await quotas.nth(1).locator('.el-form-item__error').waitFor();
      expect(await quotas.nth(1).locator('.el-form-item__error').innerText()).toContain(
        '同一单位设置了两次名额',
      );
      // The unit is chosen now: the page's own objection goes (after its fade).
      await quotas.nth(0).locator('.el-form-item__error').waitFor({ state: 'detached' });
      await env.shot(page, 'desktop-0-quotas-refused');
      await page.locator('[data-test="mode"] [data-mode="TOP_N_PER_FEEDER"]').click();
      await inputOf(page, 'rule-n').fill('3');
      // A deadline already gone: refused, and said under the deadline's input.
      await inputOf(page, 'rule-confirm-by').fill('2020-01-01 10:00');
      await page.locator('[data-test="save-feeders"]').click();
      const field = editor
        .locator('.el-form-item')
        .filter({ has: page.locator('input[data-test="rule-confirm-by"]') });
      await field.locator('.el-form-item__error').waitFor();
      expect(await field.locator('.el-form-item__error').innerText()).toContain('确认截止时间有误');
      expect(await page.locator('[data-test="feeders-error"]').innerText()).toContain(
        '晋级规则有误',
      );
      await env.shot(page, 'desktop-1-refused');

      await inputOf(page, 'rule-confirm-by').fill('');
      await page.locator('[data-test="save-feeders"]').click();
      await page.getByText('选拔赛与晋级规则已保存').waitFor();
      expect(await page.locator('[data-test="feeders-error"]').count()).toBe(0);
    });

    it('computes the list: each person’s status and reason, provisional while feeders are published', async () => {
      await page.locator('[data-test="compute-advancement"]').click();
      await page.locator('[data-test="advancement-version"]').waitFor();
      const list = await latest();
      expect(list.version).toBe(1);
      expect(await page.locator('[data-test="advancement-version"]').innerText()).toBe('第 1 版');
      expect(await page.locator('[data-test="advancement-badge"]').innerText()).toBe('暂定');
      const people = byName(list.entries);
      expect(people.get('李娜')!.status).toBe('ADVANCED');
      expect(await reasonOf(page, people.get('李娜')!.registrationId)).toBe(
        '海州区总工会初赛第3名，前3名晋级',
      );
      expect(people.get('刘洋')).toMatchObject({ status: 'RESERVE', reserveNo: 1 });
      expect(await reasonOf(page, people.get('刘洋')!.registrationId)).toBe(
        '海州区总工会初赛递补第1名',
      );
      expect(await rowOf(page, '刘洋').locator('[data-test="entry-status"]').innerText()).toBe(
        '递补 1',
      );
      expect(await reasonOf(page, people.get('赵磊')!.registrationId)).toBe(
        '细河区总工会初赛第3名，前3名晋级',
      );
      // Every entry has its worded reason; the groups are the two feeders.
      expect(await page.locator('[data-test="entry-reason"]').count()).toBe(list.entries.length);
      expect(await page.locator('[data-test="advancement-group"]').count()).toBe(2);
      expect(await page.locator('[data-test="advancement-counts"]').innerText()).toContain(
        '晋级 6 人，递补 3 人',
      );
      expect(await page.locator('body').innerText()).not.toMatch(/organizer\.advancement\./);
      await env.assertNoOverflow(page);
      await env.shot(page, 'desktop-2-computed');

      // Computing again changes nothing: the same version.
      await page.locator('[data-test="compute-advancement"]').click();
      await page.getByText('名单没有变化，仍为第 1 版').waitFor();
    });

    it('records a decline: the reserve of the same feeder moves up, and the change says why', async () => {
      const before = byName((await latest()).entries);
      await rowOf(page, '王芳').locator('[data-test="decline-entry"]').click();
      const dialog = page.locator('.decline-dialog');
      await dialog.waitFor();
      expect(await dialog.innerText()).toContain('登记弃权：王芳');
      await dialog.locator('[data-test="decline-submit"]').click();
      await dialog.getByText('请填写弃权原因').waitFor();
      await inputOf(page, 'decline-reason').fill('身体原因');
      await dialog.locator('[data-test="decline-submit"]').click();
      await page.locator('[data-test="advancement-version"]', { hasText: '第 2 版' }).waitFor();

      const list = await latest();
      expect(list.version).toBe(2);
      const people = byName(list.entries);
      expect(people.get('王芳')!.status).toBe('DECLINED');
      expect(people.get('刘洋')!.status).toBe('ADVANCED');
      expect(people.get('赵敏')).toMatchObject({ status: 'RESERVE', reserveNo: 1 });
      // The other feeder's reserve stays where he was.
      expect(people.get('孙丽')).toMatchObject(before.get('孙丽')!);
      expect(await reasonOf(page, people.get('王芳')!.registrationId)).toBe('弃权：身体原因');
      expect(await reasonOf(page, people.get('刘洋')!.registrationId)).toBe(
        '海州区总工会初赛第4名，顺延为第3位，前3名晋级',
      );
      expect(await reasonOf(page, people.get('赵敏')!.registrationId)).toBe(
        '海州区总工会初赛递补第1名',
      );
      const changes = await page.locator('[data-test="change"]').allInnerTexts();
      expect(changes.join('\n')).toContain('王芳：晋级 → 弃权（弃权：身体原因）');
      expect(changes.join('\n')).toContain('刘洋：递补 1 → 晋级');
      await env.shot(page, 'desktop-3-declined');
    });

    it('creates the finalists’ registrations and shows the counts', async () => {
      await page.locator('[data-test="apply-advancement"]').click();
      const box = page.locator('.apply-confirm');
      await box.waitFor();
      expect(await box.innerText()).toContain('第 2 版');
      await box.locator('.el-button--primary').click();
      const result = page.locator('[data-test="apply-result"]');
      await result.waitFor();
      expect(await result.innerText()).toBe('新增 6 人 · 未变 0 人 · 撤销 0 人');
      const registrations = await ok(
        setup.api.GET('/api/contests/{id}/registrations', { params: { path: { id: final } } }),
      );
      const names = registrations.map((r) => r.worker.name).sort();
      expect(names).toEqual(['张伟', '李娜', '刘洋', '陈静', '杨帆', '赵磊'].sort());
      // Again: nothing changes.
      await page.locator('[data-test="apply-advancement"]').click();
      await page.locator('.apply-confirm .el-button--primary').click();
      await page.locator('[data-test="apply-result"]', { hasText: '未变 6 人' }).waitFor();
      await env.shot(page, 'desktop-4-applied');
    });
  });

  it.each<Viewport>(['tablet', 'phone'])(
    'shows the same list on a %s, as cards on a phone, without overflowing',
    async (viewport) => {
      const page = await env.page(viewport, '/login');
      await env.signIn(page, 'organizer');
      await env.go(page, tabPath());
      await page.locator('[data-test="advancement-version"]', { hasText: '第 2 版' }).waitFor();
      const list = await latest();
      const liu = byName(list.entries).get('刘洋')!;
      expect(await reasonOf(page, liu.registrationId)).toBe(
        '海州区总工会初赛第4名，顺延为第3位，前3名晋级',
      );
      // With a list, the rule's editor folds away until asked for.
      expect(await page.locator('[data-test="feeders-editor"]').count()).toBe(0);
      await page.locator('[data-test="edit-feeders"]').click();
      await page.locator('[data-test="feeders-editor"]').waitFor();
      // The editor reads the saved feeders and rule back (GET …/feeders) when it opens.
      await page.locator('[data-test="feeders-editor"][data-loaded="true"]').waitFor();
      const feeders = await page.locator('[data-test="feeder-select"]').innerText();
      expect(feeders).toContain('海州区总工会初赛');
      expect(feeders).toContain('细河区总工会初赛');
      const cards = await page.locator('[data-test="entry-card"]').count();
      expect(cards).toBe(viewport === 'phone' ? list.entries.length : 0);
      await env.assertNoOverflow(page);
      await env.shot(page, `${viewport}-organizer`);
      await page.context().close();
    },
  );

  it('words the list in English after the switch', async () => {
    const page = await env.page('desktop', '/login', 'en');
    await env.signIn(page, 'organizer');
    await env.go(page, tabPath());
    await page.locator('[data-test="advancement-version"]', { hasText: 'Version 2' }).waitFor();
    const people = byName((await latest()).entries);
    expect(await reasonOf(page, people.get('刘洋')!.registrationId)).toBe(
      'Rank 4 in 海州区总工会 preliminary, moved up to 3rd; the top 3 advance',
    );
    expect(await reasonOf(page, people.get('赵敏')!.registrationId)).toBe(
      'Reserve 1 of 海州区总工会 preliminary',
    );
    expect(await reasonOf(page, people.get('王芳')!.registrationId)).toBe('Declined: 身体原因');
    expect(await page.locator('[data-test="advancement-badge"]').innerText()).toBe('Provisional');
    expect(await page.locator('body').innerText()).not.toMatch(/organizer\.advancement\./);
    await env.shot(page, 'desktop-en');
    await page.context().close();
  });

  it.each<Viewport>(['phone', 'desktop'])(
    'shows the public list on a %s: names, units and statuses, no ID numbers',
    async (viewport) => {
      // From the landing page: the competition's final links to its list.
      const page = await env.page(viewport, '/');
      const section = page.locator('[data-test="competition"]', { hasText: COMPETITION });
      await section.waitFor();
      const show = section.getByRole('button', { name: '查看项目' });
      if ((await show.count()) > 0) await show.click();
      await section.locator('[data-test="contest-advancement"]').click();
      await page.waitForFunction(
        `location.hash === ${JSON.stringify(`#/advancement/${final}?competitionId=${competitionId}`)}`,
      );
      await page.locator('[data-test="public-advancement-badge"]').waitFor();
      const text = await page.locator('[data-test="public-advancement"]').innerText();
      for (const name of ['张伟', '刘洋', '王芳', '陈静', '赵敏']) expect(text).toContain(name);
      expect(text).toContain('海州区第1机械厂工会');
      expect(text).toContain('暂定名单');
      expect(text).toContain('递补 1');
      expect(text).toContain('弃权：身体原因');
      // The public answer names its feeders: groups and reasons say the host unit and round.
      expect(text).toContain('细河区总工会初赛第3名，前3名晋级');
      expect(text).toContain('海州区总工会初赛第4名，顺延为第3位，前3名晋级');
      expect(text).not.toContain('场选拔赛');
      for (const idNumber of idNumbers) expect(text).not.toContain(idNumber);
      const answer = await env.app.http.get(`/api/public/contests/${final}/advancement`);
      expect(answer.status).toBe(200);
      for (const idNumber of idNumbers) expect(answer.text).not.toContain(idNumber);
      expect(answer.text).not.toMatch(/idNumber|phone/);
      expect(await page.locator('[data-test="entry-card"]').count()).toBe(
        viewport === 'phone' ? 9 : 0,
      );
      expect(await page.locator('[data-test="decline-entry"]').count()).toBe(0);
      await env.assertNoOverflow(page);
      await env.shot(page, `${viewport}-public`);
      await page.context().close();
    },
  );

  it('says 已确认 beside an advancer who confirmed, and asks them no more', async () => {
    const zhang = byName((await latest()).entries).get('张伟')!;
    await ok(
      setup.api.POST('/api/advancement/{registrationId}/confirm', {
        params: { path: { registrationId: zhang.registrationId } },
      }),
    );
    const page = await env.page('desktop', '/login');
    await env.signIn(page, 'organizer');
    await env.go(page, tabPath());
    const row = page.locator('tr', {
      has: page.locator(`[data-test="entry-reason"][data-registration="${zhang.registrationId}"]`),
    });
    await row.locator('[data-test="entry-confirmed"]', { hasText: '已确认' }).waitFor();
    expect(await row.locator('[data-test="confirm-entry"]').count()).toBe(0);
    expect(await row.locator('[data-test="decline-entry"]').count()).toBe(1);
    // Only he confirmed: the other advancers still have the button.
    expect(await page.locator('[data-test="entry-confirmed"]').count()).toBe(1);
    expect(await page.locator('[data-test="confirm-entry"]').count()).toBeGreaterThan(0);
    expect((await page.locator('[data-test="change"]').allInnerTexts()).join('\n')).toContain(
      '张伟：晋级 → 晋级，已确认',
    );
    await env.shot(page, 'desktop-confirmed');
    await page.context().close();
  });
});
