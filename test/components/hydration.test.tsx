import { dehydrate, hydrate, QueryClient, QueryClientProvider, type DehydratedState } from '@tanstack/react-query';
import { act } from '@testing-library/react';
import type { ReactElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { createSessionClock } from '../../src/time/clock';
import { IdleCountdown } from '../../src/components/IdleCountdown';
import { SessionPanel } from '../../src/components/SessionPanel';
import { SessionI18nProvider } from '../../src/components/SessionI18nProvider';
import { SessionClockProvider } from '../../src/react/SessionClockProvider';
import { prefetchCurrentSession } from '../../src/query/prefetchCurrentSession';
import type { CurrentSessionConfig } from '../../src/query/currentSessionQueryOptions';
import { startPingOneEmulator } from '../../src/testing';
import { createSessionFixture, SESSION_FIXTURE_NOW } from '../../src/testing/fixtures';
import { settle } from '../support/utils';

// A server in one place and a browser in another: the runtime's default time zone (Node reads
// process.env.TZ afresh) and default locale (Intl.DateTimeFormat with no locale) differ.
const RealDateTimeFormat = Intl.DateTimeFormat;
const realTz = process.env.TZ;
function runtimeDefaults(locale: string, timeZone: string) {
  process.env.TZ = timeZone;
  Object.defineProperty(Intl, 'DateTimeFormat', {
    configurable: true,
    writable: true,
    value: function DateTimeFormat(l?: string | string[], options?: Intl.DateTimeFormatOptions) {
      return new RealDateTimeFormat(l ?? locale, options);
    },
  });
}
const SERVER = ['en-US', 'Pacific/Auckland'] as const;
const BROWSER = ['de-DE', 'America/New_York'] as const;
/** What the browser shows once mounted: its own locale and time zone. */
const browserText = (iso: string) =>
  new RealDateTimeFormat(BROWSER[0], { dateStyle: 'medium', timeStyle: 'short', timeZone: BROWSER[1] }).format(Date.parse(iso));

const session = createSessionFixture();
const deadline = SESSION_FIXTURE_NOW + 25 * 60_000; // the fixture's idle deadline, 10:25 UTC

beforeEach(() => vi.useFakeTimers({ now: SESSION_FIXTURE_NOW }));
afterEach(() => {
  vi.useRealTimers();
  Object.defineProperty(Intl, 'DateTimeFormat', { configurable: true, writable: true, value: RealDateTimeFormat });
  if (realTz === undefined) delete process.env.TZ;
  else process.env.TZ = realTz;
  vi.restoreAllMocks();
});

/** Server-renders `app` under SERVER defaults, then hydrates it under BROWSER defaults. */
async function serverThenBrowser(app: () => ReactElement) {
  runtimeDefaults(...SERVER);
  const html = renderToString(app());
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.appendChild(container);
  const ssr = container.cloneNode(true) as HTMLElement;
  runtimeDefaults(...BROWSER);
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  const recoverable = vi.fn();
  let root: ReturnType<typeof hydrateRoot> | undefined;
  act(() => {
    root = hydrateRoot(container, app(), { onRecoverableError: recoverable });
  });
  await settle();
  const done = () => {
    act(() => root!.unmount());
    container.remove();
  };
  return { html, ssr, container, errors, recoverable, done };
}

const withClock = (ui: ReactElement) => <SessionClockProvider clock={createSessionClock()}>{ui}</SessionClockProvider>;

describe('server rendering under one locale and time zone, hydration under another', () => {
  it('IdleCountdown renders "until" in locale-neutral UTC on the server, hydrates cleanly, then counts down', async () => {
    const r = await serverThenBrowser(() => withClock(<IdleCountdown deadline={deadline} />));
    expect(r.ssr.querySelector('time')?.textContent).toBe('until 2025-01-15 10:25 UTC');
    expect(r.html).not.toMatch(/Jan|AM|PM|Auckland/);
    expect(r.errors).not.toHaveBeenCalled();
    expect(r.recoverable).not.toHaveBeenCalled();
    expect(r.container.querySelector('[role="timer"]')?.textContent).toBe('25:00');
    r.done();
  });

  it('SessionPanel (session prop): UTC absolute times on the server, no hydration warning, then local and relative times', async () => {
    const r = await serverThenBrowser(() => withClock(<SessionPanel session={session} />));
    const times = [...r.ssr.querySelectorAll('time.psr-absolute')];
    // Three location rows collapse to one; plus the sign-on time.
    expect(times).toHaveLength(2);
    for (const time of times) {
      const iso = time.getAttribute('dateTime')!;
      expect(time.textContent).toBe(`${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`);
    }
    // The timeout sentence (one deadline: idle and session end agree) names the UTC time, no "in …".
    expect(r.ssr.querySelector('.psr-timeout p')?.textContent).toBe(
      'You’ll be signed out after 30 minutes of inactivity, at 2025-01-15 10:25 UTC.',
    );
    expect(r.ssr.querySelector('.psr-relative')).toBeNull();
    expect(r.html).not.toMatch(/Jan|AM|PM/);
    expect(r.errors).not.toHaveBeenCalled();
    expect(r.recoverable).not.toHaveBeenCalled();
    // Mounted: the browser's own locale and zone, relative times, live countdowns.
    for (const time of r.container.querySelectorAll('time.psr-absolute')) {
      expect(time.textContent).toBe(browserText(time.getAttribute('dateTime')!));
    }
    expect([...r.container.querySelectorAll('.psr-relative')].map((e) => e.textContent)).toEqual([
      '2 hours ago',
      '5 minutes ago',
    ]);
    expect(r.container.querySelector('.psr-timeout p')?.textContent).toMatch(
      /^You’ll be signed out after 30 minutes of inactivity, at .+ \(in 25 minutes\)\.$/,
    );
    r.done();
  });

  it('with both locale and time zone set explicitly, renders the localized text on the server already', async () => {
    const r = await serverThenBrowser(() =>
      withClock(
        <SessionI18nProvider locale="en-GB" timeZone="Asia/Tokyo">
          <SessionPanel session={session} />
        </SessionI18nProvider>,
      ),
    );
    expect(r.ssr.querySelector('.psr-timeout p')?.textContent).toBe(
      'You’ll be signed out after 30 minutes of inactivity, at 15 Jan 2025, 19:25.',
    );
    expect(r.ssr.querySelector('time.psr-absolute')?.textContent).toBe('15 Jan 2025, 17:00');
    expect(r.errors).not.toHaveBeenCalled();
    expect(r.recoverable).not.toHaveBeenCalled();
    r.done();
  });

  it("with only a locale set (the zone is still the runtime's), stays locale-neutral until mounted", async () => {
    const r = await serverThenBrowser(() => withClock(<IdleCountdown deadline={deadline} locale="en-GB" />));
    expect(r.ssr.querySelector('time')?.textContent).toBe('until 2025-01-15 10:25 UTC');
    expect(r.errors).not.toHaveBeenCalled();
    expect(r.recoverable).not.toHaveBeenCalled();
    r.done();
  });
});

describe('a session prefetched on the server straight from PingOne, hydrated by a browser using the proxy URL', () => {
  for (const [label, laterMs] of [
    ['2 s', 2_000],
    ['45 s', 45_000],
    ['31 min', 31 * 60_000],
  ] as const) {
    it(`hydrated ${label} later: the SSR HTML shows the session, no hydration error or warning, no request on hydration`, async () => {
      vi.useRealTimers();
      const server = await startPingOneEmulator({ port: 0 });
      try {
        const { token, session: live } = server.emulator.createSession({ userId: 'user-ssr', idleTimeoutInMinutes: 30 });
        // The server side: environmentId + ST + bearer, straight to the emulator over 127.0.0.1.
        // jsdom's window is hidden meanwhile, as on a server (fetchCurrentSession refuses
        // tokens in a browser).
        vi.stubGlobal('window', undefined);
        vi.stubGlobal('document', undefined);
        const serverClient = new QueryClient();
        const serverConfig: CurrentSessionConfig = {
          environmentId: server.emulator.environmentId,
          apiPath: server.apiPath,
          sessionToken: token,
          accessToken: server.emulator.issueAccessToken(),
        };
        await prefetchCurrentSession(serverClient, serverConfig);
        const dehydrated = JSON.stringify(dehydrate(serverClient));
        vi.unstubAllGlobals();
        expect(dehydrated).not.toContain(token);
        expect(server.emulator.requests).toHaveLength(1);
        const renderedAt = Date.now();

        // The browser side: `{ url: '/api/session' }` (here: the emulator in-process, counted).
        let browserRequests = 0;
        const viaProxy = server.emulator.fetchAs(token);
        const browserConfig: CurrentSessionConfig = {
          url: '/api/session',
          fetch: (input, init) => {
            browserRequests += 1;
            return viaProxy(input, init);
          },
        };
        const app = (client: QueryClient) => (
          <QueryClientProvider client={client}>
            <SessionClockProvider clock={createSessionClock()}>
              <SessionPanel config={browserConfig} maskIp={false} />
            </SessionClockProvider>
          </QueryClientProvider>
        );
        const serverView = new QueryClient();
        hydrate(serverView, JSON.parse(dehydrated) as DehydratedState);
        vi.useFakeTimers({ now: renderedAt });
        const html = renderToString(app(serverView));
        expect(html).toContain('data-state="active"');
        expect(html).toContain(live.locations[0]!.remoteIp!);

        vi.setSystemTime(renderedAt + laterMs);
        const container = document.createElement('div');
        container.innerHTML = html;
        document.body.appendChild(container);
        const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
        const warnings = vi.spyOn(console, 'warn').mockImplementation(() => {});
        const recoverable = vi.fn();
        const browserClient = new QueryClient();
        hydrate(browserClient, JSON.parse(dehydrated) as DehydratedState); // what HydrationBoundary does
        let root: ReturnType<typeof hydrateRoot> | undefined;
        act(() => {
          root = hydrateRoot(container, app(browserClient), { onRecoverableError: recoverable });
        });
        expect(browserRequests).toBe(0); // the hydration render asks nothing
        await settle();
        expect(recoverable).not.toHaveBeenCalled();
        expect(errors).not.toHaveBeenCalled();
        expect(warnings).not.toHaveBeenCalled();
        const panel = container.querySelector('[data-state]')!;
        if (laterMs < 30 * 60_000) {
          expect(browserRequests).toBe(0);
          expect(panel.getAttribute('data-state')).toBe('active');
          expect(panel.textContent).toContain(live.locations[0]!.remoteIp!);
        } else {
          // Past the idle deadline: the overdue confirmation goes out once, after hydration.
          expect(browserRequests).toBe(1);
          expect(panel.getAttribute('data-state')).toBe('signed-out');
        }
        act(() => root!.unmount());
        container.remove();
      } finally {
        vi.useRealTimers();
        await server.close();
      }
    });
  }
});
