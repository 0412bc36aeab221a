import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** examples/next-app, where `next` runs. */
export const EXAMPLE_DIR = fileURLToPath(new URL('..', import.meta.url));
const NEXT_BIN = fileURLToPath(new URL('../node_modules/next/dist/bin/next', import.meta.url));

/** The bundlers CI builds the example with: Turbopack (Next 16's default) and webpack. */
export type Bundler = 'turbopack' | 'webpack';

/** `process.env` without any PINGONE_* variable, telemetry off, then `extra`. */
export function envWithoutPingOne(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  for (const name of Object.keys(env)) if (name.startsWith('PINGONE_')) delete env[name];
  return { ...env, ...extra };
}

/** Runs `next build` (`--webpack` for webpack) and returns its exit code and whole log. */
export function nextBuild(bundler: Bundler, env: NodeJS.ProcessEnv): Promise<{ ok: boolean; log: string }> {
  const args = [NEXT_BIN, 'build', ...(bundler === 'webpack' ? ['--webpack'] : [])];
  const child = spawn(process.execPath, args, { cwd: EXAMPLE_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = collect(child);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ ok: code === 0, log: log.text() }));
  });
}

/** A free TCP port on 127.0.0.1 (asked from the OS, then released). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** A running `next start`. */
export interface NextServer {
  url: string;
  /** Everything the server printed so far (stdout and stderr, interleaved). */
  log(): string;
  stop(): Promise<void>;
}

/** `next start` on 127.0.0.1 with `env`; resolves once it answers HTTP. */
export async function nextStart(env: NodeJS.ProcessEnv): Promise<NextServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [NEXT_BIN, 'start', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: EXAMPLE_DIR,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = collect(child);
  const stop = () => stopProcess(child);
  const end = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${log.text()}`);
    const up = await fetch(`${url}/favicon.ico`, { signal: AbortSignal.timeout(2_000) }).then(
      () => true,
      () => false,
    );
    if (up) break;
    if (Date.now() > end) {
      await stop();
      throw new Error(`next start did not answer within 60 s:\n${log.text()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url, log: () => log.text(), stop };
}

function collect(child: ChildProcess): { text(): string } {
  const chunks: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  return { text: () => chunks.join('') };
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('close', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
