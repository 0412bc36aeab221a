/// <reference types="node" />
// Node-only module: the build tsconfig loads no ambient types, so name Node's here.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPingOneEmulator } from './createPingOneEmulator.js';
import { toNodeListener } from './nodeAdapter.js';
import type { PingOneEmulator, PingOneEmulatorOptions, RunningPingOneEmulator } from './types.js';

/** Options of {@link startPingOneEmulator}. */
export interface StartPingOneEmulatorOptions extends PingOneEmulatorOptions {
  /** Port on 127.0.0.1 (default 0: a free random port). */
  port?: number;
  /** Serve this emulator instead of creating one (the other emulator options are then ignored). */
  emulator?: PingOneEmulator;
}

/**
 * Serves a PingOne emulator over HTTP on 127.0.0.1 only (never on a public interface).
 * Remember to `close()` it (e.g. in `afterAll`).
 */
export async function startPingOneEmulator(options: StartPingOneEmulatorOptions = {}): Promise<RunningPingOneEmulator> {
  const { port = 0, emulator: given, ...emulatorOptions } = options;
  const emulator = given ?? createPingOneEmulator(emulatorOptions);
  let url = '';
  const server: Server = createServer(
    toNodeListener(
      (request) => emulator.fetch(request),
      () => url,
    ),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let closing: Promise<void> | undefined;
  return {
    url,
    apiPath: `${url}/v1`,
    authPath: url,
    emulator,
    close: () => {
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive sockets (fetch pools them) would otherwise hold close() open.
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
