// axe on a rendered subtree, the same in the three engines.
// In WebKit, axe measures colour contrast wrongly for text below the viewport
// (the paint is right: it reads white behind text drawn on our dark
// background), so the viewport is first made as tall as the page.
import { expect } from '@open-wc/testing';
import { isWebKit, setViewport } from './commands.js';

const TALLEST = 10000;

export async function expectAccessible(root: Element, options?: Record<string, unknown>): Promise<void> {
  const before = { width: window.innerWidth, height: window.innerHeight };
  const height = Math.min(TALLEST, Math.ceil(document.documentElement.scrollHeight));
  const grow = isWebKit && height > before.height;
  if (grow) {
    await setViewport({ width: before.width, height });
    window.scrollTo(0, 0);
    // Two frames: the new viewport laid out and painted before axe reads it.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  }
  try {
    await expect(root).to.be.accessible(options as never);
  } finally {
    if (grow) await setViewport(before);
  }
}
