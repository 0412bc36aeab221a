import { pingOneErrorBody } from './errorBodies.js';
import { baseHeaders, jsonResponse } from './responses.js';
import type { EmulatorEchoEncoding, EmulatorFault, EmulatorFaultPath } from './types.js';

/** What kind of endpoint a request hit, for matching faults. */
export type EndpointKind = 'sessions/me' | 'token' | 'other';

interface QueuedFault {
  fault: EmulatorFault;
  remaining: number;
}

/** Faults waiting for their requests, first queued first served. */
export class FaultQueue {
  #queue: QueuedFault[] = [];

  add(fault: EmulatorFault): void {
    const count = fault.count ?? 1;
    if (!Number.isInteger(count) || count < 1) throw new Error('PingOne emulator: fault count must be a positive integer');
    if (fault.status !== undefined && (!Number.isInteger(fault.status) || fault.status < 200 || fault.status > 599)) {
      throw new Error('PingOne emulator: fault status must be an HTTP status between 200 and 599');
    }
    this.#queue.push({ fault: { ...fault }, remaining: count });
  }

  /** Takes (and counts down) the first fault that matches a request to `kind`. */
  take(kind: EndpointKind): EmulatorFault | undefined {
    const index = this.#queue.findIndex((queued) => matches(queued.fault.path ?? 'sessions/me', kind));
    const queued = this.#queue[index];
    if (!queued) return undefined;
    queued.remaining -= 1;
    if (queued.remaining === 0) this.#queue.splice(index, 1);
    return queued.fault;
  }

  clear(): void {
    this.#queue = [];
  }
}

function matches(path: EmulatorFaultPath, kind: EndpointKind): boolean {
  return path === 'any' || path === kind;
}

/** Waits `ms` on the (fakeable) global timer; ends early when the client goes away. */
export function delay(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

const HTML_PAGE =
  '<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>' +
  '<body><h1>502 Bad Gateway</h1><p>The upstream server did not answer.</p></body></html>\n';

/** Secrets a request carried, for the `'echo-credentials'` fault only. */
export interface EchoedCredentials {
  sessionToken: string | undefined;
  accessToken: string | undefined;
  /** The client secret of an HTTP Basic token request. */
  clientSecret?: string | undefined;
}

const PLACEHOLDER = /@@ECHO(\d+)@@/g;
const hex = (code: number, width: number) => code.toString(16).toUpperCase().padStart(width, '0');

/** A secret in the fault's encoding; `'json-escaped'` is finished after serialisation (see below). */
function encodeSecret(secret: string, encoding: EmulatorEchoEncoding): string {
  switch (encoding) {
    case 'url-encoded':
      return [...new TextEncoder().encode(secret)].map((byte) => `%${hex(byte, 2)}`).join('');
    case 'base64':
      return btoa(String.fromCharCode(...new TextEncoder().encode(secret)));
    case 'upper-case':
      return secret.toUpperCase();
    case 'truncated':
      return secret.slice(0, 10);
    default:
      return secret;
  }
}

/** PingOne's error shape, echoing the secrets in `encoding`. */
function echoBody(echo: EchoedCredentials, encoding: EmulatorEchoEncoding): string {
  const secrets: string[] = [];
  // JSON escapes are written after JSON.stringify (which would undo them), through placeholders.
  const put = (secret: string | undefined, fallback: string) => {
    if (secret === undefined) return fallback;
    if (encoding !== 'json-escaped') return encodeSecret(secret, encoding);
    secrets.push(secret);
    return `@@ECHO${secrets.length - 1}@@`;
  };
  const st = put(echo.sessionToken, 'none');
  const bearer = put(echo.accessToken, 'none');
  const clientSecret = put(echo.clientSecret, 'none');
  const said = `Cookie ST=${st}; Authorization: Bearer ${bearer}; client secret ${clientSecret}`;
  const text = JSON.stringify({
    id: bearer,
    code: st,
    message: `Rejected request with ${said}`,
    error: 'invalid_client',
    error_description: said,
    details: [{ code: 'INVALID_VALUE', target: st, message: said, innerError: { said } }],
  });
  return text.replace(PLACEHOLDER, (_, index: string) =>
    [...(secrets[Number(index)] ?? '')].map((c) => `\\u${hex(c.charCodeAt(0), 4)}`).join(''),
  );
}

/**
 * The response a fault produces, or `undefined` when it only delays (the request then runs
 * normally). Error statuses get PingOne's body for that status; `body` replaces the body.
 */
export function faultResponse(fault: EmulatorFault, now: number, echo: EchoedCredentials): Response | undefined {
  if (fault.status === undefined && fault.body === undefined) return undefined;
  const status = fault.status ?? (fault.body === 'echo-credentials' ? 400 : 200);
  const headers = baseHeaders(now);
  const retryAfter = fault.retryAfter ?? (status === 429 ? '1' : undefined);
  if (retryAfter) headers.set('Retry-After', retryAfter);
  // These statuses cannot carry a body at all.
  if (status === 204 || status === 205 || status === 304) return new Response(null, { status, headers });
  const text = (body: string, type: string) => {
    headers.set('Content-Type', type);
    return new Response(body, { status, headers });
  };
  switch (fault.body) {
    case 'malformed-json':
      return text('{"id": "c2df5627-c9d6-46e1-8bbe-b5ace9037d5e", "environment": {"id": ', 'application/json');
    case 'html':
      return text(HTML_PAGE, 'text/html; charset=utf-8');
    case 'empty':
      return text('', 'application/json');
    case 'wrong-types':
      return jsonResponse(
        now,
        status,
        { id: 12345, environment: { id: ['not', 'a', 'string'] }, createdAt: 'yesterday', locations: 'none' },
        headers,
      );
    case 'echo-credentials':
      return text(echoBody(echo, fault.echo ?? 'raw'), 'application/json; charset=UTF-8');
    default:
      return status >= 300
        ? jsonResponse(now, status, pingOneErrorBody(status), headers)
        : new Response(null, { status, headers });
  }
}
