import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DEMO_PASSWORD, seedDemo, type DemoCompetition } from '../../../scripts/demo-data';
import { startApp, type E2eApp } from '../../support/e2e-app';

/*
 * Browser tests: the real server (SQLite file, Redis, Bull) serving the built pages, filled with
 * the demo competition, driven by Debian's chromium through playwright-core (never a downloaded
 * browser). Screenshots go to test-output/screenshots/ and are kept as the run's output.
 */

// A build, a demo competition and a browser per file: minutes, not the default 5 s.
jest.setTimeout(180_000);

const ROOT = resolve(__dirname, '../../..');
export const OUTPUT = join(ROOT, 'test-output');
const SHOTS = join(OUTPUT, 'screenshots');

/** Sizes the pages are looked at in: a phone, a tablet (landscape, beside a work station), a desk. */
export const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  tablet: { width: 1180, height: 820 },
  desktop: { width: 1440, height: 900 },
} as const;
export type Viewport = keyof typeof VIEWPORTS;

/**
 * The pages, built once per test process into a directory of its own (spec files run one after
 * another in one process, and several runs may share the machine).
 */
function builtPages(): string {
  const known = process.env.BROWSER_TEST_WEB_DIR;
  if (known && existsSync(join(known, 'index.html'))) return known;
  mkdirSync(OUTPUT, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'skills-web-'));
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
  const result = spawnSync(
    process.execPath,
    [vite, 'build', 'web', '--outDir', dir, '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`vite build failed: ${result.stderr}`);
  process.env.BROWSER_TEST_WEB_DIR = dir;
  return dir;
}

function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? execFileSync('which', ['chromium']).toString().trim();
  if (!path) throw new Error('chromium is not installed (apt-get install -y chromium)');
  return path;
}

export interface BrowserEnv {
  /** The server's origin, e.g. http://127.0.0.1:41234. */
  base: string;
  demo: DemoCompetition;
  app: E2eApp;
  browser: Browser;
  /**
   * A fresh page (own storage) at a viewport size, in Chinese unless told otherwise, opened at a
   * page's route (`/`, `/login`, `/judge/3`…). Errors the page throws or logs are collected and
   * fail the test at `close`… see assertNoErrors.
   */
  page(viewport: Viewport, path?: string, locale?: 'zh-CN' | 'en'): Promise<Page>;
  /** Moves an open page to another route, as a click on a link would. */
  go(page: Page, path: string): Promise<void>;
  /** Fails if any page has thrown or logged an error so far (a 4xx the page shows is not one). */
  assertNoErrors(): void;
  /** Signs in through the login page as a demo account (password DEMO_PASSWORD). */
  signIn(page: Page, username: string): Promise<void>;
  /** Saves a full-page screenshot as test-output/screenshots/<suite>-<name>.png. */
  shot(page: Page, name: string): Promise<void>;
  /** Fails if the page is wider than its viewport (something overflows sideways). */
  assertNoOverflow(page: Page): Promise<void>;
  close(): Promise<void>;
}

/** How long one step (a click's effect, a locator) may take before it fails: see page(). */
const STEP_TIMEOUT_MS = 90_000;

/**
 * Waits until the page has settled, so that a screenshot shows what the user sees once things
 * stop moving: no request in flight, the fonts loaded, and no finite animation or transition
 * running (Element Plus fades tags, dialogs and messages in; a spinner's endless rotation is not
 * waited for).
 */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(
    `document.fonts.status === 'loaded' &&
     document.getAnimations().every((a) =>
       a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity)`,
  );
}

/** Starts everything for one browser spec file. `suite` names its screenshots. */
export async function startBrowserEnv(
  suite: string,
  options: { publishedContests?: number } = {},
): Promise<BrowserEnv> {
  const web = builtPages();
  const app = await startApp({
    WEB_DIR: web,
    ADMIN_USERNAME: 'organizer',
    ADMIN_PASSWORD: DEMO_PASSWORD,
  });
  await app.app.listen(0, '127.0.0.1');
  const base = (await app.app.getUrl()).replace('[::1]', '127.0.0.1');
  const demo = await seedDemo(base, () => undefined, {
    publishedContests: options.publishedContests ?? 2,
  });
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  mkdirSync(SHOTS, { recursive: true });
  const pageErrors: string[] = [];
  return {
    base,
    demo,
    app,
    browser,
    async page(viewport, path = '/', locale = 'zh-CN') {
      const context = await browser.newContext({
        viewport: VIEWPORTS[viewport],
        locale,
        hasTouch: viewport !== 'desktop',
        isMobile: viewport === 'phone',
      });
      // Page-side code as text: the test project compiles without the DOM's types.
      await context.addInitScript(`localStorage.setItem('skills.lang', ${JSON.stringify(locale)})`);
      // A step waits for what the page shows, never for a time; but on a loaded machine (two
      // cores, the rest of the suite beside it) one step (a bulk approval re-listing the table)
      // took longer than Playwright's default 30 s to show. The test's own limit still bounds it.
      context.setDefaultTimeout(STEP_TIMEOUT_MS);
      const page = await context.newPage();
      // Playwright polls a waitForFunction predicate with eval() in the page, which the content
      // security policy refuses (no 'unsafe-eval', rightly). A predicate written as a function is
      // eval'd once, inside Playwright's own DevTools call where the policy does not apply, and
      // then only called: so expressions are turned into functions here, and the pages stay
      // under the real policy.
      const waitForFunction = page.waitForFunction.bind(page);
      page.waitForFunction = ((predicate: unknown, ...rest: unknown[]) =>
        (waitForFunction as (...args: unknown[]) => unknown)(
          typeof predicate === 'string' && !/^\s*(\(|async\b|function\b)/.test(predicate)
            ? `() => (${predicate})`
            : predicate,
          ...rest,
        )) as Page['waitForFunction'];
      page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
      // What the content security policy (create-app.ts) refuses would break the page silently.
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
          pageErrors.push(`${page.url()}: ${message.text()}`);
        }
      });
      await page.goto(`${base}/#${path}`);
      return page;
    },
    async go(page, path) {
      await page.evaluate(`location.hash = ${JSON.stringify(`#${path}`)}`);
      await page.waitForFunction(`location.hash === ${JSON.stringify(`#${path}`)}`);
    },
    assertNoErrors() {
      if (pageErrors.length > 0) throw new Error(`the pages threw:\n${pageErrors.join('\n')}`);
    },
    async signIn(page, username) {
      await page.goto(`${base}/#/login`);
      await page.reload();
      await page.locator('input[name="username"]').fill(username);
      await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
      await page.locator('button[type="submit"]').click();
      await page.waitForFunction("!location.hash.startsWith('#/login')");
    },
    async shot(page, name) {
      await settled(page);
      await page.screenshot({ path: join(SHOTS, `${suite}-${name}.png`), fullPage: true });
    },
    async assertNoOverflow(page) {
      const { scroll, inner } = await page.evaluate<{ scroll: number; inner: number }>(
        '({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth })',
      );
      if (scroll > inner + 1) {
        throw new Error(
          `the page is ${scroll}px wide in a ${inner}px viewport: something overflows`,
        );
      }
    },
    async close() {
      await browser.close();
      await app.close();
    },
  };
}
