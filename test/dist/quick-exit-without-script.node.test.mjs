// The quick exit exists before the script runs, and without it: every page the project writes
// (the README's and LISEZ-MOI's quick start, the archive's example, the site's homes, every page of
// the demo: element pages, homes, configurator, town-hall page, host pages) shows, with JavaScript disabled, a link inside it that leaves for
// the neutral site. In Chromium, the neutral site answered by the test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { demoWithBrowser } from './browser.mjs';
import { quickStart } from './snippets.mjs';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

const started = demoWithBrowser();

const NEUTRAL = 'https://www.service-public.gouv.fr/';

/** Opens `load` with JavaScript off, finds the visible link inside the first <quick-exit> that is not `about`, follows it. */
async function leaveWithoutScript(load) {
  const page = await started.browser.newPage();
  await page.setJavaScriptEnabled(false);
  await page.setViewport({ width: 360, height: 740 });
  await page.setRequestInterception(true);
  page.on('request', (request) =>
    request.url().startsWith('https://')
      ? request.respond({ status: 200, contentType: 'text/html', body: '<title>neutre</title>' })
      : request.continue(),
  );
  await load(page);
  const link = await page.$('quick-exit:not([about]) a[href]');
  assert.ok(link, 'a link inside the quick exit');
  const shown = await link.evaluate((a) => {
    const box = a.getBoundingClientRect();
    return { visible: box.width > 0 && box.height > 0 && getComputedStyle(a).visibility === 'visible', text: a.textContent.trim() };
  });
  assert.ok(shown.visible, 'the link is shown');
  assert.match(shown.text, /Quitter ce site|Leave this site/);
  await Promise.all([page.waitForNavigation(), link.click()]);
  const left = page.url();
  await page.close();
  return left;
}

for (const [name, readme] of [
  ['README', 'README.md'],
  ['LISEZ-MOI', 'docs/fr/LISEZ-MOI.md'],
]) {
  test(`the ${name} snippet, without JavaScript, shows an exit link that leaves`, async () => {
    const { snippet } = quickStart(read(readme));
    const left = await leaveWithoutScript((page) =>
      page.setContent(`<!doctype html><html lang="fr"><head><title>Mairie</title></head><body>${snippet}</body></html>`),
    );
    assert.equal(left, NEUTRAL);
  });
}

test("the archive's exemple.html, without JavaScript, shows an exit link that leaves", async () => {
  const html = read('scripts/release-templates/exemple.html').replace(/<script[\s\S]*?<\/script>/g, '');
  const left = await leaveWithoutScript((page) => page.setContent(html));
  assert.equal(left, NEUTRAL);
});

/** Every page of the demo: the element pages, the homes, the town-hall page, the host pages (frameworks included). */
const htmlIn = (folder) =>
  readdirSync(new URL(`../../${folder}/`, import.meta.url))
    .filter((name) => name.endsWith('.html'))
    .map((name) => `/${folder}/${name}`);
for (const home of ['index.html', 'index.en.html']) {
  test(`the site's home page ${home}, without JavaScript, shows an exit link that leaves`, async () => {
    const html = read(`scripts/site-templates/${home}`).replace(/<script[\s\S]*?<\/script>/g, '');
    const left = await leaveWithoutScript((page) => page.setContent(html));
    assert.equal(left, NEUTRAL);
  });
}

const demoPages = [...htmlIn('demo'), ...htmlIn('demo/hosts'), ...htmlIn('demo/hosts/frameworks')];

test('every demo page, without JavaScript, shows an exit link that leaves', async () => {
  assert.ok(demoPages.length >= 18, `demo pages found: ${demoPages.join(', ')}`);
  for (const path of demoPages) {
    const left = await leaveWithoutScript((page) => page.goto(`${started.demo.url}${path}`));
    assert.equal(left, NEUTRAL, path);
  }
});
