// Authenticator codes a session's `lastSignOn.authenticators` (and `withAuthenticator` keys) can
// hold, from the sources below only; docs/pingone.md says which is which. PingOne lets DaVinci
// flows store custom values too, so any other code must still be shown (as given).

/**
 * Codes PingOne documents for its DaVinci "PingOne Authentication" connector
 * (https://docs.pingidentity.com/connectors/p1_authentication_connector.md): "Password-based
 * authentication (pwd)", "Multiple-factor authentication (mfa)", "One-time password (otp)",
 * "Risk-based authentication (rba)", "Confirmation using SMS (sms)"; custom values "such as "kba"
 * or "mca"", several "separated with a space, such as "pwd geo fpt"".
 */
const PINGONE_DOCUMENTED = ['pwd', 'mfa', 'otp', 'rba', 'sms', 'kba', 'mca'] as const;

/**
 * Observed, not documented: Ping's passwordless demo flow sets `checkSessionAuthenticator:
 * "rememberme"` (github.com/samir-gandhi/pingdocs-demo, ciam-passwordless nodes).
 */
const PINGONE_OBSERVED = ['rememberme'] as const;

/**
 * The IANA "Authentication Method Reference Values" registry, RFC 8176 §2
 * (https://www.rfc-editor.org/rfc/rfc8176.html#section-2,
 * https://www.iana.org/assignments/authentication-method-reference-values/).
 */
const RFC_8176 = [
  'face',
  'fpt',
  'geo',
  'hwk',
  'iris',
  'kba',
  'mca',
  'mfa',
  'otp',
  'pin',
  'pop',
  'pwd',
  'rba',
  'retina',
  'sc',
  'sms',
  'swk',
  'tel',
  'user',
  'vbm',
  'wia',
] as const;

/** An authenticator code from PingOne's docs or the RFC 8176 registry (see {@link AUTHENTICATOR_CODES}). */
export type AuthenticatorCode =
  (typeof PINGONE_DOCUMENTED)[number] | (typeof PINGONE_OBSERVED)[number] | (typeof RFC_8176)[number];

/**
 * Every sourced authenticator code, each once: PingOne's documented codes (`pwd`, `mfa`, `otp`,
 * `rba`, `sms`, and its custom examples `kba`, `mca`), `rememberme` (seen in Ping's own demo
 * flows), and the RFC 8176 registry. A UI names these; any other code is shown as given.
 */
export const AUTHENTICATOR_CODES: readonly AuthenticatorCode[] = [
  ...new Set([...PINGONE_DOCUMENTED, ...PINGONE_OBSERVED, ...RFC_8176]),
];

/**
 * Splits authenticator values into single codes: PingOne stores custom values space-separated
 * (`"pwd geo fpt"`), so one entry can hold several. Accepts one value or the whole
 * `authenticators` list; trims, drops empty parts and repeats, keeps the order.
 */
export function splitAuthenticatorCodes(value: string | readonly string[]): string[] {
  const values = typeof value === 'string' ? [value] : value;
  return [...new Set(values.flatMap((entry) => entry.split(/\s+/)).filter((code) => code !== ''))];
}
