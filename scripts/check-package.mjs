// After `npm run build`: the package as an app's Node process sees it. Imports every entry of the
// exports map by the package's own name (Node's self-reference), checks each has its .d.ts, and
// runs emulator -> proxy -> fetchCurrentSession from dist/ over real HTTP on 127.0.0.1.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { execFileSync } from 'node:child_process';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
for (const [entry, target] of Object.entries(pkg.exports)) {
  const files = typeof target === 'string' ? [target] : Object.values(target);
  for (const file of files) if (!existsSync(file)) throw new Error(`exports["${entry}"] points at a missing ${file}`);
}

// Types as apps resolve them: Node servers (nodenext) and bundlers.
for (const resolution of ['nodenext', 'bundler']) {
  const module = resolution === 'nodenext' ? 'nodenext' : 'esnext';
  execFileSync('npx', ['tsc', '--ignoreConfig', '--noEmit', '--strict', '--skipLibCheck', 'false', '--module', module,
    '--moduleResolution', resolution, '--jsx', 'react-jsx', '--types', 'node', 'scripts/consumer/consumer.mts'], { stdio: 'inherit' });
}

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
  const viaProxy = await core.fetchCurrentSession({ url, fetch: (input, init) => fetch(input, { ...init, headers: { ...Object.fromEntries(new Headers(init?.headers)), Cookie: `ST=${token}` } }) });
  if (viaProxy.id !== session.id) throw new Error('proxy returned another session');
  const refused = await core.fetchCurrentSession({ url }).catch((error) => error);
  if (!(refused instanceof core.NoSessionError)) throw new Error(`expected NoSessionError, got ${refused}`);
  console.log(`package ok: ${Object.keys(pkg.exports).length} exports resolve; emulator -> proxy -> fetchCurrentSession from dist/`);
} finally {
  http.close();
  await pingone.close();
}
