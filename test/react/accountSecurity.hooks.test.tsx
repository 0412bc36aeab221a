// Issue 13 (hooks) over real HTTP with real timers: jsdom components -> a fetch that adds the ST
// cookie as the browser's jar would -> createSessionProxy (every operation enabled) behind
// node:http -> the PingOne emulator's HTTP server, all on 127.0.0.1. Tabs are separate
// QueryClients and React roots talking over Node's real BroadcastChannel.
import { act, render, waitFor } from '@testing-library/react';
import type { QueryClient } from '@tanstack/react-query';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { currentSessionQueryKey } from '../../src/query/currentSessionQueryOptions';
import { signoffUrl } from '../../src/session/signoffUrl';
import { createSessionClock } from '../../src/time/clock';
import { SessionRevokeError } from '../../src/query/userSessions';
import type { CurrentSessionState } from '../../src/query/currentSessionState';
import { useCurrentSession } from '../../src/react/useCurrentSession';
import { useExtendSession } from '../../src/react/useExtendSession';
import { useRevokeOtherSessions } from '../../src/react/useRevokeOtherSessions';
import { useRevokeSession } from '../../src/react/useRevokeSession';
import { useSignOff } from '../../src/react/useSignOff';
import { useUserSessions, type UserSessionsState } from '../../src/react/useUserSessions';
import { sameOriginHeaders, startProxyOverHttp, type ProxyOverHttp } from '../support/proxyOverHttp';
import { createTestQueryClient, withProviders } from '../support/utils';

/** The URL a fetch was called with. */
const urlOf = (input: RequestInfo | URL): string =>
  input instanceof Request ? input.url : input instanceof URL ? input.href : input;

const MINUTE = 60_000;
let stack: ProxyOverHttp;
beforeAll(async () => {
  stack = await startProxyOverHttp({
    emulator: { idleTimeoutInMinutes: 30 },
    proxy: { operations: { extend: true, signOff: true, listSessions: true, revokeSessions: true } },
  });
});
afterAll(() => stack.close());
// No emulator reset between tests (it would forget the proxy's cached worker token): each test has its own user.
let run = 0;

/** A page's fetch to its own origin, recording `METHOD path` of every request the browser makes. */
function browser(sessionToken: string) {
  const sent: string[] = [];
  const gate = { hold: undefined as Promise<void> | undefined };
  const fetchImpl: typeof fetch = async (input, init) => {
    const headers = sameOriginHeaders(init, sessionToken);
    sent.push(`${init?.method ?? 'GET'} ${new URL(urlOf(input)).pathname.replace('/api/session', '') || '/'}`);
    if (init?.method === 'DELETE' && gate.hold) await gate.hold;
    return fetch(input, { ...init, headers });
  };
  return { sent, gate, config: { url: stack.url, fetch: fetchImpl, clock: createSessionClock() } };
}

/** Four sessions for user-a on different devices (this one, a phone, a laptop, an expired tablet) and one of user-b. */
function devices() {
  const { emulator } = stack.pingone;
  const user = `user-a-${++run}`;
  const now = Date.now();
  const tablet = emulator.createSession({ userId: user, activeAt: new Date(now - 50 * MINUTE).toISOString() });
  const laptop = emulator.createSession({ userId: user, activeAt: new Date(now - 20 * MINUTE).toISOString() });
  const phone = emulator.createSession({ userId: user, activeAt: new Date(now - 2 * MINUTE).toISOString() });
  const me = emulator.createSession({ userId: user, activeAt: new Date(now - 10 * MINUTE).toISOString() });
  emulator.createSession({ userId: 'user-b' });
  return { me, phone, laptop, tablet };
}

interface Probe {
  list: UserSessionsState;
  current: CurrentSessionState;
  revoke: ReturnType<typeof useRevokeSession>;
  revokeOthers: ReturnType<typeof useRevokeOtherSessions>;
  extend: ReturnType<typeof useExtendSession>;
  signOff: ReturnType<typeof useSignOff>;
}

function mount(
  config: ReturnType<typeof browser>['config'],
  client: QueryClient = createTestQueryClient(),
  options: { list?: boolean } = {},
) {
  const latest = { current: null as Probe | null };
  const renders: string[] = [];
  function Page() {
    const current = useCurrentSession(config);
    const list = useUserSessions(config);
    const revoke = useRevokeSession(config);
    const revokeOthers = useRevokeOtherSessions(config);
    const extend = useExtendSession(config);
    const signOff = useSignOff(config);
    latest.current = { list, current, revoke, revokeOthers, extend, signOff };
    renders.push(
      `${signOff.status}|${current.status}|user=${current.session?.user?.id ?? '-'}|rows=${list.current ? 1 : 0}+${list.others.length}+${list.expired.length}`,
    );
    return <span>{current.status}</span>;
  }
  function CurrentOnly() {
    const current = useCurrentSession(config);
    const signOff = useSignOff(config);
    const extend = useExtendSession(config);
    latest.current = { current, signOff, extend } as Probe;
    renders.push(`${signOff.status}|${current.status}|user=${current.session?.user?.id ?? '-'}`);
    return null;
  }
  const view = render(withProviders(options.list === false ? <CurrentOnly /> : <Page />, client));
  return { ...view, client, renders, probe: () => latest.current! };
}

describe('useUserSessions', () => {
  it('this device first, other active ones by last activity, expired ones apart; one list request, also for a second reader', async () => {
    const { me, phone, laptop, tablet } = devices();
    stack.pingone.emulator.expire(tablet.token);
    const tab = browser(me.token);
    const { probe } = mount(tab.config);
    await waitFor(() => expect(probe().list.status).toBe('success'));
    const { list } = probe();
    expect(list.current?.session.id).toBe(me.session.id);
    expect(list.current?.isCurrent).toBe(true);
    expect(list.others.map((i) => i.session.id)).toEqual([phone.session.id, laptop.session.id]);
    expect(list.expired.map((i) => i.session.id)).toEqual([tablet.session.id]);
    expect(list.others[0]?.session.browser?.name).toBeDefined();
    // Request budget: opening the list is one list request (beside the current session's read).
    expect(tab.sent.filter((s) => s === 'GET /sessions')).toHaveLength(1);
    const second = mount(tab.config, createTestQueryClient());
    await waitFor(() => expect(second.probe().list.status).toBe('success'));
    expect(tab.sent.filter((s) => s === 'GET /sessions')).toHaveLength(2); // a second page (client) is its own request
  });
});

describe('useRevokeSession / useRevokeOtherSessions', () => {
  it('removes the row at once, sends one DELETE, no list refetch; the device is signed out at PingOne', async () => {
    const { me, phone, laptop } = devices();
    const tab = browser(me.token);
    const { probe } = mount(tab.config);
    await waitFor(() => expect(probe().list.status).toBe('success'));
    let release!: () => void;
    tab.gate.hold = new Promise((resolve) => (release = resolve));
    tab.sent.length = 0;
    act(() => probe().revoke.mutate(phone.session.id));
    await waitFor(() => expect(probe().list.others.map((i) => i.session.id)).toEqual([laptop.session.id]));
    expect(probe().revoke.isPending).toBe(true); // optimistic: gone before the answer
    release();
    await waitFor(() => expect(probe().revoke.isSuccess).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(tab.sent).toEqual([`DELETE /sessions/${phone.session.id}`]);
    expect(probe().list.others.map((i) => i.session.id)).toEqual([laptop.session.id]);
    const read = await stack.pingone.emulator.fetchAs(phone.token)(
      `http://x/v1/environments/${stack.pingone.emulator.environmentId}/sessions/me`,
    );
    expect(read.status).toBe(404);
  });

  it('a refusal puts the row back and says why: revoking this device is SessionRevokeError current-session', async () => {
    const { me } = devices();
    const tab = browser(me.token);
    const { probe } = mount(tab.config);
    await waitFor(() => expect(probe().list.status).toBe('success'));
    const rows = () => [probe().list.current, ...probe().list.others].map((i) => i?.session.id);
    const before = rows();
    act(() => probe().revoke.mutate(me.session.id));
    await waitFor(() => expect(probe().revoke.isError).toBe(true));
    const error = probe().revoke.error;
    expect(error).toBeInstanceOf(SessionRevokeError);
    expect((error as SessionRevokeError).reason).toBe('current-session');
    expect((error as SessionRevokeError).status).toBe(409);
    expect(rows()).toEqual(before);
    expect(tab.sent.filter((s) => s.startsWith('GET /sessions'))).toHaveLength(1);
  });

  it('"sign out all other devices": one DELETE, only this device is left, here and at PingOne', async () => {
    const { me } = devices();
    const tab = browser(me.token);
    const { probe } = mount(tab.config);
    await waitFor(() => expect(probe().list.status).toBe('success'));
    tab.sent.length = 0;
    act(() => probe().revokeOthers.mutate());
    await waitFor(() => expect(probe().list.others).toEqual([]));
    expect(probe().list.expired).toEqual([]);
    await waitFor(() => expect(probe().revokeOthers.isSuccess).toBe(true));
    expect(probe().revokeOthers.data).toHaveLength(3);
    expect(tab.sent).toEqual(['DELETE /sessions']);
    expect(probe().list.current?.session.id).toBe(me.session.id);
  });
});

describe('useExtendSession', () => {
  it('records activity: one PUT, no read; the deadline moves and every tab reschedules from the answer', async () => {
    const { emulator } = stack.pingone;
    const me = emulator.createSession({ userId: `user-x-${++run}`, activeAt: new Date(Date.now() - 20 * MINUTE).toISOString() });
    const tabA = browser(me.token);
    const tabB = browser(me.token);
    const a = mount(tabA.config, createTestQueryClient(), { list: false });
    const b = mount(tabB.config, createTestQueryClient(), { list: false });
    await waitFor(() => expect(a.probe().current.status).toBe('active'));
    await waitFor(() => expect(b.probe().current.status).toBe('active'));
    const before = a.probe().current.deadlines!.effectiveExpiresAt!;
    expect(before - Date.now()).toBeLessThan(11 * MINUTE);
    tabA.sent.length = 0;
    tabB.sent.length = 0;
    act(() => a.probe().extend.mutate());
    await waitFor(() => expect(a.probe().extend.isSuccess).toBe(true));
    const after = a.probe().current.deadlines!.effectiveExpiresAt!;
    expect(after - Date.now()).toBeGreaterThan(29 * MINUTE);
    expect(tabA.sent).toEqual(['PUT /']);
    // The other tab got the new deadline through the tab channel, without a request of its own.
    await waitFor(() => expect(b.probe().current.deadlines?.effectiveExpiresAt).toBe(after));
    expect(tabB.sent).toEqual([]);
  });
});

describe('useSignOff', () => {
  it("resets authentication at PingOne; the user's session and device list are gone before anything renders; other tabs follow", async () => {
    const { me } = devices();
    const tabA = browser(me.token);
    const tabB = browser(me.token);
    const a = mount(tabA.config);
    const b = mount(tabB.config);
    await waitFor(() => expect(a.probe().list.status).toBe('success'));
    await waitFor(() => expect(b.probe().list.status).toBe('success'));
    tabB.sent.length = 0;
    act(() => a.probe().signOff.mutate());
    await waitFor(() => expect(a.probe().signOff.isSuccess).toBe(true));
    const { current, list } = a.probe();
    expect(current.status).toBe('signed-out');
    expect(current.status === 'signed-out' && current.reason).toBe('ended');
    expect(current.session).toBeUndefined();
    expect([list.current, ...list.others, ...list.expired]).toEqual([undefined]);
    // No render after the sign-off succeeded showed the user or a device row.
    const afterSuccess = a.renders.slice(a.renders.findIndex((r) => r.startsWith('success')));
    expect(afterSuccess.every((r) => r.includes('user=-') && r.endsWith('rows=0+0+0'))).toBe(true);
    // The mounted list may re-create its (disabled) query, but nothing cached holds the user's data.
    expect(
      a.client
        .getQueryCache()
        .findAll({ queryKey: ['pingone-session', 'user-sessions'] })
        .filter((q) => q.state.data !== undefined),
    ).toEqual([]);
    // PingOne: the session survives without a user (documented logout).
    const read = await stack.pingone.emulator.fetchAs(me.token)(
      `http://x/v1/environments/${stack.pingone.emulator.environmentId}/sessions/me`,
    );
    expect(((await read.json()) as { user: unknown }).user).toBeNull();
    // The other tab: signed out, its device list dropped, without a request of its own.
    await waitFor(() => expect(b.probe().current.status).toBe('signed-out'));
    await waitFor(() => expect(b.probe().list.others).toEqual([]));
    expect(b.probe().list.current).toBeUndefined();
    expect(tabB.sent).toEqual([]);
  });

  it('a failure leaves everything as it was (still signed in), with the typed error', async () => {
    const { me } = devices();
    const tab = browser(me.token);
    const { probe } = mount(tab.config, createTestQueryClient(), { list: false });
    await waitFor(() => expect(probe().current.status).toBe('active'));
    stack.pingone.emulator.fail({ status: 500, count: 1 }); // the POST (a mutation is not retried)
    act(() => probe().signOff.mutate());
    await waitFor(() => expect(probe().signOff.isError).toBe(true));
    expect(probe().signOff.error?.kind).toBe('server');
    expect(probe().current.status).toBe('active');
  });
  it("redirectTo (e.g. PingOne's OIDC sign-off) is followed only after every cached session is gone", async () => {
    const { me } = devices();
    const tab = browser(me.token);
    const client = createTestQueryClient();
    const target = signoffUrl({
      environmentId: stack.pingone.emulator.environmentId,
      authPath: stack.pingone.authPath,
      idTokenHint: 'aGVhZA.Ym9keQ.c2ln',
    });
    const seenAtRedirect: unknown[] = [];
    const assign = vi.fn(() =>
      seenAtRedirect.push(
        client.getQueryData(currentSessionQueryKey()),
        client
          .getQueryCache()
          .findAll({ queryKey: ['pingone-session', 'user-sessions'] })
          .filter((q) => q.state.data !== undefined).length,
      ),
    );
    try {
      function Page() {
        const current = useCurrentSession(tab.config);
        const list = useUserSessions(tab.config);
        const signOff = useSignOff({ ...tab.config, redirectTo: target });
        return (
          <button type="button" data-status={current.status} data-list={list.status} onClick={() => signOff.mutate()}>
            sign off
          </button>
        );
      }
      const view = render(withProviders(<Page />, client));
      const button = view.getByRole('button');
      await waitFor(() => expect(`${button.dataset.status} ${button.dataset.list}`).toBe('active success'));
      // Stubbed only now: the page's own requests above ran with jsdom's location.
      vi.stubGlobal('location', { href: 'http://127.0.0.1/', assign });
      act(() => button.click());
      await waitFor(() => expect(assign).toHaveBeenCalledTimes(1));
      expect(assign).toHaveBeenCalledWith(target);
      expect(seenAtRedirect).toEqual([undefined, 0]);
      expect(new URL(target).searchParams.get('id_token_hint')).toBe('aGVhZA.Ym9keQ.c2ln');
      expect(target).not.toContain(me.token);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
