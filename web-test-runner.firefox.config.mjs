// The same browser tests in a second engine: Debian's firefox-esr, driven by
// puppeteer-core over WebDriver BiDi (no geckodriver). FIREFOX_PATH overrides
// the path. Coverage is measured in Chromium only (V8 coverage).
import * as puppeteer from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import base, { countReporter } from './web-test-runner.config.mjs';

const executablePath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

export default {
  ...base,
  browsers: [
    chromeLauncher({
      puppeteer,
      launchOptions: {
        browser: 'firefox',
        executablePath,
        headless: true,
        // Headless Firefox never gives its window the system focus, so :focus
        // and :focus-visible would never match; Firefox's own test mode
        // behaves as a focused window does.
        extraPrefsFirefox: { 'focusmanager.testmode': true },
      },
    }),
  ],
  reporters: [defaultReporter(), countReporter('browser-firefox')],
};
