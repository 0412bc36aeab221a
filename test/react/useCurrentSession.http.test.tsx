// @vitest-environment node
import { dehydrate, hydrate, QueryClient, type DehydratedState } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSessionClock } from '../../src/time/clock';
import { NoSessionError } from '../../src/session/errors';
import { currentSessionQueryOptions, type CurrentSessionConfig } from '../../src/query/currentSessionQueryOptions';
import { prefetchCurrentSession } from '../../src/query/prefetchCurrentSession';
import { useCurrentSession } from '../../src/react/useCurrentSession';
import { startPingOneEmulator, type RunningPingOneEmulator } from '../../src/testing';
import { withProviders } from '../support/utils';

let server: RunningPingOneEmulator;
beforeAll(async () => {
  server = await startPingOneEmulator({ port: 0 });
});
afterAll(async () => {
  await server.close();
});

function serverConfig(sessionToken: string): CurrentSessionConfig {
  return {
    environmentId: server.emulator.environmentId,
    apiPath: server.apiPath,
    sessionToken,
    accessToken: server.emulator.issueAccessToken(),
    clock: createSessionClock(),
  };
}

describe('currentSessionQueryOptions over HTTP (server-side prefetch)', () => {
  it('prefetches the session from the emulator over 127.0.0.1, with no token in the query key', async () => {
    const { token, session } = server.emulator.createSession();
    server.emulator.clearRequests();
    const config = serverConfig(token);
    const client = new QueryClient();
    await client.prefetchQuery(currentSessionQueryOptions(config));
    const data = client.getQueryData(currentSessionQueryOptions(config).queryKey);
    expect(data?.id).toBe(session.id);
    expect(server.emulator.requests).toHaveLength(1);
    // The clock saw the real Date header; same machine, so no offset.
    expect(config.clock!.offsetMs()).toBe(0);

    const state = dehydrate(client);
    const serialized = JSON.stringify(state);
    expect(serialized).not.toContain(token);
    expect(serialized).not.toContain(config.accessToken as string);

    // The browser side (a same-origin proxy URL: a different way to reach the same session)
    // hydrates it and renders the session with no request of its own.
    const browserClient = new QueryClient();
    hydrate(browserClient, JSON.parse(serialized) as DehydratedState);
    const browserConfig: CurrentSessionConfig = { url: 'http://127.0.0.1:1/api/session', clock: createSessionClock() };
    function Panel() {
      const s = useCurrentSession(browserConfig);
      return <p>{`${s.status}:${s.session?.id ?? ''}`}</p>;
    }
    const html = renderToString(withProviders(<Panel />, browserClient));
    expect(html).toContain(`active:${session.id}`);
    expect(server.emulator.requests).toHaveLength(1);
  });

  it('a revoked session answers no-session once, without retries', async () => {
    const { token } = server.emulator.createSession();
    server.emulator.revoke(token);
    server.emulator.clearRequests();
    const client = new QueryClient();
    await expect(client.fetchQuery(currentSessionQueryOptions(serverConfig(token)))).rejects.toBeInstanceOf(NoSessionError);
    expect(server.emulator.requests.map((r) => r.status)).toEqual([404]);
  });

  it('prefetchCurrentSession never keeps a failure (nothing to dehydrate), and does not retry', async () => {
    const { token } = server.emulator.createSession();
    server.emulator.clearRequests();
    server.emulator.fail({ status: 503, count: 1 });
    const client = new QueryClient();
    await prefetchCurrentSession(client, serverConfig(token));
    expect(server.emulator.requests.map((r) => r.status)).toEqual([503]);
    expect(client.getQueryCache().getAll()).toHaveLength(0);
    expect(dehydrate(client, { shouldDehydrateQuery: () => true }).queries).toHaveLength(0);
  });
});
