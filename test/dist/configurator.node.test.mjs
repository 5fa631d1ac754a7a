// The demo's configurator, driven as a webmaster would in Chromium: pick an
// element and options in the form, copy the snippet, paste it into a blank
// page that serves the built drop-in, and check the result works as configured.
// Also: the configurator page itself passes axe, light and dark, and reflows.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startServer } from '../../scripts/static-server.mjs';
import { watchConsole, demoWithBrowser } from './browser.mjs';

const release = JSON.parse(readFileSync(new URL('../../dist/release.json', import.meta.url), 'utf8'));
const axeSource = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
/** Where the pasted pages find the drop-in (the webmaster types their own address). */
const scriptPath = `/dist/${release.file}`;


const pasted = {};
const started = demoWithBrowser();
let blank;
before(async () => {
  blank = await startServer(pasted);
});
after(async () => {
  await blank?.close();
});

async function openConfigurator(query = '', viewport = { width: 1280, height: 900 }) {
  const page = await started.browser.newPage();
  await page.setViewport(viewport);
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${started.demo.url}/demo/configurator.html${query}`, { waitUntil: 'networkidle0' });
  await page.waitForSelector('#snippet');
  return { page, errors };
}

/** Types into a text field as a person would: select what is there, type over it. */
async function typeInto(page, selector, text) {
  await page.click(selector, { clickCount: 3 });
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

/** Reads the snippet, and checks that the page's address reproduces it (a shared link). */
async function takeSnippet(page) {
  const text = await page.$eval('#snippet', (code) => code.textContent);
  const { page: shared } = await openConfigurator(new URL(page.url()).search);
  assert.equal(await shared.$eval('#snippet', (code) => code.textContent), text, 'the shared link gives the same snippet');
  await shared.close();
  return text;
}

/** Pastes a snippet into the body of an empty page and opens it. */
async function paste(name, snippet) {
  pasted[`/${name}.html`] = `<!doctype html>\n<html lang="fr">\n<head><meta charset="utf-8"><title>${name}</title></head>\n<body>\n${snippet}</body>\n</html>\n`;
  const page = await started.browser.newPage();
  await page.setViewport({ width: 1024, height: 800 });
  const { errors, warnings } = watchConsole(page);
  await page.goto(`${blank.url}/${name}.html`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => document.querySelector('service-list, service-card, report-finder')?.shadowRoot?.childElementCount > 0);
  return { page, problems: { errors, warnings } };
}

test('snippet 1: a list of complaint services for one département, in English', async () => {
  const { page, errors } = await openConfigurator();
  await page.click('input[name="element"][value="service-list"]');
  await page.click('input[name="categories"][value="report-crime"]');
  await typeInto(page, '#department', '35');
  await page.select('#lang', 'en');
  await typeInto(page, '#script', scriptPath);
  const snippet = await takeSnippet(page);
  assert.match(snippet, new RegExp(`<script src="${scriptPath}" integrity="${release.integrity.replace(/[+/]/g, '\\$&')}" crossorigin="anonymous"></script>`));
  assert.match(snippet, /<service-list category="report-crime" department="35" lang="en">/);
  assert.deepEqual(errors, []);

  const { page: site, problems } = await paste('list', snippet);
  const result = await site.evaluate(() => {
    const list = document.querySelector('service-list');
    const cards = Array.from(list.shadowRoot.querySelectorAll('service-card')).map((card) => card.getAttribute('service'));
    return {
      cards,
      // The built-in services are national: no département field without local contacts that need it.
      departmentField: list.shadowRoot.querySelector('#department'),
      english: list.shadowRoot.textContent.includes('Search for a service'),
      fallbackLinks: Array.from(list.querySelectorAll('a')).length,
    };
  });
  assert.ok(result.cards.includes('plainte-en-ligne'), 'the online complaint is listed');
  assert.ok(!result.cards.includes('pharos'), 'other categories are not');
  assert.equal(result.departmentField, null);
  assert.ok(result.english, 'the list speaks English');
  assert.equal(result.fallbackLinks, result.cards.length, 'the fallback links the same services');
  assert.deepEqual([...problems.errors, ...problems.warnings], []);
  await Promise.all([page.close(), site.close()]);
});

test('snippet 2: a finder starting at "violence", dark, with an accent colour and a local contact', async () => {
  const { page } = await openConfigurator();
  await page.click('input[name="element"][value="report-finder"]');
  await page.select('#start', 'violence');
  await page.select('#theme', 'dark');
  // A colour picker's own dialog is the browser's: set the value as it would.
  await page.$eval('#color-accent', (input) => {
    input.value = '#f0b3c4';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await page.click('#contacts-example');
  await typeInto(page, '#script', scriptPath);
  const snippet = await takeSnippet(page);
  assert.match(snippet, /<report-finder start="violence" theme="dark" style="--guichet-color-accent: #f0b3c4">/);
  assert.match(snippet, /<script type="application\/json" data-contacts>/);
  assert.equal(await page.$('.problems'), null, '#f0b3c4 passes AA on the dark background');
  const { page: site, problems } = await paste('finder', snippet);
  const first = await site.evaluate(() => {
    const finder = document.querySelector('report-finder');
    return {
      question: finder.shadowRoot.querySelector('h2, h3').textContent.trim(),
      accent: getComputedStyle(finder).getPropertyValue('--guichet-color-accent').trim(),
      background: getComputedStyle(finder.shadowRoot.querySelector('[part="finder"]')).backgroundColor,
    };
  });
  assert.match(first.question, /De quoi s’agit-il|De quoi s'agit-il/);
  assert.equal(first.accent, '#f0b3c4');
  assert.equal(first.background, 'rgb(23, 25, 29)', 'dark theme');
  const outcome = await site.evaluate(async () => {
    const finder = document.querySelector('report-finder');
    finder.shadowRoot.querySelectorAll('.option')[0].click(); // "Violence in the couple or family, or sexual or sexist violence"
    await finder.updateComplete;
    finder.shadowRoot.querySelectorAll('.option')[0].click(); // "The victim, 18 or over"
    await finder.updateComplete;
    // The site's own contacts are one tap away, under "Near you".
    [...finder.shadowRoot.querySelectorAll('details.more summary')].find((summary) => summary.textContent.includes('Près de chez vous'))?.click();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const local = finder.shadowRoot.querySelector('service-card[service="police-municipale-exempleville"]');
    return local?.shadowRoot.textContent ?? '';
  });
  assert.match(outcome, /Police municipale d’Exempleville/, 'the local contact is shown with the outcome');
  assert.deepEqual([...problems.errors, ...problems.warnings], []);
  await Promise.all([page.close(), site.close()]);
});

test('snippet 3: one compact card with the site\'s font', async () => {
  const { page } = await openConfigurator();
  await page.click('input[name="element"][value="service-card"]');
  await page.select('#service', 'perceval');
  await page.click('#compact');
  await typeInto(page, '#font', 'Georgia, serif');
  await typeInto(page, '#script', scriptPath);
  const snippet = await takeSnippet(page);
  assert.match(snippet, /<service-card service="perceval" variant="compact" style="--guichet-font-family: Georgia, serif">/);
  const { page: site, problems } = await paste('card', snippet);
  const card = await site.evaluate(() => {
    const element = document.querySelector('service-card');
    const title = element.shadowRoot.querySelector('[part="title"]');
    return {
      title: title.textContent.trim(),
      font: getComputedStyle(title).fontFamily,
      more: Boolean(element.shadowRoot.querySelector('.more')),
    };
  });
  assert.match(card.title, /PERCEVAL/);
  assert.match(card.font, /Georgia/);
  assert.ok(card.more, 'compact: "More details" disclosure');
  assert.deepEqual([...problems.errors, ...problems.warnings], []);
  await Promise.all([page.close(), site.close()]);
});

test('a wrong integrity hash is refused by the browser: the fallback links stay', async () => {
  const { page } = await openConfigurator(`?element=service-card&service=pharos&script=${encodeURIComponent(scriptPath)}`);
  const snippet = (await page.$eval('#snippet', (code) => code.textContent)).replace(/integrity="sha384-[^"]+"/, 'integrity="sha384-AAAA"');
  pasted['/tampered.html'] = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>t</title></head><body>${snippet}</body></html>`;
  const site = await started.browser.newPage();
  await site.goto(`${blank.url}/tampered.html`, { waitUntil: 'networkidle0' });
  const state = await site.evaluate(() => ({
    defined: Boolean(customElements.get('service-card')),
    link: document.querySelector('service-card a')?.getAttribute('href'),
  }));
  assert.deepEqual(state, { defined: false, link: 'https://www.internet-signalement.gouv.fr' });
  await Promise.all([page.close(), site.close()]);
});

const contacts = encodeURIComponent(
  JSON.stringify([
    {
      id: 'police-municipale-exempleville',
      kind: 'phone-line',
      categories: ['help-support'],
      name: 'Police municipale',
      summary: 'Accueil du public.',
      access: { phones: [{ number: '+33199000000', display: '01 99 00 00 00' }] },
      outcomes: ['complaint-in-person'],
    },
    { id: 'Not an id', kind: 'phone-line', categories: ['help-support'], name: 'Association' },
  ]),
);
for (const [scheme, ui] of [
  ['light', 'fr'],
  ['dark', 'fr'],
  ['light', 'en'],
]) {
  test(`the configurator page has no axe violation (${scheme}, ${ui}), for every element`, async () => {
    for (const element of ['service-list', 'service-card', 'report-finder', 'emergency-numbers', 'quick-exit']) {
      // With a colour that passes in the theme shown, and two local contacts, one refused (so every part of the form is there, its errors too).
      const accent = scheme === 'light' ? '%238a1538' : '%23f0b3c4';
      const { page, errors } = await openConfigurator(`?element=${element}&theme=${scheme}&color-accent=${accent}&contacts=${contacts}${ui === 'en' ? '&ui=en' : ''}`);
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const results = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
        return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      });
      assert.deepEqual(violations, [], element);
      assert.deepEqual(errors, []);
      await page.close();
    }
  });
}

test('the configurator page reflows at 320 px and works from the keyboard alone', async () => {
  const { page } = await openConfigurator('', { width: 320, height: 640 });
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320), 'no sideways scrolling');
  // Tab to the "card" choice, pick it with the arrow keys, then reach the copy button.
  await page.focus('input[name="element"][value="service-list"]');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.$eval('input[name="element"]:checked', (input) => input.value), 'service-card');
  let reached = false;
  for (let i = 0; i < 80 && !reached; i += 1) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.id === 'copy');
  }
  assert.ok(reached, 'the copy button is reachable with Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.equal(outline, 'solid');
  await page.close();
});

test('the code to copy is in reach: in view on load at 1280 × 800, and while scrolling the form at 360 × 740', async () => {
  const visibleCopy = (page) =>
    page.evaluate(() =>
      [...document.querySelectorAll('button')]
        .filter((button) => button.textContent.trim() === 'Copier le code' && button.checkVisibility())
        .map((button) => button.getBoundingClientRect())
        .filter((box) => box.top >= 0 && box.bottom <= innerHeight)
        .map((box) => Math.round(box.top)),
    );
  const wide = await openConfigurator('?element=service-list', { width: 1280, height: 800 });
  assert.equal((await visibleCopy(wide.page)).length, 1, 'the copy button in view on load at 1280 × 800');
  await wide.page.close();
  const narrow = await openConfigurator('?element=report-finder', { width: 360, height: 740 });
  const end = await narrow.page.$eval('form', (form) => form.getBoundingClientRect().bottom + scrollY - innerHeight / 2);
  for (let y = 0; y <= end; y += 400) {
    await narrow.page.evaluate((top) => scrollTo(0, top), y);
    assert.ok((await visibleCopy(narrow.page)).length > 0, `a copy button in view at scroll ${y}`);
  }
  await narrow.page.close();
});
