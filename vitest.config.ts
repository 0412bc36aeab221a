import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// `npm test` runs the "unit" project: jsdom + node tests, including HTTP tests against the
// PingOne emulator on 127.0.0.1, and the *.test-d.ts type tests.
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
          setupFiles: ['test/setup.ts'],
          globals: true,
          typecheck: {
            enabled: true,
            include: ['test/**/*.test-d.{ts,tsx}'],
            tsconfig: './tsconfig.json',
          },
        },
      },
    ],
  },
});
