// Before the WebKit group: says clearly what is missing instead of a launcher stack trace.
import { accessSync, constants } from 'node:fs';
import { DRIVER, MINIBROWSER } from './wtr-webkit.mjs';

const missing = [];
for (const [path, hint] of [
  [DRIVER, "Debian's webkit2gtk-driver (or set WEBKIT_DRIVER_PATH)"],
  [MINIBROWSER, "Debian's webkit2gtk-driver, which brings MiniBrowser (or set MINIBROWSER_PATH)"],
  ['/usr/bin/xvfb-run', "Debian's xvfb and xauth (WebKitGTK has no headless mode)"],
]) {
  try {
    accessSync(path, constants.X_OK);
  } catch {
    missing.push(`${path}: install ${hint}`);
  }
}
if (missing.length) {
  console.error(
    `WebKit tests cannot run:\n  ${missing.join('\n  ')}\n(apt-get install webkit2gtk-driver xvfb xauth; .ci/run installs them)`,
  );
  process.exit(1);
}
