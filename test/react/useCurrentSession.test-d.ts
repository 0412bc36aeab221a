import type { QueryClient, queryOptions } from '@tanstack/react-query';
import { describe, expectTypeOf, it } from 'vitest';
import type { SessionDeadlines } from '../../src/session/deadlines';
import type { SessionError } from '../../src/session/errors';
import type { Session } from '../../src/session/schema';
import { currentSessionQueryOptions, type CurrentSessionQueryKey } from '../../src/query/currentSessionQueryOptions';
import type { CurrentSessionState } from '../../src/query/currentSessionState';
import type { CountdownState, CountdownPhase } from '../../src/react/useCountdown';
import type { useCountdown } from '../../src/react/useCountdown';
import type { useCurrentSession } from '../../src/react/useCurrentSession';

declare const state: CurrentSessionState;

describe('CurrentSessionState narrowing', () => {
  it('gives a Session and deadlines where active or expired', () => {
    if (state.status === 'active') {
      expectTypeOf(state.session).toEqualTypeOf<Session>();
      expectTypeOf(state.deadlines).toEqualTypeOf<SessionDeadlines>();
    }
    if (state.status === 'expired') {
      expectTypeOf(state.session).toEqualTypeOf<Session>();
    }
  });

  it('gives no session but a reason when signed out, none while pending or failing', () => {
    if (state.status === 'signed-out') {
      expectTypeOf(state.session).toEqualTypeOf<undefined>();
      expectTypeOf(state.deadlines).toEqualTypeOf<null>();
      expectTypeOf(state.error).toEqualTypeOf<SessionError>();
      expectTypeOf(state.reason).toEqualTypeOf<'idle-timeout' | 'ended' | 'not-signed-in'>();
    }
    if (state.status === 'pending') expectTypeOf(state.session).toEqualTypeOf<undefined>();
    if (state.status === 'error') {
      expectTypeOf(state.session).toEqualTypeOf<undefined>();
      expectTypeOf(state.error).toEqualTypeOf<SessionError>();
    }
    expectTypeOf(state.session).toEqualTypeOf<Session | undefined>();
    expectTypeOf(state.status).toEqualTypeOf<'pending' | 'active' | 'expired' | 'signed-out' | 'error'>();
  });

  it('types the hooks', () => {
    expectTypeOf<ReturnType<typeof useCurrentSession>>().toEqualTypeOf<CurrentSessionState>();
    expectTypeOf<ReturnType<typeof useCountdown>>().toEqualTypeOf<CountdownState | null>();
    expectTypeOf<CountdownState['phase']>().toEqualTypeOf<CountdownPhase>();
  });
});

describe('currentSessionQueryOptions', () => {
  it('carries Session and SessionError to getQueryData/useQuery', () => {
    const options = currentSessionQueryOptions({ environmentId: 'env' });
    expectTypeOf(options.queryKey).toMatchTypeOf<CurrentSessionQueryKey>();
    const client = {} as QueryClient;
    expectTypeOf(client.getQueryData(options.queryKey)).toEqualTypeOf<Session | undefined>();
    expectTypeOf(options).toMatchTypeOf<
      ReturnType<typeof queryOptions<Session, SessionError, Session, CurrentSessionQueryKey>>
    >();
  });
});
