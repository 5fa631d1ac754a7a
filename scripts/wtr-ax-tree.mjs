// The browser's own accessibility tree, for web-test-runner: what a screen
// reader is given (roles, accessible names, heading levels, live regions), as
// Chromium computes it, shadow roots included. A test asks for it with
// executeServerCommand('guichet-ax-tree', { selector }) and gets the tree under
// the first element matching `selector` (the whole page without one), each
// node reduced to its role, name, heading level, address, description, live
// setting, checked and expanded states, and children.
//
// Chromium only: the tree comes from the DevTools protocol
// (Accessibility.getFullAXTree, through puppeteer's accessibility.snapshot),
// which Firefox over WebDriver BiDi and WebKit over classic WebDriver do not
// offer. There the command answers false (null would read as an unknown
// command) and the tests skip themselves.

import { chromiumPage } from './wtr-chromium.mjs';

/** A node reduced to what a screen reader announces: its role, name, level, address, description, live setting, states. */
function reduce(node) {
  const reduced = { role: node.role, name: node.name ?? '' };
  if (node.level !== undefined) reduced.level = node.level;
  if (node.url) reduced.url = node.url;
  if (node.description) reduced.description = node.description;
  if (node.live) reduced.live = node.live;
  if (node.checked !== undefined) reduced.checked = node.checked;
  if (node.expanded !== undefined) reduced.expanded = node.expanded;
  if (node.focused) reduced.focused = true;
  if (node.children?.length) reduced.children = node.children.map(reduce);
  return reduced;
}

/**
 * Puppeteer returns the subtree of `root` only when `root` itself is
 * "interesting" (else only its first interesting descendant): the root is
 * named as a region while the tree is read, then given back its own role and
 * name. It is returned as role 'none', its children as the browser has them.
 */
async function snapshotUnder(page, root) {
  const before = await root.evaluate((element) => {
    const saved = { role: element.getAttribute('role'), label: element.getAttribute('aria-label') };
    element.setAttribute('role', 'region');
    element.setAttribute('aria-label', 'guichet-ax-root');
    return saved;
  });
  try {
    const tree = await page.accessibility.snapshot({ interestingOnly: true, root });
    return { role: 'none', name: '', children: (tree?.children ?? []).map(reduce) };
  } finally {
    await root.evaluate((element, saved) => {
      for (const [attribute, value] of [
        ['role', saved.role],
        ['aria-label', saved.label],
      ]) {
        if (value === null) element.removeAttribute(attribute);
        else element.setAttribute(attribute, value);
      }
    }, before);
  }
}

/** The web-test-runner plugin serving 'guichet-ax-tree'. */
export function axTreeCommand() {
  return {
    name: 'guichet-ax-tree',
    async executeCommand({ command, payload, session }) {
      if (command !== 'guichet-ax-tree') return undefined;
      const page = chromiumPage(session);
      if (!page) return false;
      const selector = typeof payload?.selector === 'string' ? payload.selector : undefined;
      if (!selector) {
        const tree = await page.accessibility.snapshot({ interestingOnly: true });
        return tree ? reduce(tree) : { role: 'none', name: '' };
      }
      const root = await page.$(selector);
      if (!root) throw new Error(`guichet-ax-tree: nothing matches ${selector}`);
      try {
        return await snapshotUnder(page, root);
      } finally {
        await root.dispose();
      }
    },
  };
}
