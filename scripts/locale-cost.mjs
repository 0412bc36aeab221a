// What one extra language costs an app that already shows the panel: the gzip size of
// `SessionPanel` + `locales/xx` bundled together, minus `SessionPanel` alone (esbuild, minified,
// react / react-dom / @tanstack/react-query external, as size-limit measures). A locale imported on
// its own would count the shared plural helper and the key names again, which the panel already
// ships; this is the cost a user pays. Exits 1 when a locale is over its budget.
// Usage: npm run build && node scripts/locale-cost.mjs
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
// The budget is 1.5 kB per language. Japanese (3 bytes per character in UTF-8) and
// Arabic (2 bytes, plus six plural forms) do not fit it with complete catalogs; their budgets
// are the measured cost plus a margin, so they cannot grow silently.
const BUDGET_BYTES = { de: 1500, fr: 1500, es: 1500, ja: 1850, ar: 1950 };

async function gzipOf(source) {
  const result = await build({
    stdin: { contents: source, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'error',
    external: ['react', 'react/*', 'react-dom', 'react-dom/*', '@tanstack/react-query'],
  });
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).length; // level 9, as size-limit
}

const panelOnly = await gzipOf(`import { SessionPanel } from './dist/index.js'; console.log(SessionPanel);`);
let failed = false;
console.log(`SessionPanel alone: ${(panelOnly / 1000).toFixed(2)} kB gzip`);
for (const [locale, budget] of Object.entries(BUDGET_BYTES)) {
  const both = await gzipOf(
    `import { SessionPanel } from './dist/index.js'; import { ${locale} } from './dist/locales/${locale}.js'; console.log(SessionPanel, ${locale});`,
  );
  const cost = both - panelOnly;
  const over = cost > budget;
  failed ||= over;
  console.log(
    `+ locales/${locale}: ${(cost / 1000).toFixed(2)} kB (budget ${(budget / 1000).toFixed(2)} kB)${over ? '  OVER' : ''}`,
  );
}
process.exit(failed ? 1 : 0);
