// The lifecycle every demo e2e file shares: one demo server and one Chromium per file, a clean
// PingOne emulator and a fresh browser context (1200 × 900, en-US, UTC) per test.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { serverControl, sessionPanel } from './demoPage';
import { launchChromium } from './launchChromium';
import { startDemoServer, type DemoServer } from './startDemoServer';

/** What a test of the demo works with; filled in by the hooks {@link setUpDemoInChromium} registers. */
export interface DemoSuite {
  demo: DemoServer;
  browser: Browser;
  /** This test's browser context, closed after it. */
  context: BrowserContext;
  /** A page opened in `context` before each test (unless `openPage: false`). */
  page: Page;
}

/** Registers the file's hooks and returns the object they fill in. */
export function setUpDemoInChromium(options: { openPage?: boolean; onClose?: () => void } = {}): DemoSuite {
  const suite = {} as DemoSuite;
  beforeAll(async () => {
    [suite.demo, suite.browser] = await Promise.all([startDemoServer(), launchChromium()]);
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.demo?.close();
    options.onClose?.();
  });
  beforeEach(async () => {
    // A clean PingOne for every scenario: no sessions, no queued faults, real time.
    await serverControl(suite.demo.url, 'reset');
    suite.context = await suite.browser.newContext({
      viewport: { width: 1200, height: 900 },
      locale: 'en-US',
      timezoneId: 'UTC',
    });
    if (options.openPage !== false) suite.page = await suite.context.newPage();
  });
  afterEach(async () => {
    await suite.context?.close();
  });
  return suite;
}

/** Opens the demo in `page`, signs in with the strip's button, and waits for the panel to show the session. */
export async function signIn(page: Page, demoUrl: string) {
  await page.goto(demoUrl);
  const panel = sessionPanel(page);
  await panel.waitForState('signed-out');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await panel.waitForState('active');
  return panel;
}
