// The README documents what the code and data really are.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const readme = read('README.md');
const catalogue = JSON.parse(read('data/catalogue.json'));
const manifest = JSON.parse(read('custom-elements.json'));

test('the README lists every service id, and no other, as scripts/readme-lists.mjs writes them', async () => {
  const section = readme.split('## Service ids')[1].split('\n## ')[0];
  const listed = [...section.matchAll(/`([a-z0-9-]+)`/g)].map((match) => match[1]);
  assert.deepEqual(listed.sort(), catalogue.services.map((service) => service.id).sort());
  const { readmeWithLists } = await import('../../scripts/readme-lists.mjs');
  assert.equal(readme, readmeWithLists(readme), 'the list is current: run `node scripts/readme-lists.mjs`');
});

test('the README documents every attribute, event and CSS property of the manifest', () => {
  for (const mod of manifest.modules) {
    for (const declaration of mod.declarations ?? []) {
      if (!declaration.customElement) continue;
      for (const attribute of declaration.attributes ?? [])
        assert.ok(readme.includes(`\`${attribute.name}\``), `attribute ${attribute.name}`);
      for (const event of declaration.events ?? [])
        assert.ok(readme.includes(`\`${event.name}\``), `event ${event.name}`);
      for (const property of declaration.cssProperties ?? [])
        assert.ok(readme.includes(`\`${property.name}\``), `CSS property ${property.name}`);
      for (const part of declaration.cssParts ?? [])
        assert.ok(readme.includes(`\`${part.name}\``), `part ${part.name}`);
    }
  }
});

test('the README states the size budgets the size script enforces', () => {
  const size = read('scripts/size.mjs');
  const dropIn = /guichet-securite\.min\.js',\s*budget: (\d+) \* 1024/.exec(size)[1];
  const pack = /guichet-securite\.\$\{locale\}\.js`,\s*budget: (\d+) \* 1024/.exec(size)[1];
  const english = /guichet-securite\.en\.js',\s*budget: (\d+) \* 1024/.exec(size)[1];
  assert.ok(
    readme.includes(`${english} KB for\nEnglish`) || readme.includes(`${english} KB for English`),
    `README must state ${english} KB for English`,
  );
  assert.ok(readme.includes(`**${dropIn} KB brotli**`), `README must state ${dropIn} KB brotli for the drop-in`);
  assert.ok(readme.includes(`${pack} KB for each other pack`), `README must state ${pack} KB for each other pack`);
});

test('docs/finder-tree.md is what the data generates', async () => {
  const { spawnSync } = await import('node:child_process');
  const result = spawnSync(
    process.execPath,
    [new URL('../../scripts/finder-docs.mjs', import.meta.url).pathname, '--check'],
    { encoding: 'utf8' },
  );
  assert.equal(result.status, 0, result.stderr);
});

test('docs/api.md and the editor data (VS Code, JetBrains) are what the manifest generates', async () => {
  const { spawnSync } = await import('node:child_process');
  const result = spawnSync(
    process.execPath,
    [new URL('../../scripts/api-docs.mjs', import.meta.url).pathname, '--check'],
    { encoding: 'utf8' },
  );
  assert.equal(result.status, 0, result.stderr);
});

test("the README's first screen gives the demo, the full tests and the quick tests, each a script of package.json", () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const firstScreen = readme.split('\n## ')[0];
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  for (const command of ['npm start', 'npm test', 'npm run test:quick'])
    assert.ok(firstScreen.includes(command), `"${command}" before the first section`);
  for (const script of ['start', 'test', 'test:quick']) assert.ok(pkg.scripts[script], script);
  assert.match(pkg.scripts['test:quick'], /wtr /, 'the quick tests run the elements in a browser');
  assert.doesNotMatch(pkg.scripts['test:quick'], /firefox|webkit|wordpress/i, 'Chromium only');
});

test("CONTRIBUTING's checklists state how many files a person touches, at most half of what they once were", () => {
  const contributing = read('CONTRIBUTING.md');
  // Issue 21: once 9, 11, 40 and 20 files; the generators and the translators' step write the rest.
  const limits = {
    'Adding a service': 4,
    'Adding a question to the finder': 5,
    'Adding an element': 20,
    'Adding a language': 10,
  };
  for (const [section, limit] of Object.entries(limits)) {
    const body = contributing.split(`## ${section}\n`)[1]?.split('\n## ')[0] ?? '';
    const count = Number(/Files to touch by hand: \*\*(\d+)\*\*/.exec(body)?.[1]);
    assert.ok(count > 0 && count <= limit, `${section}: ${count} files by hand, at most ${limit}`);
  }
});
