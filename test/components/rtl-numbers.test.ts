// Numbers in Arabic: on an Arabic page with the pack, every number of more than
// one group (a phone number, a time range, a date) in every result of the
// finder, every card and the emergency strip is laid out in the order it is
// written in French: compared on the screen, digit by digit, not in the source
// string. Without an isolate, the bidirectional algorithm shows "116 000" as
// "000 116" and "0 892 705 705" as "705 705 892 0".
import { expect } from '@open-wc/testing';
import '../helpers/english.js';
import '../../src/define/report-finder.js';
import '../../src/define/service-card.js';
import '../../src/define/emergency-numbers.js';
import '../../src/languages/ar.js';
import { finder } from '../../src/finder/finder.js';
import { allPaths, walk } from '../../src/finder/engine.js';
import type { FinderAnswer } from '../../src/finder/types.js';
import { catalogue } from '../../src/catalogue/catalogue.js';
import { forEachText } from '../../src/i18n/text-keys.js';
import { textIn } from '../../src/i18n/packs.js';
import { catalogue as catalogueData } from '../../src/catalogue/catalogue.js';
import { finderData } from '../../src/generated/finder-data.js';
import { renderMarkup, settle } from '../helpers/render.js';
import { disclosures, part, summary } from '../helpers/query.js';
import { setViewport } from '../helpers/commands.js';

/** Characters that may sit between two digit groups of one number (isolates included). */
const BETWEEN = /^[ \u00a0\u202f–\-/:.,hj\u2066-\u2069]{1,5}$/u;

/** Every text node under `root`, the shadow roots of the elements on the way included. */
function textNodes(root: Node, found: Text[] = []): Text[] {
  for (const child of root.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) found.push(child as Text);
    else if (child.nodeType === Node.ELEMENT_NODE) {
      const { shadowRoot } = child as Element;
      if (shadowRoot) textNodes(shadowRoot, found);
      textNodes(child, found);
    }
  }
  return found;
}

/** The numbers of more than one group of a text node: for each, the offsets of its digits in the node. */
function numbers(node: Text): number[][] {
  const text = node.data;
  const result: number[][] = [];
  let current: number[] = [];
  let last = -1;
  for (let index = 0; index < text.length; index += 1) {
    if (!/\d/.test(text[index])) continue;
    const gap = text.slice(last + 1, index);
    if (last >= 0 && (gap === '' || BETWEEN.test(gap))) current.push(index);
    else {
      if (current.length) result.push(current);
      current = [index];
    }
    last = index;
  }
  if (current.length) result.push(current);
  // One group alone reads the same either way.
  return result.filter((digits) => digits.some((offset, i) => i > 0 && offset !== digits[i - 1] + 1));
}

interface Seen {
  number: string;
  inOrder: boolean;
}

/** For each number shown under `root`: whether its digits, on each line, go from left to right in their written order. */
function numbersOnScreen(root: Element): Seen[] {
  const seen: Seen[] = [];
  for (const node of textNodes(root)) {
    for (const digits of numbers(node)) {
      const range = document.createRange();
      const boxes = digits.map((offset) => {
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
        return range.getBoundingClientRect();
      });
      if (boxes.every((box) => box.width === 0)) continue; // not displayed
      let inOrder = true;
      for (let i = 1; i < boxes.length; i += 1) {
        const sameLine = Math.abs(boxes[i].top - boxes[i - 1].top) < boxes[i].height / 2;
        if (sameLine && boxes[i].left < boxes[i - 1].left) inOrder = false;
      }
      const number = node.data.slice(digits[0], digits.at(-1)! + 1).replace(/[^\d]+/g, ' ');
      seen.push({ number, inOrder });
    }
  }
  return seen;
}

/** The numbers of more than one group the Arabic pack's data texts hold, digit groups joined by a space. */
function numbersOfThePack(): Set<string> {
  const found = new Set<string>();
  const visit = (_key: string, text: Record<string, string>) => {
    const ar = textIn(text, 'ar') ?? '';
    const node = document.createTextNode(ar);
    for (const digits of numbers(node)) found.add(ar.slice(digits[0], digits.at(-1)! + 1).replace(/[^\d]+/g, ' '));
  };
  forEachText(catalogueData, 'catalogue', visit);
  forEachText(finderData, 'finder', visit);
  return found;
}

function openEverything(root: Element) {
  for (const disclosure of disclosures(root, { deep: true })) if (!disclosure.open) summary(disclosure).click();
}

describe('numbers in Arabic keep their French order on the screen', () => {
  const shown = new Map<string, boolean>();
  const record = (seen: Seen[], where: string) => {
    const backwards = seen.filter((entry) => !entry.inOrder).map((entry) => `${where}: ${entry.number}`);
    for (const entry of seen) shown.set(entry.number, (shown.get(entry.number) ?? true) && entry.inOrder);
    return backwards;
  };

  before(() => setViewport({ width: 360, height: 740 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('in every card, details open', async function () {
    this.timeout(60_000);
    const backwards: string[] = [];
    for (const service of catalogue.services) {
      const wrapper = await renderMarkup(
        `<div lang="ar" dir="rtl"><service-card service="${service.id}"></service-card></div>`,
      );
      await settle(wrapper);
      openEverything(wrapper);
      await settle(wrapper);
      backwards.push(...record(numbersOnScreen(wrapper), service.id));
    }
    expect(backwards).to.deep.equal([]);
  });

  const targets = new Map<string, FinderAnswer[]>();
  for (const path of allPaths(finder)) {
    const state = walk(finder, finder.start, path);
    if (state.position.kind === 'outcome' && !targets.has(state.position.outcome.id))
      targets.set(state.position.outcome.id, path);
  }
  for (const [id, answers] of targets) {
    it(`in the result ${id}, details open, and in its emergency strip`, async () => {
      const wrapper = await renderMarkup(`<div lang="ar" dir="rtl"><report-finder></report-finder></div>`);
      const el = wrapper.querySelector('report-finder')!;
      el.answers = answers;
      await settle(wrapper);
      openEverything(wrapper);
      await settle(wrapper);
      expect(part(el, 'details'), id).to.exist;
      expect(record(numbersOnScreen(wrapper), id)).to.deep.equal([]);
    });
  }

  it('in the emergency numbers, full and compact', async () => {
    const backwards: string[] = [];
    for (const variant of ['full', 'compact']) {
      const wrapper = await renderMarkup(
        `<div lang="ar" dir="rtl"><emergency-numbers variant="${variant}"></emergency-numbers></div>`,
      );
      await settle(wrapper);
      backwards.push(...record(numbersOnScreen(wrapper), variant));
    }
    expect(backwards).to.deep.equal([]);
  });

  it('every number of the pack was seen on the screen, 116 000, 116 006, 39 28 and 0 892 705 705 included, each in order', () => {
    const expected = numbersOfThePack();
    for (const number of ['116 000', '116 006', '39 28', '0 892 705 705']) expect(expected, number).to.include(number);
    const missing = [...expected].filter((number) => !shown.has(number));
    expect(missing, 'numbers of the pack never displayed').to.deep.equal([]);
    expect([...shown].filter(([, inOrder]) => !inOrder).map(([number]) => number)).to.deep.equal([]);
  });
});
