import { FIXTURE_ENVIRONMENT_ID } from '../fixtures.js';

/** The emulator's default environment id (the one in PingOne's reference example). */
export const EMULATOR_ENVIRONMENT_ID = FIXTURE_ENVIRONMENT_ID;
/** The worker application client id the emulator accepts by default. */
export const EMULATOR_CLIENT_ID = '5f3c2a1e-7b9d-4e60-8a14-2c6d9e0f1b37';
/** The worker application client secret the emulator accepts by default (a test value, not a secret). */
export const EMULATOR_CLIENT_SECRET = 'emulator-client-secret-do-not-use-in-production';
/** Idle timeout of new emulator sessions, minutes. */
export const EMULATOR_IDLE_TIMEOUT_MINUTES = 30;
/** Lifetime of the emulator's worker access tokens, seconds. */
export const EMULATOR_ACCESS_TOKEN_LIFETIME_SECONDS = 3600;
/** PingOne keeps only the last 5 locations of a session. */
export const MAX_LOCATIONS = 5;
/** PingOne lists at most 10 sessions per user. */
export const MAX_LISTED_SESSIONS = 10;
/** Content type of `POST sessions/me` that signs the session out. */
export const LOGOUT_CONTENT_TYPE = 'application/vnd.pingidentity.sso.session.logout';
