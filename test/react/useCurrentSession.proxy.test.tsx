// The hook over real HTTP, with real timers: jsdom components -> a fetch that adds the ST cookie
// as a browser's cookie jar would -> createSessionProxy behind node:http (toNodeHandler) ->
// the PingOne emulator's HTTP server, all on 127.0.0.1.
import { act, waitFor } from '@testing-library/react';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSessionClock } from '../../src/time/clock';
import { createSessionProxy, createWorkerTokenSource, toNodeHandler } from '../../src/server';
import { startPingOneEmulator, type RunningPingOneEmulator } from '../../src/testing';
import { renderHooks } from '../support/useCurrentSession';

let pingone: RunningPingOneEmulator;
let proxyServer: Server;
let proxyUrl: string;

beforeAll(async () => {
  pingone = await startPingOneEmulator();
  const { emulator } = pingone;
  const getAccessToken = createWorkerTokenSource({
    environmentId: emulator.environmentId,
    authPath: pingone.authPath,
    clientId: emulator.clientId,
    clientSecret: emulator.clientSecret,
  });
  const proxy = createSessionProxy({ environmentId: emulator.environmentId, apiPath: pingone.apiPath, getAccessToken });
  proxyServer = createServer(toNodeHandler(proxy));
  await new Promise<void>((resolve) => proxyServer.listen(0, '127.0.0.1', resolve));
  proxyUrl = `http://127.0.0.1:${(proxyServer.address() as AddressInfo).port}/api/session`;
});

afterAll(async () => {
  await new Promise((resolve) => proxyServer.close(resolve));
  await pingone.close();
});

/** A page's fetch to its own origin: the browser attaches the ST cookie from its jar. */
function browserFetch(sessionToken: string): typeof fetch {
  return (input, init) => {
    const headers = new Headers(init?.headers);
    headers.set('Cookie', `ST=${sessionToken}`);
    headers.set('Sec-Fetch-Site', 'same-origin');
    return fetch(input, { ...init, headers });
  };
}

describe('useCurrentSession over real HTTP through the session proxy', () => {
  it('five components, one request; pending then active; revoked + refetch() is signed-out, session gone', async () => {
    const { emulator } = pingone;
    const { token, session } = emulator.createSession();
    emulator.clearRequests();
    const sessionCalls = () => emulator.requests.filter((r) => r.path.endsWith('/sessions/me'));
    const config = { url: proxyUrl, fetch: browserFetch(token), clock: createSessionClock() };

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
