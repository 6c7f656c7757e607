import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycles, fileEdges, importsOf, packageOf, sourceFiles } from './support/import-graph.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const FILES = sourceFiles(ROOT, ['src', 'adapters']);
const EDGES = fileEdges(ROOT, FILES);

/** `src/answer` for `src/answer/engine.ts`, `adapters/slack` for `adapters/slack/handlers/views.ts`. */
function folderOf(file: string): string {
  const parts = file.split('/');
  return parts.length > 2 ? `${parts[0]}/${parts[1]}` : parts[0]!;
}

function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const edge of EDGES) {
    const from = folderOf(edge.from);
    const to = folderOf(edge.to);
    if (from === to) continue;
    if (!graph.has(from)) graph.set(from, new Set());
    graph.get(from)!.add(to);
  }
  return graph;
}

/** For a failure message: which files make each folder of a cycle import the next. */
function explain(component: string[]): string {
  const members = new Set(component);
  const lines = EDGES.filter(
    (e) =>
      members.has(folderOf(e.from)) && members.has(folderOf(e.to)) && folderOf(e.from) !== folderOf(e.to),
  ).map((e) => `  ${e.from} -> ${e.to}`);
  return `cycle between ${component.join(', ')}:\n${lines.join('\n')}`;
}

/**
 * Packages that only one place may import: the platform SDKs stay in their adapters, the search
 * library in the search folder and each database driver in its own store (STYLE.md 1, issue 17).
 */
const PACKAGE_HOMES: Record<string, string[]> = {
  '@slack/bolt': ['adapters/slack/'],
  '@slack/web-api': ['adapters/slack/'],
  '@slack/socket-mode': ['adapters/slack/'],
  botbuilder: ['adapters/teams/'],
  'botbuilder-core': ['adapters/teams/'],
  'botframework-connector': ['adapters/teams/'],
  'botframework-schema': ['adapters/teams/'],
  flexsearch: ['src/search/'],
  'better-sqlite3': ['src/registry/sqlite/'],
  pg: ['src/registry/postgres/'],
};

describe('folders import downward only', () => {
  it('reads the imports of the real tree (the graph is not empty by mistake)', () => {
    expect(FILES.length).toBeGreaterThan(100);
    const graph = folderGraph();
    expect(graph.get('src/answer')).toContain('src/core');
    expect(graph.get('src/server')).toContain('adapters/slack');
    expect(graph.get('adapters/cli')).toContain('src/runtime');
  });

  it('has no import cycle between the folders of src/ and adapters/, type-only imports included', () => {
    expect(cycles(folderGraph()).map(explain)).toEqual([]);
  });

  it('keeps each SDK, the search library and each database driver in its one folder', () => {
    const offenders = FILES.flatMap((file) =>
      importsOf(file, readFileSync(path.join(ROOT, file), 'utf8'))
        .map(packageOf)
        .filter((pkg): pkg is string => pkg !== null && pkg in PACKAGE_HOMES)
        .filter((pkg) => !PACKAGE_HOMES[pkg]!.some((home) => file.startsWith(home)))
        .map((pkg) => `${file} imports ${pkg}`),
    );
    expect(offenders).toEqual([]);
  });
});

describe('the import reader and the cycle finder', () => {
  it('counts imports, type-only imports, re-exports and dynamic imports, and nothing in comments or strings', () => {
    const text = [
      "import { a } from './a.js';",
      "import type { B } from '../b/b.js';",
      "export { c } from './c.js';",
      "export type { D } from './d.js';",
      "const e = await import('./e.js');",
      "type F = import('./f.js').F;",
      "// import { g } from './g.js';",
      'const h = "import { h } from \'./h.js\'";',
      'const i = `from "./i.js"`;',
    ].join('\n');
    expect(importsOf('x.ts', text)).toEqual(['./a.js', '../b/b.js', './c.js', './d.js', './e.js', './f.js']);
  });

  it('finds a cycle of three folders and none in a chain', () => {
    const graph = (pairs: [string, string][]) => {
      const g = new Map<string, Set<string>>();
      for (const [a, b] of pairs) g.set(a, new Set([...(g.get(a) ?? []), b]));
      return g;
    };
    expect(
      cycles(
        graph([
          ['core', 'i18n'],
          ['i18n', 'commands'],
          ['commands', 'core'],
          ['server', 'core'],
        ]),
      ),
    ).toEqual([['commands', 'core', 'i18n']]);
    expect(
      cycles(
        graph([
          ['server', 'commands'],
          ['commands', 'core'],
          ['server', 'core'],
        ]),
      ),
    ).toEqual([]);
  });

  it('names the package of deep and scoped imports', () => {
    expect(packageOf('@slack/bolt/dist/receivers')).toBe('@slack/bolt');
    expect(packageOf('zod/v4')).toBe('zod');
    expect(packageOf('node:fs')).toBeNull();
    expect(packageOf('../core/reply.js')).toBeNull();
  });
});
