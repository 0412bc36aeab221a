import {
  EMULATOR_CLIENT_ID,
  EMULATOR_CLIENT_SECRET,
  EMULATOR_ENVIRONMENT_ID,
  type RunningPingOneEmulator,
} from 'pingone-session-react/testing';

/** The PINGONE_* variables that point this app's server at a running PingOne emulator. */
export function emulatorEnv(pingone: RunningPingOneEmulator): Record<string, string> {
  return {
    PINGONE_ENVIRONMENT_ID: EMULATOR_ENVIRONMENT_ID,
    PINGONE_CLIENT_ID: EMULATOR_CLIENT_ID,
    PINGONE_CLIENT_SECRET: EMULATOR_CLIENT_SECRET,
    PINGONE_API_PATH: pingone.apiPath, // http://127.0.0.1:<port>/v1
    PINGONE_AUTH_PATH: pingone.authPath, // http://127.0.0.1:<port>
  };
}
