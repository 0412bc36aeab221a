import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { currentSessionQueryKey, currentSessionQueryOptions } from '../../src/query/currentSessionQueryOptions';
import { SessionConfigProvider } from '../../src/react/SessionConfigProvider';
import { useCurrentSession } from '../../src/react/useCurrentSession';
import { createSessionFixture, FIXTURE_ENVIRONMENT_ID } from '../../src/testing';
import { mountHook, setupSession, T0 } from '../support/useCurrentSession';
import { createTestQueryClient, renderWithClient, settle } from '../support/utils';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});
afterEach(() => {
  vi.useRealTimers();
});

function Status() {
  const s = useCurrentSession();
  return <p>{`${s.status}:${s.session?.id ?? '-'}`}</p>;
}

describe('query key', () => {
  it('is the same however the session is reached (server direct, browser proxy), never a token', () => {
    const server = currentSessionQueryKey({
      environmentId: FIXTURE_ENVIRONMENT_ID,
      region: 'EU',
      sessionToken: 'st-secret-value',
      accessToken: 'bearer-secret-value',
    });
    expect(server).toEqual(['pingone-session', 'current', { scope: 'default' }]);
    expect(JSON.stringify(server)).not.toMatch(/secret|pingone\.eu|environments/);
    expect(currentSessionQueryKey({ url: '/api/session' })).toEqual(server);
    expect(currentSessionQueryKey({ url: '/api/session', scope: 'eu' })).toEqual(['pingone-session', 'current', { scope: 'eu' }]);
  });
});

describe('SessionConfigProvider', () => {
  it('lets deep components call useCurrentSession() without config, sharing one request', async () => {
    const { config, count, session } = setupSession();
    renderWithClient(
      <SessionConfigProvider config={config}>
        <div>
          <Status />
          <section>
            <Status />
          </section>
        </div>
      </SessionConfigProvider>,
    );
    await settle();
    expect(screen.getAllByText(`active:${session.id}`)).toHaveLength(2);
    expect(count()).toBe(1);
  });

  it('merges a hook config over the provider config', async () => {
    const { config, count } = setupSession();
    function Disabled() {
      const s = useCurrentSession({ enabled: false });
      return <p>{s.status}</p>;
    }
    renderWithClient(
      <SessionConfigProvider config={config}>
        <Disabled />
      </SessionConfigProvider>,
    );
    await settle();
    expect(screen.getByText('pending')).toBeInTheDocument();
    expect(count()).toBe(0);
  });
});

describe('seeding the cache (stories, SSR)', () => {
  it('shows setQueryData data without a request', async () => {
    const client = createTestQueryClient();
    const config = { url: '/api/session', enabled: false };
    const fixture = createSessionFixture({
      activeAt: new Date(T0).toISOString(),
      expiresAt: new Date(T0 + 1800_000).toISOString(),
    });
    client.setQueryData(currentSessionQueryOptions(config).queryKey, fixture);
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    renderWithClient(
      <SessionConfigProvider config={config}>
        <Status />
      </SessionConfigProvider>,
      { client },
    );
    await settle();
    expect(screen.getByText(`active:${fixture.id}`)).toBeInTheDocument();
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('reports a missing configuration as an error, not a crash', async () => {
    const { state } = await mountHook({});
    expect(state().status).toBe('error');
    expect(state().error?.kind).toBe('config');
  });
});
