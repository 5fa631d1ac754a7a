// The demo as a visitor sees it, in Chromium: every page loads without errors
// and without a large empty band, the home page and the configurator speak
// French and English, and the configurator's preview is in the first screen
// at 1280 × 900 without a nested pane to scroll.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { watchConsole, demoWithBrowser } from './browser.mjs';

const axeSource = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

const started = demoWithBrowser();

async function open(path, viewport) {
  const page = await started.browser.newPage();
  await page.setViewport(viewport);
  const console = watchConsole(page);
  const missing = [];
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) missing.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(`${started.demo.url}${path}`, { waitUntil: 'networkidle0' });
  await page.evaluate(() => document.fonts.ready);
  // The library's own reports of a documented bad input (an example shows a refused tree) are not errors of the page;
  // a missing favicon is not either (the browser asks for one).
  const errors = [...console.errors.filter((error) => !error.startsWith('[guichet-securite]') && !error.startsWith('Failed to load resource')), ...missing];
  return { page, errors };
}

/** The tallest band of the page, between its top and its last content, where nothing is drawn (text, control, element). */
function largestEmptyBand(page) {
  return page.evaluate(async () => {
    // Measured scrolled to the end: a sticky bar (the configurator's copy button) is then in its own place,
    // not at the bottom of the window, where it stays while a person scrolls down to that place.
    scrollTo(0, document.documentElement.scrollHeight);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const boxes = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) {
        if (!node.textContent.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        boxes.push(...range.getClientRects());
      } else if (node.shadowRoot || /^(img|input|select|textarea|button|pre|svg|hr)$/.test(node.localName)) {
        boxes.push(node.getBoundingClientRect());
      }
    }
    const bands = boxes
      .filter((box) => box.width > 0 && box.height > 0)
      .map((box) => [box.top + scrollY, box.bottom + scrollY])
      .sort((a, b) => a[0] - b[0]);
    let reached = 0;
    let largest = { size: 0, at: 0 };
    for (const [top, bottom] of bands) {
      if (top - reached > largest.size) largest = { size: Math.round(top - reached), at: Math.round(reached) };
      reached = Math.max(reached, bottom);
    }
    return largest;
  });
}

const PAGES = [
  '/demo/index.html',
  '/demo/index.en.html',
  '/demo/service-card.html',
  '/demo/service-list.html',
  '/demo/report-finder.html',
  '/demo/emergency-numbers.html',
  '/demo/quick-exit.html',
  '/demo/city-hall.html',
  '/demo/configurator.html',
  '/demo/configurator.html?ui=en',
];

for (const width of [360, 1280]) {
  test(`every demo page loads without errors and has no empty band taller than 100 px (${width} px)`, async () => {
    for (const path of PAGES) {
      const { page, errors } = await open(path, { width, height: width === 360 ? 740 : 900 });
      const band = await largestEmptyBand(page);
      assert.ok(band.size <= 100, `${path}: ${band.size} px empty from y = ${band.at}`);
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), `${path}: no sideways scrolling`);
      assert.deepEqual(errors, [], path);
      await page.close();
    }
  });
}

test('the demo home page exists in French and English, each linking to the other, and passes axe', async () => {
  for (const [path, lang, other] of [
    ['/demo/index.html', 'fr', './index.en.html'],
    ['/demo/index.en.html', 'en', './index.html'],
  ]) {
    const { page } = await open(path, { width: 1280, height: 900 });
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    assert.ok(await page.$(`a[href="${other}"][hreflang]`), `${path} links to ${other}`);
    const configurator = await page.$eval('a[href^="./configurator.html"]', (link) => link.getAttribute('href'));
    assert.equal(configurator, lang === 'en' ? './configurator.html?ui=en' : './configurator.html');
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => (await window.axe.run(document)).violations.map((violation) => violation.id));
    assert.deepEqual(violations, [], path);
    await page.close();
  }
});

/** What the configurator writes for itself: title, headings, legends, labels, summaries, buttons, hints. */
async function configuratorWords(query) {
  const { page, errors } = await open(`/demo/configurator.html${query}`, { width: 1280, height: 900 });
  await page.waitForSelector('#snippet');
  const words = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    title: document.title,
    texts: [...document.querySelectorAll('h1, h2, legend, label, summary, button, .hint, #intro, nav a')].map((node) => node.textContent.replace(/\s+/g, ' ').trim()),
    ui: new URL(location.href).searchParams.get('ui'),
  }));
  await page.close();
  return { ...words, errors };
}

test('the configurator speaks English with ?ui=en, in every part of the form, and keeps ui=en in its address', async () => {
  for (const element of ['service-list', 'service-card', 'report-finder', 'emergency-numbers', 'quick-exit']) {
    const fr = await configuratorWords(`?element=${element}&contacts=%5B%5D`);
    const en = await configuratorWords(`?element=${element}&contacts=%5B%5D&ui=en`);
    assert.equal(fr.lang, 'fr');
    assert.equal(en.lang, 'en');
    assert.equal(en.ui, 'en', 'the address keeps the language');
    assert.notEqual(en.title, fr.title);
    // Words the two languages share: names, codes and tags.
    const same = new Set(['guichet-securite', 'Service', 'Contacts (JSON)', 'Département (code)', '<service-card>', '<service-list>', '<report-finder>', '<emergency-numbers>', '<quick-exit>']);
    const shared = en.texts.filter((text) => fr.texts.includes(text) && !same.has(text) && !/^[\d\s\-–,]+$/.test(text));
    // Choice labels (services, categories, lines) come from the catalogue in the language of the page.
    assert.deepEqual(shared.filter((text) => !/^[A-Z0-9]{2,}/.test(text) && !/\.gouv\.fr$/.test(text)), [], element);
    assert.deepEqual([...fr.errors, ...en.errors], []);
  }
});

test('the configurator preview is in the first screen at 1280 × 900, with no nested pane to scroll', async () => {
  for (const element of ['service-list', 'service-card', 'report-finder', 'emergency-numbers', 'quick-exit']) {
    const { page } = await open(`/demo/configurator.html?element=${element}`, { width: 1280, height: 900 });
    await page.waitForSelector('#snippet');
    const layout = await page.evaluate(() => {
      const stage = document.querySelector('#preview-stage');
      const box = stage.getBoundingClientRect();
      const scrollers = [];
      for (let node = stage.parentElement; node && node !== document.documentElement; node = node.parentElement) {
        const { overflowY } = getComputedStyle(node);
        if (/auto|scroll/.test(overflowY) && node.scrollHeight > node.clientHeight) scrollers.push(node.className || node.localName);
      }
      return { top: box.top, height: box.height, visible: Math.min(box.bottom, innerHeight) - box.top, scrollers };
    });
    assert.deepEqual(layout.scrollers, [], `${element}: no nested scrolling pane around the preview`);
    assert.ok(layout.visible >= Math.min(300, layout.height), `${element}: at least 300 px of the preview (or all of it) in the first screen (top ${layout.top})`);
    await page.close();
  }
});
