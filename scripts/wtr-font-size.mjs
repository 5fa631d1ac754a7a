// The reader's default font size (the browser setting "font size", which text-only
// zoom also changes), for the accessibility tests (RGAA 10.4): Chromium sets it
// through the DevTools protocol (Page.setFontSizes). A test asks with
// executeServerCommand('guichet-default-font-size', { size: 32 }) (16 is the
// default) and gets true, or false where the engine or its driver cannot
// (Firefox over WebDriver BiDi, WebKit over classic WebDriver): the test then
// skips itself.

import { chromiumPage } from './wtr-chromium.mjs';

/** The web-test-runner plugin serving 'guichet-default-font-size'. */
export function defaultFontSizeCommand() {
  return {
    name: 'guichet-default-font-size',
    async executeCommand({ command, payload, session }) {
      if (command !== 'guichet-default-font-size') return undefined;
      const page = chromiumPage(session);
      if (!page) return false;
      const size = Number(payload?.size) || 16;
      const client = await page.createCDPSession();
      try {
        await client.send('Page.enable');
        await client.send('Page.setFontSizes', { fontSizes: { standard: size, fixed: Math.round(size * 0.8125) } });
      } finally {
        await client.detach();
      }
      return true;
    },
  };
}
