// Internal barrel for sibling folders (components/); the public surface is src/index.ts.
export * from './SessionClockProvider.js';
export * from './SessionConfigProvider.js';
export * from './useNow.js';
export * from './useCountdown.js';
export * from './currentSessionQueryOptions.js';
export * from './currentSessionState.js';
export * from './useCurrentSession.js';
