import type { PingOneRegion } from 'pingone-session-react';
import { createWorkerTokenSource } from 'pingone-session-react/server';

// Server-only: the worker application's secret never reaches a client bundle (this module is
// imported by the route handlers and by Server Components, never by a 'use client' file).
// PINGONE_API_PATH / PINGONE_AUTH_PATH are for the emulator (CI); leave them unset for PingOne.

/** Which PingOne environment and API the server talks to. */
export const pingOne = {
  environmentId: process.env.PINGONE_ENVIRONMENT_ID,
  region: process.env.PINGONE_REGION as PingOneRegion | undefined,
  apiPath: process.env.PINGONE_API_PATH,
};

/** Client-credentials tokens of the worker application, cached until shortly before expiry. */
export const getAccessToken = createWorkerTokenSource({
  environmentId: pingOne.environmentId,
  region: pingOne.region,
  authPath: process.env.PINGONE_AUTH_PATH,
  clientId: process.env.PINGONE_CLIENT_ID,
  clientSecret: process.env.PINGONE_CLIENT_SECRET,
});
