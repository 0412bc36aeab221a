// Public entry `pingone-session-react/server`: Node 20+ and edge runtimes (fetch-standard only,
// except toNodeHandler, which needs node:http types and nothing else at run time).
export { createWorkerTokenSource } from './createWorkerTokenSource.js';
export { createSessionProxy } from './createSessionProxy.js';
export { toNodeHandler } from './toNodeHandler.js';
export { isCrossSiteRequest } from './isCrossSiteRequest.js';
export { readCookie } from './readCookie.js';
export { signoffUrl } from '../session/signoffUrl.js';
export type {
  AccessTokenGetter,
  GetAccessTokenOptions,
  TokenEndpointAuthMethod,
  WorkerTokenSourceOptions,
} from './createWorkerTokenSource.js';
export type { SessionProxy, SessionProxyOperations, SessionProxyOptions } from './createSessionProxy.js';
export type { CrossSiteOptions } from './isCrossSiteRequest.js';
export type { NodeHandler, NodeHandlerOptions } from './toNodeHandler.js';
export type { SignoffUrlOptions } from '../session/signoffUrl.js';
