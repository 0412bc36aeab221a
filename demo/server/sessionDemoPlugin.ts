import type { Connect, Plugin } from 'vite';
import { toNodeHandler } from '../../src/server';
import { createDemoBackend, SESSION_ROUTE, type DemoBackend } from './createDemoBackend';

const ROUTES = [SESSION_ROUTE, `${SESSION_ROUTE}/`, '/demo/'];

/**
 * Mounts the demo backend (session proxy + emulator controls) in Vite's own server, for both
 * `vite` (dev) and `vite preview`, so one process serves the page, the proxy and PingOne's
 * stand-in. This is also how an app mounts the proxy in Vite: `toNodeHandler(proxy)` under
 * `server.middlewares.use(...)`.
 */
export function sessionDemoPlugin(env?: Record<string, string | undefined>): Plugin {
  let backend: DemoBackend | undefined;
  const mount = (middlewares: Connect.Server, log: (message: string) => void) => {
    backend ??= createDemoBackend(env);
    const active = backend;
    const node = toNodeHandler(async (request) => (await active.handle(request)) ?? new Response('Not found', { status: 404 }));
    middlewares.use((req, res, next) => {
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      if (ROUTES.some((route) => path === route || (route.endsWith('/') && path.startsWith(route)))) node(req, res);
      else next();
    });
    log(
      active.mode === 'emulator'
        ? `  session proxy at ${SESSION_ROUTE} -> in-process PingOne emulator (no account, no network)`
        : `  session proxy at ${SESSION_ROUTE} -> real PingOne (PINGONE_* variables set); demo controls disabled`,
    );
  };
  return {
    name: 'pingone-session-demo',
    configureServer(server) {
      mount(server.middlewares, (message) => server.config.logger.info(message));
    },
    configurePreviewServer(server) {
      mount(server.middlewares, (message) => server.config.logger.info(message));
    },
  };
}
