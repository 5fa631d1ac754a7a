// Part of `npm run bench`: Lighthouse on the town-hall demo page (the built
// drop-in with plain markup), mobile and desktop presets, median of RUNS runs,
// written to docs/performance.md. Uses the installed Chromium (CHROME_PATH).
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { startServer } from './static-server.mjs';
import { writeSection } from './perf-doc.mjs';

const RUNS = Number(process.env.LH_RUNS ?? 3);
const categories = ['performance', 'accessibility', 'best-practices'];
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const server = await startServer();
// puppeteer-core adds --headless=new; Lighthouse drives the page it is given.
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const url = `${server.url}/demo/city-hall.html`;
const rows = [];
const failing = new Set();
try {
  for (const [preset, config] of [
    ['mobile (default: simulated slow 4G, 4× CPU)', undefined],
    ['desktop', desktopConfig],
  ]) {
    const runs = [];
    for (let run = 0; run < RUNS; run += 1) {
      const page = await browser.newPage();
      const result = await lighthouse(
        url,
        { output: 'json', logLevel: 'error', onlyCategories: categories },
        config,
        page,
      );
      await page.close();
      const { lhr } = result;
      runs.push({
        scores: Object.fromEntries(categories.map((id) => [id, Math.round((lhr.categories[id].score ?? 0) * 100)])),
        fcp: lhr.audits['first-contentful-paint'].numericValue,
        lcp: lhr.audits['largest-contentful-paint'].numericValue,
        tbt: lhr.audits['total-blocking-time'].numericValue,
        cls: lhr.audits['cumulative-layout-shift'].numericValue,
      });
      for (const id of categories.slice(1)) {
        for (const ref of lhr.categories[id].auditRefs) {
          const audit = lhr.audits[ref.id];
          if (ref.weight > 0 && audit.score !== null && audit.score < 1)
            failing.add(`${id}: ${ref.id} — ${audit.title}`);
        }
      }
    }
    const pick = (read) => median(runs.map(read));
    rows.push([
      preset,
      pick((r) => r.scores.performance),
      pick((r) => r.scores.accessibility),
      pick((r) => r.scores['best-practices']),
      `${(pick((r) => r.fcp) / 1000).toFixed(2)} s`,
      `${(pick((r) => r.lcp) / 1000).toFixed(2)} s`,
      `${pick((r) => r.tbt).toFixed(0)} ms`,
      pick((r) => r.cls).toFixed(3),
    ]);
  }
} finally {
  await browser.close();
  await server.close();
}

const table = [
  '| preset | performance | accessibility | best practices | FCP | LCP | TBT | CLS |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ...rows.map((row) => `| ${row.join(' | ')} |`),
].join('\n');
console.log(table);
writeSection(
  'lighthouse',
  `## Lighthouse: town-hall demo page

Lighthouse 12.2.3 (\`scripts/bench-lighthouse.mjs\`) on \`demo/city-hall.html\` — a
town-hall page with the drop-in loaded by one plain \`<script>\`, a finder, a
list and emergency numbers — served locally without compression, headless
Chromium. Scores out of 100, median of ${RUNS} runs per preset.

${table}

${failing.size ? `Audits not fully passed in some run:\n\n${[...failing].map((item) => `- ${item}`).join('\n')}` : 'Every weighted accessibility and best-practices audit passed in every run.'}`,
);
console.log('wrote the Lighthouse section of docs/performance.md');
