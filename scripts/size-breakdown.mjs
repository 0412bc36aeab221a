// Where the bytes of an import go: `npm run build && node scripts/size-breakdown.mjs '{ SessionPanel }'`.
// Bundles the import from dist/ as an app would (peers external, zod included), prints the
// minified and gzip totals and the minified bytes each module contributes. size-limit (npm run
// size) is the budget check; this is the tool for finding what to cut.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

const what = process.argv[2] ?? '{ useCurrentSession }';
const result = await build({
  stdin: { contents: `export ${what} from './dist/index.js'`, resolveDir: process.cwd() },
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  metafile: true,
  logLevel: 'error',
  external: ['react', 'react-dom', '@tanstack/react-query', 'react/jsx-runtime'],
  platform: 'browser',
});
const out = result.outputFiles[0].contents;
console.log(`${what}: ${out.length} B minified, ${gzipSync(out).length} B gzip`);
const inputs = Object.entries(Object.values(result.metafile.outputs)[0].inputs).sort(
  (a, b) => b[1].bytesInOutput - a[1].bytesInOutput,
);
for (const [file, info] of inputs) if (info.bytesInOutput > 0) console.log(String(info.bytesInOutput).padStart(7), file);
