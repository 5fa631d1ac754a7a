// Screenshots of the demo pages, narrow and wide, light and dark, for looking
// at what the elements show. Needs the demo server (`npm start`) running.
// Usage: node scripts/screenshots.mjs [outDir]
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';

const base = process.env.DEMO_URL ?? 'http://127.0.0.1:8000/demo/';
const outDir = process.argv[2] ?? 'screenshots';
const pages = (process.env.PAGES ?? 'service-card,service-list,city-hall').split(',');
mkdirSync(outDir, { recursive: true });

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  for (const name of pages) {
    for (const [label, width] of [
      ['narrow', 360],
      ['wide', 1280],
    ]) {
      for (const scheme of ['light', 'dark']) {
        const page = await browser.newPage();
        await page.setViewport({ width, height: 900 });
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        await page.goto(`${base}${name}.html`, { waitUntil: 'networkidle0' });
        await new Promise((resolve) => setTimeout(resolve, 300));
        const file = `${outDir}/${name}-${label}-${scheme}.png`;
        await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
        console.log(file);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
}
