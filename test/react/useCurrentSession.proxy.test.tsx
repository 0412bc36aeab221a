// The hook over real HTTP, with real timers: jsdom components -> a fetch that adds the ST cookie
// as a browser's cookie jar would -> createSessionProxy behind node:http (toNodeHandler) ->
// the PingOne emulator's HTTP server, all on 127.0.0.1.
import { act, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSessionClock } from '../../src/time/clock';
import { sameOriginHeaders, startProxyOverHttp, type ProxyOverHttp } from '../support/proxyOverHttp';
import { renderHooks } from '../support/useCurrentSession';

let stack: ProxyOverHttp;
beforeAll(async () => {
  stack = await startProxyOverHttp();
});
afterAll(() => stack.close());

/** A page's fetch to its own origin: the browser attaches the ST cookie from its jar. */
function browserFetch(sessionToken: string): typeof fetch {
  return (input, init) => {
    return fetch(input, { ...init, headers: sameOriginHeaders(init, sessionToken) });
  };
}

describe('useCurrentSession over real HTTP through the session proxy', () => {
  it('five components, one request; pending then active; revoked + refetch() is signed-out, session gone', async () => {
    const { emulator } = stack.pingone;
    const { token, session } = emulator.createSession();
    emulator.clearRequests();
    const sessionCalls = () => emulator.requests.filter((r) => r.path.endsWith('/sessions/me'));
    const config = { url: stack.url, fetch: browserFetch(token), clock: createSessionClock() };

    const { getAllByText, state, statuses } = renderHooks(config, 5);
    expect(getAllByText('pending')).toHaveLength(5);
    await waitFor(() => expect(getAllByText('active')).toHaveLength(5));
    expect(state().session?.id).toBe(session.id);
    expect(sessionCalls().map((r) => r.status)).toEqual([200]);

    emulator.revoke(token);
    await act(() => state().refetch());
    await waitFor(() => expect(state().status).toBe('signed-out'));
    expect(getAllByText('signed-out')).toHaveLength(5);
    expect(state().session).toBeUndefined(); // nothing of the previous session survives
    expect(state().error?.kind).toBe('no-session');
    expect(statuses).toEqual(['pending', 'active', 'signed-out']);
    expect(sessionCalls().map((r) => r.status)).toEqual([200, 404]);
  });
});
