// Issue 13 in real Chromium: the demo's "Your devices" and timeout dialog, built on the library's
// account hooks, through the real proxy (every operation enabled) and the in-process emulator.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { eventually, pageControl, screenshot, sessionPanel } from './support/demoPage';
import { signIn, setUpDemoInChromium } from './support/demoSuite';

const suite = setUpDemoInChromium();
let page: Page;
beforeEach(() => {
  page = suite.page;
});

/** Every request a page makes to the proxy (`/api/session` and its device routes), as `METHOD path`. */
function proxyRequests(target: Page): string[] {
  const seen: string[] = [];
  target.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname === '/api/session' || pathname.startsWith('/api/session/')) seen.push(`${request.method()} ${pathname}`);
  });
  return seen;
}

/** Opens "Your devices" (the list loads on opening) and waits for it. */
async function openDevices(target: Page) {
  await target.getByRole('button', { name: 'Show your devices' }).click();
  await eventually(
    () => devices(target).getAttribute('data-state'),
    (s) => s === 'success',
    'the device list',
  );
}

const devices = (target: Page) => target.getByTestId('devices');
const rowNames = async (target: Page) =>
  devices(target).locator(':scope > ul.psr-list__rows > li .psr-list__name bdi').allInnerTexts();

/** Jumps PingOne's clock to `leaveMs` before the idle deadline and lets the page read it (keyboard only when asked). */
async function jumpNearTimeout(target: Page, leaveMs: number, keyboard = false) {
  expect(await pageControl(target, 'clock', { until: 'idle', leaveMs })).toBe(200);
  const refresh = sessionPanel(target).root.getByRole('button', { name: 'Refresh' });
  if (keyboard) {
    await refresh.focus();
    await target.keyboard.press('Enter');
  } else await refresh.click();
  const dialog = target.getByRole('alertdialog');
  await dialog.waitFor({ state: 'visible', timeout: 10_000 });
  return dialog;
}

describe('Your devices', () => {
  it('lists this device first and the others by last activity; opening it costs one list request', async () => {
    const requests = proxyRequests(page);
    await signIn(page, suite.demo.url);
    await new Promise((r) => setTimeout(r, 500));
    expect(requests.filter((r) => r.startsWith('GET /api/session/sessions'))).toEqual([]); // nothing until opened
    await openDevices(page);
    expect(await rowNames(page)).toEqual(['Chrome on Linux', 'Safari on iOS', 'Edge on Windows', 'Firefox on macOS']);
    const text = await devices(page).innerText();
    expect(text).toContain('This device');
    expect(text).toMatch(/Berlin, Germany|Berlin/);
    expect(text).toContain('Expired sessions (1)');
    expect(text).not.toMatch(/2a00:1450:4001::200e|133\.242\.0\.1/); // IPs masked until revealed
    expect(requests.filter((r) => r === 'GET /api/session/sessions')).toHaveLength(1);
    const results = await new AxeBuilder({ page }).include('[data-testid="devices"]').analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await screenshot(page, '13-devices');
  });

  it('signs out another device after a confirm step: one DELETE, the row goes, no list refetch', async () => {
    await signIn(page, suite.demo.url);
    await openDevices(page);
    const requests = proxyRequests(page);
    await devices(page).getByRole('button', { name: 'Sign out Safari on iOS' }).click();
    await devices(page).getByRole('button', { name: 'Yes, sign out' }).click();
    await eventually(
      () => rowNames(page),
      (names) => !names.includes('Safari on iOS'),
      'the row to go',
    );
    await new Promise((r) => setTimeout(r, 1_000));
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatch(/^DELETE \/api\/session\/sessions\/[0-9a-f-]{36}$/);
    expect(await rowNames(page)).toEqual(['Chrome on Linux', 'Edge on Windows', 'Firefox on macOS']);
    // PingOne agrees: a fresh page lists the same.
    await page.reload();
    await sessionPanel(page).waitForState('active');
    await openDevices(page);
    expect(await rowNames(page)).toEqual(['Chrome on Linux', 'Edge on Windows', 'Firefox on macOS']);
  });

  it('signs out all other devices: one DELETE, only this device is left', async () => {
    await signIn(page, suite.demo.url);
    await openDevices(page);
    const requests = proxyRequests(page);
    await devices(page).getByRole('button', { name: 'Sign out all other devices' }).click();
    await devices(page).getByRole('button', { name: 'Yes, sign out' }).click();
    await eventually(
      () => rowNames(page),
      (names) => names.length === 1,
      'only this device',
    );
    await new Promise((r) => setTimeout(r, 1_000));
    expect(requests).toEqual(['DELETE /api/session/sessions']);
    expect(await devices(page).innerText()).toContain('You’re not signed in on any other device.');
    await screenshot(page, '14-devices-after-sign-out-all');
  });
});

describe('timeout dialog and sign-off', () => {
  it('stay signed in from the dialog: focus in, one PUT, the countdown moves, focus back', async () => {
    const panel = await signIn(page, suite.demo.url);
    const dialog = await jumpNearTimeout(page, 90_000);
    expect(await dialog.getAttribute('data-state')).toBe('warning');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Stay signed in');
    expect(await dialog.locator('[aria-live]').innerText()).toMatch(/signed out in 1 minute, [23]\d seconds/);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await screenshot(page, '15-timeout-dialog');
    const before = await panel.idleSeconds();
    expect(before).toBeLessThanOrEqual(90);
    const requests = proxyRequests(page);
    await dialog.getByRole('button', { name: 'Stay signed in' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const after = await eventually(
      () => panel.idleSeconds(),
      (s) => s > 29 * 60,
      'the countdown to move',
    );
    expect(after).toBeGreaterThan(before + 25 * 60);
    await new Promise((r) => setTimeout(r, 1_000));
    expect(requests).toEqual(['PUT /api/session']);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Refresh');
  });

  it('keyboard only: focus moves in, Tab reaches "Sign out", Escape stays signed in (one PUT), focus goes back', async () => {
    const panel = await signIn(page, suite.demo.url);
    const dialog = await jumpNearTimeout(page, 75_000, true);
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(await focused()).toBe('Stay signed in');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Sign out');
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe('Stay signed in');
    const requests = proxyRequests(page);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await eventually(
      () => panel.idleSeconds(),
      (s) => s > 29 * 60,
      'the countdown to move',
    );
    await new Promise((r) => setTimeout(r, 500));
    expect(requests).toEqual(['PUT /api/session']);
    expect(await focused()).toBe('Refresh');
  });

  it('after the idle timeout the dialog says why and offers "Sign in again"', async () => {
    const panel = await signIn(page, suite.demo.url);
    const dialog = await jumpNearTimeout(page, 4_000);
    await eventually(
      () => dialog.getAttribute('data-state'),
      (s) => s === 'timed-out',
      'the timed-out notice',
      15_000,
    );
    expect(await dialog.innerText()).toMatch(/signed out (after|because).*inactiv/);
    await screenshot(page, '16-timed-out');
    await dialog.getByRole('button', { name: 'Sign in again' }).click();
    await panel.waitForState('active');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('sign off: every open tab shows signed out within a second; the other tab sends no request', async () => {
    const a = page;
    const panelA = await signIn(a, suite.demo.url);
    const b = await suite.context.newPage();
    await b.goto(suite.demo.url);
    const panelB = sessionPanel(b);
    await panelB.waitForState('active');
    await openDevices(b);
    const requestsB = proxyRequests(b);
    await a.bringToFront();
    await a.getByRole('button', { name: 'Sign out of Acme Cloud' }).click();
    await panelA.waitForState('signed-out', 2_000);
    const at = Date.now();
    await panelB.waitForState('signed-out', 1_000);
    expect(Date.now() - at).toBeLessThan(1_000);
    expect(requestsB).toEqual([]);
    expect(await b.getByTestId('devices').count()).toBe(0);
    expect(await b.locator('.demo-header__user').innerText()).toBe('Signed out');
    expect(await b.locator('body').innerText()).not.toMatch(/Berlin|Tokyo|Seattle/);
    await screenshot(b, '17-signed-off-other-tab');
  });
});
