// The checklists of CONTRIBUTING.md work, in a copy of the repository (its tracked files,
// node_modules linked): a service written by `npm run new:service` and filled passes the data
// check, its texts waiting for translators (a warning; the release check fails); a language
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

test('npm run new:service writes an entry to fill; filled, it passes the data check, waiting for translators', () => {
  const template = 'perte-carte-grise';
  const id = 'service-jetable';
  npm('new:service', '--', id, '--from', template);
  // The skeleton fails the data check, naming what to fill; no fact is copied from the template.
  const unfilled = spawnSync(process.execPath, ['scripts/check-data.mjs'], { cwd: copy, encoding: 'utf8' });
  assert.notEqual(unfilled.status, 0, 'a skeleton fails the data check');
  assert.match(unfilled.stderr, /service-jetable: summary\.fr: still « À REMPLIR »/);
  assert.match(unfilled.stderr, /service-jetable: access\.website\.url: still « À REMPLIR »/);
  const catalogue = readJson('data/catalogue.json');
  const copied = JSON.stringify(catalogue.services.at(-1));
  assert.doesNotMatch(copied, /service-public|F1726|\d{4}-\d{2}-\d{2}/, 'no link nor date of the template');
  // Each pack got the entry's texts, untranslated; the README's list names it.
  for (const locale of readRegistry(pathToFileURL(`${copy}/`)).packs)
    assert.deepEqual(
      readJson(`data/i18n/${locale}.json`).texts[`catalogue/services/${id}/summary`].status,
      'untranslated',
    );
  assert.match(readFileSync(join(copy, 'README.md'), 'utf8'), /`service-jetable`\./);
  assert.match(
    readFileSync(join(copy, 'docs/translations.md'), 'utf8'),
    /`catalogue\/services\/service-jetable\/name`/,
  );
  // Filled (here with the template's facts), it passes, and the packs' gaps are a warning.
  catalogue.services[catalogue.services.length - 1] = {
    ...structuredClone(catalogue.services.find((service) => service.id === template)),
    id,
  };
  writeJson('data/catalogue.json', catalogue);
  const output = npm('check:data');
  assert.match(output, /data\/catalogue\.json: 46 entries/);
  assert.match(output, /warning: data\/i18n\/es\.json: 4 untranslated text\(s\) waiting for translators/);
  assert.match(output, /catalogue\/services\/service-jetable\/summary/);
  // The release gate fails while a shipped pack shows a French text.
  const release = spawnSync(process.execPath, ['scripts/check-data.mjs', '--release'], { cwd: copy, encoding: 'utf8' });
  assert.notEqual(release.status, 0, 'check:release fails on an untranslated text');
  assert.match(release.stderr, /catalogue\/services\/service-jetable\/summary: untranslated/);
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
  // Its name where people choose a language, and its Intl tag in the calendar test (type-checked above).
  const text = (path) => readFileSync(join(copy, path), 'utf8');
  assert.match(text('integrations/wordpress/guichet-securite/block/editor.js'), /\{ value: 'zz', label: __\('zz', /);
  assert.match(
    text('integrations/wordpress/guichet-securite/languages/guichet-securite-fr_FR.po'),
    /msgid "zz"\nmsgstr "Zz"/,
  );
  assert.match(text('demo/configurator/text.ts'), /\['zz', 'Zz, de droite à gauche \(un script de plus/);
  assert.match(text('demo/configurator/text.ts'), /\['zz', 'zz, right to left \(one more script/);
  assert.match(text('test/components/format.test.ts'), /zz: 'fr' \} as const;/);
});

test('npm run new:element writes an element that passes generate and the type check', () => {
  run('npm', [
    'run',
    '--silent',
    'new:element',
    '--',
    'conseils-jetables',
    '--purpose',
    'a throwaway element',
    '--purpose-fr',
    'un élément jetable',
  ]);
  npm('generate');
  npm('typecheck');
  const registry = readJson('registry.json');
  assert.equal(registry.elements.at(-1).tag, 'conseils-jetables');
  assert.match(readFileSync(join(copy, 'src/bundle.ts'), 'utf8'), /import '\.\/define\/conseils-jetables\.js';/);
  // Both demo homes link it, after the last element.
  assert.match(
    readFileSync(join(copy, 'demo/index.html'), 'utf8'),
    /quick-exit\.html">[^\n]*\n\s*<li><a href="\.\/conseils-jetables\.html">&lt;conseils-jetables&gt;<\/a> : un élément jetable\.<\/li>/,
  );
  assert.match(
    readFileSync(join(copy, 'demo/index.en.html'), 'utf8'),
    /<li><a href="\.\/conseils-jetables\.html\?ui=en">&lt;conseils-jetables&gt;<\/a>: a throwaway element\.<\/li>/,
  );
  // The lists that stay written out name it: the registry's own test passes in the copy.
  run(process.execPath, ['--test', join(copy, 'test/scripts/registry.node.test.mjs')]);
});
