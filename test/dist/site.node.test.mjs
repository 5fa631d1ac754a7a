// The static site (dist/site/, written by `npm run build`), opened from the disk
// (file://) in Chromium as a webmaster who unzipped it would: every page loads
// without an error, passes axe, and never scrolls sideways at 360 and 1280 px;
// every link inside the site leads to a file the site holds.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchBrowser, watchConsole } from './browser.mjs';

const site = fileURLToPath(new URL('../../dist/site/', import.meta.url));
const release = JSON.parse(readFileSync(new URL('../../dist/release.json', import.meta.url), 'utf8'));
const axeSource = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

const htmlFiles = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
const pages = htmlFiles(site).map((path) => relative(site, path).replaceAll('\\', '/')).sort();
/** Pages that share a template with many others: one of each kind in the axe run (all are in the link check). */
const axePages = pages.filter((page) => !/^docs\/decisions\/(?!0001)/.test(page));

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

test('the site has its pages: homes in French and English, each element, the configurator, the docs', () => {
  for (const page of [
    'index.html',
    'index.en.html',
    'configurator.html',
    'report-finder.html',
    'service-list.html',
    'service-card.html',
    'emergency-numbers.html',
    'quick-exit.html',
    'city-hall.html',
    'readme.html',
    'docs/api.html',
    'docs/fr/LISEZ-MOI.html',
    'docs/accessibility/README.html',
    'docs/accessibility/en/README.html',
  ])
    assert.ok(pages.includes(page), page);
  for (const file of [`guichet-securite-${release.version}.zip`, release.file, `${release.file}.sri`])
    assert.ok(existsSync(join(site, file)), `download ${file}`);
});

test('no page of the site links to a file it does not hold', () => {
  const broken = [];
  for (const page of pages) {
    const html = readFileSync(join(site, page), 'utf8');
    for (const [, href] of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('#')) continue;
      const path = decodeURIComponent(href.split(/[?#]/)[0]);
      if (!path) continue;
      if (!existsSync(join(dirname(join(site, page)), path))) broken.push(`${page} → ${href}`);
    }
  }
  assert.deepEqual(broken, []);
});

/** Opens one page from the disk at a width: what is wrong with it (errors, axe, sideways scrolling). */
async function problemsOf(path, width) {
  const problems = [];
  const page = await browser.newPage();
  await page.setViewport({ width, height: width === 360 ? 740 : 900 });
  const { errors } = watchConsole(page);
  await page.goto(pathToFileURL(join(site, path)).href, { waitUntil: 'load' });
  // The demo pages render their examples from their script.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
  await page.evaluate(axeSource);
  const found = await page.evaluate(async () => {
    // No preload: axe would fetch the style sheets, which a page opened from the disk cannot.
    const results = await window.axe.run(document, { preload: false });
    return {
      violations: results.violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      ),
      scrollWidth: document.documentElement.scrollWidth,
      undefinedTags: [...document.querySelectorAll('*')]
        .filter((element) => element.localName.includes('-') && !customElements.get(element.localName))
        .map((element) => element.localName),
    };
  });
  if (found.violations.length) problems.push(`${path}: ${found.violations.join(' | ')}`);
  if (found.scrollWidth > width) problems.push(`${path}: ${found.scrollWidth} px wide`);
  if (found.undefinedTags.length) problems.push(`${path}: not defined ${[...new Set(found.undefinedTags)].join(', ')}`);
  // The broken-tree example of the finder's page says, as it should, that its tree was refused.
  const unexpected = errors.filter(
    (error) => !(path === 'report-finder.html' && /the decision tree was refused/.test(error)),
  );
  if (unexpected.length) problems.push(`${path}: ${unexpected.join(' | ')}`);
  await page.close();
  return problems;
}

for (const width of [360, 1280]) {
  test(`every page opens from the disk without an error, passes axe and fits ${width} px`, { timeout: 600_000 }, async () => {
    // Two pages at a time (the machine has two cores).
    const queue = [...axePages];
    const problems = [];
    await Promise.all(
      [0, 1].map(async () => {
        for (let path = queue.shift(); path; path = queue.shift()) problems.push(...(await problemsOf(path, width)));
      }),
    );
    assert.deepEqual(problems.sort(), []);
  });
}

test('the element pages show their live examples from the disk, in French and in English', async () => {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  for (const [query, lang, title] of [
    ['', 'fr', 'en ce moment'],
    ['?ui=en', 'en', 'happening'],
  ]) {
    await page.goto(`${pathToFileURL(join(site, 'report-finder.html')).href}${query}`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('.stage report-finder')?.shadowRoot?.querySelector('.option'));
    const shown = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      examples: document.querySelectorAll('section.example').length,
      question: document.querySelector('.stage report-finder').shadowRoot.textContent,
    }));
    assert.equal(shown.lang, lang);
    assert.ok(shown.examples >= 2, 'examples rendered');
    assert.match(shown.question, new RegExp(title, 'i'));
  }
  await page.close();
});
