// Translation runs per element (src/i18n/i18n-controller.ts gives each element its own msg(), in its
// language and with its `strings`): no module of src/i18n, src/languages or src/catalogue keeps a
// variable at its top level that code reassigns (`let`, `var`). What is page-wide by nature (the
// packs loaded, the translations laid over the data, the one observer of `lang`) sits in `const`
// containers, each with a comment saying why. Read with the TypeScript compiler, statement by
// statement, so a `let` inside a function is not counted and one after a comment is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../../', import.meta.url));
const FOLDERS = ['src/i18n', 'src/languages', 'src/catalogue'];

/** The names a module declares at its top level with `let` or `var` (exported ones included). */
export function moduleLevelVariables(source, fileName = 'module.ts') {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found = [];
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    const { flags } = statement.declarationList;
    if (flags & (ts.NodeFlags.Const | ts.NodeFlags.Using | ts.NodeFlags.AwaitUsing)) continue;
    for (const declaration of statement.declarationList.declarations) found.push(declaration.name.getText(file));
  }
  return found;
}

test('the scan finds a top-level let or var, and not a const or a let inside a function', () => {
  const source = [
    'const a = 1;',
    'export let b: string | undefined;',
    '/* state */ var c = 0, d = 1;',
    'function f() { let inner = 0; return inner; }',
    'if (a) { let block = 2; }',
  ].join('\n');
  assert.deepEqual(moduleLevelVariables(source), ['b', 'c', 'd']);
});

test('no module of src/i18n, src/languages or src/catalogue has a top-level let or var', () => {
  const found = [];
  for (const folder of FOLDERS) {
    for (const name of readdirSync(join(root, folder))) {
      if (!name.endsWith('.ts')) continue;
      const path = `${folder}/${name}`;
      for (const variable of moduleLevelVariables(readFileSync(join(root, path), 'utf8'), path))
        found.push(`${path}: ${variable}`);
    }
  }
  assert.deepEqual(found, []);
});
