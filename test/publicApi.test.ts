// @vitest-environment node
// The public surface is small, explicit and documented: every export of every entry point has
// JSDoc, and nothing leaks out by accident (the list below changes only on purpose).
import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import { fileURLToPath } from 'node:url';

const entries = {
  '.': 'src/index.ts',
  './server': 'src/server/index.ts',
  './testing': 'src/testing/index.ts',
} as const;

const root = fileURLToPath(new URL('..', import.meta.url));
const program = ts.createProgram(
  Object.values(entries).map((file) => root + file),
  {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    jsx: ts.JsxEmit.ReactJSX,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
  },
);
const checker = program.getTypeChecker();

function exportsOf(file: string): { name: string; documented: boolean }[] {
  const source = program.getSourceFile(root + file)!;
  const moduleSymbol = checker.getSymbolAtLocation(source)!;
  return checker.getExportsOfModule(moduleSymbol).map((symbol) => {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    const documented =
      target.getDocumentationComment(checker).length > 0 ||
      (target.declarations ?? []).some(
        (d) =>
          ts.getJSDocCommentsAndTags(d).length > 0 ||
          (ts.isVariableDeclaration(d) && ts.getJSDocCommentsAndTags(d.parent.parent).length > 0),
      );
    return { name: symbol.name, documented };
  });
}

describe('public API', () => {
  it.each(Object.entries(entries))('every export of %s has JSDoc', (_entry, file) => {
    const exported = exportsOf(file);
    expect(exported.length).toBeGreaterThan(3);
    expect(exported.filter((e) => !e.documented).map((e) => e.name)).toEqual([]);
  });

  it('the server and testing entries export exactly their documented names', () => {
    expect(
      exportsOf(entries['./server'])
        .map((e) => e.name)
        .sort(),
    ).toMatchInlineSnapshot(`
      [
        "AccessTokenGetter",
        "CrossSiteOptions",
        "GetAccessTokenOptions",
        "NodeHandler",
        "NodeHandlerOptions",
        "SessionProxy",
        "SessionProxyOperations",
        "SessionProxyOptions",
        "SignoffUrlOptions",
        "TokenEndpointAuthMethod",
        "WorkerTokenSourceOptions",
        "createSessionProxy",
        "createWorkerTokenSource",
        "isCrossSiteRequest",
        "readCookie",
        "signoffUrl",
        "toNodeHandler",
      ]
    `);
    expect(
      exportsOf(entries['./testing'])
        .map((e) => e.name)
        .sort(),
    ).toMatchInlineSnapshot(`
      [
        "DeepPartial",
        "EMULATOR_ACCESS_TOKEN_LIFETIME_SECONDS",
        "EMULATOR_CLIENT_ID",
        "EMULATOR_CLIENT_SECRET",
        "EMULATOR_ENVIRONMENT_ID",
        "EMULATOR_IDLE_TIMEOUT_MINUTES",
        "EmulatorFault",
        "EmulatorFaultPath",
        "EmulatorRequestLog",
        "EmulatorSessionOverrides",
        "FIXTURE_ENVIRONMENT_ID",
        "FIXTURE_SESSION_ID",
        "FIXTURE_USER_ID",
        "LOGOUT_CONTENT_TYPE",
        "PingOneEmulator",
        "PingOneEmulatorOptions",
        "RunningPingOneEmulator",
        "SESSION_FIXTURE_NOW",
        "SessionFixtureOverrides",
        "StartPingOneEmulatorOptions",
        "createPingOneEmulator",
        "createSessionFixture",
        "startPingOneEmulator",
      ]
    `);
  });

  it('the main entry exposes no scheduling or retry internals', () => {
    const names = exportsOf(entries['.']).map((e) => e.name);
    for (const internal of [
      'shouldRefetch',
      'nextCheckpoint',
      'sessionRetryDelay',
      'estimateServerOffset',
      'redact',
      'isBrowser',
    ]) {
      expect(names).not.toContain(internal);
    }
    expect(names).toEqual(expect.arrayContaining(['fetchCurrentSession', 'useCurrentSession', 'SessionPanel', 'SessionError']));
  });
});
