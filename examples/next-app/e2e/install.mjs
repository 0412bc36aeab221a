// Installs the library into the example the way a user gets it: `npm pack` of the repository's
// build (run `npm run build` first), then `npm ci` in examples/next-app from its committed lock
// file. Finally checks that node_modules holds exactly the files just packed, so the example is
// never tested against a stale copy.
//
// The lock file pins every dependency except the library's tarball content: the tarball is
// rebuilt from source on every run, so its entry has no `integrity` (with one, npm would install
// a cached older tarball under the old hash). This script removes one if `npm install` re-added it.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const example = fileURLToPath(new URL('..', import.meta.url));
const repo = join(example, '..', '..');
const npm = (args, cwd) => execFileSync('npm', args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

if (!existsSync(join(repo, 'dist', 'index.js'))) throw new Error('install: no dist/ in the repository; run `npm run build` first');

const scratch = mkdtempSync(join(tmpdir(), 'psr-pack-'));
try {
  const [{ filename }] = JSON.parse(npm(['pack', '--json', '--pack-destination', scratch], repo));
  renameSync(join(scratch, filename), join(example, 'pingone-session-react.tgz'));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

const lockPath = join(example, 'package-lock.json');
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const entry = lock.packages['node_modules/pingone-session-react'];
if (entry?.resolved !== 'file:pingone-session-react.tgz') throw new Error('install: the lock file does not install pingone-session-react from file:pingone-session-react.tgz');
if ('integrity' in entry) {
  delete entry.integrity;
  writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
  console.log('install: removed the tarball integrity npm had written into package-lock.json');
}

npm(['ci', '--no-audit', '--no-fund'], example);

// Every packed file (package.json, dist/, README, LICENSE) is in node_modules byte for byte.
const installed = join(example, 'node_modules', 'pingone-session-react');
const hash = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');
const files = (dir) => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
let compared = 0;
for (const file of files(join(repo, 'dist'))) {
  const copy = join(installed, relative(repo, file));
  if (!existsSync(copy) || hash(copy) !== hash(file)) throw new Error(`install: node_modules/pingone-session-react/${relative(repo, file)} differs from the build`);
  compared += 1;
}
console.log(`install: pingone-session-react packed and installed in examples/next-app (${compared} dist files identical to the build)`);
