// Entry point `pingone-session-react/testing`: a PingOne emulator and session fixtures for tests,
// stories and demos. Node 20+ for startPingOneEmulator (node:http); the rest is fetch-standard.

// Test fixtures: valid `Session` objects with deterministic defaults.
export {
  createSessionFixture,
  SESSION_FIXTURE_NOW,
  FIXTURE_ENVIRONMENT_ID,
  FIXTURE_SESSION_ID,
  FIXTURE_USER_ID,
} from './fixtures.js';
// The emulator: in-process handler and its HTTP server.
export { createPingOneEmulator } from './emulator/createPingOneEmulator.js';
export { startPingOneEmulator } from './emulator/startPingOneEmulator.js';
// Defaults the emulator uses, so tests can configure clients against it.
export {
  EMULATOR_ENVIRONMENT_ID,
  EMULATOR_CLIENT_ID,
  EMULATOR_CLIENT_SECRET,
  EMULATOR_IDLE_TIMEOUT_MINUTES,
  EMULATOR_ACCESS_TOKEN_LIFETIME_SECONDS,
  LOGOUT_CONTENT_TYPE,
} from './emulator/constants.js';

export type { SessionFixtureOverrides, DeepPartial } from './fixtures.js';
export type {
  PingOneEmulator,
  PingOneEmulatorOptions,
  EmulatorFault,
  EmulatorFaultPath,
  EmulatorRequestLog,
  EmulatorSessionOverrides,
  RunningPingOneEmulator,
} from './emulator/types.js';
export type { StartPingOneEmulatorOptions } from './emulator/startPingOneEmulator.js';
