// What `npm pack` would publish: the files a consumer needs, and nothing else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { registry } from '../../scripts/registry.mjs';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

test('npm pack contains the entry points, types, drop-in, manifest and data, and nothing else', () => {
  const [report] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }));
  const files = report.files.map((file) => file.path);
  for (const needed of [
    'package.json',
    'README.md',
    'docs/fr/LISEZ-MOI.md',
    'docs/api.md',
    'docs/accessibility/README.md',
    'custom-elements.json',
    'data/catalogue.json',
    'data/catalogue.schema.json',
    'data/finder.json',
    'data/finder.schema.json',
    'data/official-domains.json',
    'dist/index.js',
    'dist/index.d.ts',
    'dist/define/service-card.js',
    'dist/define/report-finder.js',
    'dist/define/quick-exit.js',
    'dist/guichet-securite.min.js',
    'dist/guichet-securite.min.js.map',
    `dist/guichet-securite-${pkg.version}.min.js`,
  ]) {
    assert.ok(files.includes(needed), `missing ${needed}`);
  }
  const unwanted = files.filter((file) => /^(src|test|demo|scripts|xliff|\.ci)\//.test(file) || file.startsWith('dist/hosts/') || /\.examples\./.test(file));
  assert.deepEqual(unwanted, []);
  // The docs the README and the French quick start link to are in the package: a relative link works from node_modules too.
  for (const doc of ['README.md', 'docs/fr/LISEZ-MOI.md']) {
    const text = readFileSync(new URL(doc, root), 'utf8');
    const base = new URL(doc, 'file:///package/');
    for (const [, target] of text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
      if (/^[a-z]+:/.test(target) || target.startsWith('demo/')) continue; // the demo runs from a clone
      const path = new URL(target, base).pathname.slice('/package/'.length).replace(/\/$/, '/README.md');
      assert.ok(files.includes(path), `${doc} links ${target}: ${path} is packed`);
    }
  }
  for (const target of Object.values(pkg.exports).flatMap((entry) => (typeof entry === 'string' ? [entry] : Object.values(entry)))) {
    if (target.includes('*')) continue;
    assert.ok(files.includes(target.replace(/^\.\//, '')), `export target ${target} is packed`);
  }
});

test("maintainers' notes and press sources stay in data/: not in the drop-in nor the ESM build", () => {
  const catalogue = JSON.parse(readFileSync(new URL('data/catalogue.json', root), 'utf8'));
  const maintainerUrls = catalogue.services.flatMap((service) => (service.maintainerSources ?? []).map((source) => source.url));
  const publicUrls = new Set(catalogue.services.flatMap((service) => [...service.sources.map((source) => source.url), ...Object.values(service.access).map((link) => link?.url)]));
  const pressOnly = maintainerUrls.filter((url) => !publicUrls.has(url));
  assert.ok(pressOnly.length > 10, 'the data has maintainers\' sources to look for');
  for (const built of ['dist/guichet-securite.min.js', 'dist/generated/catalogue-data.js', 'dist/generated/finder-data.js']) {
    const text = readFileSync(new URL(built, root), 'utf8');
    assert.doesNotMatch(text, /\b(reviewNotes|maintainerSources)"?\s*:/, `${built} carries no maintainers' field`);
    for (const url of pressOnly) assert.ok(!text.includes(url), `${built} does not ship ${url}`);
    assert.ok(!text.includes('cybermalveillance.gouv.fr/tous-nos-contenus/fiches-reflexes/sextorsion'), `${built} does not ship the finder's sources`);
  }
});

test('the release archive for webmasters: the drop-in, the French-only file and the packs with their hashes, the configurator, an example page, the licence, a French quick start and the accessibility paragraph', async () => {
  const { unzipSync, strFromU8 } = await import('fflate');
  const files = unzipSync(readFileSync(new URL(`dist/guichet-securite-${pkg.version}.zip`, root)));
  const folder = `guichet-securite-${pkg.version}/`;
  assert.deepEqual(Object.keys(files).sort(), [
    `${folder}ACCESSIBILITE.txt`,
    `${folder}LICENSE`,
    `${folder}LISEZ-MOI.txt`,
    `${folder}configurateur.html`,
    `${folder}configurateur.js`,
    `${folder}exemple.html`,
    `${folder}guichet-securite-${pkg.version}.min.js`,
    `${folder}guichet-securite-${pkg.version}.min.js.sri`,
    ...['ar.js', 'de.js', 'en.js', 'es.js', 'uk.js'].flatMap((name) => [
      `${folder}guichet-securite-${pkg.version}.${name}`,
      `${folder}guichet-securite-${pkg.version}.${name}.sri`,
    ]),
    `${folder}guichet-securite.min.js`,
  ].sort());
  // The French-only file and the language packs, each with the hash of the built file.
  for (const name of ['ar.js', 'de.js', 'en.js', 'es.js', 'uk.js']) {
    const built = readFileSync(new URL(`dist/guichet-securite.${name}`, root));
    assert.ok(Buffer.from(files[`${folder}guichet-securite-${pkg.version}.${name}`]).equals(built), name);
    assert.equal(
      strFromU8(files[`${folder}guichet-securite-${pkg.version}.${name}.sri`]).trim(),
      `sha384-${createHash('sha384').update(built).digest('base64')}`,
    );
  }
  const dropIn = readFileSync(new URL('dist/guichet-securite.min.js', root));
  assert.ok(Buffer.from(files[`${folder}guichet-securite.min.js`]).equals(dropIn));
  assert.ok(Buffer.from(files[`${folder}guichet-securite-${pkg.version}.min.js`]).equals(dropIn));
  const integrity = `sha384-${createHash('sha384').update(dropIn).digest('base64')}`;
  assert.equal(strFromU8(files[`${folder}guichet-securite-${pkg.version}.min.js.sri`]).trim(), integrity);
  const readme = strFromU8(files[`${folder}LISEZ-MOI.txt`]);
  assert.match(readme, new RegExp(`<script src="/js/guichet-securite-${pkg.version.replace(/\./g, '\\.')}\\.min\\.js" integrity="${integrity.replace(/[+/]/g, '\\$&')}" crossorigin="anonymous"></script>`));
  assert.doesNotMatch(readme, /\{\{/, 'every placeholder filled');
  const example = strFromU8(files[`${folder}exemple.html`]);
  assert.match(example, /<script src="guichet-securite\.min\.js"><\/script>/);
  assert.match(example, /<report-finder>/);
  assert.match(strFromU8(files[`${folder}LICENSE`]), /MIT License/);
  // The paragraph for the host's accessibility statement names this version.
  const accessibility = strFromU8(files[`${folder}ACCESSIBILITE.txt`]);
  assert.match(accessibility, new RegExp(`Le module guichet-securite, version ${pkg.version.replace(/\./g, '\\.')}, .* RGAA 4\\.1\\.2`));
  assert.match(accessibility, new RegExp(`The guichet-securite module, version ${pkg.version.replace(/\./g, '\\.')}, `));
});

test("the drop-in opens with its licence and Chromium's compile hint (decision 0042); the language files do not", () => {
  const [licence, hint, code] = readFileSync(new URL('dist/guichet-securite.min.js', root), 'utf8').split('\n');
  assert.match(licence, /^\/\*! guichet-securite \S+ \| MIT \| catalogue \d{4}-\d{2}-\d{2} \*\/$/);
  assert.equal(hint, '//# allFunctionsCalledOnLoad', 'V8 compiles its functions while the file streams in');
  assert.match(code, /^var GuichetSecurite=\(function/, 'the code follows, its function in parentheses (decision 0040)');
  for (const name of ['ar.js', 'de.js', 'en.js', 'es.js', 'uk.js'])
    assert.doesNotMatch(readFileSync(new URL(`dist/guichet-securite.${name}`, root), 'utf8'), /allFunctionsCalledOnLoad/, name);
});

test('the manifest points at modules that are in the package, and source maps carry their sources', () => {
  const [report] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }));
  const files = new Set(report.files.map((file) => file.path));
  const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
  const paths = [];
  const visit = (value) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if ((key === 'path' || key === 'module') && typeof child === 'string') paths.push(child);
        else visit(child);
      }
    }
  };
  visit(manifest.modules);
  assert.ok(paths.length > 10);
  for (const path of paths) assert.ok(files.has(path), `${path} is in the package`);
  const webTypes = JSON.parse(readFileSync(new URL('web-types.json', root), 'utf8'));
  const sources = webTypes.contributions.html.elements.map((element) => element.source?.module?.replace(/^\.\//, ''));
  assert.equal(sources.length, 5);
  for (const source of sources) assert.ok(files.has(source), `web-types source ${source} is in the package`);
  for (const map of [...files].filter((file) => file.endsWith('.js.map'))) {
    const content = JSON.parse(readFileSync(new URL(map, root), 'utf8'));
    assert.equal(content.sourcesContent?.length, content.sources.length, `${map} carries its sources`);
  }
  assert.equal(pkg.dependencies.lit, '^3.3.3', 'a host app and the library share one Lit');
  assert.match(pkg.dependencies['@lit/localize'], /^\^/);
  assert.equal(pkg.scripts.prepack, 'npm run build');
  assert.ok(![...files].some((file) => file.endsWith('.zip')), 'the archive is for webmasters, not in the npm package');
});

test('the SRI hash written by the build matches the drop-in', () => {
  const file = readFileSync(new URL(`dist/guichet-securite-${pkg.version}.min.js`, root));
  const expected = `sha384-${createHash('sha384').update(file).digest('base64')}`;
  assert.equal(readFileSync(new URL(`dist/guichet-securite-${pkg.version}.min.js.sri`, root), 'utf8').trim(), expected);
});

test('the README snippet, its French quick start and dist/release.json carry the hash of this build', () => {
  const file = readFileSync(new URL(`dist/guichet-securite-${pkg.version}.min.js`, root));
  const integrity = `sha384-${createHash('sha384').update(file).digest('base64')}`;
  const readme = readFileSync(new URL('README.md', root), 'utf8');
  const tag = `<script src="https://YOUR-SITE/js/guichet-securite-${pkg.version}.min.js" integrity="${integrity}" crossorigin="anonymous"></script>`;
  assert.ok(readme.includes(tag), `README.md should show ${tag} (run: node scripts/release-files.mjs --readme)`);
  const lisezMoi = readFileSync(new URL('docs/fr/LISEZ-MOI.md', root), 'utf8');
  const balise = tag.replace('https://YOUR-SITE/', 'https://VOTRE-SITE/');
  assert.ok(lisezMoi.includes(balise), `docs/fr/LISEZ-MOI.md should show ${balise} (run: node scripts/release-files.mjs --readme)`);
  const release = JSON.parse(readFileSync(new URL('dist/release.json', root), 'utf8'));
  const { packs, ...dropIn } = release;
  assert.deepEqual(dropIn, { version: pkg.version, file: `guichet-securite-${pkg.version}.min.js`, integrity });
  assert.deepEqual(Object.keys(packs), ['en', ...registry.shippedPacks], 'English, then each shipped pack of registry.json');
  for (const [locale, name] of ['en', ...registry.shippedPacks].map((pack) => [pack, `${pack}.js`])) {
    const built = readFileSync(new URL(`dist/guichet-securite-${pkg.version}.${name}`, root));
    assert.deepEqual(packs[locale], {
      file: `guichet-securite-${pkg.version}.${name}`,
      integrity: `sha384-${createHash('sha384').update(built).digest('base64')}`,
    });
  }
});
