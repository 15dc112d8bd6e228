import type { Locator, Page } from 'playwright-core';
import { maleId, femaleId, withWrongCheckDigit } from '../factories/id-numbers';
import { personName } from '../factories/people';
import { startBrowserEnv, type BrowserEnv } from './support/browser-env';
import { DEMO_PASSWORD } from '../../scripts/demo-data';

/*
 * The organizer's set-up pages at desk size: a new contest with a scheme the server first refuses
 * (shown in place) and then takes, its tie-break chain (a repeated key refused in place), registration
 * opened, a roster with bad rows imported, one worker entered by hand (a wrong ID number explained
 * beside it), entries rejected and approved, a coordinator's transfer request shown and rejected, the draw, a judge assigned with a conflict of interest
 * and a further conflict recorded, and the overview's charts. Every step is checked against what
 * the server stored.
 */

interface ContestView {
  id: number;
  status: string;
  version: number;
  trade: { code: string };
  scheme: { parts: Array<{ key: string; weight: number; criteria: Array<{ key: string }> }> };
  tieBreak: Array<{ by: string; partKey?: string; criterionKey?: string; order: string }>;
}
interface RegistrationRow {
  id: number;
  status: string;
  rejectReason: string | null;
  stationNo: number | null;
  code?: string | null;
  worker: { name: string; unitCode: string; gender: string };
}
interface JudgeRow {
  userId: number;
  username: string;
  conflicts?: { count: number; codes: string[] };
}

/** The good rows: five workers of three districts' enterprises. */
const GOOD = [
  { name: personName(301), id: maleId(101), unit: 'FX-1-1' },
  { name: personName(302), id: femaleId(102), unit: 'FX-1-2' },
  { name: personName(303), id: maleId(103), unit: 'FX-2-1' },
  { name: personName(304), id: femaleId(104), unit: 'FX-2-2' },
  { name: personName(305), id: maleId(105), unit: 'FX-3-1' },
];

/** The worker entered by hand, for a district's second enterprise (none of judge1's units). */
const BY_HAND = { name: personName(308), id: femaleId(109), unit: 'FX-2-2' };

/** A UTF-8 .csv roster (with a BOM, as Excel saves it): the good rows, then three bad ones. */
function rosterCsv(): Buffer {
  const lines = [
    '姓名,身份证号,单位代码',
    ...GOOD.map((w) => `${w.name},${w.id},${w.unit}`),
    `${personName(306)},${withWrongCheckDigit(maleId(106))},FX-1-1`, // row 7: check digit
    `${personName(307)},${maleId(107)},NOPE-9`, // row 8: no such unit
    `,${maleId(108)},FX-2-1`, // row 9: no name
  ];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

describe('the organizer sets up and runs a contest', () => {
  let env: BrowserEnv;
  let page: Page;
  let token: string;
  let contestId: number;

  const signIn = async (username: string): Promise<string> => {
    const login = await fetch(`${env.base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    });
    return ((await login.json()) as { accessToken: string }).accessToken;
  };
  const api = async <T>(method: string, path: string, body?: unknown, as = token): Promise<T> => {
    const res = await fetch(`${env.base}/api${path}`, {
      method,
      headers: {
        authorization: `Bearer ${as}`,
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
  /** An Element Plus input by the data-test on it (el-input) or around it (el-input-number). */
  const input = (name: string): Locator =>
    page.locator(`input[data-test="${name}"], [data-test="${name}"] input`).first();
  /**
   * Picks an option of an Element Plus select. Its dropdown is teleported to <body>, and under load
   * another select's dropdown may still be fading out with the same words in it: the pick is
   * checked against what the select then shows, and made again if it did not take.
   */
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
  const contest = () => api<ContestView>('GET', `/contests/${contestId}`);
  const registrations = () => api<RegistrationRow[]>('GET', `/contests/${contestId}/registrations`);

  beforeAll(async () => {
    env = await startBrowserEnv('organizer', { publishedContests: 1 });
    token = await signIn('organizer');
    page = await env.page('desktop', '/login');
    await env.signIn(page, 'organizer');
  });
  afterAll(async () => {
    await env?.close();
  });
  afterEach(() => env.assertNoErrors());

  it('shows the competition overview with its charts', async () => {
    await page.waitForFunction("location.hash.startsWith('#/organizer')");
    const dashboard = await api<{
      byUnit: Array<{ unitName: string; registrations: number }>;
      contests: Array<{ registrations: number; tradeName: string }>;
    }>('GET', `/competitions/${env.demo.competitionId}/dashboard`);
    const total = dashboard.contests.reduce((n, c) => n + c.registrations, 0);
    expect(total).toBe(84);
    await page.locator('[data-test="chart-units"] canvas').waitFor();
    await page.locator('[data-test="chart-distribution"] canvas').waitFor();
    await page.locator('[data-test="chart-progress"] canvas').waitFor();
    expect(await page.locator('[data-test="total-registrations"]').innerText()).toContain(
      String(total),
    );
    // The charts describe their data (ECharts' aria text): every unit and trade is in them.
    const units = await page
      .locator('[data-test="chart-units"] [aria-label]')
      .first()
      .getAttribute('aria-label');
    for (const unit of dashboard.byUnit) expect(units).toContain(unit.unitName);
    const trades = await page
      .locator('[data-test="chart-trades"] [aria-label]')
      .first()
      .getAttribute('aria-label');
    for (const c of dashboard.contests) expect(trades).toContain(c.tradeName);
    await expect(page.locator('[data-test="competitions"]').innerText()).resolves.toContain(
      '2026年职工职业技能大赛（演示）',
    );
    await env.assertNoOverflow(page);
    await env.shot(page, '1-dashboard');
  });

  it('creates a contest: the server refuses the scheme in place, then takes it', async () => {
    await env.go(page, `/organizer/competitions/${env.demo.competitionId}`);
    await page.locator('[data-test="new-contest"]').click();
    await page.locator('[data-test="new-contest-page"]').waitFor();
    await choose('trade', '快递业务');
    // Weights 40 + 70 and a criterion key in Chinese: two mistakes the server names by path.
    await input('part-0-weight').fill('40');
    await input('part-0-weight').press('Tab');
    await page.locator('[data-test="part-1-criterion-0"] input').first().fill('实操');
    await page.locator('[data-test="create-contest"]').click();
    const partsIssue = page.locator('[data-test="scheme-parts-issue"]');
    await partsIssue.waitFor();
    expect(await partsIssue.innerText()).toContain('权重相加须等于 100');
    expect(
      await page
        .locator('[data-test="part-1-criterion-0"] .el-form-item__error')
        .first()
        .innerText(),
    ).toContain('代码须以小写字母开头');
    expect(await page.locator('[data-test="form-error"]').innerText()).toContain(
      '请按各项旁的红字提示',
    );
    expect(await page.locator('[data-test="weight-sum"]').innerText()).toContain('110');
    await env.shot(page, '2-scheme-refused');
    const before = await api<{ contests: Array<{ tradeCode: string }> }>(
      'GET',
      `/competitions/${env.demo.competitionId}`,
    );
    expect(before.contests.map((c) => c.tradeCode)).not.toContain('EXPRESS');

    // Carrying a preliminary total into a first round: the theory part's criteria give way to
    // what a carried part is, and the server's refusal is shown on that part.
    await page.locator('[data-test="part-0-carried"]').click();
    await page.locator('[data-test="part-0-carried-note"]').waitFor();
    expect(await page.locator('[data-test="part-0-criterion-0"]').count()).toBe(0);
    await input('part-0-weight').fill('30');
    await input('part-0-weight').press('Tab');
    await page.locator('[data-test="part-1-criterion-0"] input').first().fill('operation');
    await page.locator('[data-test="create-contest"]').click();
    await page.locator('[data-test="part-0"] .el-alert', { hasText: '只有第二轮及以后' }).waitFor();
    await env.shot(page, '2b-carried-part-refused');
    // Back to an ordinary part: its criterion is as it was.
    await page.locator('[data-test="part-0-carried"]').click();
    await page.locator('[data-test="part-0-criterion-0"]').waitFor();
    await page.locator('[data-test="create-contest"]').click();
    await page.locator('[data-test="contest-page"]').waitFor();
    contestId = Number(/contests\/(\d+)/.exec(page.url())![1]);
    const stored = await contest();
    expect(stored.trade.code).toBe('EXPRESS');
    expect(stored.status).toBe('DRAFT');
    expect(stored.scheme.parts.map((p) => [p.key, p.weight])).toEqual([
      ['theory', 30],
      ['practical', 70],
    ]);
    expect(stored.scheme.parts[1].criteria[0].key).toBe('operation');
    await env.shot(page, '3-contest-draft');
  });

  it('orders the tie-break chain: a repeated key is refused in place, then stored', async () => {
    // Left alone, the chain follows the scheme: the practical part, then time used.
    const before = await contest();
    expect(before.tieBreak).toEqual([
      { by: 'PART', partKey: 'practical', order: 'DESC' },
      { by: 'TIME', order: 'ASC' },
    ]);
    await page.locator('[data-test="tie-break-1"]').waitFor();
    await page.locator('[data-test="tie-break-add"]').click();
    await choose('tie-break-2-by', '用时');
    await page.locator('[data-test="save-settings"]').click();
    const repeated = page.locator('[data-test="tie-break-2-issue"]');
    await repeated.waitFor();
    expect(await repeated.innerText()).toContain('区分条件重复');
    expect(await page.locator('[data-test="settings-error"]').innerText()).toContain('红字');
    const refused = await contest();
    expect(refused.version).toBe(before.version);
    expect(refused.tieBreak).toEqual(before.tieBreak);
    await env.shot(page, '3a-tie-break-refused');

    // The third key becomes the operation criterion and moves ahead of time used.
    await choose('tie-break-2-by', '评分项得分');
    await choose('tie-break-2-key', '实际操作');
    await page.locator('[data-test="tie-break-2-up"]').click();
    await page.locator('[data-test="save-settings"]').click();
    await page.locator('.el-message--success', { hasText: '已保存' }).waitFor();
    expect(await repeated.count()).toBe(0);
    const saved = await contest();
    expect(saved.version).toBe(before.version + 1);
    expect(saved.tieBreak).toEqual([
      { by: 'PART', partKey: 'practical', order: 'DESC' },
      { by: 'CRITERION', criterionKey: 'operation', order: 'DESC' },
      { by: 'TIME', order: 'ASC' },
    ]);
    await env.shot(page, '3b-tie-break-saved');
  });

  it('opens registration and imports a roster, reporting every bad row', async () => {
    await page.locator('[data-test="next-step"]').click();
    await confirmBox();
    await page.locator('[data-test="status-tag"]', { hasText: '报名中' }).waitFor();
    expect((await contest()).status).toBe('REGISTRATION');

    await page.getByRole('tab', { name: '报名与审核' }).click();
    await page.locator('[data-test="roster-file"]').setInputFiles({
      name: '报名表.csv',
      mimeType: 'text/csv',
      buffer: rosterCsv(),
    });
    const report = page.locator('[data-test="roster-report"]');
    await report.waitFor();
    expect(await page.locator('[data-test="roster-created"]').innerText()).toContain('5');
    expect(await page.locator('[data-test="roster-rejected-count"]').innerText()).toContain('3');
    const rejected = page.locator('[data-test="roster-rejected"] .el-table__body tr');
    expect(await rejected.count()).toBe(3);
    const lines = await rejected.allInnerTexts();
    expect(lines.map((l) => Number(l.trim().split(/\s+/)[0]))).toEqual([7, 8, 9]);
    // Each reason is a sentence in Chinese naming what to fix.
    for (const line of lines) expect(line).toMatch(/[\u4e00-\u9fa5]{4,}/);
    expect(lines[0]).toContain('身份证号');
    await page.locator('[data-test="registrations-total"]', { hasText: '共 5 条' }).waitFor();
    await env.shot(page, '4-roster-report');

    const rows = await registrations();
    expect(rows.map((r) => r.worker.name).sort()).toEqual(GOOD.map((w) => w.name).sort());
    expect(rows.every((r) => r.status === 'PENDING')).toBe(true);
  });

  it('enters one worker by hand, explaining a wrong ID number beside it', async () => {
    await input('worker-name').fill(BY_HAND.name);
    await input('worker-id').fill(withWrongCheckDigit(BY_HAND.id));
    await choose('worker-unit', BY_HAND.unit);
    await page.locator('[data-test="worker-submit"]').click();
    const idError = page.locator('[data-test="worker-id-field"] .el-form-item__error');
    await idError.waitFor();
    // The server's sentence names the check digit the first 17 digits call for.
    expect(await idError.innerText()).toContain(`校验码应为 ${BY_HAND.id.at(-1)}`);
    expect(await registrations()).toHaveLength(5);
    await env.shot(page, '4a-worker-id-refused');

    await input('worker-id').fill(BY_HAND.id);
    await page.locator('[data-test="worker-submit"]').click();
    await page.locator('[data-test="registrations-total"]', { hasText: '共 6 条' }).waitFor();
    await idError.waitFor({ state: 'detached' });
    const entered = (await registrations()).find((r) => r.worker.name === BY_HAND.name);
    // The gender was left empty: the ID number gives it.
    expect(entered).toMatchObject({
      status: 'PENDING',
      worker: { unitCode: BY_HAND.unit, gender: 'F' },
    });
  });

  it('rejects one entry with a reason and approves the rest', async () => {
    const rows = await registrations();
    const last = rows.find((r) => r.worker.unitCode === 'FX-3-1')!;
    await page.locator(`[data-test="reject-${last.id}"]`).click();
    await page.locator('[data-test="reject-confirm"]').click();
    // No reason: the dialog says what is missing and nothing is sent.
    await page.getByText('请填写驳回原因，报名单位会看到它').waitFor();
    await page
      .locator('textarea[data-test="reject-reason"], [data-test="reject-reason"] textarea')
      .first()
      .fill('不符合参赛年龄条件');
    await page.locator('[data-test="reject-confirm"]').click();
    await page.locator('[data-test="registration-rows"]', { hasText: '已驳回' }).waitFor();
    await page.locator('[data-test="approve-all"]').click();
    await page
      .locator('[data-test="registration-rows"] .el-tag', { hasText: '已通过' })
      .nth(4)
      .waitFor();
    await env.shot(page, '5-approved');

    const after = await registrations();
    const rejected = after.find((r) => r.id === last.id)!;
    expect(rejected).toMatchObject({ status: 'REJECTED', rejectReason: '不符合参赛年龄条件' });
    expect(after.filter((r) => r.status === 'APPROVED')).toHaveLength(5);
  });

  it("flags a coordinator's entry of someone on record elsewhere as a transfer request", async () => {
    // The demo coordinator (海州区总工会) enters the ID number of FX-3-1's worker: they are answered
    // as for a new person; the organizer sees the request beside the record it claims.
    const onRecord = GOOD[4];
    const claim = await api<RegistrationRow>(
      'POST',
      `/contests/${contestId}/registrations`,
      { worker: { name: personName(309), idNumber: onRecord.id } },
      await signIn('coordinator'),
    );
    expect(claim).toMatchObject({ status: 'PENDING', worker: { name: personName(309) } });
    expect(claim).not.toHaveProperty('transferFrom');
    await page.getByRole('button', { name: '搜索' }).click();
    const tag = page.locator(`[data-test="transfer-${claim.id}"]`);
    await tag.waitFor();
    await tag.hover();
    const hint = page.locator('.el-popper:visible', { hasText: '转入' });
    await hint.waitFor();
    expect(await hint.innerText()).toContain(onRecord.name);
    await env.shot(page, '5a-transfer-request');

    // Their own unit entered them already: the organizer rejects the request, with a reason.
    await page.locator(`[data-test="reject-${claim.id}"]`).click();
    await page
      .locator('textarea[data-test="reject-reason"], [data-test="reject-reason"] textarea')
      .first()
      .fill('该职工已由所在单位报名');
    await page.locator('[data-test="reject-confirm"]').click();
    await page.locator('[data-test="reject-confirm"]').waitFor({ state: 'hidden' });
    const rows = await registrations();
    expect(rows.find((r) => r.id === claim.id)).toMatchObject({
      status: 'REJECTED',
      rejectReason: '该职工已由所在单位报名',
    });
    expect(rows.filter((r) => r.status === 'APPROVED')).toHaveLength(5);
  });

  it('closes registration and runs the draw', async () => {
    await page.locator('[data-test="next-step"]').click();
    await confirmBox();
    await page.locator('[data-test="status-tag"]', { hasText: '评分中' }).waitFor();
    expect((await contest()).status).toBe('SCORING');

    await page.getByRole('tab', { name: '抽签' }).click();
    await page.locator('[data-test="run-draw"]').click();
    await page.locator('[data-test="draw-sheet"]').waitFor();
    const sheet = await api<{ round: number; entries: RegistrationRow[] }>(
      'GET',
      `/contests/${contestId}/draw`,
    );
    expect(sheet.round).toBe(1);
    expect(sheet.entries.map((e) => e.stationNo)).toEqual([1, 2, 3, 4, 5]);
    const shown = await page.locator('[data-test="draw-sheet"] .el-table__body tr').allInnerTexts();
    expect(shown).toHaveLength(5);
    sheet.entries.forEach((entry, i) => {
      expect(entry.code).toMatch(/^[A-Z2-9]{6}$/);
      expect(shown[i]).toContain(entry.code!);
      expect(shown[i]).toContain(entry.worker.name);
    });
    await page.locator('[data-test="draw-round"]', { hasText: '第 1 次抽签' }).waitFor();
    await env.shot(page, '6-draw');
  });

  it('assigns a judge of a district with entrants: refused, then kept off them', async () => {
    await page.getByRole('tab', { name: '裁判' }).click();
    await choose('judge-user', 'judge1');
    await page
      .locator('[data-test="judge-conflict-policy"]')
      .getByText('有本单位选手时不指派')
      .click();
    await page.locator('[data-test="assign-judge"]').click();
    const warning = page.locator('[data-test="judge-conflict"]');
    await warning.waitFor();
    const refused = await warning.innerText();
    expect(refused).toContain('回避冲突');
    expect(refused).toContain('2 名选手');
    expect(await api<JudgeRow[]>('GET', `/contests/${contestId}/judges`)).toEqual([]);
    await env.shot(page, '7-judge-refused');

    await page.locator('[data-test="judge-conflict-policy"]').getByText('回避本单位选手').click();
    await page.locator('[data-test="assign-judge"]').click();
    await warning.filter({ hasText: '回避提醒' }).waitFor();
    const judges = await api<JudgeRow[]>('GET', `/contests/${contestId}/judges`);
    expect(judges.map((j) => j.username)).toEqual(['judge1']);
    // judge1 belongs to 海州区总工会 (FX-1): its two enterprises' approved workers.
    expect(judges[0].conflicts?.count).toBe(2);
    const codes = judges[0].conflicts!.codes;
    expect(codes).toHaveLength(2);
    const text = await warning.innerText();
    for (const code of codes) expect(text).toContain(code);
    await page.locator('[data-test="judge-rows"]', { hasText: 'judge1' }).waitFor();
    await env.assertNoOverflow(page);
    await env.shot(page, '8-judge-assigned');
  });

  it('records a further conflict of interest for a judge', async () => {
    const other = (await registrations()).find((r) => r.worker.unitCode === 'FX-2-1')!;
    await choose('conflict-judge', 'judge1');
    await choose('conflict-worker', other.worker.name);
    await input('conflict-reason').fill('亲属关系');
    await page.locator('[data-test="conflict-submit"]').click();
    await page.locator('[data-test="judge-rows"] .el-tag', { hasText: '3 名' }).waitFor();
    const [judge1] = await api<JudgeRow[]>('GET', `/contests/${contestId}/judges`);
    expect(judge1.conflicts?.count).toBe(3);
    expect(judge1.conflicts?.codes).toContain(other.code);
    await env.assertNoOverflow(page);
    await env.shot(page, '8a-conflict-declared');
  });

  it('creates a judge account from the judges panel, checked as typed, then ready to assign', async () => {
    await page.locator('[data-test="new-judge-account"]').click();
    const dialog = page.locator('[data-test="account-form"]');
    // A judge account: no role to choose here.
    expect(await dialog.locator('[data-test="account-role"]').count()).toBe(0);
    await dialog.locator('input[name="new-username"]').fill('x');
    await page.locator('[data-test="account-submit"]').click();
    await dialog.getByText('3–32', { exact: false }).first().waitFor();
    await dialog.locator('input[name="new-username"]').fill('judge.express');
    await dialog.locator('input[name="new-display-name"]').fill('快递裁判');
    await dialog.locator('input[name="new-password"]').fill('judge-express-1');
    await page.locator('[data-test="account-submit"]').click();
    await dialog.waitFor({ state: 'hidden' });
    // Selected for assignment at once.
    await page.locator('[data-test="judge-user"]', { hasText: '快递裁判' }).waitFor();
    const users = await api<Array<{ username: string; role: string; active: boolean }>>(
      'GET',
      '/users',
    );
    expect(users.find((u) => u.username === 'judge.express')).toMatchObject({
      role: 'JUDGE',
      active: true,
    });
  });

  it('counts the new contest on the overview', async () => {
    await env.go(page, '/organizer');
    await page.locator('[data-test="chart-trades"] canvas').waitFor();
    await page.waitForFunction(
      `(document.querySelector('[data-test="chart-trades"] [aria-label]')?.getAttribute('aria-label') ?? '').includes('快递业务')`,
    );
    // 84 demo entries, plus the five approved here and none of the rejected one.
    expect(await page.locator('[data-test="total-registrations"]').innerText()).toContain('89');
    await env.shot(page, '9-dashboard-after');
  });
  it("shows a unit coordinator only their units' entries, and nothing they cannot do", async () => {
    const coordinator = await env.page('desktop', '/login');
    await env.signIn(coordinator, 'coordinator');
    await coordinator.waitForFunction("location.hash.startsWith('#/organizer')");
    await coordinator.locator('[data-test="competitions"]').getByText('DEMO2026').waitFor();
    expect(await coordinator.locator('[data-test="chart-units"]').count()).toBe(0);
    expect(await coordinator.locator('[data-test="new-competition"]').count()).toBe(0);

    await env.go(coordinator, `/organizer/contests/${contestId}`);
    const rows = coordinator.locator('[data-test="registration-rows"] .el-table__body tr');
    await coordinator
      .locator('[data-test="registrations-total"]', { hasText: '共 3 条' })
      .waitFor();
    const names = (await rows.allInnerTexts()).join('\n');
    // 海州区总工会's two enterprises and its rejected transfer request, under the name they typed;
    // the other districts' workers are not listed, and nothing says the request was one.
    expect(names).toContain(personName(309));
    expect(await coordinator.locator('[data-test^="transfer-"]').count()).toBe(0);
    for (const w of GOOD) {
      if (w.unit.startsWith('FX-1-')) expect(names).toContain(w.name);
      else expect(names).not.toContain(w.name);
    }
    for (const hidden of ['next-step', 'run-draw', 'assign-judge', 'approve-all']) {
      expect(await coordinator.locator(`[data-test="${hidden}"]`).count()).toBe(0);
    }
    expect(await coordinator.getByRole('tab').allInnerTexts()).toEqual(['报名与审核']);
    await env.shot(coordinator, '10-coordinator');

    // Their units' published results and certificates, and the certificates as one .zip.
    const lines = await api<Array<{ name: string; certificates: unknown[] }>>(
      'GET',
      `/competitions/${env.demo.competitionId}/unit-results`,
      undefined,
      await signIn('coordinator'),
    );
    expect(lines.length).toBeGreaterThan(0);
    await env.go(coordinator, `/organizer/competitions/${env.demo.competitionId}`);
    const panel = coordinator.locator('[data-test="unit-results"]');
    await panel.locator('[data-test="unit-result-rows"] .el-table__body tr').first().waitFor();
    expect(await panel.locator('[data-test="unit-result-rows"] .el-table__body tr').count()).toBe(
      lines.length,
    );
    const certificates = lines.reduce((n, l) => n + l.certificates.length, 0);
    expect(await panel.locator('[data-test="unit-certificate"]').count()).toBe(certificates);
    expect(certificates).toBeGreaterThan(0);
    const [zip] = await Promise.all([
      coordinator.waitForResponse((r) => r.url().includes('/unit-certificates/zip')),
      panel.locator('[data-test="unit-certificates-zip"]').click(),
    ]);
    expect(zip.status()).toBe(200);
    expect(zip.headers()['content-type']).toContain('application/zip');
    await env.assertNoOverflow(coordinator);
    await env.shot(coordinator, '10b-coordinator-results');
    await coordinator.context().close();
  });

  it('fits a tablet beside the work station', async () => {
    const tablet = await env.page('tablet', '/login');
    await env.signIn(tablet, 'organizer');
    await env.go(tablet, `/organizer/contests/${contestId}?tab=registrations`);
    await tablet.locator('[data-test="registrations-total"]', { hasText: '共 7 条' }).waitFor();
    await env.assertNoOverflow(tablet);
    await env.shot(tablet, '11-tablet-registrations');
    await env.go(tablet, `/organizer/competitions/${env.demo.competitionId}/new-contest`);
    await tablet.locator('[data-test="scheme-editor"]').waitFor();
    await env.assertNoOverflow(tablet);
    await env.shot(tablet, '12-tablet-new-contest');
    await tablet.context().close();
  });
});
