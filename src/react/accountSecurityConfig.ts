'use client';
import type { SessionClock } from '../time/clock.js';
import type { AccountSecurityConfig } from '../query/userSessionsQueryOptions.js';
import { useSessionClock } from './SessionClockProvider.js';
import { useSessionConfig } from './SessionConfigProvider.js';

/** The account hooks' config merged over the nearest `SessionConfigProvider` (url, fetch, timeoutMs, scope, clock). */
export function useAccountSecurityConfig(
  config: AccountSecurityConfig | undefined,
): AccountSecurityConfig & { clock: SessionClock } {
  const shared = useSessionConfig();
  const contextClock = useSessionClock();
  const merged: AccountSecurityConfig = {
    url: shared?.url,
    fetch: shared?.fetch,
    timeoutMs: shared?.timeoutMs,
    scope: shared?.scope,
    clock: shared?.clock,
    ...config,
  };
  return { ...merged, clock: merged.clock ?? contextClock };
}
