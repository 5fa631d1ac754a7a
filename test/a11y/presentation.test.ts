// Presentation the reader changes: forced colours (Windows high contrast), their
// own text spacing, a 200 % and 400 % zoom (reflow), reduced motion; and no time
// limit the reader cannot control. Each element is checked in the states that
// show the most: a result of the finder with its details open, a list with a
// card opened, a card with its sources open.
//
// Forced colours are emulated through the DevTools protocol (the
// 'guichet-media-features' command of scripts/wtr-media.mjs): Chromium only.
// Reduced motion through web-test-runner's emulateMedia: Chromium only as well
// (Firefox over WebDriver BiDi and WebKit over classic WebDriver emulate no media).
// The other checks run in the three engines.
import { expect, nextFrame } from '@open-wc/testing';
import {
  emulateMedia,
  executeServerCommand,
  resetMouse,
  sendKeys as wtrSendKeys,
  sendMouse,
} from '@web/test-runner-commands';
import type { CSSResultOrNative, LitElement } from 'lit';
import { isWebKit, sendKeys, setViewport } from '../helpers/commands.js';
import { parseColor } from '../helpers/contrast.js';
import { captureWarnings, renderMarkup, settle } from '../helpers/render.js';
import {
  button,
  buttons,
  byText,
  deepActiveElement,
  disclosures,
  exactly,
  fields,
  headings,
  links,
  part,
  parts,
  summary,
} from '../helpers/query.js';
import type { ReportFinder } from '../../src/components/report-finder/report-finder.js';
import type { QuickExit } from '../../src/components/quick-exit/quick-exit.js';
import { ELEMENT_TAGS } from '../../src/generated/registry.js';

// ---------------------------------------------------------------------------
// The elements, in the states that show the most.

interface Case {
  /** As in the tests' titles. */
  readonly name: string;
  readonly markup: string;
  /** Brings the element to the state checked (answers given, disclosures opened). */
  readonly prepare?: (element: HTMLElement) => Promise<void>;
}

/** Opens every disclosure, nested ones included (cards rendered when a disclosure opens have their own). */
async function openEverything(element: HTMLElement): Promise<void> {
  for (let round = 0; round < 4; round += 1) {
    const closed = disclosures(element, { deep: true }).filter((details) => !details.open);
    if (!closed.length) return;
    for (const details of closed) summary(details).click();
    await settle(element);
  }
}

/** The answers to a fake online shop: a result with a main button, calls beside it, and six disclosures. */
async function toResult(element: HTMLElement): Promise<void> {
  (element as ReportFinder).answers = [
    { questionId: 'scam-online', optionId: 'online' },
    { questionId: 'scam-type', optionId: 'shop' },
  ];
  await settle(element);
  expect(part(element, 'outcome'), 'a result is shown').to.exist;
  await openEverything(element);
}

const LIST: Case = {
  name: '<service-list>',
  markup: '<service-list services="thesee,perceval,pharos,info-escroqueries"></service-list>',
  prepare: async (element) => {
    button(element, 'Plus de détails', { deep: true })!.click();
    await settle(element);
    await openEverything(element);
  },
};
const CARD: Case = {
  name: '<service-card>',
  markup: '<service-card service="aide-aux-victimes-116006"></service-card>',
  prepare: openEverything,
};
const QUESTION: Case = { name: '<report-finder> at its first question', markup: '<report-finder></report-finder>' };
const RESULT: Case = {
  name: '<report-finder> at a result, details open',
  markup: '<report-finder start="scam"></report-finder>',
  prepare: toResult,
};
const NUMBERS: Case = {
  name: '<emergency-numbers>',
  markup: '<emergency-numbers lines="3919,116006"></emergency-numbers>',
};
const EXIT: Case = { name: '<quick-exit>', markup: '<quick-exit></quick-exit>', prepare: openEverything };
const FIXED_EXIT: Case = { name: '<quick-exit fixed>', markup: '<quick-exit fixed></quick-exit>' };
const CASES = [LIST, CARD, QUESTION, RESULT, NUMBERS, EXIT, FIXED_EXIT];

/** Renders a case between two buttons of the page (where the keyboard comes from and goes to). */
async function renderCase(item: Case): Promise<{ page: HTMLElement; element: HTMLElement }> {
  const page = await renderMarkup(
    `<div><button type="button">Avant</button>${item.markup}<button type="button">Après</button></div>`,
  );
  const element = page.children[1] as HTMLElement;
  if (item.prepare) await item.prepare(element);
  await settle(page);
  return { page, element };
}

// ---------------------------------------------------------------------------
// What a person sees: boxes, texts and controls through the shadow trees.

const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

function parentAcrossShadow(node: Node): Element | null {
  if (node instanceof Element && node.assignedSlot) return node.assignedSlot;
  if (node.parentElement) return node.parentElement;
  const root = node.parentNode ?? node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** Text for screen readers only: clipped to a pixel, by design. */
function visuallyHidden(element: Element): boolean {
  for (let current: Element | null = element; current; current = parentAcrossShadow(current)) {
    const style = getComputedStyle(current);
    if (style.position === 'absolute' && parseFloat(style.width) <= 1 && parseFloat(style.height) <= 1) return true;
  }
  return false;
}

/** Rendered and visible (not in a closed disclosure, not hidden), and not text for screen readers only. */
function shown(element: Element): boolean {
  return (
    element.getClientRects().length > 0 &&
    element.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions) &&
    !visuallyHidden(element)
  );
}

/** The shadow roots under an element (its own and nested ones, or those of the elements inside it). */
function shadowRoots(element: Element): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const child of Array.from(node.querySelectorAll('*'))) {
      if (!child.shadowRoot) continue;
      found.push(child.shadowRoot);
      visit(child.shadowRoot);
    }
  };
  if (element.shadowRoot) {
    found.push(element.shadowRoot);
    visit(element.shadowRoot);
  } else visit(element);
  return found;
}

/** Every element of the shadow trees under an element. */
function shadowElements(element: Element): HTMLElement[] {
  return shadowRoots(element).flatMap((root) => Array.from(root.querySelectorAll<HTMLElement>('*')));
}

/** What a person operates: buttons, links, fields and the summaries of disclosures, shown. */
function controls(root: Element): HTMLElement[] {
  return [
    ...buttons<HTMLElement>(root, { deep: true }),
    ...links<HTMLElement>(root, { deep: true }),
    ...fields<HTMLInputElement>(root, { deep: true }),
    ...disclosures(root, { deep: true }).map(summary),
  ].filter(shown);
}

/** A short description of an element, for failure messages. */
function label(element: Element): string {
  const host = (element.getRootNode() as ShadowRoot).host?.localName ?? 'page';
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  return `${host} ${element.localName}${element.getAttribute('part') ? `[part=${element.getAttribute('part')}]` : ''} "${text}"`;
}

interface ShownText {
  readonly text: string;
  readonly parent: Element;
  readonly rects: DOMRect[];
}

/** Every visible text under an element (nested shadow trees included), with the boxes of its lines. */
function shownTexts(root: Element): ShownText[] {
  const found: ShownText[] = [];
  const range = document.createRange();
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent!.replace(/\s+/g, ' ').trim();
      const parent = parentAcrossShadow(node);
      if (text && parent && shown(parent)) {
        range.selectNodeContents(node);
        const rects = Array.from(range.getClientRects()).filter((rect) => rect.width > 0 && rect.height > 0);
        if (rects.length) found.push({ text: text.slice(0, 40), parent, rects });
      }
      return;
    }
    if (node instanceof Element && ['script', 'style', 'template'].includes(node.localName)) return;
    if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
    node.childNodes.forEach(visit);
  };
  visit(root.shadowRoot ?? root);
  return found;
}

/** The area two boxes share (0 when they only touch). */
function overlap(a: DOMRect, b: DOMRect): number {
  const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return width > 0.5 && height > 0.5 ? width * height : 0;
}

const round = (rect: DOMRect) =>
  `[${Math.round(rect.left)},${Math.round(rect.top)} ${Math.round(rect.width)}×${Math.round(rect.height)}]`;

// ---------------------------------------------------------------------------
// Forced colours.

/** Emulates forced colours (Windows high contrast); false where the engine or its driver cannot. */
async function forcedColors(active: boolean): Promise<boolean> {
  try {
    const done = await executeServerCommand('guichet-media-features', {
      features: active ? [{ name: 'forced-colors', value: 'active' }] : [],
    });
    return done === true && matchMedia('(forced-colors: active)').matches === active;
  } catch {
    return false;
  }
}

const SIDES = ['Top', 'Right', 'Bottom', 'Left'] as const;

/** A border drawn on every side (its colour is the system's in forced colours: width and style are what stays). */
function framed(style: CSSStyleDeclaration): boolean {
  return SIDES.every((side) => {
    const width = parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`));
    const lineStyle = style.getPropertyValue(`border-${side.toLowerCase()}-style`);
    const colour = style.getPropertyValue(`border-${side.toLowerCase()}-color`);
    return width > 0 && lineStyle !== 'none' && lineStyle !== 'hidden' && parseColor(colour)[3] > 0;
  });
}

/** How a control shows where it is when colours are the system's: a border, an outline, an underline, a native box, a marker. */
function boundary(control: HTMLElement): string | null {
  const style = getComputedStyle(control);
  if (framed(style)) return 'border';
  if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) return 'outline';
  if (style.textDecorationLine.includes('underline')) return 'underline';
  if (
    control instanceof HTMLInputElement &&
    ['checkbox', 'radio'].includes(control.type) &&
    style.appearance !== 'none'
  )
    return 'native box';
  if (control.localName === 'summary') {
    const before = getComputedStyle(control, '::before').content;
    if (style.display === 'list-item' || (before !== 'none' && before !== 'normal')) return 'disclosure marker';
  }
  return null;
}

/** Tabs from the page's button before the element to the one after it; `visit` sees each element focused on the way. */
async function tabThrough(page: HTMLElement, visit: (focused: Element) => void): Promise<number> {
  const [before, after] = [page.firstElementChild as HTMLElement, page.lastElementChild as HTMLElement];
  before.focus();
  for (let count = 0; count < 250; count += 1) {
    await sendKeys({ press: 'Tab' });
    const focused = deepActiveElement();
    if (!focused || focused === after || focused === document.body) return count;
    visit(focused);
  }
  throw new Error('the focus never left the element');
}

describe('forced colours (Windows high contrast)', function () {
  before(async function () {
    // Chromium only: emulated through the DevTools protocol (scripts/wtr-media.mjs). Firefox over
    // WebDriver BiDi and WebKit over classic WebDriver cannot emulate forced colours.
    if (!(await forcedColors(true))) this.skip();
  });
  after(() => forcedColors(false));

  for (const item of CASES) {
    it(`RGAA 3.3 — forced colours: every control and frame of ${item.name} keeps a visible boundary`, async () => {
      const { element } = await renderCase(item);
      const found = controls(element);
      expect(found.length, 'controls checked').to.be.greaterThan(0);
      const missing = found.filter((control) => !boundary(control)).map(label);
      expect(missing, 'controls without a border, an outline or an underline').to.deep.equal([]);
      // The frames people read as one thing: a card, the finder, the numbers' panel and strip.
      const boxes = ['card', 'finder', 'panel', 'emergency'].flatMap((name) => parts(element, name, { deep: true }));
      const unframed = boxes.filter((box) => shown(box) && !framed(getComputedStyle(box))).map(label);
      expect(unframed, 'frames without a border').to.deep.equal([]);
    });

    it(`RGAA 10.7 — forced colours: the focus in ${item.name} is an outline of at least 2 px, not a shadow`, async () => {
      const { page } = await renderCase(item);
      const problems: string[] = [];
      const count = await tabThrough(page, (focused) => {
        const style = getComputedStyle(focused);
        if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2)
          problems.push(`${label(focused)}: outline ${style.outlineStyle} ${style.outlineWidth}`);
      });
      expect(count, 'elements reached with Tab').to.be.greaterThan(0);
      expect(problems).to.deep.equal([]);
    });
  }

  it('RGAA 3.3 — forced colours: each emergency number is a target of its own, framed, none overlapping', async () => {
    const page = await renderMarkup(
      '<div><emergency-numbers lines="3919,119,116006,3018"></emergency-numbers><report-finder></report-finder></div>',
    );
    const groups = [
      links(part(page.querySelector('emergency-numbers')!, 'panel')!),
      ...parts(page, 'emergency', { deep: true }).map((strip) => links(strip)),
    ];
    expect(groups.map((group) => group.length)).to.deep.equal([7, 3]);
    for (const group of groups) {
      const unframed = group.filter((tile) => !framed(getComputedStyle(tile))).map(label);
      expect(unframed, 'numbers without their own border').to.deep.equal([]);
      const rects = group.map((tile) => tile.getBoundingClientRect());
      for (let i = 0; i < rects.length; i += 1)
        for (let j = i + 1; j < rects.length; j += 1)
          expect(overlap(rects[i], rects[j]), `${label(group[i])} and ${label(group[j])}`).to.equal(0);
    }
  });

  it('RGAA 3.1 — forced colours: whether a line is open now is said in words, not by its colour', async () => {
    // 116 006 answers from 9:00 to 19:00, Paris time.
    const page = await renderMarkup(
      '<div><service-card service="aide-aux-victimes-116006"></service-card><emergency-numbers lines="116006"></emergency-numbers></div>',
    );
    for (const [time, words] of [
      ['2026-03-10T11:00:00+01:00', 'Ouvert en ce moment'],
      ['2026-03-10T22:00:00+01:00', 'Fermé en ce moment'],
    ]) {
      for (const element of Array.from(page.children) as (HTMLElement & { now?: Date })[]) element.now = new Date(time);
      await settle(page);
      for (const element of Array.from(page.children)) {
        const status = byText(element, exactly(words));
        expect(status, `${element.localName} at ${time}: "${words}"`).to.exist;
        expect(shown(status!), `${element.localName} at ${time}: the words are shown`).to.be.true;
      }
    }
  });
});

// ---------------------------------------------------------------------------
// Text spacing.

const SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

/**
 * Parts laid out only near the viewport (content-visibility: auto): off screen, they keep the size
 * they had, whatever the spacing, until they are scrolled to. The spacing test lays them out as they
 * are once scrolled to, and still counts them as boxes that cut what overflows them (paint containment).
 */
const paintContained = new WeakSet<Element>();
const LAID_OUT = '* { content-visibility: visible !important; }';

/** The reader's spacing, on the page and in every shadow root (nested ones too), as a bookmarklet would. */
function applySpacing(element: Element): () => void {
  for (const box of shadowElements(element))
    if (getComputedStyle(box).contentVisibility === 'auto') paintContained.add(box);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`${SPACING}\n${LAID_OUT}`);
  const targets: (Document | ShadowRoot)[] = [document, ...shadowRoots(element)];
  for (const target of targets) target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
  return () => {
    for (const target of targets) target.adoptedStyleSheets = target.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

const CLIPPING = ['hidden', 'clip'];

/** The boxes that cut what overflows them: overflow hidden or clip, and paint containment (content-visibility: auto). */
function clipsOf(element: Element): { x: boolean; y: boolean } {
  const style = getComputedStyle(element);
  const contained =
    paintContained.has(element) || style.contentVisibility === 'auto' || /paint|strict|content/.test(style.contain);
  return {
    x: contained || CLIPPING.includes(style.overflowX),
    y: contained || CLIPPING.includes(style.overflowY),
  };
}

/** The inside of a box's borders (where overflow is cut). */
function paddingBox(element: Element): DOMRect {
  const rect = element.getBoundingClientRect();
  const style = getComputedStyle(element);
  const left = rect.left + parseFloat(style.borderLeftWidth);
  const top = rect.top + parseFloat(style.borderTopWidth);
  return new DOMRect(
    left,
    top,
    rect.width - parseFloat(style.borderLeftWidth) - parseFloat(style.borderRightWidth),
    rect.height - parseFloat(style.borderTopWidth) - parseFloat(style.borderBottomWidth),
  );
}

const CONTROL = 'a, button, summary, label, input, select';

/** What text spacing breaks: text cut by a box, text out of its button, controls over each other, a sideways scroll. */
function spacingProblems(element: HTMLElement): string[] {
  const problems: string[] = [];
  for (const box of shadowElements(element)) {
    if (!shown(box) || ['input', 'select', 'textarea'].includes(box.localName)) continue;
    const clips = clipsOf(box);
    if (!clips.x && !clips.y) continue;
    if (box.scrollWidth > box.clientWidth + 1)
      problems.push(`${label(box)} cut sideways: ${box.scrollWidth} > ${box.clientWidth}`);
    if (box.scrollHeight > box.clientHeight + 1)
      problems.push(`${label(box)} cut at the bottom: ${box.scrollHeight} > ${box.clientHeight}`);
  }
  for (const { text, parent, rects } of shownTexts(element)) {
    // Every box around the text that cuts what overflows it (through shadow hosts and slots).
    for (let own: Element | null = parent; own; own = parentAcrossShadow(own)) {
      const clips = clipsOf(own);
      if (!clips.x && !clips.y) continue;
      const inside = paddingBox(own);
      for (const rect of rects) {
        if (clips.x && (rect.left < inside.left - 1 || rect.right > inside.right + 1))
          problems.push(`"${text}" cut sideways by ${label(own)}`);
        if (clips.y && (rect.top < inside.top - 1 || rect.bottom > inside.bottom + 1))
          problems.push(`"${text}" cut at the bottom by ${label(own)}`);
      }
    }
    const control = parent.closest(CONTROL);
    if (control) {
      const box = control.getBoundingClientRect();
      for (const rect of rects)
        if (
          rect.left < box.left - 1 ||
          rect.right > box.right + 1 ||
          rect.top < box.top - 1 ||
          rect.bottom > box.bottom + 1
        )
          problems.push(`"${text}" ${round(rect)} out of its ${label(control)} ${round(box)}`);
    }
  }
  // Controls side by side (a row of buttons, the numbers, links in a text) never over each other.
  const byRoot = new Map<Node, HTMLElement[]>();
  for (const control of controls(element)) {
    const root = control.getRootNode();
    byRoot.set(root, [...(byRoot.get(root) ?? []), control]);
  }
  for (const group of byRoot.values()) {
    for (let i = 0; i < group.length; i += 1) {
      for (let j = i + 1; j < group.length; j += 1) {
        const [a, b] = [group[i], group[j]];
        if (a.contains(b) || b.contains(a)) continue;
        const shared = Array.from(a.getClientRects()).some((ra) =>
          Array.from(b.getClientRects()).some((rb) => overlap(ra, rb) > 1),
        );
        if (shared) problems.push(`${label(a)} over ${label(b)}`);
      }
    }
  }
  if (document.documentElement.scrollWidth > window.innerWidth)
    problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} > ${window.innerWidth}`);
  return problems;
}

describe('text spacing (WCAG 1.4.12)', () => {
  let removeSpacing: (() => void) | undefined;
  afterEach(async () => {
    removeSpacing?.();
    removeSpacing = undefined;
    await setViewport({ width: 800, height: 600 });
  });

  for (const width of [360, 1280]) {
    for (const item of CASES) {
      it(`RGAA 10.12 — text spacing: nothing clipped or overlapping in ${item.name} at ${width} px`, async () => {
        await setViewport({ width, height: 800 });
        const { element } = await renderCase(item);
        removeSpacing = applySpacing(element);
        await frames();
        // The spacing is applied (a test that measured the page's own spacing would prove nothing).
        const sample = getComputedStyle(shownTexts(element)[0].parent);
        expect(parseFloat(sample.letterSpacing)).to.be.closeTo(0.12 * parseFloat(sample.fontSize), 0.01);
        expect(parseFloat(sample.lineHeight)).to.be.closeTo(1.5 * parseFloat(sample.fontSize), 0.5);
        expect(spacingProblems(element)).to.deep.equal([]);
      });
    }
  }
});

// ---------------------------------------------------------------------------
// Zoom: 1280 × 1480 px at 200 % and 1280 × 1024 px at 400 % are 640 × 740 and 320 × 256 CSS px.

const ZOOMS = [
  { zoom: '200 %', width: 640, height: 740 },
  { zoom: '400 %', width: 320, height: 256 },
];

/** What a reflow loses: a sideways scroll, a control or a text out of the window's width. */
function reflowProblems(element: HTMLElement): string[] {
  const problems: string[] = [];
  const width = window.innerWidth;
  if (document.documentElement.scrollWidth > width)
    problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
  for (const control of controls(element)) {
    const rect = control.getBoundingClientRect();
    if (rect.width < 1 || rect.height < 1 || rect.left < -1 || rect.right > width + 1)
      problems.push(`${label(control)} ${round(rect)} not within the width`);
  }
  for (const { text, rects } of shownTexts(element))
    if (rects.some((rect) => rect.left < -1 || rect.right > width + 1)) problems.push(`"${text}" out of the width`);
  return problems;
}

/**
 * Shift+Tab, the Shift key held, where it tells something: false in WebKit, whose driver here presses
 * one key at a time, and in Firefox, which does not scroll to a focused element already within the
 * window, whatever its scroll-margin. Chromium checks the backward pass.
 */
async function shiftTab(): Promise<boolean> {
  if (isWebKit || /Firefox\//.test(navigator.userAgent)) return false;
  await wtrSendKeys({ down: 'Shift' });
  await wtrSendKeys({ press: 'Tab' });
  await wtrSendKeys({ up: 'Shift' });
  return true;
}

/** The page's padding under a fixed quick exit, as the README asks of a page (its header). */
const CLEAR_OF_EXIT = 'padding-block-start: var(--guichet-quick-exit-block-size, 0px)';

/** Every text and control of an element the fixed button is over. */
function coveredBy(button: Element, element: Element): string[] {
  const exit = button.getBoundingClientRect();
  const texts = shownTexts(element)
    .filter(({ rects }) => rects.some((rect) => overlap(rect, exit) > 0))
    .map(({ text }) => `"${text}"`);
  const covered = controls(element)
    .filter((control) => overlap(control.getBoundingClientRect(), exit) > 0)
    .map(label);
  return [...texts, ...covered];
}

describe('zoom 200 % and 400 % (reflow)', () => {
  afterEach(async () => {
    window.scrollTo(0, 0);
    await setViewport({ width: 800, height: 600 });
  });

  for (const { zoom, width, height } of ZOOMS) {
    for (const item of CASES) {
      it(`RGAA 10.11 — reflow at ${zoom} (${width} px): ${item.name} without a sideways scroll, nothing cut off`, async () => {
        await setViewport({ width, height });
        const { element } = await renderCase(item);
        expect(controls(element).length, 'controls checked').to.be.greaterThan(0);
        expect(reflowProblems(element)).to.deep.equal([]);
      });
    }

    it(`RGAA 10.11 — reflow at ${zoom} (${width} px): the fixed quick exit covers nothing at the top of the page, nor any heading of a result brought into view`, async () => {
      await setViewport({ width, height });
      const page = await renderMarkup(
        `<div style="${CLEAR_OF_EXIT}"><quick-exit fixed></quick-exit><report-finder start="scam"></report-finder></div>`,
      );
      const exit = part(page.querySelector('quick-exit')!, 'button')!;
      const finder = page.querySelector<ReportFinder>('report-finder')!;
      await frames();
      const box = exit.getBoundingClientRect();
      expect(box.left >= 0 && box.right <= width, 'the button whole within the width').to.be.true;
      window.scrollTo(0, 0);
      expect(coveredBy(exit, finder), 'at the first question').to.deep.equal([]);
      await toResult(finder);
      window.scrollTo(0, 0);
      await frames();
      expect(coveredBy(exit, finder), 'at the top of the result').to.deep.equal([]);
      const shownHeadings = headings(finder, { deep: true }).filter(shown);
      expect(shownHeadings.length, 'headings of the result').to.be.greaterThan(5);
      const covered: string[] = [];
      for (const heading of shownHeadings) {
        heading.scrollIntoView({ block: 'start' });
        await frames();
        const rect = heading.getBoundingClientRect();
        if (overlap(rect, exit.getBoundingClientRect()) > 0 || rect.top < 0)
          covered.push(`${label(heading)} ${round(rect)}`);
      }
      expect(covered, 'headings under the button once brought into view').to.deep.equal([]);
    });

    it(`RGAA 10.7 — reflow at ${zoom} (${width} px): no control of a result is under the fixed quick exit when it has the focus`, async () => {
      await setViewport({ width, height });
      const page = await renderMarkup(
        `<div style="${CLEAR_OF_EXIT}"><button type="button">Avant</button><quick-exit fixed exit-key=""></quick-exit><report-finder start="scam"></report-finder><button type="button">Après</button></div>`,
      );
      const exit = part(page.querySelector('quick-exit')!, 'button')!;
      await toResult(page.querySelector<ReportFinder>('report-finder')!);
      await frames();
      const covered: string[] = [];
      const count = await tabThrough(page, (focused) => {
        if (focused === exit) return;
        const rect = focused.getBoundingClientRect();
        if (overlap(rect, exit.getBoundingClientRect()) > 0) covered.push(`${label(focused)} ${round(rect)}`);
      });
      // Backwards too: Shift+Tab brings each control in from the top of the window.
      (page.lastElementChild as HTMLElement).focus();
      for (let i = 0; i < count && (await shiftTab()); i += 1) {
        const focused = deepActiveElement();
        if (!focused || focused === exit || focused === page.firstElementChild) continue;
        await frames();
        const rect = focused.getBoundingClientRect();
        if (overlap(rect, exit.getBoundingClientRect()) > 0) covered.push(`${label(focused)} ${round(rect)} (back)`);
      }
      expect(count, 'controls reached with Tab').to.be.greaterThan(10);
      expect(covered).to.deep.equal([]);
    });
  }
});

// ---------------------------------------------------------------------------
// Reduced motion.

/**
 * Emulates the reader's motion setting; where the engine's driver cannot, true only when the
 * browser's own setting is already the one asked for (no-preference, in these headless browsers).
 */
async function motion(reducedMotion: 'reduce' | 'no-preference'): Promise<boolean> {
  const query = `(prefers-reduced-motion: ${reducedMotion})`;
  if (matchMedia(query).matches) return true;
  try {
    await emulateMedia({ reducedMotion });
  } catch {
    // Firefox over WebDriver BiDi and WebKit over classic WebDriver emulate no media.
  }
  return matchMedia(query).matches;
}

/** A duration in milliseconds, from a computed `…-duration` (a list: `0s, 0.12s`); the longest. */
function longest(value: string): number {
  return Math.max(
    0,
    ...value.split(',').map((item) => (item.trim().endsWith('ms') ? parseFloat(item) : parseFloat(item) * 1000)),
  );
}

/** Values of animation-name that run nothing (`all: initial` on the host gives `initial`). */
const NO_ANIMATION = ['', 'none', 'initial', 'inherit', 'unset', 'revert', 'revert-layer'];

/** What moves: animations running (in the page and every shadow root), and elements with a transition or an animation. */
function moving(element: Element): string[] {
  const found: string[] = [];
  for (const root of [document, ...shadowRoots(element)])
    for (const animation of root.getAnimations()) {
      const duration = Number(animation.effect?.getComputedTiming().duration ?? 0);
      if (duration > 0.01) found.push(`${animation.constructor.name} of ${duration} ms`);
    }
  for (const box of shadowElements(element)) {
    const style = getComputedStyle(box);
    if (longest(style.transitionDuration) > 0.01) found.push(`${label(box)}: transition ${style.transitionDuration}`);
    if (!NO_ANIMATION.includes(style.animationName) && longest(style.animationDuration) > 0.01)
      found.push(`${label(box)}: animation ${style.animationDuration}`);
    if (style.scrollBehavior === 'smooth') found.push(`${label(box)}: smooth scrolling`);
  }
  return found;
}

/** Every element, used: a result answered and opened, a card opened, a button focused and hovered, the theme switched. */
async function useEverything(): Promise<{ page: HTMLElement; seen: string[]; scrolls: string[] }> {
  const page = await renderMarkup(
    `<div>${[LIST, CARD, RESULT, NUMBERS, EXIT, FIXED_EXIT].map((item) => item.markup).join('')}</div>`,
  );
  const seen: string[] = [];
  const scrolls: string[] = [];
  /** The same scrolling method, noting every call that asks for smooth scrolling. */
  const spy = <T>(name: string, original: T): T =>
    function (this: unknown, ...args: unknown[]) {
      if (JSON.stringify(args).includes('smooth')) scrolls.push(`${name}(${JSON.stringify(args)})`);
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } as T;
  const originals = {
    scrollIntoView: Element.prototype.scrollIntoView,
    scrollTo: window.scrollTo,
    elementScrollTo: Element.prototype.scrollTo,
  };
  Element.prototype.scrollIntoView = spy('scrollIntoView', originals.scrollIntoView);
  Element.prototype.scrollTo = spy('element.scrollTo', originals.elementScrollTo);
  window.scrollTo = spy('window.scrollTo', originals.scrollTo);
  try {
    const look = (what: string) => seen.push(...moving(page).map((item) => `${what}: ${item}`));
    look('rendered');
    const finder = page.querySelector<ReportFinder>('report-finder')!;
    part(finder, 'option', 'Entièrement sur internet')!.click();
    look('an answer given');
    await settle(page);
    look('the next question');
    part(finder, 'option', 'Un faux site de vente')!.click();
    await settle(page);
    await openEverything(finder);
    look('a result opened');
    button(page.querySelector('service-list')!, 'Plus de détails', { deep: true })!.click();
    await settle(page);
    look('a card opened');
    // The fixed button: always in the window, for the pointer to reach.
    const exit = part(page.querySelector('quick-exit[fixed]')!, 'button')!;
    exit.focus();
    look('a button focused');
    const box = exit.getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
    });
    look('a button hovered');
    for (const element of Array.from(page.children)) element.setAttribute('theme', 'dark');
    // Looked at in the next frame: the buttons' colour transition lasts 120 ms, less than a full settle on a busy machine.
    await Promise.all(Array.from(page.children).map((element) => (element as unknown as LitElement).updateComplete));
    await nextFrame();
    look('the theme switched');
  } finally {
    Element.prototype.scrollIntoView = originals.scrollIntoView;
    Element.prototype.scrollTo = originals.elementScrollTo;
    window.scrollTo = originals.scrollTo;
    await resetMouse();
  }
  return { page, seen, scrolls };
}

/** The rules of a style sheet that move something (a transition, an animation, smooth scrolling), and whether each waits for no-preference. */
function motionRules(rules: CSSRuleList, guarded = false, found: { rule: string; guarded: boolean }[] = []) {
  for (const rule of Array.from(rules)) {
    if (rule instanceof CSSMediaRule) {
      motionRules(rule.cssRules, guarded || /prefers-reduced-motion:\s*no-preference/.test(rule.conditionText), found);
    } else if (rule instanceof CSSKeyframesRule) {
      found.push({ rule: `@keyframes ${rule.name}`, guarded });
    } else if (rule instanceof CSSStyleRule) {
      const style = rule.style;
      const moves =
        longest(style.transitionDuration || '0s') > 0.01 ||
        !NO_ANIMATION.includes(style.animationName) ||
        style.scrollBehavior === 'smooth';
      if (moves) found.push({ rule: rule.selectorText, guarded });
      if (rule.cssRules?.length) motionRules(rule.cssRules, guarded, found);
    } else if ('cssRules' in rule) {
      motionRules((rule as CSSGroupingRule).cssRules, guarded, found);
    }
  }
  return found;
}

const TAGS = ELEMENT_TAGS;

describe('reduced motion and time limits', () => {
  afterEach(() => motion('no-preference'));

  it('RGAA 13.8 — reduced motion: every transition, animation and smooth scroll in the styles waits for no-preference', () => {
    const found = TAGS.flatMap((tag) => {
      const styles = (customElements.get(tag) as unknown as { elementStyles: CSSResultOrNative[] }).elementStyles;
      return styles.flatMap((style) => {
        const sheet = style instanceof CSSStyleSheet ? style : new CSSStyleSheet();
        if (!(style instanceof CSSStyleSheet)) sheet.replaceSync(style.cssText);
        return motionRules(sheet.cssRules).map((item) => ({ ...item, rule: `${tag} ${item.rule}` }));
      });
    });
    // The buttons' colour change is one (a measure that found nothing would prove nothing).
    expect(found.filter((item) => item.guarded).length, 'transitions found').to.be.greaterThan(0);
    expect(found.filter((item) => !item.guarded).map((item) => item.rule)).to.deep.equal([]);
  });

  it('RGAA 13.8 — reduced motion: nothing moves in any element, rendered, answered, opened, focused, hovered or re-themed', async function () {
    // Chromium only: Firefox over WebDriver BiDi and WebKit over classic WebDriver emulate no media.
    if (!(await motion('reduce'))) this.skip();
    const { seen, scrolls } = await useEverything();
    expect(seen).to.deep.equal([]);
    expect(scrolls, 'smooth scrolling asked for').to.deep.equal([]);
  });

  it('RGAA 13.8 — reduced motion: the same measure sees the buttons’ transition when motion is not reduced', async function () {
    if (!(await motion('no-preference'))) this.skip();
    const { seen } = await useEverything();
    expect(seen.filter((item) => item.includes('transition')).length).to.be.greaterThan(0);
    expect(seen.some((item) => item.startsWith('the theme switched') && item.includes('CSSTransition'))).to.be.true;
  });

  it('RGAA 13.1 — time limits: the quick exit’s key window is two seconds by default, and exit-key-window sets it', async () => {
    let clock = 0;
    Object.defineProperty(performance, 'now', { configurable: true, value: () => clock });
    try {
      const page = await renderMarkup(
        '<div><quick-exit></quick-exit><quick-exit exit-key-window="5000" exit-key="Escape"></quick-exit><quick-exit exit-key-window="600" exit-key="End"></quick-exit></div>',
      );
      const [standard, slow, quick] = Array.from(page.children) as QuickExit[];
      const exits = new Map<Element, number>();
      page.addEventListener('guichet-quick-exit', (event) => {
        event.preventDefault();
        exits.set(event.target as Element, (exits.get(event.target as Element) ?? 0) + 1);
      });
      /** Presses a key at each instant (milliseconds), as a person slow or quick would. */
      const pressAt = async (key: string, instants: number[]) => {
        for (const instant of instants) {
          clock = instant;
          await sendKeys({ press: key });
        }
      };
      const properties = (customElements.get('quick-exit') as unknown as typeof QuickExit).elementProperties;
      expect(properties.get('exitKeyWindow')?.attribute, 'the attribute').to.equal('exit-key-window');
      // Three presses over 2.5 s: too slow for the default, within five seconds.
      await pressAt('Shift', [0, 1500, 2500]);
      expect(exits.get(standard) ?? 0, 'default: 2.5 s is too long').to.equal(0);
      await pressAt('Shift', [10000, 11000, 11900]);
      expect(exits.get(standard), 'default: within 2 s').to.equal(1);
      await pressAt('Escape', [20000, 22000, 24500]);
      expect(exits.get(slow), 'exit-key-window="5000": 4.5 s is enough').to.equal(1);
      await pressAt('End', [30000, 30400, 30800]);
      expect(exits.get(quick) ?? 0, 'exit-key-window="600": 0.8 s is too long').to.equal(0);
      await pressAt('End', [40000, 40200, 40400]);
      expect(exits.get(quick), 'exit-key-window="600": within 0.6 s').to.equal(1);
      await standard.updateComplete;
    } finally {
      delete (performance as unknown as { now?: unknown }).now;
    }
  });

  it('RGAA 13.1 — time limits: a key window that is not a number, or out of 500–20000 ms, is said once and kept within', async () => {
    const warnings = await captureWarnings(async () => {
      await renderMarkup(
        '<div><quick-exit exit-key-window="soon"></quick-exit><quick-exit exit-key-window="100"></quick-exit><quick-exit exit-key-window="60000"></quick-exit><quick-exit exit-key-window="60000"></quick-exit></div>',
      );
    });
    expect(warnings.filter((text) => text.includes('exit-key-window'))).to.deep.equal([
      '[guichet-securite] <quick-exit>: exit-key-window "NaN" is not a number of milliseconds; using 2000.',
      '[guichet-securite] <quick-exit>: exit-key-window 100 is outside 500–20000 ms; using 500.',
      '[guichet-securite] <quick-exit>: exit-key-window 60000 is outside 500–20000 ms; using 20000.',
    ]);
  });

  it('RGAA 13.1 — time limits: nothing advances or expires on its own, every timer of the elements run', async () => {
    // The timers the elements set, caught as they are set (those of the test runner left alone), run by hand: as if time passed.
    const timers: { delay: number; run: () => void }[] = [];
    const originals = { setTimeout: window.setTimeout, setInterval: window.setInterval };
    const catching = <T>(original: T): T =>
      ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
        if (/\/src\//.test(new Error().stack ?? '') && typeof handler === 'function')
          timers.push({ delay: delay ?? 0, run: () => (handler as (...a: unknown[]) => void)(...args) });
        return (original as (...a: unknown[]) => number).call(window, handler, delay, ...args);
      }) as T;
    window.setTimeout = catching(originals.setTimeout);
    window.setInterval = catching(originals.setInterval);
    let page: HTMLElement | undefined;
    try {
      page = await renderMarkup<HTMLElement>(
        `<div>${[LIST, CARD, QUESTION, NUMBERS, EXIT].map((item) => item.markup).join('')}</div>`,
      );
      const search = fields(page.querySelector('service-list')!)[0];
      search.focus();
      await sendKeys({ type: 'arnaque' });
      const finder = page.querySelector<ReportFinder>('report-finder')!;
      part(finder, 'option', 'Non, pas en ce moment')!.click();
      await openEverything(page.querySelector('quick-exit')!);
      await settle(page);
    } finally {
      window.setTimeout = originals.setTimeout;
      window.setInterval = originals.setInterval;
    }
    const shown = page!;
    const state = () => ({
      question: part(shown.querySelector('report-finder')!, 'question')?.textContent,
      search: fields(shown.querySelector('service-list')!)[0].value,
      cards: parts(shown.querySelector('service-list')!, 'card', { deep: true }).length,
      open: disclosures(shown.querySelector('quick-exit')!).map((details) => details.open),
      exit: part(shown.querySelector('quick-exit')!, 'button')?.isConnected,
    });
    const before = state();
    expect(timers.length, 'timers set by the elements').to.be.greaterThan(0);
    // The only ones: a pause before the list announces its count, and the minute that refreshes "open now".
    expect(timers.filter((timer) => timer.delay > 1000 && timer.delay !== 60000).map((t) => t.delay)).to.deep.equal([]);
    for (let pass = 0; pass < 3; pass += 1) timers.forEach((timer) => timer.run());
    await settle(shown);
    expect(state()).to.deep.equal(before);
    expect(before.open, 'the disclosure opened stays open').to.deep.equal([true]);
    expect(before.cards, 'the cards found stay').to.be.greaterThan(0);
  });
});
