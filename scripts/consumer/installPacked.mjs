// Installs this repository's package into an app folder the way a user gets it: `npm pack` of
// the build (run `npm run build` first) copied to <app>/pingone-session-react.tgz, then `npm ci`
// from the app's committed lock file, then a check that node_modules holds exactly the files
// just built, so an app is never tested against a stale copy.
//
// The app's lock file pins every dependency except the library's tarball content: the tarball
// is rebuilt from source on every run, so its entry has no `integrity` (with one, npm would
// install a cached older tarball under the old hash). An `integrity` that `npm install` re-added
// is removed here.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const npm = (args, cwd) => execFileSync('npm', args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
const hash = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');
const files = (dir) =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));

/** Packs the repository's build and `npm ci`s it into `appDir`; returns the number of dist files checked. */
export function installPackedLibrary(appDir) {
  const app = resolve(appDir);
  if (!existsSync(join(repo, 'dist', 'index.js')))
    throw new Error('install: no dist/ in the repository; run `npm run build` first');
  const scratch = mkdtempSync(join(tmpdir(), 'psr-pack-'));
  try {
    const [{ filename }] = JSON.parse(npm(['pack', '--json', '--pack-destination', scratch], repo));
    // copy, not rename: /tmp may be another file system.
    copyFileSync(join(scratch, filename), join(app, 'pingone-session-react.tgz'));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }

  const lockPath = join(app, 'package-lock.json');
  const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
  const entry = lock.packages['node_modules/pingone-session-react'];
  if (entry?.resolved !== 'file:pingone-session-react.tgz')
    throw new Error(`install: ${lockPath} does not install pingone-session-react from file:pingone-session-react.tgz`);
  if ('integrity' in entry) {
    delete entry.integrity;
    writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
    console.log(`install: removed the tarball integrity npm had written into ${relative(repo, lockPath)}`);
  }

  npm(['ci', '--no-audit', '--no-fund'], app);

  const installed = join(app, 'node_modules', 'pingone-session-react');
  let compared = 0;
  for (const file of files(join(repo, 'dist'))) {
    const copy = join(installed, relative(repo, file));
    if (!existsSync(copy) || hash(copy) !== hash(file))
      throw new Error(`install: ${relative(repo, copy)} differs from the build`);
    compared += 1;
  }
  console.log(
    `install: pingone-session-react packed and installed in ${relative(repo, app)} (${compared} dist files identical to the build)`,
  );
  return compared;
}

// `node scripts/consumer/installPacked.mjs <app folder>`
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!process.argv[2]) throw new Error('usage: node scripts/consumer/installPacked.mjs <app folder>');
  installPackedLibrary(process.argv[2]);
}
