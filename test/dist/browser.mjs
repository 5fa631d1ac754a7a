// Shared by the tests of the built drop-in: the browser, and what a visitor does on a page.
// Chromium (Debian's, through puppeteer-core) by default; WebKit (WebKitGTK's
// MiniBrowser over classic WebDriver, under Xvfb) when GUICHET_DIST_ENGINE=webkit,
// through a page object with the part of puppeteer's Page these tests use.
// What WebDriver cannot do in WebKit, and how these tests do it instead:
// - console and uncaught errors: a watch script the test server puts first in
//   every page (`serverOptions`), read back after each step;
// - requests: the test server's own log, and the page's resource timing for
//   other origins;
// - layout-shift entries and touch emulation: none (those tests are Chromium only).
// Scripts go to webdriverio as strings: given a function, it adds a global helper to the page.
import { createServer } from 'node:net';
import { after, before } from 'node:test';
import puppeteer from 'puppeteer-core';
import { startDemoServer } from '../../scripts/demo-server.mjs';

/** A port free on this machine, for a test's own server. */
export const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

export const ENGINE = process.env.GUICHET_DIST_ENGINE === 'webkit' ? 'webkit' : 'chromium';

/** Skips a test in WebKit, saying why (node:test's `skip` option). */
export const chromiumOnly = (why) => (ENGINE === 'webkit' ? `Chromium only: ${why}` : false);

const WATCH = '/__guichet-watch.js';
const watchScript = `(() => {
  const log = (window.__guichetWatch = { errors: [], warnings: [] });
  const text = (args) => args.map((arg) => (arg instanceof Error ? String(arg) : typeof arg === 'object' ? JSON.stringify(arg) : String(arg))).join(' ');
  const { error, warn } = console;
  console.error = function (...args) { log.errors.push(text(args)); return error.apply(this, args); };
  console.warn = function (...args) { log.warnings.push(text(args)); return warn.apply(this, args); };
  addEventListener('error', (event) => log.errors.push(String(event.error ?? event.message)));
  addEventListener('unhandledrejection', (event) => log.errors.push(String(event.reason)));
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (event) => window.__violations.push(event.violatedDirective + ' ' + event.blockedURI + ' ' + event.sample));
})();`;

/** Options for scripts/static-server.mjs: in WebKit, the watch script first in every page. */
export const serverOptions = ENGINE === 'webkit' ? { scripts: { [WATCH]: watchScript }, firstScript: WATCH } : {};

export async function launchBrowser({ engine = 'chromium' } = {}) {
  if (engine === 'webkit') return launchWebKit();
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
}

/** The engine of this run (GUICHET_DIST_ENGINE), for the tests that run in both. */
export const launchEngine = () => launchBrowser({ engine: ENGINE });

/** Collects, from now on, the page's uncaught errors and console errors and warnings. */
export function watchConsole(page) {
  if (page instanceof WebKitPage) return page.watch;
  const errors = [];
  const warnings = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
    if (message.type() === 'warn') warnings.push(message.text());
  });
  return { errors, warnings };
}

/** Records the page's requests from now on; `urls()` gives them (same origin from the server's log in WebKit). */
export function watchRequests(page, server) {
  if (page instanceof WebKitPage) {
    const start = server.requests.length;
    return {
      async urls() {
        const others = await page.evaluate((origin) => performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => !name.startsWith(origin)), server.url);
        return [...server.requests.slice(start), ...others];
      },
    };
  }
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  return { urls: async () => [...requests] };
}

/**
 * Answers the page's first finder along "not in danger → a scam or fraud → a scam →
 * entirely online → a fake shop", opens the result's disclosures, and types `query`
 * in the first list's search field.
 */
export function answerFinderAndSearch(page, query, settleMs) {
  return page.evaluate(
    async (text, wait) => {
      const finder = document.querySelector('report-finder');
      for (const position of [3, 1, 3, 2, 0]) {
        finder.shadowRoot.querySelectorAll('.option')[position].click();
        await finder.updateComplete;
      }
      for (const summary of finder.shadowRoot.querySelectorAll('details.more summary')) summary.click();
      await new Promise((resolve) => setTimeout(resolve, 50));
      const input = document.querySelector('service-list').shadowRoot.querySelector('#search');
      input.value = text;
      input.dispatchEvent(new Event('input'));
      await new Promise((resolve) => setTimeout(resolve, wait));
    },
    query,
    settleMs,
  );
}

// WebKit

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function launchWebKit() {
  const [{ remote }, webkit] = await Promise.all([import('webdriverio'), import('../../scripts/wtr-webkit.mjs')]);
  const driver = await webkit.startWebKitDriver();
  // WebKitWebDriver runs one session at a time: a test that failed before closing its page
  // must not take the next tests with it.
  let current;
  return {
    async newPage() {
      await current?.close().catch(() => undefined);
      const session = await remote({ hostname: '127.0.0.1', port: driver.port, logLevel: 'error', capabilities: webkit.webkitCapabilities() });
      current = new WebKitPage(session, webkit);
      await current.setViewport({ width: 800, height: 600 });
      return current;
    },
    async close() {
      driver.stop();
    },
  };
}

class WebKitPage {
  #session;
  #webkit;
  #url = 'about:blank';
  #closed = false;
  watch = { errors: [], warnings: [] };

  constructor(session, webkit) {
    this.#session = session;
    this.#webkit = webkit;
    this.keyboard = { press: (key) => webkit.pressKey(session, key) };
    this.mouse = { click: (x, y) => this.#click(x, y) };
  }

  async setViewport({ width, height, hasTouch }) {
    if (hasTouch) throw new Error('WebKit over WebDriver has no touch emulation');
    await this.#webkit.resizeViewport(this.#session, { width, height });
  }

  async goto(url, { waitUntil } = {}) {
    const headers = url.startsWith('http') ? Object.fromEntries((await fetch(url)).headers) : {};
    await this.#session.url(url);
    this.#url = await this.#session.getUrl();
    if (waitUntil === 'networkidle0') await sleep(300);
    await this.#readWatch();
    return { headers: () => headers };
  }

  url() {
    return this.#url;
  }

  /** Runs `fn` (a function, or an expression as a string) in the page; its result must be JSON. */
  async evaluate(fn, ...args) {
    const call = typeof fn === 'function' ? `(${fn.toString()})(...${JSON.stringify(args)})` : fn;
    const result = await this.#session.executeAsync(
      `const done = arguments[arguments.length - 1];
       Promise.resolve().then(() => ${call}).then((value) => done({ value: value === undefined ? null : value }), (error) => done({ error: String(error && error.stack || error) }));`,
    );
    await this.#readWatch();
    if (result?.error) throw new Error(`in the page: ${result.error}`);
    return result?.value === null ? undefined : result?.value;
  }

  async waitForFunction(fn, { timeout = 10000 } = {}) {
    const until = Date.now() + timeout;
    for (;;) {
      if (await this.evaluate(fn)) return;
      if (Date.now() > until) throw new Error(`waitForFunction timed out: ${fn}`);
      await sleep(50);
    }
  }

  /** Resolves once the page has left the address it has when this is called. */
  waitForNavigation({ timeout = 10000 } = {}) {
    const from = this.#url;
    return {
      then: (resolve, reject) =>
        (async () => {
          const until = Date.now() + timeout;
          for (;;) {
            const url = await this.#session.getUrl();
            if (url !== from && (await this.#session.execute('return document.readyState')) === 'complete') {
              this.#url = url;
              return;
            }
            if (Date.now() > until) throw new Error(`no navigation away from ${from}`);
            await sleep(50);
          }
        })().then(resolve, reject),
    };
  }

  async goBack() {
    await this.#session.back();
    this.#url = await this.#session.getUrl();
  }

  cookies() {
    return this.#session.getAllCookies();
  }

  async close() {
    if (this.#closed) return;
    this.#closed = true;
    await this.#session.deleteSession();
  }

  async #click(x, y) {
    await this.#session.performActions([
      {
        type: 'pointer',
        id: 'mouse',
        parameters: { pointerType: 'mouse' },
        actions: [
          { type: 'pointerMove', origin: 'viewport', x: Math.round(x), y: Math.round(y) },
          { type: 'pointerDown', button: 0 },
          { type: 'pointerUp', button: 0 },
        ],
      },
    ]);
    await this.#session.releaseActions();
  }

  /** Copies what the watch script saw into `watch` (in place: tests hold the arrays). */
  async #readWatch() {
    let seen;
    try {
      seen = await this.#session.execute('return window.__guichetWatch || null');
    } catch {
      return; // navigating
    }
    if (!seen) return;
    this.watch.errors.splice(0, Infinity, ...seen.errors);
    this.watch.warnings.splice(0, Infinity, ...seen.warnings);
  }
}

/**
 * The demo served on a free port and a Chromium, for the tests of one file: started before its
 * tests, closed after them. Read `started.demo.url` and `started.browser` inside the tests.
 */
export function demoWithBrowser() {
  const started = {};
  before(async () => {
    started.demo = await startDemoServer({ port: await freePort(), logStartMessage: false });
    started.browser = await launchBrowser();
  });
  after(async () => {
    await started.browser?.close();
    await started.demo?.close();
  });
  return started;
}
