// The release archive as a webmaster without Node gets it: unzipped, its
// configurator opened from the disk (file://) in Chromium, Firefox and WebKit
// writes the snippet for the archive's own file and hash; pasted into a page
// beside that script (served as a site would serve it), the snippet works.
// Also: LISEZ-MOI.txt explains every file of the archive, and exemple.html shows
// no heading and no number twice.
// Run twice by `npm test`: in the built-file step (Chromium and Firefox) and in
// the WebKit step (GUICHET_DIST_ENGINE=webkit, under Xvfb: WebKit only).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync, strFromU8 } from 'fflate';
import puppeteer from 'puppeteer-core';
import { startServer } from '../../scripts/static-server.mjs';
import { ENGINE, launchBrowser } from './browser.mjs';

const release = JSON.parse(readFileSync(new URL('../../dist/release.json', import.meta.url), 'utf8'));
const archive = unzipSync(readFileSync(new URL(`../../dist/guichet-securite-${release.version}.zip`, import.meta.url)));
const folder = `guichet-securite-${release.version}/`;
const names = Object.keys(archive).map((name) => name.slice(folder.length));

let dir;
let server;
const served = {};
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'guichet-archive-'));
  for (const [name, data] of Object.entries(archive)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), data);
  }
  // The archive's scripts on a site, and the pages the tests paste into.
  const scripts = {};
  for (const name of names.filter((file) => file.endsWith('.js'))) scripts[`/js/${name}`] = strFromU8(archive[folder + name]);
  server = await startServer(served, { scripts });
});
after(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const webkitRun = ENGINE === 'webkit' ? 'run in the Chromium step' : false;

test('the archive holds the configurator, and LISEZ-MOI.txt explains every file in it', { skip: webkitRun }, () => {
  for (const file of ['configurateur.html', 'configurateur.js', release.file, `${release.file}.sri`, 'exemple.html'])
    assert.ok(names.includes(file), file);
  const notice = strFromU8(archive[`${folder}LISEZ-MOI.txt`]);
  const missing = names.filter((name) => {
    // A pack is named as "guichet-securite-<version>.es.js, .de.js…", its .sri as "(leurs .sri)"; English's as "(et son .sri)".
    const pack = /^guichet-securite-[\d.]+(\.(?:es|de|ar|uk)\.js)(\.sri)?$/.exec(name);
    if (pack) return !notice.includes(pack[1]) || (pack[2] && !/leurs \.sri/.test(notice));
    if (name.endsWith('.en.js.sri')) return !/\.en\.js \(et son \.sri\)/.test(notice);
    return !notice.includes(name);
  });
  assert.deepEqual(missing, []);
  assert.match(notice, /configurateur\.html/);
  assert.doesNotMatch(notice, /npm/);
});

test('exemple.html shows each heading and each number once', { skip: webkitRun }, async () => {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(pathToFileURL(join(dir, folder, 'exemple.html')).href, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('report-finder')?.shadowRoot?.querySelector('.option'));
    const seen = await page.evaluate(() => {
      const headings = [];
      const numbers = [];
      const walk = (root) => {
        for (const element of root.querySelectorAll('*')) {
          if (/^H[1-6]$/.test(element.tagName) && element.checkVisibility()) headings.push(element.textContent.trim());
          if (element.tagName === 'A' && /^(tel|sms):/.test(element.getAttribute('href') ?? '') && element.checkVisibility())
            numbers.push(element.getAttribute('href'));
          if (element.shadowRoot) walk(element.shadowRoot);
        }
      };
      walk(document);
      return { headings, numbers };
    });
    const twice = (list) => list.filter((item, index) => list.indexOf(item) !== index);
    assert.deepEqual(twice(seen.headings), [], `headings: ${seen.headings.join(' | ')}`);
    assert.deepEqual(twice(seen.numbers), [], `numbers: ${seen.numbers.join(' ')}`);
    assert.ok(seen.numbers.includes('tel:17') && seen.numbers.includes('tel:112'), seen.numbers.join(' '));
  } finally {
    await browser.close();
  }
});

/** The engines a webmaster may open the file in (WebKit in its own step, under Xvfb). */
const ENGINES = Object.entries({
  chromium: () => launchBrowser(),
  firefox: () =>
    puppeteer.launch({
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
      headless: true,
    }),
  webkit: () => launchBrowser({ engine: 'webkit' }),
}).filter(([engine]) => (ENGINE === 'webkit') === (engine === 'webkit'));

for (const [engine, launch] of ENGINES) {
  test(`configurateur.html from the disk in ${engine}: its snippet names the archive's file and hash, and works pasted beside that script`, { timeout: 180_000 }, async () => {
    const browser = await launch();
    try {
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      const query = new URLSearchParams({ element: 'service-card', service: 'thesee', compact: '1' });
      await page.goto(`${pathToFileURL(join(dir, folder, 'configurateur.html')).href}?${query}`, { waitUntil: 'load' });
      await page.waitForFunction(() => document.querySelector('#snippet')?.textContent.includes('<service-card'), { timeout: 20_000 });
      const shown = await page.evaluate(() => ({
        snippet: document.querySelector('#snippet').textContent,
        preview: Boolean(document.querySelector('#preview-stage service-card')?.shadowRoot?.textContent.includes('THESEE')),
        links: [...document.querySelectorAll('header a, nav a')].map((link) => link.getAttribute('href')),
      }));
      assert.ok(shown.preview, 'the preview shows the card');
      assert.ok(shown.snippet.includes(`src="/js/${release.file}"`), shown.snippet);
      assert.ok(shown.snippet.includes(`integrity="${release.integrity}"`), 'the archive script\u2019s hash');
      // Alone in its folder: no link to the demo's pages.
      assert.ok(
        shown.links.every((href) => !/\.html$/.test(href.split('?')[0]) || href.split('?')[0].endsWith('/configurateur.html')),
        shown.links.join(' '),
      );
      // Pasted into a page of a site that serves the archive's script under /js/.
      const path = `/pasted-${engine}.html`;
      served[path] = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Collé</title></head><body>${shown.snippet}</body></html>`;
      await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
      await page.waitForFunction(() => document.querySelector('service-card')?.shadowRoot?.textContent.includes('THESEE'), { timeout: 20_000 });
      const card = await page.evaluate(() => ({
        defined: Boolean(customElements.get('service-card')),
        variant: document.querySelector('service-card').getAttribute('variant'),
        fallbackHidden: !document.querySelector('service-card > p')?.checkVisibility(),
      }));
      assert.deepEqual(card, { defined: true, variant: 'compact', fallbackHidden: true });
    } finally {
      await browser.close();
    }
  });
}
