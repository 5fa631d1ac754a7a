// Before the Firefox group: says clearly what is missing instead of a launcher stack trace.
import { accessSync, constants } from 'node:fs';

const path = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
try {
  accessSync(path, constants.X_OK);
} catch {
  console.error(
    `Firefox not found at ${path}. Install Debian's firefox-esr (apt-get install firefox-esr) or set FIREFOX_PATH.`,
  );
  process.exit(1);
}
