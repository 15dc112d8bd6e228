import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../scripts/demo-data';
import { startBrowserEnv, type BrowserEnv } from './support/browser-env';

/* The shell every page sits in: served by the API server at /, Chinese first, English on request. */
describe('the web pages: served at /, Chinese first', () => {
  let env: BrowserEnv;
  beforeAll(async () => {
    env = await startBrowserEnv('shell', { publishedContests: 1 });
  });
  afterAll(async () => {
    await env?.close();
  });

  it('opens in Chinese on a phone and switches to English and back', async () => {
    const page = await env.page('phone');
    await page.getByText('职工职业技能大赛').first().waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await env.assertNoOverflow(page);
    await env.shot(page, 'home-phone-zh');
    await page.locator('[data-test="lang-switch"]').click();
    await page.getByText('Skills Competition').first().waitFor();
    await env.shot(page, 'home-phone-en');
    await page.locator('[data-test="lang-switch"]').click();
    await page.getByText('职工职业技能大赛').first().waitFor();
  });

  it('signs an organizer in and out, and refuses a wrong password with a sentence', async () => {
    const page = await env.page('desktop', '/login');
    await page.locator('input[name="username"]').fill('organizer');
    await page.locator('input[name="password"]').fill('not-the-password');
    await page.locator('button[type="submit"]').click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').innerText()).toMatch(/用户名或密码|密码/);
    await env.shot(page, 'login-refused');
    await env.signIn(page, 'organizer');
    await page.getByText('organizer', { exact: true }).waitFor();
    await page.getByText('退出').click();
    await page.getByText('登录', { exact: true }).first().waitFor();
  });

  afterEach(() => env.assertNoErrors());

  /** Signs in through the login page with a given password; resolves to the alert, if any. */
  const signInWith = async (page: Page, username: string, password: string): Promise<void> => {
    await page.locator('input[name="username"]').fill(username);
    await page.locator('input[name="password"]').fill(password);
    await page.locator('button[type="submit"]').click();
  };
  const loginStatus = async (username: string, password: string): Promise<number> =>
    (
      await fetch(`${env.base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password }),
      })
    ).status;

  it('lets a signed-in judge change their password: checked, then signed out everywhere', async () => {
    const page = await env.page('phone', '/login');
    await env.signIn(page, 'grader');
    // A second device with the same account, signed in before the change.
    const other = await env.page('tablet', '/login');
    await env.signIn(other, 'grader');
    await page.locator('[data-test="account-link"]').click();
    await page.locator('[data-test="password-page"]').waitFor();
    const field = (name: string) => page.locator(`input[name="${name}"]`);

    await field('current-password').fill('not-my-password');
    await field('new-password').fill('Grader-2026-new');
    await field('repeat-password').fill('Grader-2026-typo');
    await page.locator('[data-test="password-submit"]').click();
    await page.getByText('两次输入的新密码不一致').waitFor();
    await field('repeat-password').fill('Grader-2026-new');
    await page.locator('[data-test="password-submit"]').click();
    await page.getByText('当前密码不正确').waitFor();
    await env.assertNoOverflow(page);
    await env.shot(page, 'password-wrong-current');
    expect(await loginStatus('grader', DEMO_PASSWORD)).toBe(200);

    await field('current-password').fill(DEMO_PASSWORD);
    await page.locator('[data-test="password-submit"]').click();
    await page.locator('[data-test="password-changed"]').waitFor();
    expect(await page.locator('[data-test="password-changed"]').innerText()).toContain(
      '请用新密码登录',
    );
    await env.shot(page, 'password-changed');
    expect(await loginStatus('grader', DEMO_PASSWORD)).toBe(401);
    expect(await loginStatus('grader', 'Grader-2026-new')).toBe(200);
    // The other device's token is revoked: its next request sends it to sign in again.
    await other.reload();
    await other.waitForFunction("location.hash.startsWith('#/login')");
    await signInWith(page, 'grader', 'Grader-2026-new');
    await page.waitForFunction("location.hash.startsWith('#/judge')");
  });

  it('lets an organizer create a coordinator account and deactivate and reactivate a judge', async () => {
    const page = await env.page('desktop', '/login');
    await env.signIn(page, 'organizer');
    await page.locator('[data-test="accounts-link"]').click();
    const table = page.locator('[data-test="accounts"]');
    await table.getByText('judge3', { exact: true }).first().waitFor();
    // The organizer's own row has no action.
    expect(await page.locator('[data-test="deactivate-organizer"]').count()).toBe(0);

    // A coordinator needs a unit: refused on the form first, then created with one.
    await page.locator('[data-test="new-account"]').click();
    const form = page.locator('[data-test="account-form"]');
    await form.getByText('单位联络人').click();
    await form.locator('input[name="new-username"]').fill('coord.taiping');
    await form.locator('input[name="new-display-name"]').fill('太平区联络人');
    await form.locator('input[name="new-password"]').fill('Coord-2026-first');
    await page.locator('[data-test="account-submit"]').click();
    await form.getByText('请填写或选择所属单位').waitFor();
    await form.locator('[data-test="account-unit"]').click();
    await page.keyboard.type('太平区总工会');
    await page.locator('.el-select-dropdown__item:visible', { hasText: '太平区总工会' }).click();
    await env.shot(page, 'account-new');
    await page.locator('[data-test="account-submit"]').click();
    await table.getByText('coord.taiping', { exact: true }).waitFor();
    expect(await table.locator('tr', { hasText: 'coord.taiping' }).innerText()).toContain(
      '太平区总工会',
    );
    expect(await loginStatus('coord.taiping', 'Coord-2026-first')).toBe(200);
    // The same user name again is refused under its field.
    await page.locator('[data-test="new-account"]').click();
    await form.locator('input[name="new-username"]').fill('coord.taiping');
    await form.locator('input[name="new-display-name"]').fill('重复');
    await form.locator('input[name="new-password"]').fill('Another-2026');
    await page.locator('[data-test="account-submit"]').click();
    await form.getByText('该用户名已被使用').waitFor();
    await page.keyboard.press('Escape');

    // judge3 is signed in on a tablet; deactivating signs them out and keeps them out.
    const judgePage = await env.page('tablet', '/login');
    await env.signIn(judgePage, 'judge3');
    await page.locator('[data-test="deactivate-judge3"]').click();
    const box = page.locator('.el-message-box');
    expect(await box.innerText()).toContain('judge3');
    await box.getByRole('button', { name: '确认' }).click();
    await page.locator('[data-test="account-state-judge3"]', { hasText: '已停用' }).waitFor();
    expect(await loginStatus('judge3', DEMO_PASSWORD)).toBe(401);
    await judgePage.reload();
    await judgePage.waitForFunction("location.hash.startsWith('#/login')");
    await page.locator('[data-test="inactive-only"]').click();
    expect(await table.locator('tbody tr').count()).toBe(1);
    await env.assertNoOverflow(page);
    await env.shot(page, 'accounts-deactivated');
    await page.locator('[data-test="inactive-only"]').click();

    await page.locator('[data-test="activate-judge3"]').click();
    await box.getByRole('button', { name: '确认' }).click();
    await page.locator('[data-test="account-state-judge3"]', { hasText: '启用' }).waitFor();
    expect(await loginStatus('judge3', DEMO_PASSWORD)).toBe(200);
    // judge2 forgot their password: the organizer resets it and hands the new one over.
    await page.locator('[data-test="reset-judge2"]').click();
    const reset = page.locator('[data-test="reset-form"]');
    await reset.waitFor();
    await page.locator('[data-test="reset-submit"]').click();
    await reset.getByText('8–72 位').waitFor();
    await page.locator('[data-test="reset-generate"]').click();
    const handedOver = await reset.locator('input[name="reset-password"]').inputValue();
    expect(handedOver).toMatch(/^[A-Za-z2-9]{10}$/);
    expect(await reset.getByText('8–72 位').count()).toBe(0);
    await env.shot(page, 'account-reset');
    await page.locator('[data-test="reset-submit"]').click();
    await reset.waitFor({ state: 'hidden' });
    expect(await loginStatus('judge2', DEMO_PASSWORD)).toBe(401);
    expect(await loginStatus('judge2', handedOver)).toBe(200);
    // The organizer's own row offers no reset.
    expect(await page.locator('[data-test="reset-organizer"]').count()).toBe(0);

    // English, on a phone: the page fits.
    const phone = await env.page('phone', '/login', 'en');
    await env.signIn(phone, 'organizer');
    await env.go(phone, '/organizer/accounts');
    await phone.getByText('Deactivate').first().waitFor();
    await env.assertNoOverflow(phone);
    await env.shot(phone, 'accounts-phone-en');
  });

  it('keeps the API and the health check where they were', async () => {
    const health = await fetch(`${env.base}/health`);
    expect(health.status).toBe(200);
    const api = await fetch(`${env.base}/api/trades`);
    expect(api.status).toBe(401);
  });
});
