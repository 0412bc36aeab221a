import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The React 18 run (issue 9 point 10): the hook, clock, countdown and component tests, including
// SSR + hydration, against react@18.3.1 / react-dom@18.3.1 installed apart from the main tree:
//   npm ci --prefix test/react18 && npx vitest run --config vitest.react18.config.ts
// `react` and `react-dom` (and their subpaths) resolve there, also inside React Query and
// Testing Library, which are therefore inlined (their ES builds) rather than loaded by Node.
const react18 = (name: string) => fileURLToPath(new URL(`./test/react18/node_modules/${name}`, import.meta.url));

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: [
      // Testing Library's CommonJS build would require() React 19 past the aliases: use its ES build.
      {
        find: /^@testing-library\/react$/,
        replacement: fileURLToPath(
          new URL('./node_modules/@testing-library/react/dist/@testing-library/react.esm.js', import.meta.url),
        ),
      },
      { find: /^react$/, replacement: react18('react/index.js') },
      { find: /^react\/(.*)$/, replacement: react18('react/$1') },
      { find: /^react-dom$/, replacement: react18('react-dom/index.js') },
      { find: /^react-dom\/(.*)$/, replacement: react18('react-dom/$1') },
    ],
  },
  test: {
    name: 'react18',
    environment: 'jsdom',
    include: [
      'test/react/useCurrentSession*.test.tsx',
      'test/react/useCountdown.test.tsx',
      'test/time/**/*.test.ts',
      'test/query/**/*.test.ts',
      'test/components/**/*.test.tsx',
    ],
    setupFiles: ['test/support/setup.ts', 'test/react18/assertReact18.ts'],
    globals: true,
    server: { deps: { inline: ['@testing-library/react', '@tanstack/react-query'] } },
  },
});
