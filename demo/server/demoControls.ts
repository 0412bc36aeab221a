import { getSessionDeadlines, parseSession } from '../../src/session';
import { isCrossSiteRequest, readCookie } from '../../src/server';
import type { EmulatorFault, PingOneEmulator } from '../../src/testing';
import { demoSession, otherDeviceSessions } from './demoSession';

/** The emulator's adjustable clock: real time plus an offset the strip can jump. */
export interface DemoClock {
  now(): number;
  offsetMs: number;
}

const COOKIE = 'ST=%s; Path=/; HttpOnly; SameSite=Strict';
const CLEAR_COOKIE = 'ST=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0';
const DAY = 86_400_000;

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...headers },
  });
}

async function readJson(request: Request): Promise<Record<string, unknown>> {
  try {
    const body: unknown = JSON.parse((await request.text()) || '{}');
    return body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Runs an emulator control on the visitor's session; false without a cookie or when the emulator knows no such session. */
function attempt(token: string | undefined, action: (token: string) => unknown): boolean {
  if (!token) return false;
  try {
    action(token);
    return true;
  } catch {
    return false;
  }
}

const num = (value: unknown, min: number, max: number, fallback: number) =>
  typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;

/**
 * The control strip's routes (`POST /demo/...`): they drive the emulator the way real life
 * would (a sign-in on PingOne's page setting the `ST` cookie, activity in another app, time
 * passing, an outage). Same-origin only; they never return a token, only set the cookie.
 */
export function createDemoControls(emulator: PingOneEmulator, clock: DemoClock) {
  /** The visitor's session, read in-process (a GET is not activity in the emulator by default). */
  async function readSession(token: string) {
    const response = await emulator.fetchAs(token)(
      `https://emulator.invalid/v1/environments/${emulator.environmentId}/sessions/me`,
    );
    return response.ok ? parseSession(await response.json()).session : undefined;
  }

  return async function demoControls(request: Request, action: string): Promise<Response> {
    if (request.method !== 'POST') return json(405, { message: 'Use POST' }, { Allow: 'POST' });
    if (isCrossSiteRequest(request)) return json(403, { message: 'Cross-site request refused' });
    const body = await readJson(request);
    const token = readCookie(request.headers.get('cookie'), 'ST');
    switch (action) {
      case 'sign-in': {
        const idle = num(body.idleTimeoutInMinutes, 1, 72_000, 30);
        // "Your devices": the same user is signed in elsewhere too (the emulator keeps 10 per user).
        for (const other of otherDeviceSessions(clock.now(), idle)) {
          const made = emulator.createSession(other.session);
          if (other.expire) emulator.expire(made.token);
        }
        const created = emulator.createSession(demoSession(clock.now(), request.headers.get('user-agent') ?? '', idle));
        return json(200, { signedIn: true }, { 'Set-Cookie': COOKIE.replace('%s', created.token) });
      }
      case 'sign-out':
        attempt(token, (t) => emulator.revoke(t));
        return json(200, { signedIn: false }, { 'Set-Cookie': CLEAR_COOKIE });
      case 'reset':
        emulator.reset();
        clock.offsetMs = 0;
        return json(200, { signedIn: false }, { 'Set-Cookie': CLEAR_COOKIE });
      case 'clock': {
        // Either a plain jump, or "to `leaveMs` before the idle deadline" of the current session.
        let advanceMs = num(body.advanceMs, -DAY, 60 * DAY, 0);
        if (body.until === 'idle') {
          const session = token ? await readSession(token) : undefined;
          const idleAt = session ? getSessionDeadlines(session).idleExpiresAt : null;
          if (idleAt === null) return json(409, { message: 'No current session to jump towards' });
          advanceMs = Math.max(0, idleAt - clock.now() - num(body.leaveMs, 0, DAY, 15_000));
        }
        clock.offsetMs += advanceMs;
        return json(200, { clockOffsetMs: clock.offsetMs });
      }
      case 'fail': {
        const fault: EmulatorFault = { status: num(body.status, 400, 599, 500), count: num(body.count, 1, 1000, 3) };
        if (typeof body.retryAfter === 'string') fault.retryAfter = body.retryAfter;
        emulator.fail(fault);
        return json(200, { failing: fault.count });
      }
      case 'activity':
      case 'expire':
        // The emulator throws for an unknown token: the visitor is not signed in.
        if (!attempt(token, (t) => (action === 'activity' ? emulator.touch(t) : emulator.expire(t)))) {
          return json(409, { message: 'Sign in first' });
        }
        return json(200, { ok: true });
      default:
        return json(404, { message: `Unknown demo control "${action}"` });
    }
  };
}
