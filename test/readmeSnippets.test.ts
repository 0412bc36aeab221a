// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';

// The README's framework snippets are real files of the repository, built and tested where
// CI can (examples/next-app): each code block after `<!-- file: path -->` must equal that file.
const readme = readFileSync('README.md', 'utf8');
const snippets = [...readme.matchAll(/<!-- file: (\S+) -->\n```\w*\n([\s\S]*?)```\n/g)].map(([, path, code]) => ({
  path: path!,
  code: code!,
}));

describe('README snippets', () => {
  it('show the Next.js example, the Vite config, the Express server and the emulator variables', () => {
    expect(snippets.map((s) => s.path)).toEqual([
      'examples/next-app/lib/pingone.ts',
      'examples/next-app/app/api/session/route.ts',
      'examples/next-app/app/providers.tsx',
      'examples/next-app/app/page.tsx',
      'examples/next-app/app/account/page.tsx',
      'examples/vite/vite.config.ts',
      'examples/express/server.ts',
      'examples/next-app/e2e/emulatorEnv.ts',
    ]);
  });

  it.each(snippets.map((s) => [s.path, s.code] as const))('%s is the file, word for word', (path, code) => {
    expect(existsSync(path), `${path} exists`).toBe(true);
    expect(code).toBe(readFileSync(path, 'utf8'));
  });

  it('has no framework code block without its file', () => {
    // A ```ts/tsx block in "Using it in an app" that is not tied to a file would drift unseen.
    const section = readme.slice(
      readme.indexOf('## Using it in an app'),
      readme.indexOf('\n## ', readme.indexOf('## Using it in an app') + 3),
    );
    const blocks = [...section.matchAll(/(<!-- file: \S+ -->\n)?```(ts|tsx)\n/g)];
    expect(blocks.length).toBe(snippets.length);
    expect(blocks.filter(([, marker]) => !marker)).toEqual([]);
  });
});
