// The same browser tests in a third engine: WebKit (Debian's WebKitGTK,
// MiniBrowser) over classic WebDriver, under Xvfb (`xvfb-run -a`, see
// package.json). Coverage is measured in Chromium only.
import { defaultReporter } from '@web/test-runner';
import base, { countReporter } from './web-test-runner.config.mjs';
import { startWebKitDriver, webkitCommands, webkitLauncher } from './scripts/wtr-webkit.mjs';

const { port } = await startWebKitDriver();

export default {
  ...base,
  // One page, one test file at a time: the window is resized for viewports.
  concurrency: 1,
  browsers: [webkitLauncher(port)],
  plugins: [...base.plugins, webkitCommands()],
  // One window serves every test file: each file starts at the size Chromium's pages have.
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><body><script type="module">
      import { executeServerCommand } from '@web/test-runner-commands';
      await executeServerCommand('guichet-set-viewport', { width: 800, height: 600 });
      await import('${testFramework}');
    </script></body></html>`,
  reporters: [defaultReporter(), countReporter('browser-webkit')],
};
