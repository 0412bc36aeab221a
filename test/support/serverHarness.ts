// Shared by the server tests (not a test file): PingOne emulator + session proxy, each on its
// own 127.0.0.1 port, talking real HTTP; a raw-socket client for request lines and headers no
// fetch would send; and the list of every secret the run handed out, so each file can prove
// none of them reached an answer, an error or a log line.
import { createServer, type RequestListener, type Server } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, expect, vi } from 'vitest';
import {
  createSessionProxy,
  createWorkerTokenSource,
  toNodeHandler,
  type NodeHandlerOptions,
  type SessionProxyOptions,
  type WorkerTokenSourceOptions,
} from '../../src/server';
import { startPingOneEmulator, type PingOneEmulatorOptions, type RunningPingOneEmulator } from '../../src/testing';

export interface ProxyUnderTest {
  /** `http://127.0.0.1:PORT/api/session` */
  url: string;
  /** `http://127.0.0.1:PORT` */
  origin: string;
  port: number;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** The whole answer as it came off the socket. */
  text: string;
}

/** Sends `request` byte for byte over a socket and reads the answer until the server closes or `timeoutMs`. */
export function rawHttp(port: number, request: string, timeoutMs = 5_000): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => socket.destroy(), timeoutMs);
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('latin1');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const status = Number(statusLine.split(' ')[1]);
      if (!Number.isFinite(status)) return reject(new Error(`no HTTP answer: ${JSON.stringify(text.slice(0, 200))}`));
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      let body = rest.join('\r\n\r\n');
      if (headers['transfer-encoding'] === 'chunked') {
        let out = '';
        for (let at = 0; ;) {
          const end = body.indexOf('\r\n', at);
          const size = parseInt(body.slice(at, end), 16);
          if (!(size > 0)) break;
          out += body.slice(end + 2, end + 2 + size);
          at = end + 2 + size + 2;
        }
        body = out;
      }
      resolve({ status, headers, body, text });
    });
    socket.write(request);
  });
}

/** What a same-origin fetch from the app's page sends. */
export function browserHeaders(url: string, token?: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    Accept: 'application/json',
    'Sec-Fetch-Site': 'same-origin',
    Origin: new URL(url).origin,
    ...(token ? { Cookie: `theme=dark; ST=${token}; other=1` } : {}),
    ...extra,
  };
}

/**
 * Registers the per-file emulator (reset per test) and the console capture. Returns the helpers;
 * each file ends with `afterAll(() => h.expectNoSecretCaptured())`.
 */
export function setupProxyHarness(emulatorOptions: PingOneEmulatorOptions = {}) {
  let pingone: RunningPingOneEmulator | undefined;
  const servers: Server[] = [];
  const bearers = new Set<string>();
  const sessionTokens = new Set<string>();
  const reported: unknown[] = [];
  const logged: string[] = [];
  const answers: string[] = [];

  beforeAll(async () => {
    for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
        logged.push(args.map((a) => (a instanceof Error ? `${a.message} ${a.stack}` : String(a))).join(' '));
      });
    }
    pingone = await startPingOneEmulator({ accessTokenLifetimeSeconds: 300, ...emulatorOptions });
  });
  beforeEach(() => {
    pingone?.emulator.reset();
    reported.length = 0;
    logged.length = 0;
  });
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
    vi.useRealTimers();
  });
  afterAll(async () => {
    await pingone?.close();
    vi.restoreAllMocks();
  });

  const h = {
    get pingone(): RunningPingOneEmulator {
      if (!pingone) throw new Error('harness: the emulator starts in beforeAll');
      return pingone;
    },
    bearers,
    sessionTokens,
    reported,
    logged,
    /** Bodies and headers the tests read from proxy answers (for the no-secret check). */
    answers,
    async listen(handler: RequestListener): Promise<{ origin: string; port: number; server: Server }> {
      const server = createServer(handler);
      servers.push(server);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const port = (server.address() as AddressInfo).port;
      return { origin: `http://127.0.0.1:${port}`, port, server };
    },
    tokenSource(overrides: Partial<WorkerTokenSourceOptions> = {}) {
      return createWorkerTokenSource({
        environmentId: h.pingone.emulator.environmentId,
        authPath: h.pingone.authPath,
        clientId: h.pingone.emulator.clientId,
        clientSecret: h.pingone.emulator.clientSecret,
        ...overrides,
      });
    },
    /** Starts a proxy (token source -> emulator) behind `toNodeHandler` on its own port. */
    async startProxy(
      overrides: Partial<SessionProxyOptions> = {},
      nodeOptions: NodeHandlerOptions = {},
    ): Promise<ProxyUnderTest> {
      const source = h.tokenSource();
      const proxy = createSessionProxy({
        environmentId: h.pingone.emulator.environmentId,
        apiPath: h.pingone.apiPath,
        getAccessToken: async (options) => {
          const token = await source(options);
          bearers.add(token);
          return token;
        },
        onError: (error) => reported.push(error),
        ...overrides,
      });
      const { origin, port } = await h.listen(toNodeHandler(proxy, nodeOptions));
      return { url: `${origin}/api/session`, origin, port };
    },
    signIn(overrides: Parameters<RunningPingOneEmulator['emulator']['createSession']>[0] = {}) {
      const created = h.pingone.emulator.createSession(overrides);
      sessionTokens.add(created.token);
      return created;
    },
    /** Reads a fetch answer whole and records it for the no-secret check. */
    async read(response: Response): Promise<{ status: number; headers: Headers; text: string }> {
      const text = await response.text();
      const headers: string[] = [];
      response.headers.forEach((value, name) => headers.push(`${name}: ${value}`));
      answers.push(text, ...headers);
      return { status: response.status, headers: response.headers, text };
    },
    sessionCalls: () => h.pingone.emulator.requests.filter((r) => r.path.endsWith('/sessions/me')),
    tokenCalls: () => h.pingone.emulator.requests.filter((r) => r.path.endsWith('/as/token')),
    /** Everything captured so far as one text: answers, reported errors, console lines. */
    captured(): string {
      const errors = reported.map((e) =>
        e instanceof Error ? `${e.name} ${e.message} ${String(e.cause)} ${JSON.stringify(e)}` : String(e),
      );
      return [...answers, ...errors, ...logged].join('\n');
    },
    /** A file's final check: no secret it handed out (client secret, bearers, STs) is in anything {@link captured}. */
    expectNoSecretCaptured(): void {
      const text = h.captured();
      for (const secret of [h.pingone.emulator.clientSecret, ...bearers, ...sessionTokens]) expect(text).not.toContain(secret);
    },
  };
  return h;
}
