'use client';
import { createContext, useContext, type ReactNode } from 'react';
import { defaultSessionClock, type SessionClock } from '../time/clock.js';

const SessionClockContext = createContext<SessionClock>(defaultSessionClock);

/** Props of {@link SessionClockProvider}. */
export interface SessionClockProviderProps {
  /** The clock every countdown and session hook below reads (e.g. a fixed one in Storybook). */
  clock: SessionClock;
  children: ReactNode;
}

/** Supplies a {@link SessionClock} to the tree; without it, hooks use `defaultSessionClock`. */
export function SessionClockProvider({ clock, children }: SessionClockProviderProps) {
  return <SessionClockContext.Provider value={clock}>{children}</SessionClockContext.Provider>;
}

/** The nearest provided {@link SessionClock}, or the page-wide default. */
export function useSessionClock(): SessionClock {
  return useContext(SessionClockContext);
}
