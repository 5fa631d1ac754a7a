// Shared by the tests of the built drop-in: Debian's Chromium, and what a visitor does on a page.
import puppeteer from 'puppeteer-core';

export function launchBrowser() {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
}

/** Collects, from now on, the page's uncaught errors and console errors and warnings. */
export function watchConsole(page) {
  const errors = [];
  const warnings = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
    if (message.type() === 'warn') warnings.push(message.text());
  });
  return { errors, warnings };
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
      for (const position of [1, 2, 0, 1, 0]) {
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
