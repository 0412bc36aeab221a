// Issue 9 point 13 in real Chromium: two tabs (pages) of one origin share one session through
// BroadcastChannel. Tab A signs out through the demo's control strip; tab B, which makes no
// request of its own, shows "signed out" within a second.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sessionPanel } from './support/demoPage';
import { signIn, setUpDemoInChromium } from './support/demoSuite';

const suite = setUpDemoInChromium({ openPage: false });

/** Counts the page's own `/api/session` requests. */
function countSessionRequests(page: Page): () => number {
  let n = 0;
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/session') n += 1;
  });
  return () => n;
}

describe('two tabs in Chromium', () => {
  it('share one session: a sign-out in tab A reaches tab B within a second, with no request from B', async () => {
    const a = await suite.context.newPage();
    const panelA = await signIn(a, suite.demo.url);

    const b = await suite.context.newPage();
    const requestsB = countSessionRequests(b);
    await b.goto(suite.demo.url);
    const panelB = sessionPanel(b);
    await panelB.waitForState('active'); // its own first load (the cookie is shared)
    expect(requestsB()).toBe(1);
    expect(await b.evaluate(() => typeof BroadcastChannel)).toBe('function');

    await a.bringToFront();
    await a.getByRole('button', { name: 'Sign out', exact: true }).click();
    await panelA.waitForState('signed-out');
    const signedOutAt = Date.now();
    await panelB.waitForState('signed-out', 1_000);
    expect(Date.now() - signedOutAt).toBeLessThan(1_000);
    expect(requestsB()).toBe(1); // B learned it from A, not from PingOne
    // Nothing of the session stays in B's page, nor in storage.
    const leftovers = await b.evaluate(() => ({
      local: Object.keys(localStorage).length,
      session: Object.keys(sessionStorage).length,
    }));
    expect(leftovers).toEqual({ local: 0, session: 0 });
    expect(await panelB.root.innerText()).not.toMatch(/Seattle|Port Coquitlam/);
  });
});
