// Public entry `pingone-session-react/server`: Node 20+ and edge runtimes (fetch-standard only,
// except toNodeHandler, which needs node:http types and nothing else at run time).
export { createWorkerTokenSource } from './createWorkerTokenSource';
export { createSessionProxy } from './createSessionProxy';
export { toNodeHandler } from './toNodeHandler';
export { isAccessTokenRejected } from './isAccessTokenRejected';
export { isCrossSiteRequest } from './isCrossSiteRequest';
export { readCookie } from './readCookie';
export type { AccessTokenGetter, GetAccessTokenOptions, WorkerTokenSourceOptions } from './createWorkerTokenSource';
export type { SessionProxy, SessionProxyOptions } from './createSessionProxy';
export type { NodeHandler, NodeHandlerOptions } from './toNodeHandler';
