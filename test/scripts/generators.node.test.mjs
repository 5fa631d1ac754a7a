// The checklists of CONTRIBUTING.md work, in a copy of the repository (its tracked files,
// node_modules linked): a service added to the catalogue passes the data check; a language
// written by `npm run new:language` and an element written by `npm run new:element` pass
// generate, the type check and (the language) the data check, as drafts do.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readRegistry } from '../../scripts/registry.mjs';

const repository = fileURLToPath(new URL('../../', import.meta.url));
let copy;

/** Runs a command in the copy; fails the test with its output if it fails. */
function run(command, args) {
  const result = spawnSync(command, args, { cwd: copy, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.equal(
    result.status,
    0,
    `${command} ${args.join(' ')} failed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`,
  );
  return `${result.stdout}${result.stderr}`;
}
const npm = (...args) => run('npm', ['run', '--silent', ...args]);
const readJson = (path) => JSON.parse(readFileSync(join(copy, path), 'utf8'));
const writeJson = (path, data, indent = 2) =>
  writeFileSync(join(copy, path), `${JSON.stringify(data, null, indent)}\n`);

before(() => {
  copy = mkdtempSync(join(tmpdir(), 'guichet-generators-'));
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: repository, encoding: 'utf8' }).split('\0');
  for (const file of files.filter(Boolean)) {
    const source = join(repository, file);
    try {
      cpSync(source, join(copy, file), { recursive: false });
    } catch (error) {
      // A tracked file deleted in the work tree is not part of the copy.
      if (error.code !== 'ENOENT') throw error;
    }
  }
  symlinkSync(realpathSync(join(repository, 'node_modules')), join(copy, 'node_modules'), 'dir');
  npm('generate');
});

after(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

test('a service added to the catalogue, with its texts in every pack, passes the data check', () => {
  const template = 'perte-carte-grise';
  const id = 'service-jetable';
  const catalogue = readJson('data/catalogue.json');
  const entry = structuredClone(catalogue.services.find((service) => service.id === template));
  entry.id = id;
  catalogue.services.push(entry);
  writeJson('data/catalogue.json', catalogue);
  // Each pack carries the new entry's texts (here the template's, the same French).
  const { packs } = readRegistry(pathToFileURL(`${copy}/`));
  for (const locale of packs) {
    const pack = readJson(`data/i18n/${locale}.json`);
    const prefix = `catalogue/services/${template}/`;
    for (const [key, value] of Object.entries(pack.texts))
      if (key.startsWith(prefix)) pack.texts[`catalogue/services/${id}/${key.slice(prefix.length)}`] = value;
    writeJson(`data/i18n/${locale}.json`, pack, 1);
  }
  const output = npm('check:data');
  assert.match(output, /data\/catalogue\.json: 46 entries/);
});

test('npm run new:language writes a draft pack that passes generate, the type check and the data check', () => {
  run('npm', ['run', '--silent', 'new:language', '--', 'zz', '--name', 'zzish', '--rtl', '--intl', 'fr']);
  npm('generate');
  npm('typecheck');
  const output = npm('check:data');
  assert.match(output, /warning: data\/i18n\/zz\.json: \d+ problem\(s\), a draft language/);
  assert.match(output, /warning: xliff\/zz\.xlf: \d+ problem\(s\), a draft language/);
  const registry = readJson('registry.json');
  assert.deepEqual(registry.languages.at(-1), {
    code: 'zz',
    name: 'zzish',
    english: 'zz',
    dir: 'rtl',
    shipped: 'pack',
    draft: true,
  });
  assert.ok(readJson('lit-localize.json').targetLocales.includes('zz'));
  assert.match(readFileSync(join(copy, 'src/generated/registry.ts'), 'utf8'), /RTL_LOCALES = \['ar', 'zz'\]/);
});

test('npm run new:element writes an element that passes generate and the type check', () => {
  run('npm', ['run', '--silent', 'new:element', '--', 'conseils-jetables', '--purpose', 'a throwaway element']);
  npm('generate');
  npm('typecheck');
  const registry = readJson('registry.json');
  assert.equal(registry.elements.at(-1).tag, 'conseils-jetables');
  assert.match(readFileSync(join(copy, 'src/bundle.ts'), 'utf8'), /import '\.\/define\/conseils-jetables\.js';/);
  // The lists that stay written out name it: the registry's own test passes in the copy.
  run(process.execPath, ['--test', join(copy, 'test/scripts/registry.node.test.mjs')]);
});
