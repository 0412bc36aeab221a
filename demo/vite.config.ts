import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';
import { sessionDemoPlugin } from './server/sessionDemoPlugin';

const root = fileURLToPath(new URL('.', import.meta.url));
const port = Number(process.env.PORT ?? 5173);

// `npm run dev` / `npm run preview`: the demo page, the session proxy and the PingOne emulator in
// one Vite process on 127.0.0.1. PINGONE_* variables (shell or .env.local) switch to real PingOne.
export default defineConfig(({ mode }) => ({
  root,
  // Only the PINGONE_ prefix is read, and only here on the server: none of it reaches the page.
  plugins: [react(), sessionDemoPlugin({ ...loadEnv(mode, process.cwd(), 'PINGONE_'), ...pick(process.env) })],
  server: { host: '127.0.0.1', port, strictPort: false },
  preview: { host: '127.0.0.1', port, strictPort: false },
  // Pre-bundle up front so a first visit never triggers a "new dependencies, reloading" cycle.
  optimizeDeps: {
    include: ['react', 'react-dom/client', 'react/jsx-runtime', 'react/jsx-dev-runtime', '@tanstack/react-query', 'zod/mini'],
  },
  build: { outDir: fileURLToPath(new URL('../dist-demo', import.meta.url)), emptyOutDir: true, copyPublicDir: false },
}));

function pick(env: NodeJS.ProcessEnv): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(env).filter(([key]) => key.startsWith('PINGONE_')));
}
