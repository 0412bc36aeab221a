import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `npm run test:next` (after `npm run build`; scripts/consumer/installPacked.mjs installs the packed library first):
// builds examples/next-app with Turbopack and with webpack and drives each in Chromium against
// the PingOne emulator. The JSON report feeds CI's summary line.
export default defineConfig({
  test: {
    name: 'next-app',
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 600_000,
    reporters: ['default', ['json', { outputFile: fileURLToPath(new URL('../../../artifacts/next-app.json', import.meta.url)) }]],
  },
});
