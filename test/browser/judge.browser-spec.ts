import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../scripts/demo-data';
import { startBrowserEnv, type BrowserEnv } from './support/browser-env';

type Sheet = {
  rows: Array<{
    code: string;
    attendance: string;
    scores: Record<string, { points: string; version: number; confirmed: boolean } | null>;
  }>;
};
type Status = {
  confirmed: number;
  ready: number;
  missing: { count: number; items: Array<{ code: string; missingScores: number }> };
  missingByJudge: Array<{ judgeId: number; scores: number }>;
  flagged: { count: number; items: Array<{ code: string; criterionKey: string }> };
};
type Group = {
  state: { state: string } | null;
  judges: Array<{
    judgeId: number;
    score: { points: string; version: number; confirmed: boolean } | null;
  }>;
};
type AuditRow = { action: string; reason: string | null; newValue: unknown };

/*
 * The judges' pages at tablet size: judge4 (no unit, so no conflicts of interest) scores the CNC
 * contest by keyboard alone; what the cells say is checked against what the server stored.
 */
describe('the judge pages: blind score entry on a tablet', () => {
  let env: BrowserEnv;
  let contestId: number;
  let page: Page;
  /** Requests the score sheet sent, to prove what was (and was not) sent. */
  const sent: Array<{ entries: Array<{ code: string; criterionKey: string; points: string }> }> =
    [];
  /** How often the page has read the score sheet (a 409 with details needs no read). */
  let sheetReads = 0;

  const login = async (username: string): Promise<string> => {
    const res = await fetch(`${env.base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    });
    return `Bearer ${((await res.json()) as { accessToken: string }).accessToken}`;
  };
  const call = async <T>(token: string, method: string, path: string, body?: object) => {
    const res = await fetch(`${env.base}/api${path}`, {
      method,
      headers: { authorization: token, 'content-type': 'application/json' },
      body: body && JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
  /** judge4's scores as the server has them (through a separate session of judge4). */
  const stored = async (code: string): Promise<Record<string, string | null>> => {
    const sheet = await call<Sheet>(
      await login('judge4'),
      'GET',
      `/contests/${contestId}/score-sheet`,
    );
    const row = sheet.rows.find((r) => r.code === code)!;
    return Object.fromEntries(Object.entries(row.scores).map(([k, s]) => [k, s?.points ?? null]));
  };
  const cell = (code: string, key: string) =>
    page.locator(`[data-row="${code}"] td`).nth(['accuracy', 'process', 'safety'].indexOf(key));
  const stateOf = (code: string, key: string) =>
    cell(code, key).locator('.cell').getAttribute('data-state');
  const waitState = async (code: string, key: string, state: string) =>
    cell(code, key).locator(`.cell[data-state="${state}"]`).waitFor({ timeout: 15_000 });
  const activeCell = () =>
    page.evaluate<string | undefined>('document.activeElement?.dataset.cell');
  const type = async (text: string, key: 'Tab' | 'Enter' | 'Shift+Tab' | null) => {
    await page.keyboard.type(text);
    if (key) await page.keyboard.press(key);
  };

  let codes: string[];

  beforeAll(async () => {
    env = await startBrowserEnv('judge', { publishedContests: 1 });
    contestId = env.demo.inProgressContestId;
  });
  afterAll(async () => {
    await env?.close();
  });
  afterEach(() => env.assertNoErrors());

  it('lists judge4’s contests and opens the one in scoring', async () => {
    page = await env.page('tablet', '/login');
    page.on('request', (request) => {
      if (request.method() === 'PUT' && request.url().endsWith(`/contests/${contestId}/scores`)) {
        sent.push(JSON.parse(request.postData() ?? '{}') as (typeof sent)[number]);
      }
      if (
        request.method() === 'GET' &&
        request.url().endsWith(`/contests/${contestId}/score-sheet`)
      ) {
        sheetReads++;
      }
    });
    await env.signIn(page, 'judge4');
    await page.waitForFunction("location.hash === '#/judge'");
    const card = page.locator(`[data-test="judge-contest-${contestId}"]`);
    await card.waitFor();
    expect(await card.innerText()).toContain('数控车工');
    expect(await card.locator('[data-test="contest-status"]').innerText()).toBe('评分中');
    expect(await card.innerText()).toContain('尺寸精度、工艺规范、安全文明生产');
    // The published contest (scores entered and confirmed) is listed too, but not open for scoring.
    const published = page.locator(
      `[data-test="judge-contest-${env.demo.publishedContestIds[0]}"]`,
    );
    expect(await published.locator('[data-test="contest-status"]').innerText()).not.toBe('评分中');
    await env.assertNoOverflow(page);
    await env.shot(page, 'home-tablet');

    await card.locator('[data-test="open-sheet"]').click();
    await page.locator('[data-test="score-grid"]').waitFor();
    const header = await page.locator('[data-test="score-grid"] thead').innerText();
    expect(header).toContain('满分 40.00');
    expect(header).toContain('评价 0–3 档');
    expect(await page.locator('[data-test="keys-help"]').innerText()).toContain('Enter');
    // Page-side code as text: the test project compiles without the DOM's types.
    codes = await page.evaluate<string[]>(
      "Array.from(document.querySelectorAll('tbody tr[data-row]'), (r) => r.dataset.row)",
    );
    expect(codes).toHaveLength(24);
    // Blind: codes only, never a worker's name (the organizer's list has them).
    const registrations = await call<Array<{ worker: { name: string } }>>(
      await login('organizer'),
      'GET',
      `/contests/${contestId}/registrations`,
    );
    expect(registrations.length).toBe(24);
    const text = await page.locator('main').innerText();
    for (const r of registrations) expect(text).not.toContain(r.worker.name);
    await env.shot(page, 'sheet-loaded');
  });

  it('scores three contestants by keyboard alone and stores them', async () => {
    // The page's clock stands still while typing, so that only the rows' Enter sends and no
    // debounce timer (800 ms) falls between two keystrokes of a slow, loaded machine.
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 1000);
    await page.locator(`[data-cell="${codes[0]}|accuracy"]`).focus();
    // Row 1 with Tab; Enter on its last cell sends the row and goes to the next contestant.
    await type('35.5', 'Tab');
    await type('27', 'Tab');
    await type('3', 'Enter');
    expect(await activeCell()).toBe(`${codes[1]}|accuracy`);
    // Row 2 with Enter alone (along the row, the page's default).
    await type('30', 'Enter');
    await type('25.25', 'Enter');
    await type('2', 'Enter');
    expect(await activeCell()).toBe(`${codes[2]}|accuracy`);
    // Shift+Tab goes back a cell; the value typed over replaces the old one.
    await type('38', 'Tab');
    await type('20', 'Shift+Tab');
    expect(await activeCell()).toBe(`${codes[2]}|accuracy`);
    await type('37.75', 'Tab');
    await type('28.5', 'Tab');
    await type('1', 'Enter');
    expect(await activeCell()).toBe(`${codes[3]}|accuracy`);
    await page.clock.resume();

    for (const code of codes.slice(0, 3)) {
      for (const key of ['accuracy', 'process', 'safety']) await waitState(code, key, 'saved');
    }
    await page.locator(`[data-row="${codes[0]}"].done`).waitFor();
    expect(await page.locator('[data-test="sheet-progress"]').innerText()).toContain(
      '已保存 9 / 72 项',
    );
    await env.shot(page, 'sheet-three-saved');
    expect(await stored(codes[0])).toEqual({ accuracy: '35.50', process: '27.00', safety: '3' });
    expect(await stored(codes[1])).toEqual({ accuracy: '30.00', process: '25.25', safety: '2' });
    expect(await stored(codes[2])).toEqual({ accuracy: '37.75', process: '28.50', safety: '1' });
    // Batched: a request per row (each row's Enter), not one per cell.
    expect(sent.length).toBeLessThanOrEqual(3);
  });

  it('refuses an out-of-range value on the cell and never sends it', async () => {
    expect(await activeCell()).toBe(`${codes[3]}|accuracy`);
    await type('45', null);
    await waitState(codes[3], 'accuracy', 'invalid');
    expect(await cell(codes[3], 'accuracy').locator('[data-test="cell-problem"]').innerText()).toBe(
      '应在 0 到 40.00 之间',
    );
    await page.keyboard.press('Tab');
    await type('4', null);
    await waitState(codes[3], 'process', 'unsaved');
    await page.keyboard.press('Tab');
    await type('5', null);
    await waitState(codes[3], 'safety', 'invalid');
    expect(await cell(codes[3], 'safety').locator('[data-test="cell-problem"]').innerText()).toBe(
      '评价只能填 0、1、2、3 档',
    );
    await env.shot(page, 'sheet-out-of-range');
    await waitState(codes[3], 'process', 'saved');
    expect(await stored(codes[3])).toEqual({ accuracy: null, process: '4.00', safety: null });
    const sentCodes = sent.flatMap((b) => b.entries.map((e) => `${e.code}|${e.criterionKey}`));
    expect(sentCodes).not.toContain(`${codes[3]}|accuracy`);
    expect(sentCodes).not.toContain(`${codes[3]}|safety`);
    // Corrected on the keyboard, it is sent.
    await page.keyboard.press('Backspace');
    await type('2', 'Enter');
    await waitState(codes[3], 'safety', 'saved');
    expect((await stored(codes[3])).safety).toBe('2');
  });

  it('keeps a score typed offline on the device and sends it when the connection returns', async () => {
    await page.context().setOffline(true);
    await page.locator(`[data-cell="${codes[4]}|accuracy"]`).focus();
    await type('33', 'Tab');
    await type('22', 'Tab');
    await page.locator('[data-test="offline-banner"]').waitFor();
    expect(await page.locator('[data-test="offline-banner"]').innerText()).toContain('网络已断开');
    // Past the pause: the send failed, and the cells are still waiting, kept in localStorage.
    await page.waitForTimeout(2000);
    expect(await stateOf(codes[4], 'accuracy')).toBe('unsaved');
    expect(await stateOf(codes[4], 'process')).toBe('unsaved');
    const kept = await page.evaluate<string>(
      `JSON.stringify(Object.keys(localStorage).filter((k) => k.startsWith('skills.judge.pending.')).map((k) => JSON.parse(localStorage.getItem(k))))`,
    );
    expect(kept).toContain(
      `"${codes[4]}|accuracy":{"code":"${codes[4]}","criterionKey":"accuracy","points":"33.00","version":0}`,
    );
    expect(await page.locator('[data-test="offline-banner"]').innerText()).toContain(
      '2 项保存在本机',
    );
    await env.shot(page, 'sheet-offline');
    expect(await stored(codes[4])).toEqual({ accuracy: null, process: null, safety: null });

    await page.context().setOffline(false);
    await waitState(codes[4], 'accuracy', 'saved');
    await waitState(codes[4], 'process', 'saved');
    await page.locator('[data-test="offline-banner"]').waitFor({ state: 'detached' });
    expect(await stored(codes[4])).toEqual({ accuracy: '33.00', process: '22.00', safety: null });
    await env.shot(page, 'sheet-back-online');
  });

  it('shows 被他人修改 with both values when the score changed since the page read it', async () => {
    // judge4's second session (another tablet) changes a score the page has shown as saved.
    const other = await login('judge4');
    await call(other, 'PUT', `/contests/${contestId}/scores`, {
      entries: [{ code: codes[0], criterionKey: 'accuracy', points: '36' }],
    });
    const readsBefore = sheetReads;
    await page.locator(`[data-cell="${codes[0]}|accuracy"]`).focus();
    await type('34', 'Tab');
    await waitState(codes[0], 'accuracy', 'conflict');
    const conflict = cell(codes[0], 'accuracy').locator('[data-test="cell-conflict"]');
    expect(await conflict.innerText()).toContain('被他人修改');
    expect(await conflict.locator('[data-test="conflict-theirs"]').innerText()).toBe(
      '服务器上：36.00',
    );
    expect(await conflict.locator('[data-test="conflict-mine"]').innerText()).toBe('您填写：34.00');
    // The server's value came with the 409 (details.issues[].current): the sheet was not read again.
    expect(sheetReads).toBe(readsBefore);
    expect((await stored(codes[0])).accuracy).toBe('36.00');
    await env.shot(page, 'sheet-conflict');

    // The judge keeps theirs: sent again over the server's new version.
    await conflict.locator('[data-test="keep-mine"]').click();
    await waitState(codes[0], 'accuracy', 'saved');
    expect((await stored(codes[0])).accuracy).toBe('34.00');

    // Once more, and this time the server's value is taken: nothing is sent.
    await call(other, 'PUT', `/contests/${contestId}/scores`, {
      entries: [{ code: codes[1], criterionKey: 'process', points: '24' }],
    });
    await page.locator(`[data-cell="${codes[1]}|process"]`).focus();
    await type('26', 'Tab');
    await waitState(codes[1], 'process', 'conflict');
    await cell(codes[1], 'process').locator('[data-test="take-theirs"]').click();
    await waitState(codes[1], 'process', 'saved');
    expect(await page.locator(`[data-cell="${codes[1]}|process"]`).inputValue()).toBe('24.00');
    expect((await stored(codes[1])).process).toBe('24.00');
    await env.assertNoOverflow(page);
  });

  it('jumps to a contestant by code, keyboard only, and says so when no one has it', async () => {
    const focused = () => page.evaluate<string | undefined>('document.activeElement?.dataset.test');
    // From a score cell "/" goes to the code box: a cell takes digits only.
    await page.locator(`[data-cell="${codes[1]}|process"]`).focus();
    await page.keyboard.press('/');
    expect(await focused()).toBe('jump-code');
    expect(await page.locator('[data-test="jump-code"]').getAttribute('placeholder')).toBe(
      '输入选手编号',
    );
    // Typed in lower case; the row far down the sheet is scrolled to, its first cell focused.
    await type(codes[17].toLowerCase(), 'Enter');
    expect(await activeCell()).toBe(`${codes[17]}|accuracy`);
    const box = await page.locator(`[data-row="${codes[17]}"]`).boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(820);
    await env.shot(page, 'sheet-jumped');
    // The score goes in at once, and Tab goes on along that row.
    await type('31.5', 'Tab');
    expect(await activeCell()).toBe(`${codes[17]}|process`);
    await waitState(codes[17], 'accuracy', 'saved');
    expect((await stored(codes[17])).accuracy).toBe('31.50');

    // Outside any field, "/" works too; a code nobody has is said in place, the cursor stays.
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await focused()).toBe('jump-code');
    await type('ZZZZ99', 'Enter');
    const message = page.locator('[data-test="jump-message"]');
    expect(await message.innerText()).toBe('未找到该编号');
    expect(await focused()).toBe('jump-code');
    await env.assertNoOverflow(page);
    await env.shot(page, 'sheet-jump-not-found');
    // Typing again clears the message; a known code then jumps.
    await page.keyboard.press('Control+A');
    await type(codes[2], 'Enter');
    await message.waitFor({ state: 'detached' });
    expect(await activeCell()).toBe(`${codes[2]}|accuracy`);
  });

  it('records 用时 for the tie-break by keyboard, and refuses a time it cannot read', async () => {
    await page.reload();
    await page.locator('[data-test="score-grid"]').waitFor();
    expect(await page.locator('[data-test="time-help"]').innerText()).toContain('12:05');
    const [first, second] = [codes[4], codes[5]];
    const time = (code: string) => page.locator(`[data-time="${code}"]`);
    const timeState = (code: string) =>
      page.locator(`[data-row="${code}"] .time`).getAttribute('data-state');
    const activeTime = () =>
      page.evaluate<string | undefined>('document.activeElement?.dataset.time');

    // 12:75 is no time: said on the cell, nothing sent, the cursor stays.
    await time(first).click();
    await type('12:75', 'Enter');
    const problem = page.locator(`[data-row="${first}"] [data-test="time-problem"]`);
    await problem.waitFor();
    expect(await problem.innerText()).toContain('12:05');
    expect(await timeState(first)).toBe('invalid');
    expect(await activeTime()).toBe(first);

    // Chinese units are read too; Enter saves and goes to the next contestant's time.
    await time(first).fill('12分5秒');
    await page.keyboard.press('Enter');
    await page.locator(`[data-row="${first}"] .time[data-state="saved"]`).waitFor();
    expect(await time(first).inputValue()).toBe('12:05');
    expect(await activeTime()).toBe(second);
    await type('1:02:05', 'Enter');
    await page.locator(`[data-row="${second}"] .time[data-state="saved"]`).waitFor();
    await env.shot(page, 'sheet-time-used');

    const sheet = await call<{ rows: Array<{ code: string; timeSeconds: number | null }> }>(
      await login('judge4'),
      'GET',
      `/contests/${contestId}/score-sheet`,
    );
    const secondsOf = (code: string) => sheet.rows.find((r) => r.code === code)!.timeSeconds;
    expect([secondsOf(first), secondsOf(second)]).toEqual([725, 3725]);
    const log = await call<AuditRow[]>(
      await login('chief'),
      'GET',
      `/contests/${contestId}/audit?limit=5000`,
    );
    expect(log.slice(-2).map((e) => [e.action, e.newValue])).toEqual([
      ['TIME_SET', { seconds: 725 }],
      ['TIME_SET', { seconds: 3725 }],
    ]);
    // Read back after a reload as the server has it.
    await page.reload();
    await time(second).waitFor();
    expect(await time(second).inputValue()).toBe('1:02:05');
  });

  it('shows the chief judge the missing groups and confirms what is ready', async () => {
    const chiefPage = await env.page('tablet', '/login');
    await env.signIn(chiefPage, 'chief');
    const card = chiefPage.locator(`[data-test="judge-contest-${contestId}"]`);
    await card.waitFor();
    expect(await card.innerText()).toContain('裁判长');
    await card.locator('[data-test="open-board"]').click();
    await chiefPage.locator('[data-test="board-stats"]').waitFor();
    const chief = await login('chief');
    const before = await call<Status>(chief, 'GET', `/contests/${contestId}/scores/status`);
    expect(before.missing.count).toBeGreaterThan(0);
    expect(await chiefPage.locator('[data-test="stat-missing"] .value').innerText()).toBe(
      String(before.missing.count),
    );
    const missing = chiefPage.locator('[data-test="missing-list"]');
    expect(await missing.innerText()).toContain(`缺评分（${before.missing.count} 组）`);
    // Which judges are missing, by name, as the server counts them (judge4 scored codes[0] fully).
    const judges = await call<Array<{ userId: number; displayName: string }>>(
      chief,
      'GET',
      `/contests/${contestId}/judges`,
    );
    const nameOf = new Map(judges.map((j) => [j.userId, j.displayName]));
    // Per code only how many scores are missing (which judges a code needs would tell its unit);
    // whom to chase is summed over every code.
    const item = before.missing.items.find((m) => m.code === codes[0])!;
    expect(item).not.toHaveProperty('missingJudges');
    const shown = await missing
      .locator('tbody tr')
      .filter({ hasText: codes[0] })
      .first()
      .innerText();
    expect(shown).toContain(String(item.missingScores));
    for (const name of nameOf.values()) expect(shown).not.toContain(name);
    const chase = await missing.locator('[data-test="missing-by-judge"]').innerText();
    for (const { judgeId, scores } of before.missingByJudge) {
      expect(chase).toContain(`${nameOf.get(judgeId)} ${scores} 份`);
    }
    expect(before.missingByJudge.length).toBeGreaterThan(0);
    await env.assertNoOverflow(chiefPage);
    await env.shot(chiefPage, 'board');

    // The theory exam is marked by the grader: those groups are ready for the chief to confirm.
    expect(before.ready).toBeGreaterThan(0);
    await chiefPage.locator('[data-test="confirm-scores"]').click();
    await chiefPage.locator('.el-message-box').getByRole('button', { name: '确认' }).click();
    const report = chiefPage.locator('[data-test="confirm-report"]');
    await report.waitFor();
    const after = await call<Status>(chief, 'GET', `/contests/${contestId}/scores/status`);
    expect(after.confirmed).toBe(before.confirmed + before.ready);
    expect(await report.innerText()).toContain(`本次确认 ${before.ready} 组`);
    expect(await report.innerText()).toContain(`仍有 ${after.missing.count} 组缺评分`);
    expect(await chiefPage.locator('[data-test="stat-confirmed"] .value').innerText()).toBe(
      String(after.confirmed),
    );
    // Scores are still missing: scoring cannot be closed yet, and the board says why.
    expect(await chiefPage.locator('[data-test="close-scoring"]').isDisabled()).toBe(true);
    expect(await chiefPage.locator('[data-test="close-hint"]').innerText()).toContain(
      '全部评分确认',
    );
    await env.shot(chiefPage, 'board-confirmed');
  });

  it('lets the chief judge mark 缺考 and 取消资格 (with a reason) on the sheet; judges see it', async () => {
    const chiefPage = await env.page('tablet', '/login');
    await env.signIn(chiefPage, 'chief');
    const card = chiefPage.locator(`[data-test="judge-contest-${contestId}"]`);
    await card.waitFor();
    // The chief judge scores nothing here, yet reaches the sheet for attendance.
    await card.locator('[data-test="open-attendance"]').click();
    await chiefPage.locator('[data-test="score-grid"]').waitFor();
    expect(await chiefPage.locator('[data-test="attendance-only"]').innerText()).toContain('缺考');
    const [absent, disqualified] = [codes[20], codes[21]];
    const row = (code: string) => chiefPage.locator(`[data-row="${code}"]`);
    const box = chiefPage.locator('.el-message-box');
    /**
     * Picks an attendance action from that row's own menu (menus are teleported to <body>, and
     * another row's may still be fading out with the same words in it). Under load a click can land
     * while the menu is still closing from the last pick: if no question appears, the menu is
     * closed and the pick made again.
     */
    const pick = async (code: string, to: string, open = true): Promise<void> => {
      for (let attempt = 1; ; attempt++) {
        if (open || attempt > 1) {
          await row(code).locator(`[data-test="attendance-${code}"]`).click();
        }
        await chiefPage.locator(`[data-menu="${code}"]:visible [data-test="mark-${to}"]`).click();
        try {
          await box.waitFor({ timeout: 5_000 });
          return;
        } catch (e) {
          if (attempt === 3) throw e;
          await chiefPage.keyboard.press('Escape');
        }
      }
    };

    // Keyboard: "/" and the code put the cursor on that row's attendance action.
    await chiefPage.keyboard.press('/');
    await chiefPage.keyboard.type(absent);
    await chiefPage.keyboard.press('Enter');
    expect(
      await chiefPage.evaluate<string | undefined>('document.activeElement?.dataset.test'),
    ).toBe(`attendance-${absent}`);
    await chiefPage.keyboard.press('Enter');
    await pick(absent, 'ABSENT', false);
    expect(await box.innerText()).toContain(`将 ${absent} 标记为缺考`);
    await box.getByRole('button', { name: '确认' }).click();
    await chiefPage.locator(`[data-row="${absent}"][data-attendance="ABSENT"]`).waitFor();
    expect(await row(absent).locator('[data-test="row-attendance"]').innerText()).toBe('缺考');

    // A disqualification asks for a reason, and is refused without one.
    await pick(disqualified, 'DISQUALIFIED');
    await box.getByRole('button', { name: '确认' }).click();
    await box.getByText('请填写取消资格的理由').first().waitFor();
    await env.shot(chiefPage, 'attendance-reason');
    await box.locator('input').fill('违反安全操作规程');
    await box.getByRole('button', { name: '确认' }).click();
    await chiefPage
      .locator(`[data-row="${disqualified}"][data-attendance="DISQUALIFIED"]`)
      .waitFor();
    expect(await row(disqualified).locator('[data-test="row-attendance"]').innerText()).toBe(
      '取消资格',
    );
    await env.assertNoOverflow(chiefPage);
    await env.shot(chiefPage, 'attendance-marked');

    const chief = await login('chief');
    const judgeSheet = await call<Sheet>(
      await login('judge4'),
      'GET',
      `/contests/${contestId}/score-sheet`,
    );
    const attendanceOf = (code: string) => judgeSheet.rows.find((r) => r.code === code)!.attendance;
    expect([attendanceOf(absent), attendanceOf(disqualified)]).toEqual(['ABSENT', 'DISQUALIFIED']);
    const log = await call<AuditRow[]>(chief, 'GET', `/contests/${contestId}/audit?limit=5000`);
    expect(log[log.length - 1]).toMatchObject({
      action: 'ATTENDANCE_SET',
      reason: '违反安全操作规程',
      newValue: { attendance: 'DISQUALIFIED' },
    });

    // Back to present: the row takes scores again.
    await pick(absent, 'PRESENT');
    expect(await box.innerText()).toContain(absent);
    await box.getByRole('button', { name: '确认' }).click();
    await chiefPage.locator(`[data-row="${absent}"][data-attendance="PRESENT"]`).waitFor();

    // An ordinary judge sees the state, has no action, and no cell to type in on that row.
    await page.reload();
    await page.locator(`[data-row="${disqualified}"][data-attendance="DISQUALIFIED"]`).waitFor();
    expect(
      await page.locator(`[data-row="${disqualified}"] [data-test="row-attendance"]`).innerText(),
    ).toBe('取消资格');
    expect(await page.locator(`[data-row="${disqualified}"] [data-cell]`).count()).toBe(0);
    expect(await page.locator(`[data-row="${absent}"] [data-cell]`).count()).toBe(3);
    expect(await page.locator('[data-test^="attendance-"]').count()).toBe(0);
    // Jumping to a disqualified contestant says why there is nothing to enter.
    await page.keyboard.press('/');
    await type(disqualified, 'Enter');
    expect(await page.locator('[data-test="jump-message"]').innerText()).toBe(
      '该选手缺考或已取消资格，无需评分',
    );
    await env.assertNoOverflow(page);
    await env.shot(page, 'sheet-disqualified-row');
  });

  it('lets the chief judge correct a flagged and a confirmed score, each with a reason', async () => {
    // A group flagged for its spread: judge4 marks safety 1, every other judge of that worker 3.
    const target = codes[8];
    const scorers: string[] = [];
    for (const name of ['judge1', 'judge2', 'judge3', 'judge4']) {
      const token = await login(name);
      const own = await call<Sheet>(token, 'GET', `/contests/${contestId}/score-sheet`);
      if (!own.rows.some((r) => r.code === target)) continue; // a conflict of interest
      scorers.push(name);
      await call(token, 'PUT', `/contests/${contestId}/scores`, {
        entries: [{ code: target, criterionKey: 'safety', points: name === 'judge4' ? 1 : 3 }],
      });
    }
    expect(scorers.length).toBeGreaterThanOrEqual(2);
    const chief = await login('chief');
    const judges = await call<Array<{ userId: number; username: string; displayName: string }>>(
      chief,
      'GET',
      `/contests/${contestId}/judges`,
    );
    const judge4 = judges.find((j) => j.username === 'judge4')!;
    const groupOf = (code: string, key: string) =>
      call<Group>(
        chief,
        'GET',
        `/contests/${contestId}/scores/group?code=${code}&criterionKey=${key}`,
      );
    expect((await groupOf(target, 'safety')).state?.state).toBe('FLAGGED');

    const board = await env.page('tablet', '/login');
    await env.signIn(board, 'chief');
    await env.go(board, `/judge/contests/${contestId}/board`);
    const flagged = board.locator('[data-test="flagged-list"]');
    await flagged.locator(`[data-test="correct-${target}-safety"]`).click();
    const dialog = board.locator('.el-dialog:visible');
    await dialog.locator('[data-test="correct-judges"]').waitFor();
    expect(await dialog.innerText()).toContain(`更正分数 · ${target} 安全文明生产`);
    expect(
      await dialog.locator(`[data-test="correct-judge-${judge4.userId}"]`).innerText(),
    ).toContain(judge4.displayName);
    await dialog.locator(`[data-test="correct-judge-${judge4.userId}"]`).click();
    // Typed on the keyboard; without a reason nothing is sent.
    await dialog.locator('[data-test="correct-points"]').focus();
    await board.keyboard.type('3');
    const puts: string[] = [];
    board.on('request', (r) => {
      if (r.method() === 'PUT' && r.url().endsWith(`/contests/${contestId}/scores`)) {
        puts.push(r.postData() ?? '');
      }
    });
    await dialog.locator('[data-test="correct-submit"]').click();
    await dialog.getByText('更正分数须填写理由').waitFor();
    expect(puts).toHaveLength(0);
    await dialog.locator('[data-test="correct-reason"]').focus();
    await board.keyboard.type('复核：裁判笔误');
    await env.assertNoOverflow(board);
    await env.shot(board, 'board-correct-flagged');
    await dialog.locator('[data-test="correct-submit"]').click();
    await dialog.waitFor({ state: 'hidden' });
    expect(JSON.parse(puts[0])).toEqual({
      entries: [
        { code: target, criterionKey: 'safety', points: '3', judgeId: judge4.userId, version: 1 },
      ],
      reason: '复核：裁判笔误',
    });
    const after = await groupOf(target, 'safety');
    expect(after.judges.find((j) => j.judgeId === judge4.userId)!.score).toEqual({
      points: '3',
      version: 2,
      confirmed: false,
    });
    // No longer flagged; confirming it is for another chief judge (this one entered a score).
    expect(after.state?.state).toBe('READY');
    await flagged.locator(`[data-test="correct-${target}-safety"]`).waitFor({ state: 'detached' });
    const log = await call<AuditRow[]>(chief, 'GET', `/contests/${contestId}/audit?limit=5000`);
    expect(log[log.length - 1]).toMatchObject({
      action: 'SCORE_CORRECTED',
      reason: '复核：裁判笔误',
    });

    // A confirmed theory score, found by code; someone changes it meanwhile (409 with both values).
    const confirmedCode = codes[9];
    const exam = await groupOf(confirmedCode, 'exam');
    const grader = exam.judges.find((j) => j.score)!;
    expect(grader.score!.confirmed).toBe(true);
    const byCode = board.locator('[data-test="correct-by-code"]');
    await byCode.locator('[data-test="correct-code"]').fill(confirmedCode.toLowerCase());
    await byCode.locator('.lookup-criterion').click();
    await board.locator('.el-select-dropdown__item:visible', { hasText: '理论考试' }).click();
    await byCode.locator('[data-test="correct-find"]').click();
    await dialog.locator('[data-test="correct-judges"]').waitFor();
    const graderRow = dialog.locator(`[data-test="correct-judge-${grader.judgeId}"]`);
    expect(await graderRow.innerText()).toContain(grader.score!.points);
    expect(await graderRow.innerText()).toContain('已确认');
    expect(await dialog.locator('[data-test="correct-two-people"]').innerText()).toContain(
      '确认即撤销',
    );
    await call(chief, 'PUT', `/contests/${contestId}/scores`, {
      entries: [{ code: confirmedCode, criterionKey: 'exam', points: 77, judgeId: grader.judgeId }],
      reason: '另一台设备上的更正',
    });
    await graderRow.click();
    await dialog.locator('[data-test="correct-points"]').fill('88');
    await dialog.locator('[data-test="correct-reason"]').fill('复核：登分错误');
    await dialog.locator('[data-test="correct-submit"]').click();
    const stale = dialog.locator('[data-test="correct-stale"]');
    await stale.waitFor();
    expect(await stale.innerText()).toContain('服务器上：77.00');
    expect(await stale.innerText()).toContain('您填写：88.00');
    expect(await graderRow.innerText()).toContain('77.00');
    await env.shot(board, 'board-correct-stale');
    // Sent again over the version the 409 told of.
    await dialog.locator('[data-test="correct-submit"]').click();
    await dialog.waitFor({ state: 'hidden' });
    expect(
      (await groupOf(confirmedCode, 'exam')).judges.find((j) => j.judgeId === grader.judgeId)!
        .score,
    ).toEqual({ points: '88.00', version: grader.score!.version + 2, confirmed: false });
    // The correction undid the confirmation: someone else confirms it again, as the dialog said.
    expect((await groupOf(confirmedCode, 'exam')).state?.state).toBe('READY');

    // A code nobody has: the server's refusal in the shared words.
    await byCode.locator('[data-test="correct-code"]').fill('ZZZZ99');
    await byCode.locator('[data-test="correct-find"]').click();
    const refusal = dialog.locator('[data-test="correct-error"]');
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain('没有这个加密号，请核对后重新填写');
    await env.assertNoOverflow(board);
    await env.shot(board, 'board-correct-unknown');
    await dialog.getByRole('button', { name: '取消' }).click();
  });

  it('fits a phone (Chinese) and a desktop (English) without sideways overflow', async () => {
    for (const [viewport, locale] of [
      ['phone', 'zh-CN'],
      ['desktop', 'en'],
    ] as const) {
      const other = await env.page(viewport, '/login', locale);
      await env.signIn(other, 'judge4');
      await env.go(other, `/judge/contests/${contestId}`);
      await other.locator('[data-test="score-grid"]').waitFor();
      expect(await other.locator('[data-test="score-grid"] thead').innerText()).toContain(
        locale === 'en' ? 'max 40.00' : '满分 40.00',
      );
      await other.locator(`[data-row="${codes[0]}"] .cell[data-state="saved"]`).first().waitFor();
      await env.assertNoOverflow(other);
      await env.shot(other, `sheet-${viewport}`);
    }
  });
  it('lets the chief judge close scoring once every score is confirmed', async () => {
    // Every judge finishes their sheet (the same marks from each, so nothing is flagged).
    const marks: Record<string, number> = { accuracy: 30, process: 20, safety: 2, exam: 70 };
    for (const name of ['judge1', 'judge2', 'judge3', 'judge4', 'grader']) {
      const token = await login(name);
      const own = await call<Sheet>(token, 'GET', `/contests/${contestId}/score-sheet`);
      const entries = own.rows
        .filter((r) => r.attendance === 'PRESENT')
        .flatMap((r) =>
          Object.entries(r.scores)
            .filter(([, score]) => !score?.confirmed)
            .map(([criterionKey]) => ({ code: r.code, criterionKey, points: marks[criterionKey] })),
        );
      if (entries.length > 0) {
        await call(token, 'PUT', `/contests/${contestId}/scores`, { entries });
      }
    }
    const chiefPage = await env.page('tablet', '/login');
    await env.signIn(chiefPage, 'chief');
    await env.go(chiefPage, `/judge/contests/${contestId}/board`);
    await chiefPage.locator('[data-test="board-stats"]').waitFor();
    await chiefPage.locator('[data-test="confirm-scores"]').click();
    await chiefPage.locator('.el-message-box').getByRole('button', { name: '确认' }).click();
    await chiefPage.locator('[data-test="confirm-report"]').waitFor();
    const close = chiefPage.locator('[data-test="close-scoring"]');
    await chiefPage.waitForFunction(
      'document.querySelector(\'[data-test="close-scoring"]\')?.disabled === false',
    );
    await close.click();
    const box = chiefPage.locator('.close-box');
    expect(await box.innerText()).toContain('结束评分后');
    await box.getByRole('button', { name: '结束评分' }).click();
    await chiefPage.locator('[data-test="scoring-closed"]').waitFor();
    await box.waitFor({ state: 'hidden' });
    // Nothing more to confirm or correct here.
    expect(await chiefPage.locator('[data-test="confirm-scores"]').count()).toBe(0);
    expect(await chiefPage.locator('[data-test="correct-by-code"]').count()).toBe(0);
    await env.assertNoOverflow(chiefPage);
    await env.shot(chiefPage, 'board-closed');
    const detail = await call<{ status: string }>(
      await login('chief'),
      'GET',
      `/contests/${contestId}`,
    );
    expect(detail.status).toBe('REVIEW');
  });
});
