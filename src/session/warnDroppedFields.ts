import type { SessionDroppedField } from './readSession.js';

// Bundlers replace `process.env.NODE_ENV`; declared here because the library build loads no Node types.
declare const process: { env: { NODE_ENV?: string } };

const warned = new Set<string>();

function isDevelopment(): boolean {
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    // No bundler and no Node (a plain ESM import in a browser): treat as production, stay quiet.
    return false;
  }
}

/**
 * In development only, tells the developer (once per distinct set) which session fields PingOne
 * sent in a shape the library could not read and left out. Paths only: never a value, so never
 * a token, an IP or any other user data.
 */
export function warnDroppedFields(dropped: readonly SessionDroppedField[]): void {
  if (dropped.length === 0 || !isDevelopment()) return;
  const listed = dropped.slice(0, 10).map((field) => `${field.path} (expected ${field.expected})`);
  const fields = listed.join(', ') + (dropped.length > 10 ? ` and ${dropped.length - 10} more` : '');
  // Bounded: a long-lived page warns about a few shapes, not one per refetch.
  if (warned.has(fields) || warned.size >= 20) return;
  warned.add(fields);
  console.warn(
    `pingone-session-react: PingOne's session had fields in a shape we could not read; they were left out: ${fields}. See docs/pingone.md.`,
  );
}
