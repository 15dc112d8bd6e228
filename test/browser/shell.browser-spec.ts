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

  it('keeps the API and the health check where they were', async () => {
    const health = await fetch(`${env.base}/health`);
    expect(health.status).toBe(200);
    const api = await fetch(`${env.base}/api/trades`);
    expect(api.status).toBe(401);
  });
});
