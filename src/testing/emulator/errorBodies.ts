import type { PingOneErrorDetail } from '../../session/index.js';
import { jsonResponse } from './responses.js';

// PingOne's error body shape: { id, code, message, details? }. `id` is "always included in an
// error response" (error-codes docs). Codes come from Ping's OpenAPI enums (pingone-go-client
// openapi.yaml); 503 is a free-form GeneralError there, so it reuses UNEXPECTED_ERROR. 405's code
// and the detail messages are not sourced (docs/pingone.md lists them as inferred).
const DEFAULTS: Record<number, { code: string; message: string; details?: PingOneErrorDetail[] }> = {
  400: {
    code: 'INVALID_DATA',
    message: 'The request could not be completed. One or more validation errors were in the request.',
  },
  401: {
    code: 'ACCESS_FAILED',
    message: 'The request could not be completed. You do not have access to this resource.',
    details: [{ code: 'INVALID_TOKEN', message: 'The session token is missing, invalid or expired.' }],
  },
  403: {
    code: 'ACCESS_FAILED',
    message: 'The request could not be completed. You do not have access to this resource.',
    // The detail text of Ping's own SDK test fixture (pingone-go-sdk-v2 model/error_test.go).
    details: [{ code: 'INSUFFICIENT_PERMISSIONS', message: 'The actor attempting to perform the request is not authorized.' }],
  },
  404: { code: 'NOT_FOUND', message: 'The request could not be completed. The requested resource was not found.' },
  405: { code: 'INVALID_REQUEST', message: 'The request could not be completed. The method is not allowed for this resource.' },
  415: { code: 'INVALID_REQUEST', message: 'The request could not be completed. The content type is not supported.' },
  429: {
    code: 'REQUEST_LIMITED',
    message: 'The request could not be completed. Too many requests.',
    details: [{ code: 'LIMIT_EXCEEDED', message: 'Rate limit exceeded; retry later.' }],
  },
  500: { code: 'UNEXPECTED_ERROR', message: 'The request could not be completed. An unexpected error occurred.' },
  503: { code: 'UNEXPECTED_ERROR', message: 'The request could not be completed. The service is temporarily unavailable.' },
};

/** PingOne's error body for a status, optionally with a different message or details. */
export function pingOneErrorBody(
  status: number,
  overrides: { code?: string; message?: string; details?: PingOneErrorDetail[] } = {},
): Record<string, unknown> {
  const known = DEFAULTS[status] ?? {
    code: status >= 500 ? 'UNEXPECTED_ERROR' : 'REQUEST_FAILED',
    message: 'The request could not be completed.',
  };
  const body: Record<string, unknown> = {
    id: crypto.randomUUID(),
    code: overrides.code ?? known.code,
    message: overrides.message ?? known.message,
  };
  const details = overrides.details ?? known.details;
  if (details) body.details = details;
  return body;
}

/** A PingOne error response. */
export function pingOneError(
  now: number,
  status: number,
  overrides?: { code?: string; message?: string; details?: PingOneErrorDetail[] },
  headers?: HeadersInit,
): Response {
  return jsonResponse(now, status, pingOneErrorBody(status, overrides), headers);
}

/** 401 for a missing, unknown or expired worker (bearer) token. */
export function invalidAccessToken(now: number): Response {
  return pingOneError(now, 401, {
    details: [{ code: 'INVALID_TOKEN', message: 'The access token is missing, invalid or expired.' }],
  });
}
