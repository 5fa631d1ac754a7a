// What `npm pack` would publish: the files a consumer needs, and nothing else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

test('npm pack contains the entry points, types, drop-in, manifest and data, and nothing else', () => {
  const [report] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }));
  const files = report.files.map((file) => file.path);
  for (const needed of [
    'package.json',
    'README.md',
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
  const unwanted = files.filter((file) => /^(src|test|demo|scripts|docs|xliff|\.ci)\//.test(file) || file.startsWith('dist/hosts/') || /\.examples\./.test(file));
  assert.deepEqual(unwanted, []);
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

test('the SRI hash written by the build matches the drop-in', () => {
  const file = readFileSync(new URL(`dist/guichet-securite-${pkg.version}.min.js`, root));
  const expected = `sha384-${createHash('sha384').update(file).digest('base64')}`;
  assert.equal(readFileSync(new URL(`dist/guichet-securite-${pkg.version}.min.js.sri`, root), 'utf8').trim(), expected);
});

test('the README snippet and dist/release.json carry the hash of this build', () => {
  const file = readFileSync(new URL(`dist/guichet-securite-${pkg.version}.min.js`, root));
  const integrity = `sha384-${createHash('sha384').update(file).digest('base64')}`;
  const readme = readFileSync(new URL('README.md', root), 'utf8');
  const tag = `<script src="https://YOUR-SITE/guichet-securite-${pkg.version}.min.js" integrity="${integrity}" crossorigin="anonymous"></script>`;
  assert.ok(readme.includes(tag), `README.md should show ${tag} (run: node scripts/release-files.mjs --readme)`);
  const release = JSON.parse(readFileSync(new URL('dist/release.json', root), 'utf8'));
  assert.deepEqual(release, { version: pkg.version, file: `guichet-securite-${pkg.version}.min.js`, integrity });
});
