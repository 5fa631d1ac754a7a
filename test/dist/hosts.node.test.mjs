// The built drop-in on the hostile host pages of demo/hosts/, in Chromium.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';
import { startServer } from '../../scripts/static-server.mjs';

let server;
let browser;
before(async () => {
  server = await startServer();
  browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a host page, collecting CSP violations, errors and warnings from the first byte. */
async function open(path, viewport = { width: 1024, height: 800 }) {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  const errors = [];
  const warnings = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
    if (message.type() === 'warn') warnings.push(message.text());
  });
  await page.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.__violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`),
    );
  });
  const response = await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => customElements.get('report-finder') !== undefined);
  await new Promise((resolve) => setTimeout(resolve, 200));
  return { page, errors, warnings, response };
}

test('strict CSP and Trusted Types: no violation, everything renders and works', async () => {
  const { page, errors, response } = await open('/demo/hosts/strict-csp.html');
  assert.match(response.headers()['content-security-policy'], /require-trusted-types-for 'script'/);
  // Use the finder and the list under the policy.
  await page.evaluate(async () => {
    const finder = document.querySelector('report-finder');
    for (const position of [1, 1, 0, 0]) {
      finder.shadowRoot.querySelectorAll('.option')[position].click();
      await finder.updateComplete;
    }
    const input = document.querySelector('service-list').shadowRoot.querySelector('#search');
    input.value = '3919';
    input.dispatchEvent(new Event('input'));
    await new Promise((resolve) => setTimeout(resolve, 100));
  });
  const state = await page.evaluate(() => ({
    violations: window.__violations,
    finder: document.querySelector('report-finder').shadowRoot.querySelector('#step-heading').textContent,
    card: document.querySelector('body service-card').shadowRoot.querySelector('#title').textContent,
    list: document.querySelector('service-list').shadowRoot.querySelectorAll('service-card').length,
    numbers: document.querySelector('emergency-numbers').shadowRoot.querySelectorAll('a[href^="tel:"]').length,
    exit: !!document.querySelector('quick-exit').shadowRoot.querySelector('[part="button"]'),
  }));
  assert.deepEqual(state.violations, []);
  assert.deepEqual(errors, []);
  assert.equal(state.finder, 'Portez plainte sur THESEE');
  assert.match(state.card, /PERCEVAL/);
  assert.equal(state.list, 1);
  assert.equal(state.numbers, 4);
  assert.equal(state.exit, true);
  await page.close();
});
