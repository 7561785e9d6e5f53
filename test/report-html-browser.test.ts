import { join } from 'node:path';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { scan } from '../src/scan';
import { formatHtml } from '../src/report/html';

// The HTML report in a real browser: the system Chromium (.ci/run installs it with `apt-get install -y chromium`);
// no browser is ever downloaded. Without /usr/bin/chromium the suite is skipped, loudly.
const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const REPO = join(__dirname, '..');
const DEMO = join(REPO, 'fixtures', 'demo-app');
const ARTIFACTS = join(tmpdir(), 'sdkscan-artifacts');

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`report-html-browser: SKIPPED, ${CHROMIUM} not found (install it with: apt-get install -y chromium)`);
const describeIfChromium = haveChromium ? describe : describe.skip;

describeIfChromium('HTML report in headless Chromium', () => {
  let work: string;
  let context: BrowserContext;
  let page: Page;
  let url: string;
  const offsite: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'sdkscan-html-'));
    const result = await scan({ root: DEMO, policies: [join(DEMO, 'privacy-policy.md')], cwd: REPO });
    const file = join(work, 'report.html');
    writeFileSync(file, formatHtml(result));
    url = pathToFileURL(file).href;
    context = await chromium.launchPersistentContext(join(work, 'profile'), {
      executablePath: CHROMIUM,
      args: ARGS,
      headless: true,
      viewport: { width: 1280, height: 900 },
    });
    // the report must need nothing but itself: any other request is recorded and refused
    await context.route('**/*', (route) => {
      if (route.request().url() === url) return route.continue();
      offsite.push(route.request().url());
      return route.abort();
    });
    page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(url);
  }, 60000);

  afterAll(async () => {
    await context?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const visible = (sel: string) => page.locator(sel).evaluateAll((els) => els.filter((e) => (e as unknown as { offsetParent: unknown }).offsetParent !== null).map((e) => e.getAttribute('data-sdk')));

  it('shows the summary numbers and verdict', async () => {
    expect(await page.title()).toBe('sdkscan report: fixtures/demo-app');
    expect(await page.locator('#count-total').textContent()).toBe('10');
    expect(await page.locator('#count-undisclosed').textContent()).toBe('1');
    expect(await page.locator('#count-vendor-only').textContent()).toBe('1');
    expect(await page.locator('#count-disclosed').textContent()).toBe('4');
    expect(await page.locator('#count-not-applicable').textContent()).toBe('4');
    expect(await page.locator('#verdict').textContent()).toBe('1 data-collecting SDK is not named in the privacy policy');
  });

  it('shows the undisclosed SDK with evidence from the app and no policy line', async () => {
    const card = page.locator('.sdk-card[data-sdk="appsflyer/appsflyer"]');
    expect(await card.isVisible()).toBe(true);
    expect(await card.getAttribute('data-status')).toBe('undisclosed');
    expect(await card.locator('.evidence-app li .loc').allTextContents()).toEqual(['android/app/build.gradle:22', 'android/app/src/main/AndroidManifest.xml:7', 'ios/Podfile:9']);
    expect(await card.locator('.side-policy').textContent()).toContain('Not named in the policy.');
    expect(await card.locator('.data-types li').first().textContent()).toBe('Device or other IDs');
    expect(await card.locator('.suggestion').textContent()).toContain('We use AppsFlyer (AppsFlyer Ltd.) for attribution and analytics');
    // the first card on the page is the undisclosed one
    expect(await page.locator('.sdk-card').first().getAttribute('data-sdk')).toBe('appsflyer/appsflyer');
  });

  it('shows policy evidence with the matched term marked', async () => {
    const card = page.locator('.sdk-card[data-sdk="google/play-services-ads-identifier"]');
    expect(await card.locator('.evidence-policy .loc').allTextContents()).toEqual(['privacy-policy.md:11']);
    expect(await card.locator('.evidence-policy mark').allTextContents()).toEqual(['Google']);
  });

  it('filters by status: unchecking Disclosed hides the disclosed cards', async () => {
    expect(await page.locator('#filters').isVisible()).toBe(true);
    expect(await page.locator('#shown-count').textContent()).toBe('10 of 10 SDKs shown');
    await page.locator('input[name="status"][value="disclosed"]').uncheck();
    expect(await visible('.sdk-card[data-status="disclosed"]')).toEqual([]);
    expect(await visible('.sdk-card[data-status="undisclosed"]')).toEqual(['appsflyer/appsflyer']);
    expect(await page.locator('#shown-count').textContent()).toBe('6 of 10 SDKs shown');
    await page.locator('input[name="status"][value="disclosed"]').check();
    expect(await visible('.sdk-card')).toHaveLength(10);
  });

  it('filters by category', async () => {
    await page.locator('#filter-category').selectOption('crash-reporting');
    expect((await visible('.sdk-card')).sort()).toEqual(['google/firebase-crashlytics', 'sentry/sentry']);
    await page.locator('#filter-category').selectOption('');
    expect(await visible('.sdk-card')).toHaveLength(10);
  });

  it('fetched nothing and logged no errors (the CSP let its own script run)', () => {
    expect(offsite).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('works without JavaScript: every card visible, no filter form', async () => {
    const noJs = await context.newPage();
    const cdp = await context.newCDPSession(noJs);
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
    await noJs.goto(url);
    expect(await noJs.locator('#filters').isVisible()).toBe(false);
    const shown = await noJs.locator('.sdk-card').evaluateAll((els) => els.filter((e) => (e as unknown as { offsetParent: unknown }).offsetParent !== null).length);
    expect(shown).toBe(10);
    await noJs.close();
  });

  it('saves a screenshot', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const png = join(ARTIFACTS, 'report.png');
    await page.screenshot({ path: png, fullPage: true });
    expect(existsSync(png)).toBe(true);
  });
});
