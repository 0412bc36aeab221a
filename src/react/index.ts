// Internal barrel for sibling folders (components/); the public surface is src/index.ts.
export * from './SessionClockProvider';
export * from './SessionConfigProvider';
export * from './useNow';
export * from './useCountdown';
export * from './currentSessionQueryOptions';
export * from './currentSessionState';
export * from './useCurrentSession';
