// No import cycle in src/: data → pure functions → shared pieces → elements → registration,
// each layer importing only those before it (see CONTRIBUTING.md, "Anatomy of an element").
//
// Every static specifier counts: `import … from '…'`, `import '…'` and `export … from '…'`,
// type-only ones included (`import type`, `export type`): a cycle of types still ties two
// modules' declaration files together, and breaking it costs only moving a type to the
// module that owns it. src/generated is left out (it imports nothing of ours).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const src = fileURLToPath(new URL('../../src/', import.meta.url));

/** The `.ts` files below `dir`, `generated/` left out. */
function sourceFiles(dir, root = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return relative(root, path) === 'generated' ? [] : sourceFiles(path, root);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The relative specifiers a module imports or re-exports, comments left out. */
export function specifiers(text) {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const found = [];
  const patterns = [
    /(?:^|[;\n])\s*(?:import|export)\s+(?:type\s+)?[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /(?:^|[;\n])\s*import\s*['"]([^'"]+)['"]/g,
  ];
  for (const pattern of patterns) for (const match of code.matchAll(pattern)) found.push(match[1]);
  return found.filter((specifier) => specifier.startsWith('./') || specifier.startsWith('../'));
}

/** Module → the modules of the set it depends on (`.js` specifiers resolved to their `.ts` source). */
export function importGraph(files) {
  const known = new Set(files);
  const graph = new Map();
  for (const file of files) {
    const targets = specifiers(readFileSync(file, 'utf8'))
      .map((specifier) => resolve(dirname(file), specifier.replace(/\.js$/, '.ts')))
      .filter((target) => known.has(target));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Every cycle met by a depth-first walk, each as the list of its modules, the first one repeated at the end. */
export function findCycles(graph) {
  const state = new Map();
  const stack = [];
  const cycles = [];
  const visit = (node) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return cycles;
}

test('the walk finds a cycle, type-only and re-exports included', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cycle-'));
  try {
    writeFileSync(join(dir, 'a.ts'), "import type { B } from './b.js';\nexport type A = B;\n");
    writeFileSync(join(dir, 'b.ts'), "// import { nothing } from './c.js';\nexport { C as B } from './c.js';\n");
    writeFileSync(join(dir, 'c.ts'), "import {\n  x,\n} from './a.js';\nimport 'lit';\nexport type C = typeof x;\n");
    const cycles = findCycles(importGraph(sourceFiles(dir)));
    assert.deepEqual(
      cycles.map((cycle) => cycle.map((file) => relative(dir, file))),
      [['a.ts', 'b.ts', 'c.ts', 'a.ts']],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('no import cycle in src/', () => {
  const files = sourceFiles(src);
  assert.ok(files.length > 40 && files.every((file) => existsSync(file)), 'reads the sources');
  const graph = importGraph(files);
  assert.ok([...graph.values()].flat().length > 100, 'finds the imports');
  const cycles = findCycles(graph).map((cycle) => cycle.map((file) => relative(src, file)).join(' → '));
  assert.deepEqual(cycles, [], `import cycles in src/:\n  ${cycles.join('\n  ')}`);
});
