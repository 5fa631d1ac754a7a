// Builds the WordPress plugin's installable archive,
// dist/guichet-securite-wordpress-<version>.zip, from integrations/wordpress/guichet-securite/
// and the build: the versioned drop-in and its hash, the data the plugin's PHP
// needs (services for the block's choices and the fallback links, the rules'
// known ids), and the French translations compiled (.mo for PHP, JSON for the
// block editor's script). Run by `npm run build` after the drop-in and release files.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { catalogue, getEmergencyNumbers, localize } from '../dist/catalogue/catalogue.js';
import { numberLink } from '../dist/catalogue/links.js';
import { ensureEnglish } from '../dist/i18n/packs.js';
import { readPo, scriptTranslations, writeMo } from './wordpress/gettext.mjs';

const root = new URL('../', import.meta.url);
const source = new URL('integrations/wordpress/guichet-securite/', root);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const release = JSON.parse(readFileSync(new URL('dist/release.json', root), 'utf8'));
const finder = JSON.parse(readFileSync(new URL('data/finder.json', root), 'utf8'));

// The plugin's header and readme carry the version: they must say the package's.
const main = readFileSync(new URL('guichet-securite.php', source), 'utf8');
const headerVersion = /^ \* Version:\s*(\S+)$/m.exec(main)?.[1];
const stable = /^Stable tag:\s*(\S+)$/m.exec(readFileSync(new URL('readme.txt', source), 'utf8'))?.[1];
if (headerVersion !== pkg.version || stable !== pkg.version) {
  throw new Error(`integrations/wordpress: Version ${headerVersion} and Stable tag ${stable} must be ${pkg.version}`);
}

/** A plain link for the fallback content: the site, else the number (a text message where it takes them). */
function fallbackLink(entry) {
  const url = entry.access.website?.url ?? entry.access.chat?.url ?? entry.access.moreInfo?.url;
  if (url) return { href: url };
  const phone = entry.access.phones?.[0];
  const link = phone && numberLink(phone);
  return link ? { href: link.href, display: phone.display } : undefined;
}

ensureEnglish();
const emergency = new Set(getEmergencyNumbers().map((entry) => entry.id));
const both = (text) => ({ fr: localize(text, 'fr'), en: localize(text, 'en') });
const data = {
  version: pkg.version,
  file: release.file,
  integrity: release.integrity,
  // The language packs, English first: loaded after the drop-in (French only) where the site's
  // language or an element asks for one.
  packs: release.packs ?? {},
  kinds: catalogue.kinds.map((kind) => ({ id: kind.id, name: both(kind.name) })),
  categories: catalogue.categories.map((category) => ({ id: category.id, name: both(category.name) })),
  services: catalogue.services.map((entry) => ({
    id: entry.id,
    name: both(entry.name),
    kind: entry.kind,
    categories: entry.categories,
    link: fallbackLink(entry) ?? null,
  })),
  // Help lines <emergency-numbers lines> takes: phone lines, not the emergency numbers.
  lines: catalogue.services
    .filter(
      (entry) => entry.kind === 'phone-line' && (entry.access.phones?.length ?? 0) > 0 && !emergency.has(entry.id),
    )
    .map((entry) => ({ id: entry.id, numbers: entry.access.phones.map((phone) => phone.number) })),
  starts: Object.entries(finder.entryPoints).map(([id, question]) => ({
    id,
    question: both(finder.questions.find((item) => item.id === question).text),
  })),
  outcomes: finder.outcomes.map((outcome) => outcome.id),
};

// ---------------------------------------------------------------------------

const files = {};
const folder = 'guichet-securite/';
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else files[folder + relative(source.pathname, path)] = readFileSync(path);
  }
};
walk(source.pathname);

files[`${folder}assets/${release.file}`] = readFileSync(new URL(`dist/${release.file}`, root));
for (const pack of Object.values(data.packs))
  files[`${folder}assets/${pack.file}`] = readFileSync(new URL(`dist/${pack.file}`, root));
files[`${folder}data/plugin-data.json`] = strToU8(`${JSON.stringify(data)}\n`);
files[`${folder}LICENSE`] = readFileSync(new URL('LICENSE', root));
for (const name of readdirSync(new URL('languages/', source)).filter((file) => file.endsWith('.po'))) {
  const po = readPo(readFileSync(new URL(`languages/${name}`, source), 'utf8'), `languages/${name}`);
  const base = name.slice(0, -'.po'.length);
  const locale = base.slice('guichet-securite-'.length);
  files[`${folder}languages/${base}.mo`] = writeMo(po);
  const script = 'block/editor.js';
  files[`${folder}languages/${base}-${createHash('md5').update(script).digest('hex')}.json`] = strToU8(
    JSON.stringify(scriptTranslations(po, script, locale)),
  );
}

const archive = `guichet-securite-wordpress-${pkg.version}.zip`;
// A fixed date keeps the archive the same from one build to the next.
const mtime = new Date('2026-01-01T00:00:00Z');
writeFileSync(
  new URL(`dist/${archive}`, root),
  zipSync(Object.fromEntries(Object.entries(files).map(([path, content]) => [path, [content, { mtime }]])), {
    level: 9,
  }),
);
console.log(`dist/${archive} (${Object.keys(files).length} files)`);
