// The layers of src/, checked by dependency-cruiser with .dependency-cruiser.mjs (`npm run lint:deps`,
// decision 0032; CONTRIBUTING.md, "Anatomy of an element"): no import cycle between modules nor
// between folders; nothing imports an entry point (src/index.ts, src/bundle.ts), only they import
// src/define/, only src/define/ and they import src/components/; src/generated imports nothing of ours.
//
// Every static import counts: `import … from '…'`, `import '…'` and `export … from '…'`, type-only
// ones included (`import type`, `export type`): a cycle of types still ties two modules' declaration
// files together, and breaking it costs only moving a type to the module that owns it. The
// generated modules that import upwards (the data typed by src/catalogue and src/finder, each
// element's English messages) are not followed; the config names them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const config = join(root, '.dependency-cruiser.mjs');
const depcruise = join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

/** Runs dependency-cruiser on `cwd`'s src/ with the project's rules. */
const cruise = (cwd, ...args) =>
  spawnSync(process.execPath, [depcruise, 'src', '--config', config, ...args], { cwd, encoding: 'utf8' });

test('the rules catch a cycle (type-only and re-exports included), a cycle of folders and a layer crossed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cycle-'));
  const files = {
    // A cycle of modules: a type-only import, a re-export (a commented-out import does not count), a multi-line import.
    'src/c/a.ts': "import type { B } from './b.js';\nexport type A = B;\n",
    'src/c/b.ts': "// import { nothing } from './c.js';\nexport { C as B } from './c.js';\n",
    'src/c/c.ts': "import {\n  x,\n} from './a.js';\nexport type C = typeof x;\n",
    // A cycle of folders without a cycle of modules: one → two (type-only) → one.
    'src/one/x.ts': "import type { Y } from '../two/y.js';\nexport type X = Y;\n",
    'src/one/z.ts': 'export const z = 1;\n',
    'src/two/y.ts': "import { z } from '../one/z.js';\nexport type Y = typeof z;\n",
    // The catalogue reaching an element.
    'src/catalogue/uses.ts': "import { element } from '../components/element.js';\nexport const uses = element;\n",
    'src/components/element.ts': 'export const element = 1;\n',
  };
  try {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const json = cruise(dir, '--output-type', 'json');
    assert.equal(json.status, 0, json.stderr);
    const found = JSON.parse(json.stdout)
      .summary.violations.map(({ rule, from, to }) => `${rule.name}: ${from} → ${to}`)
      .sort();
    assert.deepEqual(found, [
      'components-above-the-rest: src/catalogue/uses.ts → src/components/element.ts',
      'no-cycle: src/c/a.ts → src/c/b.ts',
      'no-folder-cycle: src/one → src/two',
      'no-folder-cycle: src/two → src/one',
    ]);
    const plain = cruise(dir);
    assert.notEqual(plain.status, 0, 'the command fails on an error');
    assert.match(plain.stdout, /4 dependency violations \(4 errors/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('src/ keeps its layers: npm run lint:deps', () => {
  const run = spawnSync('npm', ['run', '--silent', 'lint:deps'], { cwd: root, encoding: 'utf8' });
  assert.equal(run.status, 0, `npm run lint:deps:\n${run.stdout}${run.stderr}`);
  const [, modules, dependencies] = /no dependency violations found \((\d+) modules, (\d+) dependencies/.exec(
    run.stdout,
  ) ?? [0, 0, 0];
  assert.ok(Number(modules) > 80 && Number(dependencies) > 250, `reads the sources and their imports: ${run.stdout}`);
});
