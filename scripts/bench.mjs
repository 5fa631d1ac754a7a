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

try {
  const parse = await measure('/bench/parse.html', (page) => page.evaluate(() => window.__t1 - window.__t0));
  const done = (page) => page.evaluate(() => window.__done);
  const list = await measurePair('/bench/list.html', '/bench/list-static.html', done);
  const finderFirst = await measurePair('/bench/finder.html', '/bench/finder-static.html', done);
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
      `Drop-in size (raw / gzip / brotli; budget ${/BUDGET_BROTLI_BYTES = (\d+)/.exec(readFileSync(new URL('./size.mjs', import.meta.url), 'utf8'))[1]} KB brotli)`,
      `${kb(dropIn.length)} / ${kb(gzipSync(dropIn, { level: 9 }).length)} / ${kb(brotli)}`,
      '',
      '',
    ],
    ['Drop-in load, parse and evaluate (local file)', ms(parse), '', ''],
    [
      `First render, list of the whole catalogue (${catalogue.services.length} services)`,
      ms(list.value),
      ms(list.floor),
      `${list.ratio.toFixed(2)}×`,
    ],
    [
      'First render, finder (first question)',
      ms(finderFirst.value),
      ms(finderFirst.floor),
      `${finderFirst.ratio.toFixed(2)}×`,
    ],
    ['200 compact cards created → painted', ms(cards), '', ''],
    ['JS heap with 200 cards (after GC)', `${memory.toFixed(1)} MB`, '', ''],
  ];
  const table = [
    '| measure | guichet-securite | static HTML (floor) | ratio |',
    '| --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
  console.log(table);
  writeSection(
    'render',
    `## First render against the static floor

Measured by \`scripts/bench.mjs\` on the built drop-in, in headless Chromium
with a 4× CPU slowdown, 390 × 844 viewport, median of ${RUNS} runs with a
fresh page each. "First render" is the time from the start of navigation to
the first frame after the element and its cards have rendered; the static
floor is the same content written as plain HTML. Each element run is paired
with a floor run right after it; the ratio is the median of the pairs' ratios.

${table}

Targets: first render within 2× the static floor; finder steps under 16 ms of
work (below); the drop-in within the README budget (first row).`,
  );
  console.log('wrote the render section of docs/performance.md');
} finally {
  await browser.close();
  await server.close();
}
