import { FIXTURE_ENVIRONMENT_ID } from '../fixtures.js';

/** The emulator's default environment id (the one in PingOne's reference example). */
export const EMULATOR_ENVIRONMENT_ID = FIXTURE_ENVIRONMENT_ID;
/** The worker application client id the emulator accepts by default. */
export const EMULATOR_CLIENT_ID = '5f3c2a1e-7b9d-4e60-8a14-2c6d9e0f1b37';
/** The worker application client secret the emulator accepts by default (a test value, not a secret). */
export const EMULATOR_CLIENT_SECRET = 'emulator-client-secret-do-not-use-in-production';
/**
 * Idle timeout of new emulator sessions, minutes: PingOne's documented 30 days ("For PingOne
 * sign-on policies, the idle timeout is 30 days (this is not configurable)", session-token-settings;
 * DaVinci's default is also 43200). Pass `idleTimeoutInMinutes` for a short, visible one.
 */
export const EMULATOR_IDLE_TIMEOUT_MINUTES = 43_200;
/** Lifetime of the emulator's worker access tokens, seconds. */
export const EMULATOR_ACCESS_TOKEN_LIFETIME_SECONDS = 3600;
/** PingOne keeps only the last 5 locations of a session. */
export const MAX_LOCATIONS = 5;
/** PingOne keeps at most 10 sessions per user (expired ones included); an 11th purges the oldest. */
export const MAX_SESSIONS_PER_USER = 10;
export { LOGOUT_CONTENT_TYPE } from '../../session/endpoints.js';
