// Measures <report-finder> from the built drop-in in headless Chromium with a
// 4× CPU slowdown: the first render, and each step from a click on an answer,
// both as main-thread work (render + style + layout, what must fit in a frame)
// and until the next frame starts. A tap reaches the page at any moment of a
// frame, so each click comes at a different point of the frame (offsets spread
// over 0–15 ms after a frame's start): a click at the very start of a frame
// would wait a whole frame (16.7 ms at 60 Hz) for the next one whatever the
// work, as the row of a click that changes nothing shows.
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
  const emptySteps = [];
  const nextFrame = { question: 0, outcome: 0, empty: 0 };
  for (let run = 0; run < runs; run += 1) {
    const result = await tab.evaluate(async (run) => {
      // The next frame (its rendering, then paint, follow this callback).
      // Resolves with the time the callback runs and the frame's own time (rAF's argument).
      const painted = () =>
        new Promise((resolve) => requestAnimationFrame((frameTime) => resolve({ now: performance.now(), frameTime })));
      // The display's frame interval (16.7 ms at 60 Hz), measured.
      const frameTimes = [];
      for (let index = 0; index < 6; index += 1) frameTimes.push((await painted()).frameTime);
      const intervals = frameTimes
        .slice(1)
        .map((time, index) => time - frameTimes[index])
        .sort((a, b) => a - b);
      const interval = intervals[Math.floor(intervals.length / 2)];
      // Where in the frame each click comes: spread over the frame, different for each step and run.
      const offset = (step) => (run * 7 + step * 5) % 16;
      const into = async (ms) => {
        const { frameTime } = await painted();
        await new Promise((resolve) => setTimeout(resolve, ms));
        return frameTime;
      };
      const stage = document.querySelector('#stage');
      stage.replaceChildren();
      await into(offset(6));
      const t0 = performance.now();
      const finder = document.createElement('report-finder');
      stage.append(finder);
      await finder.updateComplete;
      void finder.shadowRoot.querySelector('.finder').offsetHeight; // style and layout, now
      const firstWork = performance.now() - t0;
      const first = (await painted()).now - t0;
      const steps = [];
      const works = [];
      const frames = [];
      // A click that changes nothing (on the step's progress line): the measure's floor.
      await into(offset(5));
      const idle = performance.now();
      finder.shadowRoot.querySelector('.progress').click();
      const empty = (await painted()).now - idle;
      // "No, not right now" → "A scam, card or identity fraud" → "A scam" → "Entirely online" → "A fake shopping site".
      for (const position of [3, 1, 3, 2, 0]) {
        const buttons = finder.shadowRoot.querySelectorAll('.option');
        const frameStart = await into(offset(steps.length));
        const t = performance.now();
        buttons[position].click();
        await finder.updateComplete;
        // Elements inside a step (the emergency numbers) render in their own update.
        await Promise.all(
          Array.from(finder.shadowRoot.querySelectorAll('service-card')).map((card) => card.updateComplete),
        );
        void finder.shadowRoot.querySelector('.finder').offsetHeight;
        works.push(performance.now() - t);
        const shown = await painted();
        steps.push(shown.now - t);
        // Shown in the first frame after the click: the frame right after the one the click came in.
        const clickFrame = Math.floor((t - frameStart) / interval);
        frames.push(Math.round((shown.frameTime - frameStart) / interval) <= clickFrame + 1);
      }
      return { first, firstWork, steps, works, frames, empty };
    }, run);
    firstRender.push(result.first);
    firstWork.push(result.firstWork);
    questionSteps.push(...result.steps.slice(0, 4));
    questionWork.push(...result.works.slice(0, 4));
    outcomeSteps.push(result.steps[4]);
    outcomeWork.push(result.works[4]);
    emptySteps.push(result.empty);
    nextFrame.question += result.frames.slice(0, 4).filter(Boolean).length;
    nextFrame.outcome += result.frames[4] ? 1 : 0;
  }
  const format = (ms) => `${ms.toFixed(1)} ms`;
  console.log(`report-finder, drop-in build, Chromium headless, 4× CPU slowdown, ${runs} runs (medians)`);
  console.log('                                     work (render+layout)   to next frame   in the next frame');
  const lines = [];
  const row = (label, work, frame, made) => {
    const workText = work ? format(median(work)) : '—';
    console.log(
      `  ${label.padEnd(35)}${workText.padStart(12)}${format(median(frame)).padStart(18)}${(made ?? '').padStart(14)}`,
    );
    lines.push(`| ${label} | ${workText} | ${format(median(frame))} | ${made ?? '—'} |`);
  };
  const share = (count, total) => `${count} of ${total}`;
  row('a click that changes nothing', undefined, emptySteps);
  row('first render', firstWork, firstRender);
  row('answer → next question', questionWork, questionSteps, share(nextFrame.question, questionSteps.length));
  row('answer → result (steps and buttons)', outcomeWork, outcomeSteps, share(nextFrame.outcome, outcomeSteps.length));
  writeSection(
    'finder',
    `## Finder step latency

Measured by \`scripts/bench-finder.mjs\`: \`<report-finder>\` from the built
drop-in, headless Chromium, 4× CPU slowdown, ${runs} runs (medians), answering
"not in danger → a scam or fraud → a scam → entirely online → a fake shopping
site". A result shows its title, first steps and buttons; its cards are rendered
when a disclosure is opened. "Work" is the time from the click to the end of
rendering and layout; "to next frame" runs from the click to the start of the
next frame (its animation-frame callback), which shows the change. A tap comes
at any moment of a frame, so the clicks are spread over the frame (0–15 ms after
a frame's start); a click that changes nothing gives the measure's floor, the
wait for the display's next refresh. "In the next frame": how many clicks were
shown in the frame right after the one they came in (60 Hz here), none missed.

| step | work (render + layout) | to next frame | in the next frame |
| --- | --- | --- | --- |
${lines.join('\n')}`,
  );
  console.log('wrote the finder section of docs/performance.md');
} finally {
  await browser.close();
  await server.close();
}
