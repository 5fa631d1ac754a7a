// After the drop-in is built: a copy under a versioned name (for long cache
// lifetimes) and its Subresource Integrity hash, printed and written next to it;
// then the release archive for webmasters without Node,
// dist/guichet-securite-<version>.zip: the scripts and their hashes, a ready example
// page, the configurator (opens from the folder), the licence and a French notice
// that explains every file (written with fflate).
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { strToU8, zipSync } from 'fflate';
import { statement } from './accessibility-docs.mjs';
import { registry } from './registry.mjs';
import { configuratorFiles } from './build-site.mjs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const source = new URL('../dist/guichet-securite.min.js', import.meta.url);
const versioned = `guichet-securite-${version}.min.js`;
copyFileSync(source, new URL(`../dist/${versioned}`, import.meta.url));
const integrity = `sha384-${createHash('sha384').update(readFileSync(source)).digest('base64')}`;
writeFileSync(new URL(`../dist/${versioned}.sri`, import.meta.url), `${integrity}\n`);
// The language packs (English first), likewise: a versioned copy and its hash each.
const packs = {};
for (const locale of registry.languageFiles) {
  const pack = new URL(`../dist/guichet-securite.${locale}.js`, import.meta.url);
  const file = `guichet-securite-${version}.${locale}.js`;
  copyFileSync(pack, new URL(`../dist/${file}`, import.meta.url));
  packs[locale] = { file, integrity: `sha384-${createHash('sha384').update(readFileSync(pack)).digest('base64')}` };
  writeFileSync(new URL(`../dist/${file}.sri`, import.meta.url), `${packs[locale].integrity}\n`);
}
// Read by the demo's configurator to put the hashes in the snippets it writes.
writeFileSync(
  new URL('../dist/release.json', import.meta.url),
  `${JSON.stringify({ version, file: versioned, integrity, packs }, null, 2)}\n`,
);
const tag = `<script src="https://YOUR-SITE/js/${versioned}" integrity="${integrity}" crossorigin="anonymous"></script>`;

const template = (name) =>
  readFileSync(new URL(`./release-templates/${name}`, import.meta.url), 'utf8')
    .replaceAll('{{version}}', version)
    .replaceAll('{{integrity}}', integrity);
/** The paragraph for the host's accessibility statement, French then English, version and date filled in. */
function accessibilityStatement() {
  const read = (path) => JSON.parse(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8'));
  const criteria = read('data/accessibility/rgaa-4.1-criteria.json');
  const evaluation = read('data/accessibility/evaluation.json');
  return [
    'Accessibilité (RGAA) : paragraphe à reprendre dans la déclaration d’accessibilité de votre site.',
    '',
    statement(criteria, evaluation, version, 'fr'),
    '',
    'Détail par élément et par critère : docs/accessibility/ dans le dépôt du module.',
    '',
    '---',
    '',
    'Accessibility (RGAA): a paragraph for your site’s accessibility statement.',
    '',
    statement(criteria, evaluation, version, 'en'),
    '',
    'Each element and criterion: docs/accessibility/en/ in the module’s repository.',
    '',
  ].join('\n');
}
const archive = `guichet-securite-${version}.zip`;
const folder = `guichet-securite-${version}/`;
// A fixed date: the same build gives the same archive.
const mtime = new Date('2026-01-01T00:00:00Z');
const entry = (data) => [data, { mtime }];
writeFileSync(
  new URL(`../dist/${archive}`, import.meta.url),
  zipSync(
    {
      [`${folder}${versioned}`]: entry(readFileSync(source)),
      [`${folder}${versioned}.sri`]: entry(strToU8(`${integrity}\n`)),
      [`${folder}guichet-securite.min.js`]: entry(readFileSync(source)),
      ...Object.fromEntries(
        Object.values(packs).flatMap(({ file, integrity: hash }) => [
          [`${folder}${file}`, entry(readFileSync(new URL(`../dist/${file}`, import.meta.url)))],
          [`${folder}${file}.sri`, entry(strToU8(`${hash}\n`))],
        ]),
      ),
      ...Object.fromEntries(
        Object.entries(configuratorFiles({ version, file: versioned, integrity, packs })).map(([name, text]) => [
          `${folder}${name}`,
          entry(strToU8(text)),
        ]),
      ),
      [`${folder}exemple.html`]: entry(strToU8(template('exemple.html'))),
      [`${folder}LISEZ-MOI.txt`]: entry(strToU8(template('LISEZ-MOI.txt'))),
      [`${folder}ACCESSIBILITE.txt`]: entry(strToU8(accessibilityStatement())),
      [`${folder}LICENSE`]: entry(readFileSync(new URL('../LICENSE', import.meta.url))),
    },
    { level: 9 },
  ),
);
console.log(`dist/${archive}`);
console.log(`dist/${versioned}  integrity="${integrity}"`);
console.log(tag);

// `--readme`: puts this tag in the snippet of the README and of its French quick start
// (a test checks that they match the build).
if (process.argv.includes('--readme')) {
  for (const file of ['README.md', 'docs/fr/LISEZ-MOI.md']) {
    const url = new URL(`../${file}`, import.meta.url);
    const text = readFileSync(url, 'utf8');
    const updated = text.replace(
      /<script src="https:\/\/(YOUR-SITE|VOTRE-SITE)\/(?:js\/)?guichet-securite-[^"]+\.min\.js" integrity="[^"]*" crossorigin="anonymous"><\/script>/,
      (_, site) => tag.replace('https://YOUR-SITE/', `https://${site}/`),
    );
    if (updated === text) console.log(`${file}: the snippet already has this hash`);
    else {
      writeFileSync(url, updated);
      console.log(`${file}: snippet updated`);
    }
  }
}
