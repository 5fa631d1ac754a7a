// Media features that web-test-runner's emulateMedia cannot set, for the
// presentation tests: forced colours (Windows high contrast). emulateMedia
// passes only prefers-color-scheme and prefers-reduced-motion to puppeteer, and
// puppeteer's emulateMediaFeatures refuses `forced-colors`; the DevTools
// protocol sets it, and Chromium then paints the page in system colours, as
// Windows does. A test asks with
// executeServerCommand('guichet-media-features', { features: [{ name: 'forced-colors', value: 'active' }] })
// (an empty list ends the emulation) and gets true, or false where the engine
// or its driver cannot (Firefox over WebDriver BiDi, WebKit over classic
// WebDriver): the tests then skip themselves.

import { chromiumPage } from './wtr-chromium.mjs';

/** One DevTools session per page. */
const clients = new WeakMap();

/** The web-test-runner plugin serving 'guichet-media-features'. */
export function mediaFeaturesCommand() {
  return {
    name: 'guichet-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'guichet-media-features') return undefined;
      const page = chromiumPage(session);
      if (!page) return false;
      const features = Array.isArray(payload?.features) ? payload.features : [];
      if (!clients.has(page)) clients.set(page, await page.createCDPSession());
      await clients.get(page).send('Emulation.setEmulatedMedia', { features });
      return true;
    },
  };
}
