// What the Chromium-only test commands (accessibility tree, media features, the
// reader's font size) share: the puppeteer page of a web-test-runner session.

/** The puppeteer page of a Chromium session, or null in another engine or driver. */
export function chromiumPage(session) {
  const launcher = session.browser;
  // chromeLauncher is a 'puppeteer' launcher; Firefox is launched by it too, under its own name.
  if (launcher?.type !== 'puppeteer' || !['Chrome', 'Chromium'].includes(launcher.name)) return null;
  return launcher.getPage(session.id);
}
