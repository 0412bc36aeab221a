import { defineConfig } from 'vitest/config';

// `npm run test:e2e`: the demo in Debian's Chromium through playwright-core. Kept apart from the
// "unit" project (different environment, one file at a time, long timeouts); the JSON report
// feeds CI's summary line.
export default defineConfig({
  test: {
    name: 'e2e',
    root: new URL('..', import.meta.url).pathname,
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['default', ['json', { outputFile: 'artifacts/e2e.json' }]],
  },
});
