// `npm run bench`: measures the drop-in in headless Chromium with a 4× CPU
// slowdown (median of several runs, fresh page each run) and writes
// docs/performance.md. A script, not a test: numbers vary between machines.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { startServer } from './static-server.mjs';
import { writeSection } from './perf-doc.mjs';

const RUNS = Number(process.env.RUNS ?? 9);
const root = new URL('../', import.meta.url);
const catalogue = JSON.parse(readFileSync(new URL('data/catalogue.json', root), 'utf8'));
const finder = JSON.parse(readFileSync(new URL('data/finder.json', root), 'utf8'));
const escape = (text) =>
  String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const head =
  '<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head><body>';
const script = '<script src="/dist/guichet-securite.min.js"></script>';
// Resolves when the next frame has been produced: what "rendered" means below.
const mark = `<script>window.__painted = () => new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()))));</script>`;

// The same content as plain HTML: the floor no library can beat.
const staticList = `<ul>${catalogue.services
  .map(
    (s) =>
      `<li><h3>${escape(s.name.fr)}</h3><p>${escape(s.summary.fr)}</p>${s.access.website ? `<a href="${escape(s.access.website.url)}">Site officiel</a>` : ''}${(s.access.phones ?? []).map((p) => `<a href="tel:${escape(p.number)}">Appeler le ${escape(p.display)}</a>`).join('')}</li>`,
  )
  .join('')}</ul>`;
const first = finder.questions.find((q) => q.id === finder.start);
const staticFinder = `<section><p>En cas de danger, appelez : <a href="tel:17">17</a> <a href="tel:112">112</a> <a href="sms:114">114</a></p><p>Question 1</p><h2>${escape(first.text.fr)}</h2><ul>${first.options.map((o) => `<li><button>${escape(o.label.fr)}</button></li>`).join('')}</ul></section>`;

const pages = {
  '/bench/parse.html': `${head}<script>window.__t0 = performance.now();</script>${script}<script>window.__t1 = performance.now();</script></body></html>`,
  // An English page: the drop-in, then English (dist/guichet-securite.en.js); __t1 → __t2 times the English file.
  '/bench/parse-en.html': `${head}<script>window.__t0 = performance.now();</script><script src="/dist/guichet-securite.min.js"></script><script>window.__t1 = performance.now();</script><script src="/dist/guichet-securite.en.js"></script><script>window.__t2 = performance.now();</script></body></html>`,
  '/bench/list.html': `${head}${mark}${script}<service-list></service-list><script>customElements.whenDefined('service-list').then(async () => { const l = document.querySelector('service-list'); await l.updateComplete; await Promise.all([...l.shadowRoot.querySelectorAll('service-card')].map((c) => c.updateComplete)); window.__done = await window.__painted(); });</script></body></html>`,
  '/bench/list-static.html': `${head}${mark}${staticList}<script>window.__painted().then((t) => (window.__done = t));</script></body></html>`,
  '/bench/finder.html': `${head}${mark}${script}<report-finder></report-finder><script>(async () => { const f = document.querySelector('report-finder'); await f.updateComplete; await f.shadowRoot.querySelector('emergency-numbers').updateComplete; window.__done = await window.__painted(); })();</script></body></html>`,
  '/bench/finder-static.html': `${head}${mark}${staticFinder}<script>window.__painted().then((t) => (window.__done = t));</script></body></html>`,
  '/bench/cards.html': `${head}${mark}${script}<main id="m"></main><script>(async () => { const ids = GuichetSecurite.getServiceIds(); const m = document.querySelector('#m'); const t = performance.now(); for (let i = 0; i < 200; i++) { const c = document.createElement('service-card'); c.setAttribute('service', ids[i % ids.length]); c.setAttribute('variant', 'compact'); m.append(c); } await Promise.all([...m.children].map((c) => c.updateComplete)); window.__cards = (await window.__painted()) - t; window.__done = 1; })();</script></body></html>`,
};

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const server = await startServer(pages);
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});

async function once(path, read) {
  const page = await browser.newPage();
  await page.setViewport({ width: 390, height: 844 });
  const client = await page.createCDPSession();
  await client.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // Chromium's own counters (ScriptDuration: the main thread's time compiling and running scripts).
  await client.send('Performance.enable');
  await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__done !== undefined || window.__t1 !== undefined, { timeout: 60000 });
  const value = await read(page, client);
  await page.close();
  return value;
}

async function measure(path, read) {
  const values = [];
  for (let run = 0; run < RUNS; run += 1) values.push(await once(path, read));
  return median(values);
}

/**
 * The element's page and its static floor, run by turns so that a slow moment
 * of the machine weighs on both: medians of each, and the median of the
 * ratios of each pair.
 */
async function measurePair(path, floorPath, read) {
  const values = [];
  const floors = [];
  const ratios = [];
  for (let run = 0; run < RUNS; run += 1) {
    const value = await once(path, read);
    const floor = await once(floorPath, read);
    values.push(value);
    floors.push(floor);
    ratios.push(value / floor);
  }
  return { value: median(values), floor: median(floors), ratio: median(ratios) };
}

/**
 * The honest floor: the very DOM the element renders, shadow roots included, served as static
 * HTML with declarative shadow DOM (each shadow root's styles inlined), so the browser only
 * parses and paints what the library would have built.
 */
async function declarativeCopy(path, selector) {
  const page = await browser.newPage();
  await page.setViewport({ width: 390, height: 844 });
  await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__done !== undefined, { timeout: 60000 });
  const html = await page.evaluate((tag) => {
    const VOID = new Set([
      'area',
      'base',
      'br',
      'col',
      'embed',
      'hr',
      'img',
      'input',
      'link',
      'meta',
      'source',
      'track',
      'wbr',
    ]);
    const text = (value) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const attribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    const serialize = (node) => {
      if (node.nodeType === Node.TEXT_NODE) return text(node.data);
      if (node.nodeType !== Node.ELEMENT_NODE || node.localName === 'script') return '';
      const attributes = [...node.attributes].map((a) => ` ${a.name}="${attribute(a.value)}"`).join('');
      let inner = '';
      if (node.shadowRoot) {
        const css = node.shadowRoot.adoptedStyleSheets
          .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
          .join('\n');
        inner += `<template shadowrootmode="open"><style>${css}</style>${[...node.shadowRoot.childNodes].map(serialize).join('')}</template>`;
      }
      inner += [...(node.localName === 'template' ? node.content.childNodes : node.childNodes)].map(serialize).join('');
      return VOID.has(node.localName)
        ? `<${node.localName}${attributes}>`
        : `<${node.localName}${attributes}>${inner}</${node.localName}>`;
    };
    return serialize(document.querySelector(tag));
  }, selector);
  await page.close();
  return html;
}

try {
  pages['/bench/list-dsd.html'] =
    `${head}${mark}${await declarativeCopy('/bench/list.html', 'service-list')}<script>window.__painted().then((t) => (window.__done = t));</script></body></html>`;
  pages['/bench/finder-dsd.html'] =
    `${head}${mark}${await declarativeCopy('/bench/finder.html', 'report-finder')}<script>window.__painted().then((t) => (window.__done = t));</script></body></html>`;
  // Parse and evaluate: from the script tag (or from the file's last byte, when it arrives later)
  // to the next script. The preload scanner has usually fetched the file before the tag is reached.
  const parseAndEvaluate = (file) => (page) =>
    page.evaluate((name) => {
      const entry = performance.getEntriesByType('resource').find((resource) => resource.name.endsWith(name));
      return window.__t1 - Math.max(window.__t0, entry?.responseEnd ?? 0);
    }, file);
  const parse = await measure('/bench/parse.html', parseAndEvaluate('/dist/guichet-securite.min.js'));
  const parseEnglish = await measure('/bench/parse-en.html', (page) =>
    page.evaluate(() => {
      const entry = performance
        .getEntriesByType('resource')
        .find((resource) => resource.name.endsWith('/dist/guichet-securite.en.js'));
      return window.__t2 - Math.max(window.__t1, entry?.responseEnd ?? 0);
    }),
  );
  // The same pages, counted by Chromium: the main thread's time compiling and evaluating the script
  // (ScriptDuration), without the waits between the tag and the file that the wall clock above includes.
  const scriptDuration = async (_page, client) => {
    const { metrics } = await client.send('Performance.getMetrics');
    return 1000 * metrics.find((metric) => metric.name === 'ScriptDuration').value;
  };
  const scriptTime = await measure('/bench/parse.html', scriptDuration);
  const scriptTimeEnglish = await measure('/bench/parse-en.html', scriptDuration);
  const done = (page) => page.evaluate(() => window.__done);
  const list = await measurePair('/bench/list.html', '/bench/list-static.html', done);
  const finderFirst = await measurePair('/bench/finder.html', '/bench/finder-static.html', done);
  const listDom = await measurePair('/bench/list.html', '/bench/list-dsd.html', done);
  const finderDom = await measurePair('/bench/finder.html', '/bench/finder-dsd.html', done);
  const cards = await measure('/bench/cards.html', (page) => page.evaluate(() => window.__cards));
  const memory = await measure('/bench/cards.html', async (_page, client) => {
    await client.send('HeapProfiler.collectGarbage');
    const { usedSize } = await client.send('Runtime.getHeapUsage');
    return usedSize / 1024 / 1024;
  });
  const ms = (value) => `${value.toFixed(1)} ms`;
  const dropIn = readFileSync(new URL('dist/guichet-securite.min.js', root));
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const brotli = brotliCompressSync(dropIn, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const rows = [
    [
      `Drop-in size (raw / gzip / brotli; budget ${/guichet-securite\.min\.js',\s*budget: (\d+)/.exec(readFileSync(new URL('./size.mjs', import.meta.url), 'utf8'))[1]} KB brotli)`,
      `${kb(dropIn.length)} / ${kb(gzipSync(dropIn, { level: 9 }).length)} / ${kb(brotli)}`,
      '',
      '',
      '',
      '',
    ],
    ['Drop-in parse and evaluate (file loaded)', ms(parse), '', '', '', ''],
    ['English file parse and evaluate, after the drop-in (file loaded)', ms(parseEnglish), '', '', '', ''],
    ["Drop-in compile and evaluate on the main thread (Chromium's ScriptDuration)", ms(scriptTime), '', '', '', ''],
    [
      "Drop-in and English file, compile and evaluate on the main thread (Chromium's ScriptDuration)",
      ms(scriptTimeEnglish),
      '',
      '',
      '',
      '',
    ],
    [
      `First render, list of the whole catalogue (${catalogue.services.length} services)`,
      ms(list.value),
      ms(listDom.floor),
      `${listDom.ratio.toFixed(2)}×`,
      ms(list.floor),
      `${list.ratio.toFixed(2)}×`,
    ],
    [
      'First render, finder (first question)',
      ms(finderFirst.value),
      ms(finderDom.floor),
      `${finderDom.ratio.toFixed(2)}×`,
      ms(finderFirst.floor),
      `${finderFirst.ratio.toFixed(2)}×`,
    ],
    ['200 compact cards created → painted', ms(cards), '', '', '', ''],
    ['JS heap with 200 cards (after GC)', `${memory.toFixed(1)} MB`, '', '', '', ''],
  ];
  const table = [
    '| measure | guichet-securite | same DOM, static (declarative shadow DOM) | ratio | plain links | ratio |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
  console.log(table);
  writeSection(
    'render',
    `## First render against the static floor

Measured by \`scripts/bench.mjs\` on the built drop-in, in headless Chromium
with a 4× CPU slowdown, 390 × 844 viewport, median of ${RUNS} runs with a
fresh page each. "First render" is the time from the start of navigation to
the first frame after the element and its cards have rendered. Two floors:
the **same DOM** the element renders, shadow roots and styles included, served
as static HTML with declarative shadow DOM (serialised from the rendered
element at the start of the run), and the same content as **plain links**.
Each element run is paired with a floor run right after it; the ratio is the
median of the pairs' ratios.

${table}

"Parse and evaluate" runs from the \`<script>\` tag, or from the file's last byte
when it arrives later, to the next script: the page's preload scanner has
usually fetched the file before, so loading is left out.

Targets (issue 21): the list's first render within 1.3× the same-DOM floor and
2.5× plain links; parse and evaluate within 35 ms; finder steps within 16 ms to
the next frame (below); the drop-in within the README budget (first row).`,
  );
  console.log('wrote the render section of docs/performance.md');
} finally {
  await browser.close();
  await server.close();
}
