// registry.json is the one list of the elements and languages. What reads it needs no check;
// the lists that must stay written out (a bundler's static imports, lit-localize's config,
// the WordPress plugin's own attributes, a test's table per language) are checked against it here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { registry } from '../../scripts/registry.mjs';

const root = new URL('../../', import.meta.url);
const text = (path) => readFileSync(new URL(path, root), 'utf8');
const json = (path) => JSON.parse(text(path));
const sorted = (values) => [...values].sort();
/** Every match of `pattern`'s first group in a file. */
const all = (path, pattern) => [...text(path).matchAll(pattern)].map((match) => match[1]);
const tags = registry.tags;
const WORDPRESS = 'integrations/wordpress/guichet-securite/';

test('the registry: unique tags and codes, one source language, known values', () => {
  assert.equal(new Set(tags).size, tags.length, 'unique tags');
  assert.equal(new Set(registry.locales).size, registry.locales.length, 'unique codes');
  for (const element of registry.elements) {
    assert.match(element.tag, /^[a-z]+(-[a-z]+)+$/, `${element.tag}: a custom element name`);
    assert.match(element.class, /^[A-Z][A-Za-z]+$/, `${element.tag}: a class name`);
    assert.equal(typeof element.contacts, 'boolean', `${element.tag}: contacts`);
  }
  assert.equal(registry.languages.filter((language) => language.source).length, 1, 'one source language');
  assert.equal(registry.source, 'fr');
  assert.deepEqual(registry.bundled, ['fr', 'en'], 'the drop-in carries French and English');
  for (const language of registry.languages) {
    assert.match(language.code, /^[a-z]{2}$/, language.code);
    assert.ok(['ltr', 'rtl'].includes(language.dir), `${language.code}: dir`);
    assert.ok(['drop-in', 'pack'].includes(language.shipped), `${language.code}: shipped`);
    assert.ok(language.name && language.english, `${language.code}: its names`);
    assert.ok(!language.draft || language.shipped === 'pack', `${language.code}: only a pack can be a draft`);
  }
});

test("each element's files: component, styles, examples, define module, test, its tokens", () => {
  assert.deepEqual(
    sorted(readdirSync(new URL('src/define/', root)).filter((name) => name !== 'define-element.ts')),
    sorted(tags.map((tag) => `${tag}.ts`)),
    'src/define/ has a module per element, and none other',
  );
  for (const { tag, class: name } of registry.elements) {
    const component = `src/components/${tag}/${tag}.ts`;
    assert.match(text(component), new RegExp(`export class ${name} extends`), `${component} declares ${name}`);
    assert.match(
      text(component),
      new RegExp(`'${tag}': ${name};`),
      `${component} declares <${tag}> on HTMLElementTagNameMap`,
    );
    assert.match(text(component), new RegExp(`@tagname ${tag}\\b`), `${component}: @tagname`);
    for (const file of [`src/components/${tag}/${tag}.styles.ts`, `src/components/${tag}/${tag}.examples.ts`])
      assert.ok(existsSync(new URL(file, root)), `${file} exists`);
    assert.match(text(`src/define/${tag}.ts`), new RegExp(`\\('${tag}', ${name}\\)`), `src/define/${tag}.ts`);
    assert.ok(existsSync(new URL(`test/components/${tag}.test.ts`, root)), `test/components/${tag}.test.ts exists`);
  }
  assert.deepEqual(
    sorted(Object.keys(json('src/styles/tokens.json').elements)),
    sorted(tags),
    'src/styles/tokens.json',
  );
});

test('the static imports a bundler needs name every element: the drop-in, the npm entry point, the test helpers', () => {
  const defines = /^import '\.\/define\/([a-z-]+)\.js';$/gm;
  assert.deepEqual(sorted(all('src/bundle.ts', defines)), sorted(tags), 'src/bundle.ts registers every element');
  const exported = all('src/index.ts', /^export \{ (\w+)[^}]*\} from '\.\/components\/[a-z-]+\/[a-z-]+\.js';$/gm);
  assert.deepEqual(sorted(exported), sorted(registry.elements.map((element) => element.class)), 'src/index.ts');
  const testDefines = /^import '\.\.\/\.\.\/src\/define\/([a-z-]+)\.js';$/gm;
  for (const helper of ['test/helpers/render.ts', 'test/components/tokens.test.ts'])
    assert.deepEqual(sorted(all(helper, testDefines)), sorted(tags), `${helper} defines every element`);
});

test("the elements' other readers: the evaluation, the demo pages, the configurator, the WordPress plugin", () => {
  const evaluated = new Set(
    Object.values(json('data/accessibility/evaluation.json').criteria).flatMap((entry) =>
      Object.keys(entry.elements ?? {}),
    ),
  );
  for (const tag of evaluated)
    assert.ok(tags.includes(tag), `data/accessibility/evaluation.json: ${tag} is an element`);
  for (const tag of tags)
    assert.ok(existsSync(new URL(`demo/${tag}.html`, root)), `demo/${tag}.html (the site's demo page)`);
  // The configurator, the block and the shortcode offer the elements a webmaster places: some of them.
  const configurator = /export const ELEMENTS = \[([^\]]*)\]/.exec(text('demo/configurator/config.ts'))[1];
  for (const [, tag] of configurator.matchAll(/'([a-z-]+)'/g))
    assert.ok(tags.includes(tag), `demo/configurator/config.ts: ${tag}`);
  const renderer = /const ELEMENTS = array\(([\s\S]*?)\n\t\);/.exec(
    text(`${WORDPRESS}includes/class-guichet-securite-renderer.php`),
  )[1];
  const rendered = [...renderer.matchAll(/^\t\t'([a-z-]+)'\s*=>/gm)].map((match) => match[1]);
  const allowed = /const ALLOWED_ATTRIBUTES = array\(([\s\S]*?)\n\t\);/.exec(
    text(`${WORDPRESS}includes/class-guichet-securite-plugin.php`),
  )[1];
  const editor = text(`${WORDPRESS}block/editor.js`);
  const offered = [.../var ELEMENTS = \[([\s\S]*?)\];/.exec(editor)[1].matchAll(/value: '([a-z-]+)'/g)].map(
    (m) => m[1],
  );
  for (const tag of rendered) assert.ok(tags.includes(tag), `the WordPress renderer's ${tag} is an element`);
  assert.deepEqual(
    sorted([...allowed.matchAll(/^\t\t'([a-z-]+)'\s*=>/gm)].map((m) => m[1])),
    sorted(rendered),
    'plugin kses list',
  );
  assert.deepEqual(sorted(offered), sorted(rendered), 'block editor');
  assert.deepEqual(
    sorted(json(`${WORDPRESS}block/block.json`).attributes.element.enum),
    sorted(rendered),
    'block.json',
  );
  const withContacts = /var WITH_CONTACTS = \[([^\]]*)\]/.exec(editor)[1];
  assert.deepEqual(
    sorted([...withContacts.matchAll(/'([a-z-]+)'/g)].map((m) => m[1])),
    sorted(registry.contactTags.filter((tag) => rendered.includes(tag))),
    'editor.js WITH_CONTACTS',
  );
});

test("each language's files: lit-localize's targets, the interface's translation, the pack, its module and calendar, its glossary", () => {
  const config = json('lit-localize.json');
  assert.equal(config.sourceLocale, registry.source, 'lit-localize.json sourceLocale');
  assert.deepEqual(sorted(config.targetLocales), sorted(registry.targets), 'lit-localize.json targetLocales');
  for (const locale of registry.targets)
    assert.ok(existsSync(new URL(`xliff/${locale}.xlf`, root)), `xliff/${locale}.xlf`);
  const calendars = all('src/languages/calendars.ts', /^export const (\w+): Calendar/gm);
  const glossary = Object.keys(json('data/i18n/glossary.json').languages);
  for (const locale of registry.packs) {
    assert.equal(json(`data/i18n/${locale}.json`).locale, locale, `data/i18n/${locale}.json`);
    assert.match(text(`src/languages/${locale}.ts`), new RegExp(`locale: '${locale}'`), `src/languages/${locale}.ts`);
    assert.ok(calendars.includes(locale), `src/languages/calendars.ts exports ${locale}`);
    assert.ok(glossary.includes(locale), `data/i18n/glossary.json has ${locale}`);
  }
  const modules = readdirSync(new URL('src/languages/', root)).filter((name) => /^[a-z]{2}\.ts$/.test(name));
  assert.deepEqual(sorted(modules), sorted(registry.packs.map((locale) => `${locale}.ts`)), 'src/languages/ modules');
});

test("the languages' other readers: the browser tests' tables, the configurator, the WordPress block", () => {
  // Every language once it leaves draft (a draft one is named there as it is translated).
  const shipped = [...registry.bundled, ...registry.shippedPacks];
  const covers = (found, what) => {
    for (const locale of shipped) assert.ok(found.includes(locale), `${what} has ${locale}`);
    for (const locale of found) assert.ok(registry.locales.includes(locale), `${what}: ${locale} is in registry.json`);
  };
  // Intl's tag for each language: the calendar test compares the pack's names with Intl's.
  const intl = /const INTL = \{([^}]*)\}/.exec(text('test/components/format.test.ts'))[1];
  covers(
    [...intl.matchAll(/(\w+): '/g)].map((m) => m[1]),
    'format.test.ts INTL',
  );
  const packs = /const PACKS = \[([^\]]*)\] as const/.exec(text('test/components/language-packs.test.ts'))[1];
  assert.deepEqual(
    sorted([...packs.matchAll(/'(\w+)'/g)].map((m) => m[1])),
    sorted(registry.shippedPacks),
    'language-packs.test.ts PACKS',
  );
  for (const locale of registry.shippedPacks)
    assert.match(
      text('test/components/language-packs.test.ts'),
      new RegExp(`^import '\\.\\./\\.\\./src/languages/${locale}\\.js';$`, 'm'),
      `language-packs.test.ts imports ${locale}`,
    );
  const langs = text('demo/configurator/text.ts');
  for (const locale of shipped)
    assert.equal(
      langs.match(new RegExp(`\\['${locale}', '`, 'g'))?.length,
      2,
      `demo/configurator/text.ts names ${locale} in French and English`,
    );
  const editor = /label: __\('Language', 'guichet-securite'\),[\s\S]*?options: \[([\s\S]*?)\]/.exec(
    text(`${WORDPRESS}block/editor.js`),
  )[1];
  covers(
    [...editor.matchAll(/value: '(\w+)'/g)].map((m) => m[1]),
    'the block editor',
  );
});
