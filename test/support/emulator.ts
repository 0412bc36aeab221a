// Shared by the emulator and fetcher tests: small request builders, so each test reads as
// "this request -> that response". Not a test file itself.
import type { Session } from '../../src/session';
import { afterAll, afterEach, beforeAll } from 'vitest';
import {
  createPingOneEmulator,
  startPingOneEmulator,
  type PingOneEmulator,
  type RunningPingOneEmulator,
} from '../../src/testing';

/** Base of in-process requests (the emulator only looks at the path). */
export const BASE = 'http://emulator.test';
const MINUTE = 60_000;
export { MINUTE };

/** A controllable clock for `createPingOneEmulator({ now })`. */
export function manualClock(start = Date.parse('2025-03-01T12:00:00.000Z')) {
  const clock = { now: start, advance: (ms: number) => (clock.now += ms), read: () => clock.now };
  return clock;
}

/** An in-process emulator on a {@link manualClock}: `clock.advance(ms)` moves its time. */
export function setupEmulator(options: Parameters<typeof createPingOneEmulator>[0] = {}) {
  const clock = manualClock();
  const emulator = createPingOneEmulator({ now: clock.read, ...options });
  return { clock, emulator };
}

/** {@link setupEmulator} with one session already created: `token` is its ST. */
export function setupEmulatorWithSession() {
  const { clock, emulator } = setupEmulator();
  const { token } = emulator.createSession();
  return { clock, emulator, token };
}

export interface CallOptions {
  method?: string;
  bearer?: string;
  st?: string;
  headers?: Record<string, string>;
  body?: string;
}

/** Calls the emulator in-process with an explicit bearer / ST cookie. */
export function call(emulator: PingOneEmulator, path: string, options: CallOptions = {}): Promise<Response> {
  const headers = new Headers(options.headers);
  if (options.bearer !== undefined) headers.set('Authorization', `Bearer ${options.bearer}`);
  if (options.st !== undefined) headers.set('Cookie', `ST=${options.st}`);
  return emulator.fetch(new Request(`${BASE}${path}`, { method: options.method ?? 'GET', headers, body: options.body }));
}

/** `/v1/environments/{envId}` of an emulator. */
export const envPath = (emulator: PingOneEmulator) => `/v1/environments/${emulator.environmentId}`;

/** `GET|PUT|POST|DELETE sessions/me` with a fresh valid bearer and the given ST token. */
export function me(emulator: PingOneEmulator, st: string | undefined, options: Omit<CallOptions, 'st' | 'bearer'> = {}) {
  return call(emulator, `${envPath(emulator)}/sessions/me`, { ...options, st, bearer: emulator.issueAccessToken() });
}

/**
 * A `PUT sessions/me` body with the fields PingOne's request model marks Required (`activeAt`,
 * `id`, `lastSignOn`, `userAgent`), taken from `session`, plus `changes`.
 */
export function putBody(session: Session, changes: Record<string, unknown> = {}): string {
  const { id, activeAt, lastSignOn, userAgent } = session;
  return JSON.stringify({ id, activeAt, lastSignOn, userAgent, ...changes });
}

/** The parsed JSON body of a response, as the shape the test expects (asserted by the test itself). */
export async function json<T = ErrorJson>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

/** PingOne's error body. */
export interface ErrorJson {
  id?: string;
  code: string;
  message: string;
  details?: { code: string; target?: string; message: string }[];
}

/** `POST /as/token` answers. */
export interface TokenJson {
  access_token: string;
  token_type: string;
  expires_in: number;
  error?: string;
  error_description?: string;
}

/** PingOne's collection of sessions. */
export interface SessionListJson {
  _embedded: { sessions: Session[] };
  count: number;
  size: number;
}

/**
 * Starts one `startPingOneEmulator()` server for the calling test file (127.0.0.1, closed after
 * the file, reset after each test). Returns a getter, since the server exists only once
 * `beforeAll` has run.
 */
export function startEmulatorForFile(): () => RunningPingOneEmulator {
  let server: RunningPingOneEmulator | undefined;
  beforeAll(async () => {
    server = await startPingOneEmulator();
  });
  afterAll(async () => {
    await server?.close();
  });
  afterEach(() => {
    server?.emulator.reset();
  });
  return () => {
    if (!server) throw new Error('startEmulatorForFile: the server starts in beforeAll');
    return server;
  };
}
