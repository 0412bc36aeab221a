import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Library build: ESM only, one chunk graph shared by the three entry points, peers external.
// Declarations come from `tsc -p tsconfig.build.json` (see package.json "build").
// Not minified: the app's bundler minifies; published code keeps its names (error classes,
// components) for stack traces, React DevTools and people reading node_modules.
export default defineConfig({
  plugins: [react()],
  build: {
    copyPublicDir: false,
    minify: false,
    sourcemap: true,
    emptyOutDir: true,
    lib: {
      entry: {
        // Keys are output paths: with preserveModules they must match the modules' own paths,
        // or rolldown emits a second copy of each entry (dist/server.js beside dist/server/index.js).
        index: 'src/index.ts',
        'server/index': 'src/server/index.ts',
        'testing/index': 'src/testing/index.ts',
        // Message catalogs: one entry each, so an app pays only for the languages it imports.
        ...Object.fromEntries(['en', 'de', 'fr', 'es', 'ja', 'ar'].map((lang) => [`locales/${lang}`, `src/locales/${lang}.ts`])),
        // The account components' strings per language (issue 13), apart so the panel's stay small.
        ...Object.fromEntries(
          ['de', 'fr', 'es', 'ja', 'ar'].map((lang) => [`locales/${lang}-account`, `src/locales/${lang}-account.ts`]),
        ),
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^react($|\/)/, /^react-dom($|\/)/, /^@tanstack\//, /^zod($|\/)/, /^node:/],
      // One file per module keeps each module's 'use client' directive where it belongs and lets
      // apps' bundlers drop what they do not import.
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      // Keep imported constants as imports: inlining them leaves bare `import "./x.js"` lines that
      // app bundlers warn about (the package declares its JS free of side effects).
      optimization: { inlineConst: false },
    },
  },
});
