import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

/** The demo's Vite dev server, as `npm run dev` runs it, on 127.0.0.1 and a free port. */
export interface DemoServer {
  /** `http://127.0.0.1:PORT` (no trailing slash). */
  url: string;
  close(): Promise<void>;
}

/** Starts the demo (page + session proxy + in-process PingOne emulator) for one test run. */
export async function startDemoServer(): Promise<DemoServer> {
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
  const server = await createServer({
    configFile: fileURLToPath(new URL('../../demo/vite.config.ts', import.meta.url)),
    // Port 0: the OS picks a free one, so runs never collide with a developer's `npm run dev`.
    // No HMR and no file watching: edits to the sources during a run must not reload the page or
    // add requests to the network log the idle-window test inspects.
    server: { port: 0, strictPort: true, host: '127.0.0.1', hmr: false, watch: null },
    logLevel: 'warn',
    clearScreen: false,
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
  if (!url) throw new Error('e2e: the demo server did not report its URL');
  return { url, close: () => server.close() };
}
