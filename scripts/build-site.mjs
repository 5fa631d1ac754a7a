// The static site, dist/site/: home (French and English), the configurator, one
// page per element with its live examples, a town-hall page, the downloads, and
// the documentation (README, quick start, API, accessibility, decisions…)
// rendered from the repository's Markdown. Plain files: they work from file://
// and from any static host, with no server code.
// - Every page script is bundled by esbuild as a classic script: a module script
//   does not load from file://.
// - The configurator gets the release (file names, hashes) at build time: from
//   the disk it can fetch nothing.
// - The release archive's configurator (`configuratorPage`) is one file with its
//   script and styles inside, so it opens from the unzipped folder.
// Run by `npm run build` after the drop-in and the manifest.
import { buildSync } from 'esbuild';
import { Marked } from 'marked';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { registry } from './registry.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (path) => readFileSync(join(root, path), 'utf8');

/** A demo page's script as a classic script (IIFE), with the release put in when given. */
export function bundlePage(entry, { release, standalone = false } = {}) {
  const define = {};
  if (release) define.GUICHET_RELEASE = JSON.stringify(release);
  if (standalone) define.GUICHET_STANDALONE = 'true';
  const result = buildSync({
    entryPoints: [join(root, entry)],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    // The pages are UTF-8: the texts stay as written (four times smaller than escaped).
    charset: 'utf8',
    conditions: ['production'],
    define,
    write: false,
    logLevel: 'silent',
  });
  // A warning here is a page that would not work (an import dropped, a name undefined).
  if (result.warnings.length) throw new Error(`${entry}: ${result.warnings.map((warning) => warning.text).join('; ')}`);
  return result.outputFiles[0].text;
}

/**
 * The release archive's configurator: demo/configurator.html with its styles inside,
 * its script beside it as a classic script (configurateur.js), and no links to the
 * demo's other pages. Its snippets name the archive's own file and hash.
 */
export function configuratorFiles(release) {
  const css = `${read('demo/demo.css')}\n${read('demo/configurator.css')}`;
  const html = read('demo/configurator.html')
    .replace(/\s*<link rel="stylesheet" href="\.\/demo\.css" \/>/, '')
    .replace('<link rel="stylesheet" href="./configurator.css" />', () => `<style>\n${css}</style>`)
    .replace(
      '<script type="module" src="./configurator.ts"></script>',
      '<script src="./configurateur.js" defer></script>',
    );
  return {
    'configurateur.html': html,
    'configurateur.js': bundlePage('demo/configurator.ts', { release, standalone: true }),
  };
}

// ---------------------------------------------------------------------------
// Markdown

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to dashes, repeats numbered. */
export function slugger() {
  const seen = new Map();
  return (text) => {
    const base = text
      .toLowerCase()
      .trim()
      .replace(/<[^>]*>/g, '')
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count ? `${base}-${count}` : base;
  };
}

const escapeHtml = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Every Markdown file of the site: its place in the repository and in the site. */
export function markdownPages() {
  const pages = [
    { source: 'README.md', target: 'readme.html', lang: 'en' },
    { source: 'CHANGELOG.md', target: 'changelog.html', lang: 'en' },
    { source: 'CONTRIBUTING.md', target: 'contributing.html', lang: 'en' },
  ];
  const walk = (dir) => {
    for (const name of readdirSync(join(root, dir)).sort()) {
      const path = posix.join(dir, name);
      if (statSync(join(root, path)).isDirectory()) walk(path);
      else if (name.endsWith('.md'))
        pages.push({ source: path, target: path.replace(/\.md$/, '.html'), lang: languageOf(path) });
    }
  };
  walk('docs');
  return pages;
}

/** French: the quick start and the accessibility pages outside en/; English otherwise. */
function languageOf(path) {
  if (path.startsWith('docs/fr/')) return 'fr';
  if (path.startsWith('docs/accessibility/') && !path.startsWith('docs/accessibility/en/')) return 'fr';
  return 'en';
}

/** The demo's pages, and where each lands in the site. */
const DEMO_PAGES = [...registry.tags, 'configurator', 'city-hall'];

/**
 * Where a link of a Markdown file leads in the site: another rendered page (`.html`),
 * a demo page, an anchor; `null` for a file of the repository the site does not hold
 * (the link is then shown as its text).
 */
function siteHref(href, page, pages) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('#')) return href;
  const [path, hash = ''] = href.split('#');
  let target = posix.normalize(posix.join(posix.dirname(page.source), decodeURIComponent(path)));
  if (target.endsWith('/') || (existsSync(join(root, target)) && statSync(join(root, target)).isDirectory()))
    target = posix.join(target, 'README.md');
  const rendered = pages.find((item) => item.source === target);
  let site = rendered?.target;
  const demo = /^demo\/([\w-]+)\.html$/.exec(target);
  if (!site && demo && DEMO_PAGES.includes(demo[1])) site = `${demo[1]}.html`;
  if (!site && /^demo\/index(\.en)?\.html$/.test(target)) site = target.slice('demo/'.length);
  if (!site) return null;
  const from = posix.dirname(page.target);
  return `${posix.relative(from, posix.dirname(site)) || '.'}/${posix.basename(site)}${hash ? `#${hash}` : ''}`;
}

const LABELS = {
  fr: { home: 'Accueil', homeHref: 'index.html', skip: 'Aller au contenu', nav: 'Site', table: 'Tableau' },
  en: { home: 'Home', homeHref: 'index.en.html', skip: 'Skip to content', nav: 'Site', table: 'Table' },
};

/** One Markdown file as a page of the site. */
export function renderMarkdown(page, pages) {
  const slug = slugger();
  const marked = new Marked({ gfm: true });
  let tables = 0;
  marked.use({
    renderer: {
      heading({ tokens, depth }) {
        const inner = this.parser.parseInline(tokens);
        return `<h${depth} id="${slug(inner)}">${inner}</h${depth}>\n`;
      },
      link({ href, title, tokens }) {
        const inner = this.parser.parseInline(tokens);
        const target = siteHref(href, page, pages);
        if (target === null) return inner;
        return `<a href="${escapeHtml(target)}"${title ? ` title="${escapeHtml(title)}"` : ''}>${inner}</a>`;
      },
      code({ text, lang }) {
        const language = lang ? ` class="language-${escapeHtml(lang)}"` : '';
        // Focusable: a keyboard user can scroll a long line sideways.
        return `<pre tabindex="0"><code${language}>${escapeHtml(text)}</code></pre>\n`;
      },
    },
  });
  marked.use({
    hooks: {
      postprocess: (html) =>
        // A header cell with no words says nothing: an ordinary cell.
        html.replace(/<th>\s*<\/th>/g, '<td></td>').replace(/<table>([\s\S]*?)<\/table>/g, (table) => {
          tables += 1;
          return `<div class="table" role="region" tabindex="0" aria-label="${LABELS[page.lang].table} ${tables}">${table}</div>`;
        }),
    },
  });
  const body = marked.parse(read(page.source));
  const title = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(body)?.[1].replace(/<[^>]+>/g, '') ?? page.source;
  const up = posix.relative(posix.dirname(page.target), '.') || '.';
  const labels = LABELS[page.lang];
  return `<!doctype html>
<html lang="${page.lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title} – guichet-securite</title>
    <link rel="stylesheet" href="${up}/site.css" />
  </head>
  <body>
    <a class="skip" href="#content">${labels.skip}</a>
    <header>
      <nav aria-label="${labels.nav}"><ul><li><a href="${up}/${labels.homeHref}">guichet-securite – ${labels.home}</a></li></ul></nav>
    </header>
    <main id="content" class="doc">
${body}
    </main>
  </body>
</html>
`;
}

// ---------------------------------------------------------------------------
// The site

/** Rewrites a demo page for the site: its script bundled beside it. */
function demoPage(name) {
  return read(`demo/${name}.html`)
    .replace(`<script type="module" src="./${name}.ts"></script>`, `<script src="./${name}.js" defer></script>`)
    .replace(
      '<script src="../dist/guichet-securite.min.js"></script>',
      '<script src="./guichet-securite.min.js"></script>',
    );
}

export function buildSite(out = join(root, 'dist/site')) {
  const release = JSON.parse(read('dist/release.json'));
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const write = (path, text) => {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), text);
  };
  // Home, styles.
  for (const file of ['index.html', 'index.en.html'])
    write(
      file,
      read(`scripts/site-templates/${file}`)
        .replaceAll('{{version}}', release.version)
        .replaceAll('{{file}}', release.file),
    );
  write('site.css', `${read('demo/demo.css')}\n${read('scripts/site-templates/site.css')}`);
  for (const file of ['demo.css', 'configurator.css', 'city-hall.css']) write(file, read(`demo/${file}`));
  // The demo's pages, each with its script.
  for (const name of DEMO_PAGES) {
    write(`${name}.html`, demoPage(name));
    if (name === 'city-hall') continue;
    write(`${name}.js`, bundlePage(`demo/${name}.ts`, name === 'configurator' ? { release } : {}));
  }
  // The downloads: the archive, the drop-in and the language packs with their hashes.
  const files = [
    `guichet-securite-${release.version}.zip`,
    'guichet-securite.min.js',
    // The English home page loads English beside the drop-in under its plain name.
    'guichet-securite.en.js',
    release.file,
    `${release.file}.sri`,
    ...Object.values(release.packs ?? {}).flatMap(({ file }) => [file, `${file}.sri`]),
  ];
  for (const file of files) copyFileSync(join(root, 'dist', file), join(out, file));
  // The documentation.
  const pages = markdownPages();
  for (const page of pages) write(page.target, renderMarkdown(page, pages));
  return {
    out,
    pages: [
      ...DEMO_PAGES.map((name) => `${name}.html`),
      'index.html',
      'index.en.html',
      ...pages.map((page) => page.target),
    ],
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { out, pages } = buildSite();
  console.log(`${relative(root, out)}/: ${pages.length} pages`);
}
