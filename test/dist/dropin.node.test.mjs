// The built drop-in (dist/guichet-securite.min.js) on real pages, in Chromium, and in
// WebKit with GUICHET_DIST_ENGINE=webkit (see browser.mjs for what differs there).
// Runs after `npm run build`.
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../../scripts/static-server.mjs';
import { valid } from '../fixtures/local-contacts-corpus.mjs';
import { answerFinderAndSearch, chromiumOnly, launchEngine, serverOptions, watchConsole, watchRequests } from './browser.mjs';

const script = '<script src="/dist/guichet-securite.min.js"></script>';
const pages = {
  '/twice.html': `<!doctype html><html lang="fr"><body>${script}${script}<script type="module" src="/dist/guichet-securite.min.js?module"></script>
    <service-list services="thesee,perceval" no-filters></service-list><service-card service="pharos"></service-card></body></html>`,
  '/taken.html': `<!doctype html><html lang="fr"><body>
    <script>customElements.define('service-card', class extends HTMLElement { connectedCallback() { this.textContent = 'other library'; } });</script>
    ${script}<service-list services="thesee" no-filters></service-list><service-card service="pharos"></service-card></body></html>`,
};

pages['/qe-start.html'] = '<!doctype html><html lang="fr"><title>start</title><body>start</body></html>';
pages['/qe-landing.html'] = '<!doctype html><html lang="fr"><title>landing</title><body>landing</body></html>';
pages['/qe-page.html'] = `<!doctype html><html lang="fr"><title>help page</title><body>${script}<quick-exit href="/qe-landing.html"></quick-exit></body></html>`;

pages['/privacy.html'] = `<!doctype html><html lang="fr"><body>
  <script>window.__globalsBefore = Object.getOwnPropertyNames(window);</script>
  ${script}
  <report-finder></report-finder><service-list></service-list><emergency-numbers lines="3919"></emergency-numbers><quick-exit></quick-exit>
</body></html>`;

// A language pack after the drop-in, and one before it (it waits on the global for the drop-in).
pages['/pack-after.html'] = `<!doctype html><html lang="ar"><body>${script}<script src="/dist/guichet-securite.ar.js"></script>
  <report-finder></report-finder></body></html>`;
pages['/pack-before.html'] = `<!doctype html><html lang="fr"><body><script src="/dist/guichet-securite.uk.js"></script>${script}
  <report-finder lang="uk"></report-finder><service-card service="pharos" lang="es"></service-card></body></html>`;

// The drop-in alone is French; English is a file of its own, after the drop-in or before it.
pages['/french-only.html'] = `<!doctype html><html lang="fr"><body>${script}
  <report-finder></report-finder><service-card service="pharos" lang="en"></service-card></body></html>`;
pages['/english-after.html'] = `<!doctype html><html lang="en"><body>${script}<script src="/dist/guichet-securite.en.js"></script>
  <report-finder></report-finder><service-card service="pharos"></service-card></body></html>`;
pages['/english-before.html'] = `<!doctype html><html lang="fr"><body><script src="/dist/guichet-securite.en.js"></script>${script}
  <report-finder lang="en"></report-finder><service-card service="pharos" lang="en"></service-card></body></html>`;

// The drop-in in the head and a page that arrives in two parts, as over a slow network: the elements
// are upgraded, and render, before their local contacts (a JSON script inside each) are parsed.
const slowContact = { ...valid, id: 'permanence-lente', availability: { national: true } };
pages['/contacts-late.html'] = [
  `<!doctype html><html lang="fr"><head>${script}</head><body><h1>Mairie</h1><service-list category="help-support"><p>Services</p>`,
  `<script type="application/json">${JSON.stringify([slowContact])}</script></service-list>
  <service-card service="permanence-lente"><script type="application/json">${JSON.stringify([slowContact])}</script></service-card></body></html>`,
];

// The drop-in in the head, a list without local contacts on a page that arrives in two parts: each card
// is counted each time it renders (the drop-in's classes are wrapped right after it is evaluated).
pages['/list-loading.html'] = [
  `<!doctype html><html lang="fr"><head>${script}<script>
    window.__renders = new Map();
    for (const tag of ['service-list', 'service-card']) {
      const update = customElements.get(tag).prototype.update;
      customElements.get(tag).prototype.update = function (changed) {
        window.__renders.set(this, (window.__renders.get(this) ?? 0) + 1);
        return update.call(this, changed);
      };
    }
  </script></head><body><h1>Mairie</h1><service-list category="help-support"></service-list><p>Suite de la page`,
  `, arrivée plus tard.</p></body></html>`,
];

let server;
let browser;
before(async () => {
  server = await startServer(pages, serverOptions);
  // quick-exit accepts http: only on this machine; give it the server's full address.
  pages['/qe-page.html'] = pages['/qe-page.html'].replace('href="/qe-landing.html"', `href="${server.url}/qe-landing.html"`);
  browser = await launchEngine();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path) {
  const page = await browser.newPage();
  const { errors, warnings } = watchConsole(page);
  await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => customElements.get('service-list') !== undefined);
  await new Promise((resolve) => setTimeout(resolve, 200));
  return { page, errors, warnings };
}

const shadowCount = (selector, inner) =>
  `Array.from(document.querySelectorAll('${selector}')).map((el) => el.shadowRoot ? el.shadowRoot.querySelectorAll('${inner}').length : -1)`;

for (const [width, height] of [
  [360, 740],
  [1280, 900],
]) {
  test(`the town-hall page at ${width} px: the fixed quick exit covers none of the page's text`, async () => {
    const page = await browser.newPage();
    await page.setViewport({ width, height });
    await page.goto(`${server.url}/demo/city-hall.html`, { waitUntil: 'networkidle0' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const covered = await page.evaluate(() => {
      const exit = document.querySelector('quick-exit[fixed]');
      const button = exit.shadowRoot.querySelector('[part="button"]').getBoundingClientRect();
      const hit = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent.trim() || node.parentElement.closest('script, style')) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const rect of range.getClientRects()) {
          if (rect.right > button.left && rect.left < button.right && rect.bottom > button.top && rect.top < button.bottom) hit.push(node.textContent.trim().slice(0, 40));
        }
      }
      return { hit, reserved: getComputedStyle(document.documentElement).getPropertyValue('--guichet-quick-exit-block-size'), buttonBottom: button.bottom };
    });
    assert.deepEqual(covered.hit, [], 'no text of the page under the button');
    assert.ok(parseFloat(covered.reserved) >= covered.buttonBottom, `the page reads the reserved size (${covered.reserved})`);
    await page.close();
  });
}

test("the release archive's example page works opened from the disk, without a server", async () => {
  const { unzipSync } = await import('fflate');
  const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join, dirname } = await import('node:path');
  const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  const dir = mkdtempSync(join(tmpdir(), 'archive-'));
  for (const [name, data] of Object.entries(unzipSync(readFileSync(new URL(`../../dist/guichet-securite-${version}.zip`, import.meta.url))))) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), data);
  }
  const page = await browser.newPage();
  const { errors } = watchConsole(page);
  await page.goto(`file://${join(dir, `guichet-securite-${version}`, 'exemple.html')}`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('report-finder')?.shadowRoot?.querySelector('#step-heading'));
  const state = await page.evaluate(() => ({
    question: document.querySelector('report-finder').shadowRoot.querySelector('#step-heading').textContent,
    // The finder shows the emergency numbers itself (the page has no <emergency-numbers> to repeat them).
    numbers: (function count(root) {
      return [...root.querySelectorAll('*')].reduce(
        (sum, element) => sum + (element.matches('a[href^="tel:"], a[href^="sms:"]') ? 1 : 0) + (element.shadowRoot ? count(element.shadowRoot) : 0),
        0,
      );
    })(document.querySelector('report-finder').shadowRoot),
    about: document.querySelector('quick-exit[about]').shadowRoot.textContent.includes('Ce que fait ce bouton'),
  }));
  assert.deepEqual(errors, []);
  assert.match(state.question, /en ce moment/);
  assert.ok(state.numbers >= 3, `17, 112 and 114 (${state.numbers})`);
  assert.ok(state.about);
  await page.close();
});

test('the town-hall demo page shows a working list and cards from the single file', async () => {
  const { page, errors } = await open('/demo/city-hall.html');
  assert.deepEqual(errors, []);
  const cards = await page.evaluate(shadowCount('service-list', 'service-card'));
  assert.deepEqual(cards, [JSON.parse(readFileSync(new URL('../../data/catalogue.json', import.meta.url), 'utf8')).services.length]);
  const titles = await page.evaluate(() => Array.from(document.querySelectorAll('body service-card')).map((card) => card.shadowRoot.querySelector('#title').textContent));
  const question = await page.evaluate(() => document.querySelector('report-finder').shadowRoot.querySelector('#step-heading').textContent);
  assert.equal(question, "Est-ce que ça se passe en ce moment, ou quelqu'un est-il en danger ?");
  assert.deepEqual(titles, ['Opération Tranquillité Vacances (OTV)', '3919 – Violences Femmes Info']);
  // Search works in the built file.
  await page.evaluate(() => {
    const input = document.querySelector('service-list').shadowRoot.querySelector('#search');
    input.value = 'pre plainte';
    input.dispatchEvent(new Event('input'));
  });
  await new Promise((resolve) => setTimeout(resolve, 100));
  const first = await page.evaluate(() => document.querySelector('service-list').shadowRoot.querySelector('service-card').getAttribute('service'));
  assert.equal(first, 'plainte-en-ligne');
  const global = await page.evaluate(() => typeof window.GuichetSecurite?.getService === 'function' && window.GuichetSecurite.VERSION);
  assert.match(String(global), /^\d+\.\d+\.\d+$/);
  await page.close();
});

test('loading the drop-in three times (twice classic, once as a module) throws nothing and warns nothing', async () => {
  const { page, errors, warnings } = await open('/twice.html');
  assert.deepEqual(errors, []);
  assert.deepEqual(warnings, []);
  assert.deepEqual(await page.evaluate(shadowCount('service-list', 'service-card')), [2]);
  assert.deepEqual(await page.evaluate(shadowCount('service-card', '#title')), [1]);
  await page.close();
});

test('a tag taken by another library: one warning, the other elements still work', async () => {
  const { page, errors, warnings } = await open('/taken.html');
  assert.deepEqual(errors, []);
  assert.equal(warnings.filter((text) => text.includes('already defined by another script')).length, 1);
  assert.equal(await page.evaluate(() => document.querySelector('body > service-card').textContent), 'other library');
  // The list still renders (its cards are the other library's elements now).
  assert.deepEqual(await page.evaluate(shadowCount('service-list', '#search')), [1]);
  assert.deepEqual(await page.evaluate(shadowCount('service-list', '.grid > li')), [1]);
  await page.close();
});

for (const how of ['pointer', 'touch', 'keyboard']) {
  test(`quick exit by ${how}: leaves, and the browser's Back does not return to the page`, { skip: how === 'touch' && chromiumOnly('touch emulation') }, async () => {
    const page = await browser.newPage();
    if (how === 'touch') await page.setViewport({ width: 390, height: 844, hasTouch: true, isMobile: true });
    await page.goto(`${server.url}/qe-start.html`);
    await page.goto(`${server.url}/qe-page.html`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => document.querySelector('quick-exit')?.shadowRoot?.querySelector('[part="button"]'));
    const navigation = page.waitForNavigation();
    const box = await page.evaluate(() => {
      const rect = document.querySelector('quick-exit').shadowRoot.querySelector('[part="button"]').getBoundingClientRect();
      return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    });
    if (how === 'pointer') await page.mouse.click(box.x, box.y);
    else if (how === 'touch') await page.touchscreen.tap(box.x, box.y);
    else for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
    await navigation;
    assert.equal(new URL(page.url()).pathname, '/qe-landing.html');
    await page.goBack();
    assert.equal(new URL(page.url()).pathname, '/qe-start.html');
    await page.close();
  });
}

test('privacy: no network request, no cookie, no storage, no global but GuichetSecurite', async () => {
  const page = await browser.newPage();
  const requests = watchRequests(page, server);
  await page.goto(`${server.url}/privacy.html`, { waitUntil: 'networkidle0' });
  const afterLoad = (await requests.urls()).length;
  // Use everything a visitor would: answer the finder, search the list, open details.
  await answerFinderAndSearch(page, 'arnaque', 800);
  await page.evaluate(async () => {
    document.querySelector('service-list').shadowRoot.querySelector('service-card').shadowRoot.querySelector('.more').click();
    await new Promise((resolve) => setTimeout(resolve, 100));
  });
  const urls = await requests.urls();
  assert.ok(afterLoad >= 2, `the page and the script were seen (${afterLoad} requests)`);
  assert.deepEqual(urls.slice(afterLoad), [], 'no request after the script loaded');
  assert.deepEqual(urls.filter((url) => !url.startsWith(server.url)), [], 'no request to another origin, ever');
  const state = await page.evaluate(async () => ({
    cookie: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).length,
    globals: Object.getOwnPropertyNames(window).filter((name) => !window.__globalsBefore.includes(name) && name !== '__globalsBefore'),
  }));
  assert.deepEqual(state, { cookie: '', local: 0, session: 0, databases: 0, globals: ['GuichetSecurite'] });
  assert.deepEqual(await page.cookies(), []);
  await page.close();
});

test('language packs: Arabic after the drop-in, right to left, to a result; Ukrainian before it; a missing pack named once', async () => {
  const { page, errors, warnings } = await open('/pack-after.html');
  const arabic = await page.evaluate(async () => {
    const finder = document.querySelector('report-finder');
    const box = finder.shadowRoot.querySelector('[lang]');
    const first = finder.shadowRoot.querySelector('[part~="question"]').textContent.trim();
    for (const position of [3, 1, 3, 2, 0]) {
      finder.shadowRoot.querySelectorAll('[part~="option"]')[position].click();
      await finder.updateComplete;
    }
    return {
      lang: box.getAttribute('lang'),
      dir: box.getAttribute('dir'),
      direction: getComputedStyle(finder.shadowRoot.querySelector('[part~="finder"]')).direction,
      first,
      outcome: finder.shadowRoot.querySelector('[part~="outcome"]').textContent.trim(),
      globals: typeof window.GuichetSecurite.registerLanguagePack,
    };
  });
  assert.deepEqual(errors, []);
  assert.deepEqual(warnings, []);
  assert.equal(arabic.lang, 'ar');
  assert.equal(arabic.dir, 'rtl');
  assert.equal(arabic.direction, 'rtl');
  assert.match(arabic.first, /[\u0600-\u06ff]/, 'the first question in Arabic');
  assert.match(arabic.outcome, /THESEE/);
  assert.match(arabic.outcome, /[\u0600-\u06ff]/, 'the result in Arabic');
  await page.close();

  const before = await open('/pack-before.html');
  const ukrainian = await before.page.evaluate(() => ({
    question: document.querySelector('report-finder').shadowRoot.querySelector('[part~="question"]').textContent.trim(),
    card: document.querySelector('service-card').shadowRoot.querySelector('[lang]').getAttribute('lang'),
  }));
  assert.match(ukrainian.question, /[\u0400-\u04ff]/, 'the finder in Ukrainian');
  assert.equal(ukrainian.card, 'fr', 'Spanish without its pack: French');
  assert.equal(before.warnings.filter((text) => text.includes('guichet-securite.es.js')).length, 1, before.warnings.join('\n'));
  await before.page.close();
});

test('the drop-in alone is French: no English in the file, asked for English it names the English file once', async () => {
  const { readFileSync: read } = await import('node:fs');
  const file = read(new URL('../../dist/guichet-securite.min.js', import.meta.url), 'utf8');
  assert.doesNotMatch(file, /Fewer details|Who it is for|Online complaint/, 'no English message nor data text in the file');
  const { page, errors, warnings } = await open('/french-only.html');
  const state = await page.evaluate(() => ({
    question: document.querySelector('report-finder').shadowRoot.querySelector('[part~="question"]').textContent.trim(),
    card: document.querySelector('service-card').shadowRoot.querySelector('[lang]').getAttribute('lang'),
    title: document.querySelector('service-card').shadowRoot.querySelector('[part~="title"]').textContent.trim(),
  }));
  assert.deepEqual(errors, []);
  assert.equal(state.question, "Est-ce que ça se passe en ce moment, ou quelqu'un est-il en danger ?");
  assert.equal(state.card, 'fr');
  assert.match(state.title, /PHAROS/);
  assert.equal(warnings.filter((text) => text.includes('<script src="guichet-securite.en.js">')).length, 1, warnings.join('\n'));
  await page.close();
});

test('English: guichet-securite.en.js after the drop-in or before it gives the interface and the data in English, with no warning', async () => {
  for (const path of ['/english-after.html', '/english-before.html']) {
    const { page, errors, warnings } = await open(path);
    await page.waitForFunction(() =>
      /happening/.test(document.querySelector('report-finder').shadowRoot.querySelector('[part~="question"]')?.textContent ?? ''),
    );
    const state = await page.evaluate(() => ({
      question: document.querySelector('report-finder').shadowRoot.querySelector('[part~="question"]').textContent.trim(),
      summary: document.querySelector('service-card').shadowRoot.textContent,
    }));
    assert.deepEqual(errors, [], path);
    assert.deepEqual(warnings, [], path);
    assert.equal(state.question, 'Is it happening right now, or is anyone in danger?', path);
    assert.match(state.summary, /Report illegal online content/, `${path}: the card's data texts in English`);
    await page.close();
  }
});

test('local contacts inside an element that rendered before they were parsed (a page arriving in parts) are shown', async () => {
  const { page, errors } = await open('/contacts-late.html');
  const state = await page.evaluate(() => ({
    first: document.querySelector('service-list').shadowRoot.querySelector('[service]')?.getAttribute('service'),
    card: document.querySelector('service-card').shadowRoot.textContent,
  }));
  assert.equal(state.first, 'permanence-lente', 'the local contact comes first in the list');
  assert.match(state.card, /Police municipale d’Exempleville/, 'the card shows the local contact it names');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a list shown while its page still loads renders itself and each of its cards once, not again when the page is parsed', async () => {
  const { page, errors } = await open('/list-loading.html');
  const renders = await page.evaluate(() =>
    [...window.__renders].map(([element, count]) => ({ tag: element.localName, count })),
  );
  const cards = renders.filter((entry) => entry.tag === 'service-card');
  assert.ok(cards.length > 3, `the list shows its cards (${cards.length})`);
  assert.deepEqual(
    renders.filter((entry) => entry.count !== 1),
    [],
    'no element rendered a second time when DOMContentLoaded came',
  );
  assert.deepEqual(errors, []);
  await page.close();
});
