// The session layer's entry for the folders above it (server/, testing/); the public surface is src/index.ts.
export * from './schema.js';
export * from './parseSession.js';
export * from './readSession.js';
export * from './errors.js';
export * from './endpoints.js';
export * from './fetchCurrentSession.js';
export * from './timeoutMs.js';
export * from './deadlines.js';
export * from './retryAfter.js';
export * from './redact.js';
export * from './isBrowser.js';
