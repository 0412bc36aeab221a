import { PINGONE_REGIONS, SessionConfigError, type PingOneRegion } from '../../src/session';
import { createSessionProxy, createWorkerTokenSource, isCrossSiteRequest, type SessionProxy } from '../../src/server';
import { createPingOneEmulator } from '../../src/testing';
import { createDemoControls, type DemoClock } from './demoControls';

/** The demo's server side: the proxy route and the control strip's routes, one fetch handler. */
export interface DemoBackend {
  /** `'emulator'` (default, offline) or `'pingone'` (PINGONE_* variables set). */
  mode: 'emulator' | 'pingone';
  /** Answers `/api/session` and `/demo/*`; `undefined` for any other path (Vite serves it). */
  handle(request: Request): Promise<Response | undefined>;
}

/**
 * The demo's own routes answer the app's pages only: a cross-site request (GET included: the
 * state tells whether the emulator runs) gets 403 before anything else.
 */
function refuseCrossSite(request: Request): Response | undefined {
  if (!isCrossSiteRequest(request)) return undefined;
  return Response.json(
    { message: 'Cross-site request refused' },
    { status: 403, headers: { 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' } },
  );
}

/** Where the proxy is mounted; the page calls `useCurrentSession({ url: SESSION_ROUTE })`. */
export const SESSION_ROUTE = '/api/session';
/** The account-security operations the demo enables (devices, stay signed in, sign off). */
const OPERATIONS = { extend: true, signOff: true, listSessions: true, revokeSessions: true } as const;
/** The proxy's own route and its device routes under it. */
const isProxyPath = (pathname: string) => pathname === SESSION_ROUTE || pathname.startsWith(`${SESSION_ROUTE}/`);
const VARIABLES = ['PINGONE_ENVIRONMENT_ID', 'PINGONE_REGION', 'PINGONE_CLIENT_ID', 'PINGONE_CLIENT_SECRET'] as const;
// The emulator is reached in-process: this host is never resolved, it only makes URLs well formed.
const EMULATOR_ORIGIN = 'https://pingone-emulator.invalid';

function pingOneFromEnv(env: Record<string, string | undefined>): SessionProxy | undefined {
  const given = VARIABLES.filter((name) => env[name]);
  if (given.length === 0) return undefined;
  const missing = VARIABLES.filter((name) => !env[name] && name !== 'PINGONE_REGION');
  if (missing.length > 0) throw new SessionConfigError(`Set ${missing.join(', ')} too (or none of them, for the emulator)`);
  const region = (env.PINGONE_REGION ?? 'NA').toUpperCase();
  if (!Object.hasOwn(PINGONE_REGIONS, region))
    throw new SessionConfigError(`PINGONE_REGION must be one of ${Object.keys(PINGONE_REGIONS).join(', ')}`);
  const environmentId = env.PINGONE_ENVIRONMENT_ID ?? '';
  const getAccessToken = createWorkerTokenSource({
    environmentId,
    region: region as PingOneRegion,
    clientId: env.PINGONE_CLIENT_ID ?? '',
    clientSecret: env.PINGONE_CLIENT_SECRET ?? '',
  });
  return createSessionProxy({
    environmentId,
    region: region as PingOneRegion,
    getAccessToken,
    basePath: SESSION_ROUTE,
    operations: OPERATIONS,
    onError: (error) => console.warn(`[demo] PingOne: ${error instanceof Error ? error.message : 'request failed'}`),
  });
}

/**
 * Builds the demo backend. Without PINGONE_* variables: an in-memory PingOne emulator (with a
 * clock the strip can jump) behind the real session proxy and worker-token source, so the
 * whole chain runs offline. With them: the same proxy against real PingOne, controls disabled.
 */
export function createDemoBackend(env: Record<string, string | undefined> = process.env): DemoBackend {
  const real = pingOneFromEnv(env);
  if (real) {
    return {
      mode: 'pingone',
      async handle(request) {
        const { pathname } = new URL(request.url);
        if (isProxyPath(pathname)) return real(request);
        if (pathname.startsWith('/demo/')) {
          const refused = refuseCrossSite(request);
          if (refused) return refused;
        }
        if (pathname === '/demo/state') return Response.json({ mode: 'pingone' }, { headers: { 'Cache-Control': 'no-store' } });
        if (pathname.startsWith('/demo/'))
          return Response.json({ message: 'The demo controls drive the emulator only' }, { status: 404 });
        return undefined;
      },
    };
  }

  const clock: DemoClock = { offsetMs: 0, now: () => Date.now() + clock.offsetMs };
  const emulator = createPingOneEmulator({ now: () => clock.now() });
  const emulatorFetch: typeof fetch = (input, init) => emulator.fetch(new Request(input, init));
  // The whole server side of the chain, rebuilt on "Reset": a reset emulator has forgotten the
  // worker token too, and a token the proxy got moments ago that PingOne refuses would (rightly)
  // be read as "no session".
  const createProxy = () =>
    createSessionProxy({
      environmentId: emulator.environmentId,
      apiPath: `${EMULATOR_ORIGIN}/v1`,
      fetch: emulatorFetch,
      basePath: SESSION_ROUTE,
      operations: OPERATIONS,
      getAccessToken: createWorkerTokenSource({
        environmentId: emulator.environmentId,
        authPath: EMULATOR_ORIGIN,
        clientId: emulator.clientId,
        clientSecret: emulator.clientSecret,
        fetch: emulatorFetch,
      }),
    });
  let proxy = createProxy();
  const controls = createDemoControls(emulator, clock);
  return {
    mode: 'emulator',
    async handle(request) {
      const { pathname } = new URL(request.url);
      if (isProxyPath(pathname)) return proxy(request);
      if (pathname.startsWith('/demo/')) {
        const refused = refuseCrossSite(request);
        if (refused) return refused;
      }
      if (pathname === '/demo/state') {
        return Response.json({ mode: 'emulator', clockOffsetMs: clock.offsetMs }, { headers: { 'Cache-Control': 'no-store' } });
      }
      if (pathname.startsWith('/demo/')) {
        const response = await controls(request, pathname.slice('/demo/'.length));
        if (pathname === '/demo/reset' && response.ok) proxy = createProxy();
        return response;
      }
      return undefined;
    },
  };
}
