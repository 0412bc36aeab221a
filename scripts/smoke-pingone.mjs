// `npm run smoke:pingone [-- --probe-activity]`: runs scripts/smoke-pingone.checks.ts against your
// PingOne tenant (see docs/pingone.md). The TypeScript (and the library code it uses) is bundled
// with esbuild into a temporary file first, so no build step or TS runner is needed.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = mkdtempSync(join(tmpdir(), 'smoke-pingone-'));
const outfile = join(dir, 'smoke-pingone.mjs');
try {
  await build({
    entryPoints: [new URL('./smoke-pingone.checks.ts', import.meta.url).pathname],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'error',
  });
  const { runSmoke } = await import(pathToFileURL(outfile).href);
  process.exitCode = await runSmoke(process.env, process.argv.slice(2), (line) => console.log(line));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
