// The stack a browser page talks to, on 127.0.0.1: createSessionProxy behind node:http
// (toNodeHandler) in front of the PingOne emulator's own HTTP server.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSessionProxy, createWorkerTokenSource, toNodeHandler, type SessionProxyOptions } from '../../src/server';
import { startPingOneEmulator, type RunningPingOneEmulator, type StartPingOneEmulatorOptions } from '../../src/testing';

/** A running emulator and proxy; `url` is the proxy's `/api/session`. */
export interface ProxyOverHttp {
  pingone: RunningPingOneEmulator;
  url: string;
  close(): Promise<void>;
}

/** Starts the emulator, then a proxy with a real worker token source in front of it. */
export async function startProxyOverHttp(
  options: { emulator?: StartPingOneEmulatorOptions; proxy?: Partial<SessionProxyOptions> } = {},
): Promise<ProxyOverHttp> {
  const pingone = await startPingOneEmulator(options.emulator);
  const { emulator } = pingone;
  const getAccessToken = createWorkerTokenSource({
    environmentId: emulator.environmentId,
    authPath: pingone.authPath,
    clientId: emulator.clientId,
    clientSecret: emulator.clientSecret,
  });
  const proxy = createSessionProxy({
    environmentId: emulator.environmentId,
    apiPath: pingone.apiPath,
    getAccessToken,
    ...options.proxy,
  });
  const server = createServer(toNodeHandler(proxy));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    pingone,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/session`,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await pingone.close();
    },
  };
}

/** The headers a browser adds to a page's request to its own origin: the ST cookie from its jar, `Sec-Fetch-Site`. */
export function sameOriginHeaders(init: RequestInit | undefined, sessionToken: string): Headers {
  const headers = new Headers(init?.headers);
  headers.set('Cookie', `ST=${sessionToken}`);
  headers.set('Sec-Fetch-Site', 'same-origin');
  return headers;
}
