#!/usr/bin/env node
// The demo's one entry point, through Vite's JS API:
//   node demo/dev.mjs           `npm run dev`: Vite dev server
//   node demo/dev.mjs build     `npm run build:demo`: static page into dist-demo/
//   node demo/dev.mjs preview   `npm run preview`: serves dist-demo/
// Dev and preview run one process on 127.0.0.1 (port $PORT, default 5173) serving the page, the
// session proxy at /api/session and the PingOne emulator (real PingOne when PINGONE_* are set).
import { fileURLToPath } from 'node:url';

// The config imports TypeScript sources without extensions, which Vite's bundling config
// loader handles; silence its notice about a future "native" loader.
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
const { build, createServer, preview } = await import('vite');

const configFile = fileURLToPath(new URL('./vite.config.ts', import.meta.url));
const command = process.argv[2] ?? 'dev';

if (command === 'build') {
  await build({ configFile });
} else if (command === 'dev' || command === 'preview') {
  const server = command === 'preview' ? await preview({ configFile }) : await createServer({ configFile });
  if (command === 'dev') await server.listen();
  server.printUrls();
  server.bindCLIShortcuts({ print: true });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      void server.close().finally(() => process.exit(0));
    });
  }
} else {
  console.error(`Unknown command "${command}": use dev, build or preview`);
  process.exit(2);
}
