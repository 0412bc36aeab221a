import { checkEnvironmentId } from './credentialRules.js';
import { SessionConfigError } from './errors.js';

/** PingOne regions and their top-level domains. */
export const PINGONE_REGIONS = {
  NA: 'com',
  EU: 'eu',
  CA: 'ca',
  AP: 'asia',
  AU: 'com.au',
  SG: 'sg',
} as const;

/** A PingOne region code; `NA` is the default. */
export type PingOneRegion = keyof typeof PINGONE_REGIONS;

/** Where a PingOne environment lives. */
export interface PingOneLocation {
  /** The environment id (a UUID). */
  environmentId: string;
  /** Region (default `NA`). Ignored when `apiPath` is given. */
  region?: PingOneRegion;
  /**
   * Overrides the API base, e.g. `https://api.pingone.eu/v1` or an emulator's URL. With or
   * without the trailing `/v1`: Ping's own docs write `{{apiPath}}` both ways.
   */
  apiPath?: string;
}

function tld(region: PingOneRegion | undefined): string {
  const key = region ?? 'NA';
  if (!Object.hasOwn(PINGONE_REGIONS, key)) {
    throw new SessionConfigError(
      `Unknown PingOne region "${String(key)}"; use one of ${Object.keys(PINGONE_REGIONS).join(', ')}`,
    );
  }
  return PINGONE_REGIONS[key];
}

/** `https://api.pingone.<tld>/v1` for a region. */
export function pingOneApiPath(region?: PingOneRegion): string {
  return `https://api.pingone.${tld(region)}/v1`;
}

/** `https://auth.pingone.<tld>` for a region (append `/{envId}/as/...`). */
export function pingOneAuthPath(region?: PingOneRegion): string {
  return `https://auth.pingone.${tld(region)}`;
}

/**
 * The API base ending in `/v1`. Ping's older docs define `{{apiPath}}` as `https://api.pingone.com/v1`,
 * newer pages write `{{apiPath}}/v1/environments/...`; both spellings reach the same endpoints.
 */
function apiBase(location: PingOneLocation): string {
  const { apiPath } = location;
  if (apiPath === undefined) return pingOneApiPath(location.region);
  if (typeof apiPath !== 'string' || apiPath.trim() === '')
    throw new SessionConfigError('apiPath must be a non-empty URL string');
  const base = apiPath.trim().replace(/\/+$/, '');
  return /\/v1$/i.test(base) ? base : `${base}/v1`;
}

/** The URL of `GET /v1/environments/{envId}/sessions/me` for an environment and region (or `apiPath`). */
export function sessionsMeUrl(location: PingOneLocation): string {
  const envId = checkEnvironmentId(location.environmentId);
  return `${apiBase(location)}/environments/${envId}/sessions/me`;
}

/** Content type of PingOne's `POST sessions/me` that signs the session out. */
export const LOGOUT_CONTENT_TYPE = 'application/vnd.pingidentity.sso.session.logout';
