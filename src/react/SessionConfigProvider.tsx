'use client';
import { createContext, useContext, type ReactNode } from 'react';
import type { CurrentSessionConfig } from '../query/currentSessionQueryOptions.js';

const SessionConfigContext = createContext<CurrentSessionConfig | null>(null);

/** Props of {@link SessionConfigProvider}. */
export interface SessionConfigProviderProps {
  /** Shared by every `useCurrentSession()` below; a hook's own config is merged over it. */
  config: CurrentSessionConfig;
  children: ReactNode;
}

/**
 * Shares one {@link CurrentSessionConfig} with a subtree, so deep components can call
 * `useCurrentSession()` without props. Optional: the hook also takes its config directly.
 * Keep `config` stable (memoise it) to avoid needless re-renders below.
 */
export function SessionConfigProvider({ config, children }: SessionConfigProviderProps) {
  return <SessionConfigContext.Provider value={config}>{children}</SessionConfigContext.Provider>;
}

/** The config from the nearest {@link SessionConfigProvider}, or `null`. */
export function useSessionConfig(): CurrentSessionConfig | null {
  return useContext(SessionConfigContext);
}
