import type { EmulatorContext } from './context.js';
import { readBasicCredentials, safeEqual } from './credentials.js';
import { pingOneError } from './errorBodies.js';
import { jsonResponse } from './responses.js';

// OAuth 2.0 errors (RFC 6749 §5.2) use their own body shape, not PingOne's API error body.
function oauthError(ctx: EmulatorContext, status: number, error: string, description: string, headers?: HeadersInit): Response {
  return jsonResponse(ctx.now(), status, { error, error_description: description }, headers);
}

/** `POST /{envId}/as/token`: the client-credentials grant for worker applications. */
export async function handleToken(ctx: EmulatorContext, request: Request): Promise<Response> {
  const now = ctx.now();
  if (request.method !== 'POST') return pingOneError(now, 405, undefined, { Allow: 'POST' });
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/x-www-form-urlencoded\b/i.test(type)) {
    return oauthError(ctx, 400, 'invalid_request', 'Content-Type must be application/x-www-form-urlencoded');
  }
  const form = new URLSearchParams(await request.text());
  const basic = readBasicCredentials(request);
  const formId = form.get('client_id');
  const formSecret = form.get('client_secret');
  if (basic !== undefined && (formId !== null || formSecret !== null)) {
    return oauthError(ctx, 400, 'invalid_request', 'Use one client authentication method, not both');
  }
  const client = basic ?? (formId !== null ? { id: formId, secret: formSecret ?? '' } : undefined);
  const challenge = basic !== undefined ? { 'WWW-Authenticate': 'Basic realm="PingOne"' } : undefined;
  if (
    client === undefined ||
    client === 'invalid' ||
    !safeEqual(client.id, ctx.clientId) ||
    !safeEqual(client.secret, ctx.clientSecret)
  ) {
    return oauthError(ctx, 401, 'invalid_client', 'Request denied: invalid client credentials', challenge);
  }
  // The application's configured method is the only one accepted, as in PingOne (RFC 7591
  // token_endpoint_auth_method): right credentials sent the other way are still refused.
  const expected = ctx.tokenEndpointAuthMethod ?? 'client_secret_basic';
  if ((basic !== undefined ? 'client_secret_basic' : 'client_secret_post') !== expected) {
    return oauthError(ctx, 401, 'invalid_client', `Request denied: this application authenticates with ${expected}`, challenge);
  }
  if (form.get('grant_type') !== 'client_credentials') {
    return oauthError(ctx, 400, 'unsupported_grant_type', 'Only grant_type=client_credentials is supported');
  }
  return jsonResponse(
    now,
    200,
    { access_token: ctx.accessTokens.issue(), token_type: 'Bearer', expires_in: ctx.accessTokenLifetimeSeconds },
    { Pragma: 'no-cache' },
  );
}
