// After `npm run build`: the package as an app's Node process sees it. Imports every entry of the
// exports map by the package's own name (Node's self-reference), checks each has its .d.ts,
// require()s each from a CommonJS file, checks the published code is readable (not minified,
// names kept, source maps shipped), and runs emulator -> proxy -> fetchCurrentSession from dist/
// over real HTTP on 127.0.0.1.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
// Findings are collected, so one run lists every problem; the script fails at the end.
const problems = [];
const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));

/** `./locales/*` -> every `./locales/<name>` its `default` target matches; other keys as they are. */
function expandEntry(entry, target) {
  if (!entry.includes('*')) return [entry];
  const pattern = typeof target === 'string' ? target : (target.default ?? target.import);
  const [before, after] = pattern.replace(/^\.\//, '').split('*');
  const dir = before.slice(0, before.lastIndexOf('/') + 1);
  return files(dir.replace(/\/$/, ''))
    .filter((file) => file.startsWith(before) && file.endsWith(after))
    .map((file) => entry.replace('*', file.slice(before.length, file.length - after.length)));
}

const jsEntries = [];
for (const [entry, target] of Object.entries(pkg.exports)) {
  const targets = typeof target === 'string' ? [target] : Object.values(target);
  for (const file of targets) {
    if (file.includes('*')) {
      if (expandEntry(entry, target).length === 0) throw new Error(`exports["${entry}"] matches no file`);
    } else if (!existsSync(file)) throw new Error(`exports["${entry}"] points at a missing ${file}`);
  }
  if (entry === './package.json' || entry.endsWith('.css')) continue;
  // require() (CommonJS) resolves the `default` condition: without it, ERR_PACKAGE_PATH_NOT_EXPORTED.
  if (typeof target !== 'object' || !target.default)
    throw new Error(`exports["${entry}"] has no "default" condition: require() cannot load it`);
  jsEntries.push(...expandEntry(entry, target).map((sub) => `${pkg.name}${sub.slice(1)}`));
}

// CommonJS: a .cjs file require()s every entry point (Node 20.19+ require(esm)).
execFileSync(process.execPath, ['scripts/consumer/consumer.cjs', ...jsEntries], { stdio: 'inherit' });

// Types as apps resolve them: Node servers (nodenext) and bundlers.
for (const resolution of ['nodenext', 'bundler']) {
  const module = resolution === 'nodenext' ? 'nodenext' : 'esnext';
  execFileSync(
    'npx',
    [
      'tsc',
      '--ignoreConfig',
      '--noEmit',
      '--strict',
      '--skipLibCheck',
      'false',
      '--module',
      module,
      '--moduleResolution',
      resolution,
      '--jsx',
      'react-jsx',
      '--types',
      'node',
      'scripts/consumer/consumer.mts',
    ],
    { stdio: 'inherit' },
  );
}

// The README's Vite snippet is a real file: type-check it against dist/ as a Vite app would.
execFileSync(
  'npx',
  [
    'tsc',
    '--ignoreConfig',
    '--noEmit',
    '--strict',
    '--skipLibCheck',
    '--module',
    'esnext',
    '--moduleResolution',
    'bundler',
    '--target',
    'es2022',
    '--types',
    'node',
    'examples/vite/vite.config.ts',
  ],
  { stdio: 'inherit' },
);

const core = await import('pingone-session-react');
const server = await import('pingone-session-react/server');
const testing = await import('pingone-session-react/testing');
for (const [name, mod, expected] of [
  ['pingone-session-react', core, ['fetchCurrentSession', 'useCurrentSession', 'SessionPanel', 'SessionError']],
  ['pingone-session-react/server', server, ['createSessionProxy', 'createWorkerTokenSource', 'toNodeHandler']],
  ['pingone-session-react/testing', testing, ['createPingOneEmulator', 'startPingOneEmulator', 'createSessionFixture']],
]) {
  const missing = expected.filter((key) => mod[key] == null);
  if (missing.length) throw new Error(`${name} lacks ${missing.join(', ')}`);
}

// Readable published code: the app's bundler minifies, dist/ does not. Names survive (error
// classes print as themselves, components show their names in React DevTools), and every module
// with code ships its source map with the sources inside.
const published = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { encoding: 'utf8' }))[0].files.map(
  (f) => f.path,
);
for (const file of published.filter((path) => path.endsWith('.js'))) {
  const code = readFileSync(file, 'utf8');
  const lines = code.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('//# sourceMappingURL='));
  // Entry barrels (only import/export lines) have no code to minify or map.
  if (lines.every((line) => /^(import|export) /.test(line) || /^\s*\/\//.test(line))) continue;
  const meanLength = lines.reduce((sum, line) => sum + line.length, 0) / lines.length;
  if (code.length > 1000 && meanLength > 100)
    problems.push(`${file} looks minified (${meanLength.toFixed(0)} characters per line)`);
  if (!published.includes(`${file}.map`)) problems.push(`${file} ships without its source map`);
  else if (
    !JSON.parse(readFileSync(`${file}.map`, 'utf8')).sourcesContent?.every(
      (source) => typeof source === 'string' && source.length > 0,
    )
  ) {
    problems.push(`${file}.map lacks sourcesContent`);
  }
}
for (const [name, value] of Object.entries(core)) {
  if (typeof value === 'function' && value.prototype instanceof Error) {
    // Every error class here takes (message, options) or (kind, message, options).
    const instance = new value(
      name === 'SessionError' ? 'config' : 'message',
      name === 'SessionError' ? 'message' : { status: 500 },
    );
    if (value.name !== name || instance.name !== name)
      problems.push(`error class ${name} is called "${value.name}" and its instances "${instance.name}"`);
  } else if (/^[A-Z][a-z]/.test(name) && (typeof value === 'function' || value?.$$typeof)) {
    // What React DevTools and component stacks show: displayName, else a function's own name.
    // forwardRef/memo objects have no name of their own, so they need displayName.
    const shown = value.displayName ?? (typeof value === 'function' ? value.name : undefined);
    if (shown !== name)
      problems.push(`component ${name} shows as ${JSON.stringify(shown)} in React DevTools: give it displayName = '${name}'`);
  }
}

const pingone = await testing.startPingOneEmulator({ port: 0 });
const proxy = server.createSessionProxy({
  environmentId: pingone.emulator.environmentId,
  apiPath: pingone.apiPath,
  getAccessToken: server.createWorkerTokenSource({
    environmentId: pingone.emulator.environmentId,
    authPath: pingone.authPath,
    clientId: pingone.emulator.clientId,
    clientSecret: pingone.emulator.clientSecret,
  }),
});
const http = createServer(server.toNodeHandler(proxy)).listen(0, '127.0.0.1');
await new Promise((resolve) => http.once('listening', resolve));
try {
  const { token, session } = pingone.emulator.createSession();
  const url = `http://127.0.0.1:${http.address().port}/api/session`;
  const viaProxy = await core.fetchCurrentSession({
    url,
    fetch: (input, init) =>
      fetch(input, { ...init, headers: { ...Object.fromEntries(new Headers(init?.headers)), Cookie: `ST=${token}` } }),
  });
  if (viaProxy.id !== session.id) throw new Error('proxy returned another session');
  const refused = await core.fetchCurrentSession({ url }).catch((error) => error);
  if (!(refused instanceof core.NoSessionError)) throw new Error(`expected NoSessionError, got ${refused}`);
  if (problems.length > 0) {
    console.error(`package problems:\n- ${problems.join('\n- ')}`);
    process.exitCode = 1;
  } else
    console.log(
      `package ok: ${Object.keys(pkg.exports).length} exports resolve (import and require); dist readable, names kept, source maps shipped; emulator -> proxy -> fetchCurrentSession from dist/`,
    );
} finally {
  http.close();
  await pingone.close();
}
