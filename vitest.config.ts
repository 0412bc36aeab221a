import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './e2e/support/chromiumOptions';

// `npm test` runs the "unit" project: jsdom + node tests, including HTTP tests against the
// PingOne emulator on 127.0.0.1, and the *.test-d.ts type tests.
// `npm run test:storybook` runs the "storybook" project: every story as a test in Debian's
// Chromium, with addon-a11y failing a story on any axe violation.
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/**/*.test.{ts,tsx}'],
          // `npm run bench`: timings, never asserted in tests.
          benchmark: { include: ['bench/**/*.bench.{ts,tsx}'] },
          setupFiles: ['test/support/setup.ts'],
          globals: true,
          typecheck: {
            enabled: true,
            include: ['test/**/*.test-d.{ts,tsx}'],
            tsconfig: './tsconfig.json',
          },
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: {
          name: 'storybook',
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: {
                executablePath: CHROMIUM_PATH,
                args: CHROMIUM_ARGS,
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
