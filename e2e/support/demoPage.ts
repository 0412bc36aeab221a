import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

/** Where screenshots go; CI keeps `artifacts/` and prints this path. */
export const SCREENSHOT_DIR = resolve(process.cwd(), 'artifacts', 'e2e');

/** Polls `read` (in Node, so it works while the page's clock is faked) until `ok` holds. */
export async function eventually<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  what: string,
  timeoutMs = 15_000,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await read();
    if (ok(last)) return last;
    if (Date.now() > end) throw new Error(`e2e: timed out waiting for ${what}; last value: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The session panel and what the tests read from it. */
export function sessionPanel(page: Page) {
  const root = page.locator('section.psr-panel');
  return {
    root,
    state: () => root.getAttribute('data-state'),
    isStale: async () => (await root.getAttribute('data-stale')) !== null,
    waitForState: (state: string, timeoutMs?: number) =>
      eventually(
        () => root.getAttribute('data-state'),
        (s) => s === state,
        `panel state "${state}"`,
        timeoutMs,
      ),
    /** Seconds until sign-out, from the timeout section (`data-remaining-seconds`). */
    idleSeconds: async () => Number(await root.locator('.psr-timeout').getAttribute('data-remaining-seconds')),
    /** The timeout's phase: running, warning, critical, expired. */
    phase: () => root.locator('.psr-timeout').getAttribute('data-phase'),
    /** "Refresh" on a healthy panel, "Try again" after a failure. */
    refresh: () =>
      root
        .getByRole('button', { name: /^(Refresh|Try again)$/ })
        .first()
        .click(),
    openDetails: () => root.locator('details.psr-details').evaluate((d) => ((d as HTMLDetailsElement).open = true)),
  };
}

/** `"29:58"` -> 1798; anything else (days/hours, "Expired") -> NaN. */
export function parseClock(text: string): number {
  const match = /(\d+):(\d{2})/.exec(text);
  return match ? Number(match[1]) * 60 + Number(match[2]) : Number.NaN;
}

/** Saves a full-page screenshot as `artifacts/e2e/<name>.png`. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true, animations: 'disabled' });
  return path;
}

/** Calls a demo control route from the page (so the page's HttpOnly ST cookie goes along). */
export async function pageControl(page: Page, action: string, body: Record<string, unknown> = {}): Promise<number> {
  return page.evaluate(
    async ({ action, body }) =>
      (
        await fetch(`/demo/${action}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        })
      ).status,
    { action, body },
  );
}

/** Calls a demo control route from the test itself (not in the page's network log; no cookie). */
export async function serverControl(baseUrl: string, action: string, body: Record<string, unknown> = {}): Promise<void> {
  const response = await fetch(`${baseUrl}/demo/${action}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`e2e: /demo/${action} answered ${response.status}`);
}

/**
 * Saves the page at 1280 and 375 px wide, light and dark, as `<name>-<width>-<scheme>.png`, and
 * returns the document widths seen (a page wider than its viewport scrolls sideways).
 */
export async function screenshotEveryWay(page: Page, name: string): Promise<Record<string, number>> {
  const widths: Record<string, number> = {};
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await screenshot(page, `${name}-${width}-${colorScheme}`);
      widths[`${width}-${colorScheme}`] = await page.evaluate(() => document.documentElement.scrollWidth);
    }
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
  return widths;
}

/** A forced-colours (Windows high contrast) screenshot of the panel alone. */
export async function screenshotForcedColors(page: Page, name: string): Promise<void> {
  await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.locator('section.psr-panel').screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), animations: 'disabled' });
  await page.emulateMedia({ forcedColors: 'none', colorScheme: 'light' });
}
