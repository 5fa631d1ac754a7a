// Measures <report-finder> from the built drop-in in headless Chromium with a
// 4× CPU slowdown: the first render, and each step from a click on an answer,
// both as main-thread work (render + style + layout, what must fit in a frame)
// and until the next frame starts (which also waits for the display's next
// refresh, up to one frame).
// Prints medians. A script, not a test: timings vary from machine to machine.
// Usage: npm run build && node scripts/bench-finder.mjs [runs]
import puppeteer from 'puppeteer-core';
import { writeSection } from './perf-doc.mjs';
import { startServer } from './static-server.mjs';

const runs = Number(process.argv[2] ?? 15);
const page = `<!doctype html><html lang="fr"><head><meta name="viewport" content="width=device-width"></head>
<body><script src="/dist/guichet-securite.min.js"></script><main id="stage"></main></body></html>`;

const server = await startServer({ '/bench.html': page });
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

try {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 390, height: 844 });
  const client = await tab.createCDPSession();
  await client.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await tab.goto(`${server.url}/bench.html`, { waitUntil: 'load' });

  const firstRender = [];
  const firstWork = [];
  const questionSteps = [];
  const questionWork = [];
  const outcomeSteps = [];
  const outcomeWork = [];
  for (let run = 0; run < runs; run += 1) {
    const result = await tab.evaluate(async () => {
      // The next frame (its rendering, then paint, follow this callback).
      const painted = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
      const stage = document.querySelector('#stage');
      stage.replaceChildren();
      await painted();
      const t0 = performance.now();
      const finder = document.createElement('report-finder');
      stage.append(finder);
      await finder.updateComplete;
      void finder.shadowRoot.querySelector('.finder').offsetHeight; // style and layout, now
      const firstWork = performance.now() - t0;
      await painted();
      const first = performance.now() - t0;
      const steps = [];
      const works = [];
      // "No, not right now" → "A scam, card or identity fraud" → "A scam" → "Entirely online" → "A fake shopping site".
      for (const position of [3, 1, 3, 2, 0]) {
        const buttons = finder.shadowRoot.querySelectorAll('.option');
        const t = performance.now();
        buttons[position].click();
        await finder.updateComplete;
        // Elements inside a step (the emergency numbers) render in their own update.
        await Promise.all(
          Array.from(finder.shadowRoot.querySelectorAll('service-card')).map((card) => card.updateComplete),
        );
        void finder.shadowRoot.querySelector('.finder').offsetHeight;
        works.push(performance.now() - t);
        await painted();
        steps.push(performance.now() - t);
      }
      return { first, firstWork, steps, works };
    });
    firstRender.push(result.first);
    firstWork.push(result.firstWork);
    questionSteps.push(...result.steps.slice(0, 4));
    questionWork.push(...result.works.slice(0, 4));
    outcomeSteps.push(result.steps[4]);
    outcomeWork.push(result.works[4]);
  }
  const format = (ms) => `${ms.toFixed(1)} ms`;
  console.log(`report-finder, drop-in build, Chromium headless, 4× CPU slowdown, ${runs} runs (medians)`);
  console.log('                                     work (render+layout)   to next frame');
  const lines = [];
  const row = (label, work, frame) => {
    console.log(`  ${label.padEnd(35)}${format(median(work)).padStart(12)}${format(median(frame)).padStart(18)}`);
    lines.push(
      `| ${label} | ${format(median(work))} | ${format(median(frame))} | ${median(work) < 16 ? 'yes' : 'no'} |`,
    );
  };
  row('first render', firstWork, firstRender);
  row('answer → next question', questionWork, questionSteps);
  row('answer → result (steps and buttons)', outcomeWork, outcomeSteps);
  writeSection(
    'finder',
    `## Finder step latency

Measured by \`scripts/bench-finder.mjs\`: \`<report-finder>\` from the built
drop-in, headless Chromium, 4× CPU slowdown, ${runs} runs (medians), answering
"not in danger → a scam or fraud → a scam → entirely online → a fake shopping
site". A result shows its title, first steps and buttons; its cards are rendered
when a disclosure is opened. "Work" is
the time from the click to the end of rendering and layout; "to next frame"
adds the wait for the next animation frame.

| step | work (render + layout) | to next frame | work under 16 ms |
| --- | --- | --- | --- |
${lines.join('\n')}`,
  );
  console.log('wrote the finder section of docs/performance.md');
} finally {
  await browser.close();
  await server.close();
}
