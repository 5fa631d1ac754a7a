// WebKit for web-test-runner: Debian's WebKitGTK (MiniBrowser) driven by
// WebKitWebDriver over classic WebDriver, under Xvfb. What the stock WebDriver
// launcher lacks for it, filled here:
// 1. a running driver: started on a free port, stopped with the process;
// 2. viewports: WebDriver cannot set one, so the window is resized, toolbar
//    included (a GTK style file lets MiniBrowser's window shrink to 320 px);
// 3. keys one at a time: WebKitGTK drops a repeated character when several keys
//    are sent in one action.
// Paths: WEBKIT_DRIVER_PATH, MINIBROWSER_PATH.
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { webdriverLauncher } from '@web/test-runner-webdriver';

export const DRIVER = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });

const listening = (port) =>
  new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' }, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });

/** Starts WebKitWebDriver; it and the browsers it starts stop with this process. */
export async function startWebKitDriver() {
  const port = await freePort();
  // MiniBrowser's toolbar keeps its window at least ~447 px wide; this style lets it shrink.
  const config = mkdtempSync(join(tmpdir(), 'guichet-webkit-'));
  mkdirSync(join(config, 'gtk-3.0'));
  writeFileSync(
    join(config, 'gtk-3.0', 'gtk.css'),
    '* { min-width: 0; min-height: 0; padding: 0; margin: 0; border-width: 0; font-size: 1px; -gtk-icon-transform: scale(0.01); }\n',
  );
  const driver = spawn(DRIVER, [`--port=${port}`], {
    env: { ...process.env, XDG_CONFIG_HOME: config },
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-driver.pid, 'SIGKILL');
    } catch {
      // already gone
    }
    rmSync(config, { recursive: true, force: true });
  };
  process.on('exit', stop);
  for (let i = 0; i < 100 && !(await listening(port)); i += 1) await new Promise((resolve) => setTimeout(resolve, 100));
  if (!(await listening(port))) {
    stop();
    throw new Error(`WebKitWebDriver did not start on port ${port}`);
  }
  return { port, stop };
}

/** The capabilities of a MiniBrowser session (for web-test-runner's launcher and for webdriverio's `remote`). */
export function webkitCapabilities() {
  return {
    browserName: 'MiniBrowser',
    // WebKitWebDriver speaks classic WebDriver only: asking for BiDi fails to create the session.
    'wdio:enforceWebDriverClassic': true,
    'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
  };
}

/** The launcher for a running driver. */
export function webkitLauncher(port) {
  return webdriverLauncher({ hostname: '127.0.0.1', port, logLevel: 'error', capabilities: webkitCapabilities() });
}

/** WebDriver key codes of the named keys the tests press. */
const KEYS = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Escape: '\uE00C',
  ' ': ' ',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
};

/** Presses and releases one key, by its name as web-test-runner's sendKeys takes it ("Tab", "Enter", "a"). */
export async function pressKey(driver, name) {
  const key = KEYS[name] ?? (name.length === 1 ? name : undefined);
  if (!key) throw new Error(`WebKit: no WebDriver code for the key "${name}"`);
  await driver.performActions([
    {
      type: 'key',
      id: 'keyboard',
      actions: [
        { type: 'keyDown', value: key },
        { type: 'keyUp', value: key },
      ],
    },
  ]);
  await driver.releaseActions();
}

/** Resizes the window until the page's viewport has the size asked for (the window's own parts take some room). */
export async function resizeViewport(driver, { width, height }) {
  let size = { width, height };
  for (let attempt = 0; attempt < 6; attempt += 1) {
    await driver.setWindowSize(size.width, size.height);
    // The new size is seen after a frame; a page that is being replaced answers nothing.
    // (A string, not a function: webdriverio would add a global helper to the page.)
    const inner = await driver.executeAsync(
      'const done = arguments[0]; requestAnimationFrame(() => done([window.innerWidth, window.innerHeight]));',
    );
    if (!Array.isArray(inner) || !(inner[0] > 0 && inner[1] > 0)) continue;
    if (inner[0] === width && inner[1] === height) return;
    size = {
      width: Math.max(width, size.width + width - inner[0]),
      height: Math.max(height, size.height + height - inner[1]),
    };
  }
  throw new Error(`WebKit: could not set a ${width} × ${height} viewport`);
}

/** The test helpers' commands (test/helpers/commands.ts) for a WebDriver browser. */
export function webkitCommands() {
  return {
    name: 'guichet-webkit-commands',
    async executeCommand({ command, payload, session }) {
      if (session.browser.type !== 'webdriver') return undefined;
      const driver = session.browser.driver;
      if (command === 'guichet-set-viewport') {
        await resizeViewport(driver, payload);
        return true;
      }
      if (command === 'guichet-send-keys') {
        if (typeof payload?.press === 'string') {
          await pressKey(driver, payload.press);
          return true;
        }
        if (typeof payload?.type === 'string') {
          for (const character of payload.type) await pressKey(driver, character);
          return true;
        }
        throw new Error('WebKit: send keys with { press } or { type }');
      }
      return undefined;
    },
  };
}
