// The demo in real Chromium: page -> /api/session (createSessionProxy) -> in-process PingOne
// emulator, driven through the control strip the way a person would use it.
import AxeBuilder from '@axe-core/playwright';
import type { Page, Request } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  SCREENSHOT_DIR,
  eventually,
  pageControl,
  screenshot,
  screenshotEveryWay,
  screenshotForcedColors,
  serverControl,
  sessionPanel,
} from './support/demoPage';
import { signIn, setUpDemoInChromium } from './support/demoSuite';

const suite = setUpDemoInChromium({ onClose: () => console.log(`e2e screenshots: ${SCREENSHOT_DIR}`) });
let page: Page;
beforeEach(() => {
  page = suite.page;
});

const openAndSignIn = () => signIn(page, suite.demo.url);

/** The header's words about the session. */
const headerStatus = () => page.locator('.demo-header__user').innerText();

describe('demo in Chromium', () => {
  it('signs in, shows the session, ticks the idle countdown, and slides it on activity', async () => {
    await page.goto(suite.demo.url);
    const panel = sessionPanel(page);
    await panel.waitForState('signed-out');
    await expect(panel.root.innerText()).resolves.toMatch(/You’re (signed out|not signed in)\./);
    await expect(headerStatus()).resolves.toBe('Signed out');
    await screenshot(page, '01-signed-out');

    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await panel.waitForState('active');
    await expect(headerStatus()).resolves.toBe('Signed in');
    const top = await panel.root.innerText();
    // The device row: this Chromium's browser (major version only) on Linux, This device, how.
    expect(top).toMatch(/Chrome \d+ on Linux/);
    expect(top).not.toMatch(/Chrome \d+\.\d/);
    expect(top).toContain('This device');
    expect(top).toMatch(/Signed in .* with password and multi-factor authentication/);
    expect(top).toContain('You’ll be signed out after 30 minutes of inactivity');
    await panel.openDetails();
    const text = await panel.root.innerText();
    // PingOne's lower-case geo shown title-cased, behind Details; the policy never as an enum.
    for (const shown of ['Seattle', 'Port Coquitlam']) expect(text).toContain(shown);
    expect(text).not.toMatch(/174\.1\.62\.19/); // IPs are masked by default
    expect(text).not.toMatch(/MULTI_FACTOR|[0-9a-f]{8}-[0-9a-f]{4}-/);
    await screenshot(page, '02-active');

    const first = await panel.idleSeconds();
    expect(first).toBeGreaterThan(29 * 60);
    const later = await eventually(
      () => panel.idleSeconds(),
      (s) => s <= first - 2,
      'the idle countdown to tick',
      6_000,
    );
    expect(later).toBeLessThan(first);

    // Five minutes pass on PingOne's clock: the page follows PingOne's Date header.
    await page.getByRole('button', { name: 'Clock +5 min' }).click();
    const aged = await eventually(
      () => panel.idleSeconds(),
      (s) => s <= 25 * 60 + 5,
      "the countdown to follow PingOne's clock",
    );
    await page.getByRole('button', { name: 'Simulate activity' }).click();
    const slid = await eventually(
      () => panel.idleSeconds(),
      (s) => s >= 29 * 60 + 50,
      'activity to slide the idle deadline',
    );
    expect(slid - aged).toBeGreaterThan(4 * 60);
    await screenshot(page, '03-after-activity');
  });

  it('flips to expired at the deadline, then to signed-out when PingOne confirms', async () => {
    const panel = await openAndSignIn();
    // Record every data-state the panel takes, in the page, so no short-lived state is missed.
    await page.evaluate(() => {
      const root = document.querySelector('section.psr-panel');
      const seen: string[] = [root?.getAttribute('data-state') ?? ''];
      (window as unknown as { __states: string[] }).__states = seen;
      new MutationObserver(() => {
        const state = document.querySelector('section.psr-panel')?.getAttribute('data-state') ?? '';
        if (seen.at(-1) !== state) seen.push(state);
      }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-state'], childList: true });
    });
    expect(await pageControl(page, 'clock', { until: 'idle', leaveMs: 3_000 })).toBe(200);
    await panel.refresh();
    await panel.waitForState('expired', 10_000);
    await expect(headerStatus()).resolves.toBe('Session timed out');
    await screenshot(page, '04-expired');
    await panel.waitForState('signed-out', 10_000);
    await expect(headerStatus()).resolves.toBe('Signed out');
    // The reason stays: why the person was signed out, and the way back in.
    expect(await panel.root.innerText()).toContain('You were signed out after 30 minutes of inactivity.');
    expect(await panel.root.getByRole('button', { name: 'Sign in again' }).isVisible()).toBe(true);
    await screenshot(page, '05-signed-out-after-expiry');
    const states = await page.evaluate(() => (window as unknown as { __states: string[] }).__states);
    expect(states.filter((s) => s !== '')).toEqual(['active', 'expired', 'signed-out']);
  });

  it('signs out: the cookie is gone and the panel says so', async () => {
    const panel = await openAndSignIn();
    expect((await suite.context.cookies()).map((c) => c.name)).toContain('ST');
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await panel.waitForState('signed-out');
    expect((await suite.context.cookies()).map((c) => c.name)).not.toContain('ST');
    await expect(headerStatus()).resolves.toBe('Signed out');
    expect(await panel.root.innerText()).not.toMatch(/Chrome|Seattle|password/);
    await screenshot(page, '06-signed-out');
  });

  it('keeps the last session visible and marked stale through a 500, and reload keeps working', async () => {
    const panel = await openAndSignIn();
    // One failing refetch plus the hook's three retries: all HTTP 500 from PingOne.
    await serverControl(suite.demo.url, 'fail', { status: 500, count: 4 });
    await panel.refresh();
    await eventually(() => panel.isStale(), Boolean, 'the panel to be marked stale', 20_000);
    expect(await panel.state()).toBe('active');
    const text = await panel.root.innerText();
    expect(text).toMatch(/Couldn’t refresh\. Showing details from \d{1,2}:\d{2}/);
    expect(text).toContain('Try again');
    await panel.openDetails();
    expect(await panel.root.innerText()).toContain('Seattle');
    await screenshot(page, '07-stale-after-500');

    const requests: string[] = [];
    page.on('request', (request) => requests.push(`${request.method()} ${new URL(request.url()).pathname}`));
    await page.reload();
    await panel.waitForState('active');
    expect(await panel.isStale()).toBe(false);
    expect(requests.filter((r) => r.endsWith('/api/session'))).toEqual(['GET /api/session']);
    await screenshot(page, '08-after-reload');
  });

  it('has no axe violations, signed in and signed out, in light and dark', async () => {
    const panel = await openAndSignIn();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await screenshot(page, `09-axe-active-${colorScheme}`);
    }
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await panel.waitForState('signed-out');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => v.id)).toEqual([]);
    }
  });

  it('makes no request during a 2-minute idle window except the scheduled checkpoint', async () => {
    // Page time is faked from the start; PingOne's clock is moved in step with it.
    await suite.context.clock.install();
    await page.goto(suite.demo.url);
    const panel = sessionPanel(page);
    await panel.waitForState('signed-out');
    // 7-minute idle timeout: the pre-warning probe falls at 7 - 5 - 0.5 = 1.5 min after sign-in.
    expect(await pageControl(page, 'sign-in', { idleTimeoutInMinutes: 7 })).toBe(200);
    // A signed-out panel offers "Sign in again", not Refresh: reload as after a real sign-in.
    await page.reload();
    await panel.waitForState('active');

    expect(await page.evaluate(() => document.visibilityState)).toBe('visible');
    const log: { at: number; what: string }[] = [];
    let elapsed = 0;
    const onRequest = (request: Request) =>
      log.push({ at: elapsed, what: `${request.method()} ${new URL(request.url()).pathname}` });
    page.on('request', onRequest);
    for (elapsed = 10_000; elapsed <= 120_000; elapsed += 10_000) {
      await serverControl(suite.demo.url, 'clock', { advanceMs: 10_000 });
      await page.clock.runFor(10_000);
    }
    await new Promise((r) => setTimeout(r, 500)); // let an in-flight response land
    page.off('request', onRequest);

    // Exactly one request, the probe, in the 10-second step that contains the 90 s mark.
    expect(log.map((entry) => entry.what)).toEqual(['GET /api/session']);
    expect(log[0]?.at).toBeGreaterThanOrEqual(90_000);
    expect(log[0]?.at).toBeLessThanOrEqual(100_000);
    // The probe did not count as activity: about 5 minutes remain, not 7.
    const idle = await panel.idleSeconds();
    expect(idle).toBeLessThanOrEqual(5 * 60 + 5);
    expect(idle).toBeGreaterThan(4 * 60 + 30);
    await screenshot(page, '10-after-idle-window');
  });
});

describe('every demo state, seen', () => {
  it('saves every state at 1280 and 375 px, light and dark; nothing scrolls sideways; forced colours per phase', async () => {
    const overflow: string[] = [];
    const shoot = async (name: string) => {
      const widths = await screenshotEveryWay(page, name);
      for (const [key, width] of Object.entries(widths))
        if (width > Number(key.split('-')[0])) overflow.push(`${name} ${key}: ${width}px`);
    };
    // The panel alone warns here (its own Stay signed in is pressed below): no timeout dialog over it.
    await page.goto(`${suite.demo.url}/?warning=panel`);
    const panel = sessionPanel(page);
    await panel.waitForState('signed-out');
    await shoot('state-signed-out');

    // Sign in with a 10-minute idle timeout so the phases are a clock jump away.
    await page.getByRole('combobox', { name: 'Idle timeout' }).selectOption('10');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await panel.waitForState('active');
    expect(await panel.phase()).toBe('running');
    await shoot('state-active');
    await screenshotForcedColors(page, 'forced-colors-running');
    await panel.openDetails();
    await shoot('state-active-details');

    expect(await pageControl(page, 'clock', { until: 'idle', leaveMs: 4.5 * 60_000 })).toBe(200);
    await panel.refresh();
    await eventually(
      () => panel.phase(),
      (p) => p === 'warning',
      'the warning phase',
    );
    expect(await panel.root.innerText()).toMatch(/You’ll be signed out in \d\d:\d\d/);
    await shoot('state-warning');
    await screenshotForcedColors(page, 'forced-colors-warning');

    expect(await pageControl(page, 'clock', { until: 'idle', leaveMs: 40_000 })).toBe(200);
    await panel.refresh();
    await eventually(
      () => panel.phase(),
      (p) => p === 'critical',
      'the critical phase',
    );
    await screenshotForcedColors(page, 'forced-colors-critical');
    await shoot('state-critical');
    // "Stay signed in" (the demo records activity): back to a full idle window.
    await panel.root.getByRole('button', { name: 'Stay signed in' }).click();
    await eventually(
      () => panel.phase(),
      (p) => p === 'running',
      'Stay signed in to restart the idle window',
    );

    expect(await pageControl(page, 'clock', { until: 'idle', leaveMs: 2_000 })).toBe(200);
    await panel.refresh();
    await panel.waitForState('expired', 10_000);
    await screenshotForcedColors(page, 'forced-colors-expired');
    await shoot('state-expired');
    await panel.waitForState('signed-out', 10_000);
    await shoot('state-signed-out-after-expiry');

    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await panel.waitForState('active');
    await serverControl(suite.demo.url, 'fail', { status: 500, count: 4 });
    await panel.refresh();
    await eventually(() => panel.isStale(), Boolean, 'the panel to be marked stale', 20_000);
    await shoot('state-stale');

    await panel.root.getByRole('button', { name: 'Try again' }).click();
    await eventually(
      () => panel.isStale(),
      (s) => !s,
      'Try again to recover',
      20_000,
    );
    await suite.context.setOffline(true);
    await page.evaluate(() => window.dispatchEvent(new Event('offline')));
    await eventually(
      () => panel.root.getAttribute('data-offline'),
      (v) => v !== null,
      'the offline notice',
    );
    expect(await panel.root.innerText()).toContain('You’re offline.');
    await shoot('state-offline');
    await suite.context.setOffline(false);
    await eventually(
      () => panel.root.getAttribute('data-offline'),
      (v) => v === null,
      'back online',
    );
    // Once the network is back, the button fetches again.
    const gets: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/session') gets.push(request.method());
    });
    await panel.refresh();
    await eventually(
      () => Promise.resolve(gets.length),
      (n) => n >= 1,
      'a fetch after the network returned',
    );
    expect(await panel.state()).toBe('active');

    expect(overflow).toEqual([]);
  });

  it("the panel's accessibility tree: headings, a list of locations, a timer with words", async () => {
    const panel = await openAndSignIn();
    expect(await pageControl(page, 'clock', { until: 'idle', leaveMs: 4 * 60_000 })).toBe(200);
    await panel.refresh();
    await eventually(
      () => panel.phase(),
      (p) => p === 'warning',
      'the warning phase',
    );
    await panel.openDetails();
    const tree = await panel.root.ariaSnapshot();
    writeFileSync(join(SCREENSHOT_DIR, 'panel-aria-snapshot.yaml'), tree);
    expect(tree).toMatch(/region "Your session"/);
    expect(tree).toMatch(/heading "Your session" \[level=2\]/);
    expect(tree).toMatch(/heading "Chrome \d+ on Linux" \[level=3\]/);
    expect(tree).toMatch(/heading "Automatic sign-out Ending soon" \[level=3\]/);
    expect(tree).toMatch(/heading "How you signed in" \[level=3\]/);
    expect(tree).toMatch(/heading "Recent locations" \[level=3\]/);
    expect(tree).toMatch(/list "Recent locations"/);
    // The timer reads as words ("3 minutes, 59 seconds"), its digits hidden from the tree.
    expect(tree).toMatch(/timer: \d+ minutes?(,? \d+ seconds?)?\n/);
    expect(tree).not.toMatch(/timer: \d\d:\d\d/);
    // One voice: the timeout's status region is the only one speaking.
    expect(tree.match(/status: .+/g)).toEqual([
      expect.stringMatching(/^status: You’ll be signed out in \d+ minutes?.*Choose Stay signed in to continue\.$/),
    ]);
    expect(tree).toMatch(/button "Stay signed in"/);
    expect(tree).not.toContain('·');
  });

  it('the header follows the status; the H1 comes before the demo controls heading; the strip wraps at 320 px', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(suite.demo.url);
    const panel = sessionPanel(page);
    await panel.waitForState('signed-out');
    const headings = await page.locator('h1, h2').evaluateAll((els) => els.map((e) => `${e.tagName} ${e.textContent?.trim()}`));
    expect(headings[0]).toBe('H1 Security');
    expect(headings.indexOf('H2 Demo controls drive the built-in PingOne emulator')).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await screenshot(page, 'state-signed-out-320');
  });
});
