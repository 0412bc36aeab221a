/**
 * Title-cases a place name as PingOne sends it (lower case): `port coquitlam` -> `Port Coquitlam`.
 * Only the first letter of each word changes, so `d'iberville` or `mcallen` stay readable and
 * non-Latin scripts pass through untouched.
 */
export function titleCase(text: string, locale?: string): string {
  return text.replace(
    /(^|[\s\-/(])(\p{Ll})/gu,
    (_match, before: string, letter: string) => before + letter.toLocaleUpperCase(locale),
  );
}

// Most specific first: Edge and Opera also carry "Chrome/", Chrome also carries "Safari/".
const BROWSER_TOKENS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bEdg(?:e|A|iOS)?\/(\d+)/, 'Edge'],
  [/\bOPR\/(\d+)/, 'Opera'],
  [/\bSamsungBrowser\/(\d+)/, 'Samsung Internet'],
  [/\bFirefox\/(\d+)/, 'Firefox'],
  [/\bFxiOS\/(\d+)/, 'Firefox'],
  [/\bCriOS\/(\d+)/, 'Chrome'],
  [/\bChrome\/(\d+)/, 'Chrome'],
  [/\bVersion\/(\d+)[^ ]* (?:Mobile\/\S+ )?Safari\//, 'Safari'],
];

/** Longest fallback shown for a user agent we cannot recognise. */
export const MAX_USER_AGENT_LENGTH = 48;

/**
 * A short, human form of a `User-Agent` header for when PingOne gave no `browser` object:
 * `Chrome 120` for a recognised browser, else the first {@link MAX_USER_AGENT_LENGTH}
 * characters with an ellipsis. Returns `null` for an empty string.
 */
export function shortenUserAgent(userAgent: string | undefined): string | null {
  const ua = userAgent?.trim();
  if (!ua) return null;
  for (const [pattern, name] of BROWSER_TOKENS) {
    const match = pattern.exec(ua);
    if (match) return `${name} ${match[1] ?? ''}`.trim();
  }
  return ua.length > MAX_USER_AGENT_LENGTH ? `${ua.slice(0, MAX_USER_AGENT_LENGTH - 1).trimEnd()}…` : ua;
}

/** The device families we draw an icon for. */
export type DeviceCategory = 'desktop' | 'laptop' | 'phone' | 'tablet' | 'unknown';

/**
 * Maps PingOne's open-ended, UA-derived `device.type` (`Mac`, `iPhone`, `Mobile`...) to a
 * {@link DeviceCategory}. Tablets are tested before phones because `Android Tablet` exists.
 */
export function deviceCategory(type: string | undefined): DeviceCategory {
  const t = type?.toLowerCase() ?? '';
  if (!t.trim()) return 'unknown';
  if (/tablet|ipad|kindle/.test(t)) return 'tablet';
  if (/phone|mobile|android|ipod|blackberry/.test(t)) return 'phone';
  if (/laptop|notebook|macbook|chromebook/.test(t)) return 'laptop';
  if (/mac|desktop|computer|pc|windows|linux|workstation/.test(t)) return 'desktop';
  return 'unknown';
}

/** Joins a name and version, dropping whichever is missing; `null` when both are. */
export function nameWithVersion(name: string | undefined, version: string | undefined): string | null {
  const parts = [name?.trim(), version?.trim()].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(' ') : null;
}

/** The major version only (`103.0.5060.134` -> `103`); other text is returned trimmed. */
export function majorVersion(version: string | undefined): string | undefined {
  const v = version?.trim();
  if (!v) return undefined;
  const match = /^(\d+)(?:\.\d+)*$/.exec(v);
  return match ? match[1] : v;
}

/**
 * An operating system as people name it: `Mac OS X` reads `macOS`; the version keeps its first
 * two parts (`10.15.7` -> `10.15`, `17.4.1` -> `17.4`, `11.0` -> `11`).
 */
export function osTitle(name: string | undefined, version: string | undefined): string | null {
  const n = name?.trim().replace(/^mac ?os( ?x)?$/i, 'macOS');
  const v =
    version
      ?.trim()
      .match(/^\d+(?:\.\d+)?/)?.[0]
      ?.replace(/\.0$/, '') ?? version?.trim();
  return nameWithVersion(n, v);
}
