import react from '@vitejs/plugin-react';
import { createSessionProxy, createWorkerTokenSource, toNodeHandler } from 'pingone-session-react/server';
import { defineConfig, loadEnv, type Plugin } from 'vite';

// GET /api/session in `vite` (dev) and `vite preview`. Vite does not copy .env into process.env
// for this file, so the PINGONE_* values come from loadEnv. In production, serve the same route
// from your server (see examples/express/server.ts).
function sessionRoute(env: Record<string, string>): Plugin {
  const proxy = createSessionProxy({
    environmentId: env.PINGONE_ENVIRONMENT_ID,
    region: 'NA', // or EU, CA, AP, AU, SG
    getAccessToken: createWorkerTokenSource({
      environmentId: env.PINGONE_ENVIRONMENT_ID,
      region: 'NA',
      clientId: env.PINGONE_CLIENT_ID,
      clientSecret: env.PINGONE_CLIENT_SECRET,
    }),
    onError: (error) => console.error('[session proxy]', error),
  });
  const handler = toNodeHandler(proxy);
  return {
    name: 'pingone-session-route',
    configureServer: (server) => void server.middlewares.use('/api/session', handler),
    configurePreviewServer: (server) => void server.middlewares.use('/api/session', handler),
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [react(), sessionRoute(loadEnv(mode, process.cwd(), 'PINGONE_'))],
}));
