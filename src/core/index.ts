// Internal barrel for sibling folders (react/, server/, testing/); the public surface is src/index.ts.
export * from './schema';
export * from './parseSession';
export * from './errors';
export * from './endpoints';
export * from './fetchCurrentSession';
export * from './deadlines';
export * from './clampDelay';
export * from './retryAfter';
export * from './redact';
export * from './isBrowser';
