import { fixture, nextFrame } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/define/service-card.js';
import '../../src/define/service-list.js';
import '../../src/define/report-finder.js';
import '../../src/define/emergency-numbers.js';
import '../../src/define/quick-exit.js';

/** Renders static markup as a page author would paste it, and waits for every element inside to render. */
export async function renderMarkup<T extends Element = HTMLElement>(markup: string): Promise<T> {
  const element = await fixture<T>(markup);
  await settle(element);
  return element;
}

/** Waits until the element and every Lit element in its shadow tree have rendered. */
export async function settle(root: Element): Promise<void> {
  for (let round = 0; round < 5; round += 1) {
    const pending: Promise<unknown>[] = [];
    const visit = (node: Element | ShadowRoot) => {
      for (const child of Array.from(node.querySelectorAll('*'))) {
        const lit = child as LitElement;
        if (lit.updateComplete) pending.push(lit.updateComplete);
        if (child.shadowRoot) visit(child.shadowRoot);
      }
    };
    const lit = root as unknown as LitElement;
    if (lit.updateComplete) pending.push(lit.updateComplete);
    if (root.shadowRoot) visit(root.shadowRoot);
    visit(root as Element);
    await Promise.all(pending);
    await nextFrame();
  }
}

export { captureWarnings } from './console.js';
// Queries live in query.ts; the text of a shadow tree is re-exported here for the tests that import it from this module.
export { shadowText } from './query.js';

/** Resolves once the page stops scrolling (a smooth scroll has ended), or after about four seconds. */
export async function scrollSettled(): Promise<void> {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  let last = window.scrollY;
  let still = 0;
  for (let tries = 0; tries < 240 && still < 3; tries += 1) {
    await frame();
    still = window.scrollY === last ? still + 1 : 0;
    last = window.scrollY;
  }
}
