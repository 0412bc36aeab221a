import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, type RenderOptions } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { vi } from 'vitest';
import type { SessionClock } from '../../src/time/clock';
import { SessionClockProvider } from '../../src/react/SessionClockProvider';

/** A QueryClient for tests: no garbage-collection timers left behind, errors not logged. */
export function createTestQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { gcTime: Infinity } } });
}

/** Wraps `ui` in a QueryClientProvider (and a SessionClockProvider when `clock` is given). */
export function withProviders(ui: ReactNode, client: QueryClient, clock?: SessionClock): ReactElement {
  const inner = clock ? <SessionClockProvider clock={clock}>{ui}</SessionClockProvider> : ui;
  return <QueryClientProvider client={client}>{inner}</QueryClientProvider>;
}

/** Renders with a fresh (or given) QueryClient; returns RTL's result plus the client. */
export function renderWithClient(ui: ReactElement, options: RenderOptions & { client?: QueryClient; clock?: SessionClock } = {}) {
  const { client = createTestQueryClient(), clock, ...rest } = options;
  const result = render(withProviders(ui, client, clock), rest);
  return {
    ...result,
    client,
    rerender: (next: ReactElement) => result.rerender(withProviders(next, client, clock)),
  };
}

/** Advances fake timers by `ms` inside act(), letting promises (fetches, React updates) settle. */
export async function advance(ms: number): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

/** Lets pending microtasks and zero-delay timers run (in-process fetches, React Query notifications). */
export async function settle(): Promise<void> {
  await advance(0);
  await advance(0);
}

/** Makes the document hidden or visible and fires `visibilitychange`, as a browser would. */
export function setVisibility(state: 'visible' | 'hidden'): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => state === 'hidden' });
  document.dispatchEvent(new Event('visibilitychange'));
}

/** Removes the overrides made by {@link setVisibility} (back to jsdom's own "visible"). */
export function resetVisibility(): void {
  // Deleting the own properties re-exposes Document.prototype's getters.
  delete (document as { visibilityState?: unknown }).visibilityState;
  delete (document as { hidden?: unknown }).hidden;
}
