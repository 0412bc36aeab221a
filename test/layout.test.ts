// @vitest-environment node
// The source tree is the data flow (docs/architecture.md): each folder of src/ imports only from
// the folders below it, so a newcomer can read the layers bottom-up and nothing points back.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(__dirname, '../src');

/** Each folder with the folders it may import from (besides itself). The entry files at src/ may import anything. */
const ALLOWED: Record<string, readonly string[]> = {
  time: [],
  session: ['time'],
  query: ['session', 'time'],
  format: ['session', 'time'],
  server: ['session', 'time'],
  react: ['query', 'session', 'time'],
  testing: ['server', 'session', 'time'],
  components: ['react', 'query', 'format', 'session', 'time'],
  locales: ['components', 'format'],
};
const NO_REACT = ['time', 'session', 'query', 'format', 'server'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

function folderOf(file: string): string {
  const rel = path.relative(SRC, file).split(path.sep);
  return rel.length > 1 ? rel[0]! : '';
}

/** Every `from '...'` / `import '...'` specifier of a file, static or dynamic. */
function specifiers(code: string): string[] {
  return [...code.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((match) => match[1]!);
}

const files = sourceFiles(SRC);
const edges = files.flatMap((file) =>
  specifiers(readFileSync(file, 'utf8')).map((spec) => ({
    file: path.relative(SRC, file),
    from: folderOf(file),
    spec,
    to: spec.startsWith('.') ? folderOf(path.resolve(path.dirname(file), spec)) : null,
  })),
);

describe('src/ layout', () => {
  it('has exactly the documented folders', () => {
    const folders = readdirSync(SRC).filter((name) => statSync(path.join(SRC, name)).isDirectory());
    expect(folders.sort()).toEqual(Object.keys(ALLOWED).sort());
  });

  it('reads the import graph (the check below has edges to check)', () => {
    expect(edges.filter((edge) => edge.to !== null && edge.to !== edge.from).length).toBeGreaterThan(50);
  });

  it('each folder imports only from the folders below it', () => {
    const backwards = edges
      .filter((edge) => edge.from !== '' && edge.to !== null && edge.to !== edge.from && !ALLOWED[edge.from]!.includes(edge.to))
      .map((edge) => `${edge.file} -> ${edge.spec}`);
    expect(backwards).toEqual([]);
  });

  it('time/, session/, query/, format/ and server/ import no React', () => {
    const react = edges
      .filter((edge) => NO_REACT.includes(edge.from) && /^react(-dom)?($|\/)/.test(edge.spec))
      .map((edge) => `${edge.file} -> ${edge.spec}`);
    expect(react).toEqual([]);
  });

  it('the allowed graph itself has no cycle', () => {
    const visiting = new Set<string>();
    const done = new Set<string>();
    const cyclic: string[] = [];
    const visit = (folder: string): void => {
      if (done.has(folder)) return;
      if (visiting.has(folder)) return void cyclic.push(folder);
      visiting.add(folder);
      for (const below of ALLOWED[folder]!) visit(below);
      visiting.delete(folder);
      done.add(folder);
    };
    for (const folder of Object.keys(ALLOWED)) visit(folder);
    expect(cyclic).toEqual([]);
  });
});
