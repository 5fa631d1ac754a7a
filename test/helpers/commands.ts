// What a test asks of the browser's driver, the same in the three engines.
// Chromium and Firefox (puppeteer) take web-test-runner's own commands; WebKit
// (WebKitGTK over classic WebDriver) takes ours, served by
// scripts/wtr-webkit.mjs: its window is resized to the viewport asked for, and
// keys are sent one at a time (WebKitGTK drops a repeated character when
// several keys are sent in one action).
import {
  executeServerCommand,
  sendKeys as wtrSendKeys,
  setViewport as wtrSetViewport,
} from '@web/test-runner-commands';

/** WebKit, driven over WebDriver (not Chromium, whose user agent also says AppleWebKit). */
export const isWebKit =
  /AppleWebKit/.test(navigator.userAgent) && !/Chrome|Chromium|HeadlessChrome/.test(navigator.userAgent);

/** Chromium (neither Firefox nor WebKit). */
export const isChromium = !isWebKit && !/Firefox\//.test(navigator.userAgent);

export async function setViewport(viewport: { width: number; height: number }): Promise<void> {
  if (isWebKit) await executeServerCommand('guichet-set-viewport', viewport);
  else await wtrSetViewport(viewport);
}

export async function sendKeys(keys: { press: string } | { type: string }): Promise<void> {
  if (isWebKit) await executeServerCommand('guichet-send-keys', keys);
  else await wtrSendKeys(keys);
}
