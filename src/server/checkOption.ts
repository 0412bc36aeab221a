import { SessionConfigError } from '../session/index.js';

// The environment variables the README and the demo read each option from, named in the message
// so "not set" points at the fix.
const VARIABLE_HINTS: Record<string, string> = {
  environmentId: 'PINGONE_ENVIRONMENT_ID',
  clientId: 'PINGONE_CLIENT_ID',
  clientSecret: 'PINGONE_CLIENT_SECRET',
};

/** What {@link checkStringOption} checks a value against, and the words for its message. */
export interface StringOptionRule {
  /** Who is misconfigured, e.g. `'createSessionProxy'`. */
  owner: string;
  /** The option's name, e.g. `'clientId'`. */
  option: string;
  /** The pattern a good value matches. */
  valid: RegExp;
  /** What a good value is, in words ("printable characters"). */
  expected: string;
}

/**
 * Checks one string option when the server first uses it (never at import or creation, so a
 * build without secrets still succeeds). The message names the option, says whether it is
 * missing or malformed, and never contains the value (it may be a secret).
 */
export function checkStringOption(value: unknown, { owner, option, valid, expected }: StringOptionRule): string {
  if (value === undefined || value === null || value === '') {
    const hint = VARIABLE_HINTS[option];
    return fail(owner, `${option} is not set${hint ? ` (${hint}?)` : ''}`);
  }
  if (typeof value !== 'string' || !valid.test(value)) return fail(owner, `${option} must be ${expected}`);
  return value;
}

/** Throws a {@link SessionConfigError} prefixed with who is misconfigured. */
export function fail(owner: string, problem: string): never {
  throw new SessionConfigError(`${owner}: ${problem}`);
}

/**
 * Runs a shared option check from `session/` (a timeout, the fetch to use) and rewords its
 * `SessionConfigError` with who is misconfigured, as {@link fail} does.
 */
export function checkWith<T>(owner: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    return fail(owner, (error as Error).message);
  }
}
