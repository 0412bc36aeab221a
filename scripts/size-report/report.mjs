// `npm run size:report` (after `npm run build`; it first installs the packed library and this
// report's own dependencies with scripts/consumer/installPacked.mjs): what an import costs a user's app, gzip, under
// the bundlers apps use: esbuild (through size-limit, like `npm run size`), Vite, webpack, and
// Turbopack (a Next.js app, configured as examples/next-app). Our two imports next to
// react-idle-timer's useIdleTimer and next-auth's useSession + SessionProvider, measured the same
// way. Prints a table, the Turbopack/esbuild ratio for our imports, and, per import, which zod
// modules each bundler keeps (from esbuild's metafile and Turbopack's source maps).
//
// How each figure is taken (react, react-dom and @tanstack/react-query are the app's own, so
// they are never counted):
// - esbuild: size-limit's esbuild plugin, `import { X } from '<package>'`, peers ignored.
// - Vite, webpack: a production build of `export { X } from '<package>'` with the same
//   externals, minus the same build of an empty module (the bundler's own bytes).
// - Turbopack: `next build` of one route per import, each a client component that references X
//   and the react-query functions our package uses; the figure is the route's client JS minus a
//   route that references only those react-query functions (chunks gzipped one by one, as a
//   browser fetches them).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, totalmem, release } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import sizeLimit from 'size-limit';
import filePlugin from '@size-limit/file';
import esbuildPlugin from '@size-limit/esbuild';
import { build as viteBuild } from 'vite';
import webpack from 'webpack';

const here = fileURLToPath(new URL('.', import.meta.url));
const out = join(here, 'build');
const EXTERNAL = /^(react|react-dom|@tanstack\/react-query)($|\/)/;
const EXTERNALS = ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client', '@tanstack/react-query'];

/** The imports measured. */
const IMPORTS = [
  {
    id: 'hook',
    label: 'pingone-session-react `{ useCurrentSession }`',
    from: 'pingone-session-react',
    names: ['useCurrentSession'],
    ours: true,
  },
  {
    id: 'panel',
    label: 'pingone-session-react `{ SessionPanel }`',
    from: 'pingone-session-react',
    names: ['SessionPanel'],
    ours: true,
  },
  { id: 'idle', label: 'react-idle-timer `{ useIdleTimer }`', from: 'react-idle-timer', names: ['useIdleTimer'] },
  {
    id: 'nextauth',
    label: 'next-auth `{ useSession, SessionProvider }`',
    from: 'next-auth/react',
    names: ['useSession', 'SessionProvider'],
  },
];

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const stripMapComment = (code) => code.replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '');
const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
const resolveImport = (spec) => fileURLToPath(import.meta.resolve(spec));

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'entries'), { recursive: true });
for (const item of [...IMPORTS, { id: 'empty' }]) {
  const code = item.names ? `export { ${item.names.join(', ')} } from '${item.from}';\n` : 'export {};\n';
  writeFileSync(join(out, 'entries', `${item.id}.js`), code);
}

// --- esbuild (size-limit) ---
async function esbuildSize(item) {
  const path = resolveImport(item.from);
  const [result] = await sizeLimit([filePlugin, esbuildPlugin], {
    cwd: here,
    checks: [{ files: [path], import: { [path]: `{ ${item.names.join(', ')} }` }, ignore: EXTERNALS, gzip: true }],
  });
  return result.size;
}

// --- Vite ---
async function viteSize(id) {
  const dir = join(out, 'vite', id);
  await viteBuild({
    configFile: false,
    root: here,
    logLevel: 'silent',
    build: {
      outDir: dir,
      emptyOutDir: true,
      modulePreload: false,
      rolldownOptions: {
        input: join(out, 'entries', `${id}.js`),
        external: (source) => EXTERNAL.test(source),
        preserveEntrySignatures: 'strict',
        output: { format: 'es', entryFileNames: '[name].js' },
      },
    },
  });
  return files(dir)
    .filter((f) => f.endsWith('.js'))
    .reduce((sum, f) => sum + gzip(readFileSync(f)), 0);
}

// --- webpack ---
function webpackSize(id) {
  const dir = join(out, 'webpack', id);
  return new Promise((resolve, reject) => {
    webpack(
      {
        mode: 'production',
        context: here,
        entry: join(out, 'entries', `${id}.js`),
        target: 'web',
        devtool: false,
        performance: { hints: false },
        experiments: { outputModule: true },
        output: { path: dir, filename: '[name].js', module: true, library: { type: 'module' }, clean: true },
        externalsType: 'module',
        externals: [({ request }, callback) => (EXTERNAL.test(request) ? callback(null, `module ${request}`) : callback())],
      },
      (error, stats) => {
        if (error || stats.hasErrors()) return reject(error ?? new Error(stats.toString('errors-only')));
        resolve(
          files(dir)
            .filter((f) => f.endsWith('.js'))
            .reduce((sum, f) => sum + gzip(readFileSync(f)), 0),
        );
      },
    );
  });
}

// --- Turbopack (next build) ---
/** The react-query functions our package imports: every route references them, so they cancel out. */
function reactQueryNames() {
  const dist = join(here, 'node_modules', 'pingone-session-react', 'dist');
  const names = new Set();
  for (const file of files(dist).filter((f) => f.endsWith('.js'))) {
    for (const [, list] of readFileSync(file, 'utf8').matchAll(/import \{([^}]*)\} from "@tanstack\/react-query"/g)) {
      for (const name of list.split(',')) names.add(name.trim().split(/\s+as\s+/)[0]);
    }
  }
  return [...names].filter(Boolean).sort();
}

function writeNextApp(rq) {
  const app = join(out, 'next');
  mkdirSync(join(app, 'app'), { recursive: true });
  writeFileSync(
    join(app, 'next.config.mjs'),
    `export default { cacheComponents: true, partialPrefetching: true, productionBrowserSourceMaps: true, turbopack: { root: ${JSON.stringify(here)} }, outputFileTracingRoot: ${JSON.stringify(here)} };\n`,
  );
  writeFileSync(
    join(app, 'app', 'layout.jsx'),
    'export default function RootLayout({ children }) {\n  return <html lang="en"><body>{children}</body></html>;\n}\n',
  );
  for (const item of [...IMPORTS, { id: 'baseline' }]) {
    mkdirSync(join(app, 'app', item.id), { recursive: true });
    const own = item.names ? `import { ${item.names.join(', ')} } from '${item.from}';\n` : '';
    const kept = [...rq, ...(item.names ?? [])];
    writeFileSync(
      join(app, 'app', item.id, 'Probe.jsx'),
      `'use client';\nimport { ${rq.join(', ')} } from '@tanstack/react-query';\n${own}\nconst kept = [${kept.join(', ')}];\n\n` +
        `export default function Probe() {\n  return <output hidden>{kept.map((value) => typeof value).join(',')}</output>;\n}\n`,
    );
    writeFileSync(
      join(app, 'app', item.id, 'page.jsx'),
      "import Probe from './Probe';\n\nexport default function Page() {\n  return <Probe />;\n}\n",
    );
  }
  return app;
}

/** Client chunks a prerendered route references (script tags and the flight data in its HTML). */
function routeChunks(app, id) {
  const html = readFileSync(join(app, '.next', 'server', 'app', `${id}.html`), 'utf8');
  return new Set([...html.matchAll(/static\/chunks\/[\w\-.~/]+?\.js/g)].map(([path]) => path));
}

function chunkBytes(app, chunks) {
  return [...chunks].reduce(
    (sum, path) => sum + gzip(Buffer.from(stripMapComment(readFileSync(join(app, '.next', path), 'utf8')))),
    0,
  );
}

// Source-map attribution: generated characters per original source file.
const VLQ = Object.fromEntries([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));
function decodeSegment(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = VLQ[char];
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}
function bytesBySource(code, map, into) {
  const lines = code.split('\n');
  let source = 0;
  const sections = map.sections ? map.sections.map((s) => s.map) : [map];
  for (const part of sections) {
    source = 0;
    part.mappings.split(';').forEach((line, lineIndex) => {
      const segments = line.split(',').filter(Boolean).map(decodeSegment);
      let column = 0;
      const starts = [];
      for (const segment of segments) {
        column += segment[0];
        if (segment.length > 1) source += segment[1];
        starts.push([column, segment.length > 1 ? part.sources[source] : undefined]);
      }
      const length = lines[lineIndex]?.length ?? 0;
      starts.forEach(([start, file], i) => {
        if (!file) return;
        const end = i + 1 < starts.length ? starts[i + 1][0] : length;
        into.set(file, (into.get(file) ?? 0) + Math.max(0, end - start));
      });
    });
  }
}
function zodModulesOf(app, chunks) {
  const bySource = new Map();
  for (const path of chunks) {
    const code = readFileSync(join(app, '.next', path), 'utf8');
    // Turbopack names each map in the chunk's sourceMappingURL comment (its own content hash).
    const mapName = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(code)?.[1];
    const mapFile = mapName && join(app, '.next', path, '..', mapName);
    if (!mapFile || !existsSync(mapFile)) throw new Error(`size report: no source map for ${path}`);
    bytesBySource(code, JSON.parse(readFileSync(mapFile, 'utf8')), bySource);
  }
  return [...bySource]
    .filter(([file]) => /node_modules\/zod\//.test(file))
    .map(([file, bytes]) => [file.replace(/^.*node_modules\//, ''), bytes]);
}

async function turbopack() {
  const app = writeNextApp(reactQueryNames());
  execFileSync(process.execPath, [join(here, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], {
    cwd: app,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseline = routeChunks(app, 'baseline');
  const result = {};
  for (const item of IMPORTS) {
    const chunks = routeChunks(app, item.id);
    const own = new Set([...chunks].filter((c) => !baseline.has(c)));
    const gone = new Set([...baseline].filter((c) => !chunks.has(c)));
    result[item.id] = { size: chunkBytes(app, own) - chunkBytes(app, gone), zod: item.ours ? zodModulesOf(app, own) : [] };
  }
  return result;
}

/** esbuild's own view of which zod modules an import keeps (minified bytes per module). */
async function esbuildZod(item) {
  const { build } = await import('esbuild');
  const result = await build({
    stdin: { contents: `export { ${item.names.join(', ')} } from '${item.from}';`, resolveDir: here },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
    external: EXTERNALS,
    platform: 'browser',
  });
  const inputs = Object.values(result.metafile.outputs)[0].inputs;
  return Object.entries(inputs)
    .filter(([file, info]) => /node_modules\/zod\//.test(file) && info.bytesInOutput > 0)
    .map(([file, info]) => [file.replace(/^.*node_modules\//, ''), info.bytesInOutput]);
}

// --- run ---
const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
const rows = [];
for (const item of IMPORTS) rows.push({ item, esbuild: await esbuildSize(item) });
const viteEmpty = await viteSize('empty');
const webpackEmpty = await webpackSize('empty');
for (const row of rows) {
  row.vite = (await viteSize(row.item.id)) - viteEmpty;
  row.webpack = (await webpackSize(row.item.id)) - webpackEmpty;
}
const turbo = await turbopack();
for (const row of rows) row.turbopack = turbo[row.item.id].size;

const next = JSON.parse(readFileSync(join(here, 'node_modules', 'next', 'package.json'), 'utf8')).version;
const versions = Object.fromEntries(
  ['vite', 'webpack', 'esbuild', 'size-limit', 'react-idle-timer', 'next-auth', 'zod'].map((name) => [
    name,
    JSON.parse(readFileSync(join(here, 'node_modules', name, 'package.json'), 'utf8')).version,
  ]),
);
console.log(`\nGzip cost of an import in an app (react, react-dom, @tanstack/react-query excluded)\n`);
console.log('| import | esbuild (size-limit) | Vite | webpack | Turbopack (Next.js) |');
console.log('|---|---|---|---|---|');
for (const row of rows)
  console.log(`| ${row.item.label} | ${kB(row.esbuild)} | ${kB(row.vite)} | ${kB(row.webpack)} | ${kB(row.turbopack)} |`);
console.log(
  `\nesbuild ${versions.esbuild} (size-limit ${versions['size-limit']}), Vite ${versions.vite}, webpack ${versions.webpack}, Next.js ${next} (Turbopack); ` +
    `zod ${versions.zod}, react-idle-timer ${versions['react-idle-timer']}, next-auth ${versions['next-auth']}; ` +
    `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Linux ${release()}`,
);
for (const row of rows.filter((r) => r.item.ours)) {
  const ratio = row.turbopack / row.esbuild;
  console.log(
    `\nTurbopack / esbuild for ${row.item.label}: ${ratio.toFixed(2)} (goal <= 1.15: ${ratio <= 1.15 ? 'met' : 'NOT met'})`,
  );
  const kept = new Map(await esbuildZod(row.item));
  const turboZod = turbo[row.item.id].zod.sort((a, b) => b[1] - a[1]);
  console.log('  zod modules (minified characters): Turbopack | esbuild');
  for (const [file, bytes] of turboZod) console.log(`  ${file}: ${bytes} | ${kept.get(file) ?? 0}`);
  for (const [file, bytes] of kept) if (!turboZod.some(([f]) => f === file)) console.log(`  ${file}: 0 | ${bytes}`);
}
