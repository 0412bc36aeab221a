import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { currentSessionQueryKey, currentSessionQueryOptions } from '../src/react/currentSessionQueryOptions';
import { SessionConfigProvider } from '../src/react/SessionConfigProvider';
import { useCurrentSession } from '../src/react/useCurrentSession';
import { createSessionFixture, FIXTURE_ENVIRONMENT_ID } from '../src/testing';
import { mountHook, setupSession, T0 } from './useCurrentSession.helpers';
import { createTestQueryClient, renderWithClient, settle } from './utils';

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
  it('holds the environment id and URL only, never a token', () => {
    const key = currentSessionQueryKey({
      environmentId: FIXTURE_ENVIRONMENT_ID,
      region: 'EU',
      sessionToken: 'st-secret-value',
      accessToken: 'bearer-secret-value',
    });
    expect(key).toEqual([
      'pingone-session',
      { environmentId: FIXTURE_ENVIRONMENT_ID, url: `https://api.pingone.eu/v1/environments/${FIXTURE_ENVIRONMENT_ID}/sessions/me` },
    ]);
    expect(JSON.stringify(key)).not.toMatch(/secret/);
    expect(currentSessionQueryKey({ url: '/api/session' })).toEqual(['pingone-session', { environmentId: null, url: '/api/session' }]);
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
    const fixture = createSessionFixture({ activeAt: new Date(T0).toISOString(), expiresAt: new Date(T0 + 1800_000).toISOString() });
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
