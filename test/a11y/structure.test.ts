import { expect } from '@open-wc/testing';
import type { ReportFinder } from '../../src/components/report-finder/report-finder.js';
import { pathTo } from '../helpers/finder-paths.js';
import { emergencyNumbersExamples } from '../../src/components/emergency-numbers/emergency-numbers.examples.js';
import { quickExitExamples } from '../../src/components/quick-exit/quick-exit.examples.js';
import { reportFinderExamples } from '../../src/components/report-finder/report-finder.examples.js';
import { serviceCardExamples } from '../../src/components/service-card/service-card.examples.js';
import { serviceListExamples } from '../../src/components/service-list/service-list.examples.js';
import { executeServerCommand } from '@web/test-runner-commands';
import { renderMarkup, settle } from '../helpers/render.js';
import { disclosures, field, fields, parts, summary } from '../helpers/query.js';
import { contrastRatio, paintedBackground, parseColor } from '../helpers/contrast.js';

// What an auditor checks in the markup and the styles, beyond axe: valid structure
// (RGAA 8.2), no presentational markup (8.9, 10.1), information kept without the
// styles and in reading order (10.2, 10.3), hidden content (10.8), text that follows
// the reader's font size (10.4), links visible in running text (10.6), boundaries
// and focus rings at 3:1 (3.3), no information by colour or position alone
// (3.1, 10.9), labels beside their fields and grouped choices (11.4 to 11.7),
// symbols that are not read aloud (13.5). Every element, every example, and the
// finder's results with their details open.

const examples = [
  ...serviceListExamples,
  ...serviceCardExamples,
  ...reportFinderExamples,
  ...emergencyNumbersExamples,
  ...quickExitExamples,
];

/** A few results of the finder, reached by their answers. */
const RESULTS = ['assault', 'vehicle-gone', 'card-lost-used'].map((id) => [id, pathTo(id)] as const);

/** Every shadow root under an element, nested ones included. */
function shadowRoots(root: Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const visit = (node: Element | ShadowRoot) => {
    if (node instanceof Element && node.shadowRoot) {
      roots.push(node.shadowRoot);
      visit(node.shadowRoot);
    }
    for (const child of Array.from(node.querySelectorAll('*'))) if (child.shadowRoot) visit(child);
  };
  visit(root);
  return [...new Set(roots)];
}

/** Every element rendered in the shadow roots under an element. */
const rendered = (root: Element) => shadowRoots(root).flatMap((shadow) => Array.from(shadow.querySelectorAll('*')));

/** Every style rule the elements under a root use (their shadow roots' adopted and inline sheets). */
function styleRules(root: Element): CSSStyleRule[] {
  const rules: CSSStyleRule[] = [];
  const visit = (list: CSSRuleList) => {
    for (const rule of Array.from(list)) {
      if (rule instanceof CSSStyleRule) rules.push(rule);
      if ('cssRules' in rule && (rule as CSSGroupingRule).cssRules) visit((rule as CSSGroupingRule).cssRules);
    }
  };
  for (const shadow of shadowRoots(root)) {
    for (const sheet of shadow.adoptedStyleSheets ?? []) visit(sheet.cssRules);
    for (const style of Array.from(shadow.querySelectorAll('style'))) if (style.sheet) visit(style.sheet.cssRules);
  }
  return rules;
}

const INTERACTIVE = 'a[href], button, input, select, textarea, summary';

async function openAllDisclosures(el: Element): Promise<void> {
  for (let round = 0; round < 3; round += 1) {
    const closed = shadowRoots(el)
      .flatMap((root) => disclosures(root))
      .filter((details) => !details.open);
    if (!closed.length) break;
    for (const details of closed) summary(details).click();
    await settle(el);
  }
}

/** Markup rendered in a container of its own, kept across the tests of a block (fixture() cleans up after each test). */
async function place(markup: string): Promise<HTMLElement> {
  const container = document.createElement('div');
  container.append(document.createRange().createContextualFragment(markup));
  document.body.append(container);
  await settle(container);
  return container;
}

/** Each scene: a name and a rendered element, French and English. */
async function scenes(): Promise<{ name: string; el: HTMLElement }[]> {
  const list: { name: string; el: HTMLElement }[] = [];
  for (const example of examples) {
    const wrapper = await place(example.html);
    await openAllDisclosures(wrapper);
    list.push({ name: `example ${example.id}`, el: wrapper });
  }
  for (const [id, answers] of RESULTS) {
    for (const lang of ['fr', 'en']) {
      const wrapper = await place(`<div lang="${lang}"><report-finder></report-finder></div>`);
      wrapper.querySelector<ReportFinder>('report-finder')!.answers = answers;
      await settle(wrapper);
      await openAllDisclosures(wrapper);
      list.push({ name: `finder result ${id} (${lang})`, el: wrapper });
    }
  }
  return list;
}

describe('structure and presentation, as an auditor reads them', function () {
  this.timeout(60000);
  let all: { name: string; el: HTMLElement }[] = [];
  before(async () => {
    all = await scenes();
  });
  after(() => {
    for (const { el } of all) el.remove();
  });

  it('RGAA 8.2 — the markup is valid: unique ids, lists of list items, no control inside a control, references that resolve', () => {
    const problems: string[] = [];
    for (const { name, el } of all) {
      for (const root of shadowRoots(el)) {
        const where = `${name} <${root.host.localName}>`;
        const ids = Array.from(root.querySelectorAll('[id]')).map((node) => node.id);
        for (const id of new Set(ids.filter((id, index) => ids.indexOf(id) !== index)))
          problems.push(`${where}: id "${id}" twice`);
        for (const item of Array.from(root.querySelectorAll('li')))
          if (!['ul', 'ol', 'menu'].includes(item.parentElement?.localName ?? ''))
            problems.push(`${where}: <li> inside <${item.parentElement?.localName}>`);
        for (const list of Array.from(root.querySelectorAll('ul, ol')))
          for (const child of Array.from(list.children))
            if (!['li', 'script', 'template'].includes(child.localName))
              problems.push(`${where}: <${child.localName}> directly inside <${list.localName}>`);
        for (const control of Array.from(root.querySelectorAll(INTERACTIVE))) {
          const inner = control.querySelector(INTERACTIVE);
          if (inner) problems.push(`${where}: <${inner.localName}> inside <${control.localName}>`);
        }
        for (const details of Array.from(root.querySelectorAll('details')))
          if (details.firstElementChild?.localName !== 'summary')
            problems.push(`${where}: a <details> whose first child is not its <summary>`);
        for (const node of Array.from(root.querySelectorAll('[aria-describedby], [aria-labelledby], [aria-controls]')))
          for (const attribute of ['aria-describedby', 'aria-labelledby', 'aria-controls'])
            for (const id of (node.getAttribute(attribute) ?? '').split(/\s+/).filter(Boolean))
              if (!root.getElementById(id)) problems.push(`${where}: ${attribute}="${id}" names nothing`);
      }
    }
    expect(problems).to.deep.equal([]);
  });

  it('RGAA 8.9, 10.1 — no markup for presentation only: no presentational tags or attributes, styles in style sheets', () => {
    const problems: string[] = [];
    for (const { name, el } of all) {
      for (const node of rendered(el)) {
        if (['b', 'i', 'u', 'font', 'center', 'big', 'tt', 'strike', 'marquee', 'blink'].includes(node.localName))
          problems.push(`${name}: <${node.localName}>`);
        for (const attribute of ['align', 'bgcolor', 'border', 'color', 'valign', 'width', 'height', 'style'])
          if (node.hasAttribute(attribute)) problems.push(`${name}: <${node.localName} ${attribute}>`);
        if (node.localName === 'br' && node.nextElementSibling?.localName === 'br')
          problems.push(`${name}: line breaks used for spacing`);
        if (node.getAttribute('role') === 'presentation' && node.matches(INTERACTIVE))
          problems.push(`${name}: a control marked as presentation`);
      }
    }
    expect(problems).to.deep.equal([]);
  });

  it('RGAA 10.2, 10.3 — without the styles nothing is lost and the reading order is the order shown', () => {
    const problems: string[] = [];
    for (const { name, el } of all) {
      for (const rule of styleRules(el)) {
        const style = rule.style;
        const content = style
          .getPropertyValue('content')
          .trim()
          .replace(/^(initial|inherit|unset|revert)$/, '');
        // Generated content is limited to the disclosures' open/closed marks, whose state <details> exposes itself.
        if (content && !['""', "''", 'none', 'normal', '"+"', '"−"', '"+" / ""', '"−" / ""'].includes(content))
          problems.push(`${name}: ${rule.selectorText} { content: ${content} }`);
        if (content && content !== '""' && content !== 'none' && !/summary/.test(rule.selectorText))
          problems.push(`${name}: generated content outside a disclosure's summary (${rule.selectorText})`);
        // `all: initial` on :host sets every property to a keyword that places nothing.
        const placed = (property: string) => {
          const value = style.getPropertyValue(property).trim();
          return value && !/^(auto|initial|inherit|unset|revert|none|0|normal|row|column|1 \/ -1|span \d+)$/.test(value)
            ? value
            : '';
        };
        for (const property of ['order', 'grid-area', 'grid-row', 'grid-column', 'float'])
          if (placed(property)) problems.push(`${name}: ${rule.selectorText} { ${property}: ${placed(property)} }`);
        for (const property of ['flex-direction', 'flex-flow', 'grid-auto-flow'])
          if (/reverse|dense/.test(style.getPropertyValue(property)))
            problems.push(`${name}: ${rule.selectorText} { ${property}: ${style.getPropertyValue(property)} }`);
      }
    }
    expect([...new Set(problems)]).to.deep.equal([]);
  });

  it('RGAA 10.8 — hidden content holds nothing to reach: no control inside aria-hidden, visually hidden text is meant to be read', () => {
    const problems: string[] = [];
    for (const { name, el } of all) {
      for (const node of rendered(el)) {
        if (node.getAttribute('aria-hidden') === 'true') {
          if (node.matches(INTERACTIVE) || node.querySelector(INTERACTIVE))
            problems.push(`${name}: a control inside aria-hidden <${node.localName}>`);
        }
        if (node.classList.contains('visually-hidden')) {
          if (!node.textContent?.trim() && !node.matches('[role="status"], [aria-live]'))
            problems.push(`${name}: an empty visually hidden <${node.localName}>`);
          if (node.closest('[aria-hidden="true"]'))
            problems.push(`${name}: visually hidden text hidden from screen readers`);
        }
      }
    }
    expect(problems).to.deep.equal([]);
  });

  it('RGAA 10.6 — a link inside running text is underlined', () => {
    const problems: string[] = [];
    for (const { name, el } of all) {
      for (const link of rendered(el).filter((node): node is HTMLAnchorElement => node.localName === 'a')) {
        const parent = link.parentElement!;
        const textAround = Array.from(parent.childNodes).some(
          (child) => child !== link && child.nodeType === Node.TEXT_NODE && /\p{L}/u.test(child.textContent ?? ''),
        );
        if (textAround && !getComputedStyle(link).textDecorationLine.includes('underline'))
          problems.push(
            `${name}: "${link.textContent?.trim()}" is not underlined in its sentence (${getComputedStyle(link).textDecorationLine})`,
          );
      }
    }
    expect(problems).to.deep.equal([]);
  });

  it('RGAA 3.1, 10.9 — no text points to a colour, a shape or a place on the screen alone', () => {
    const problems: string[] = [];
    const pointers =
      /\b(rouge|(?<!numéro )verte?|bleue?|orange|à droite|à gauche|ci-contre|en haut à|en bas à|le bouton rond|red|green|blue|on the right|on the left|round button)\b/i;
    for (const { name, el } of all) {
      for (const root of shadowRoots(el)) {
        const found = (root.textContent ?? '').match(pointers);
        if (found) problems.push(`${name} <${root.host.localName}>: "${found[0]}"`);
      }
    }
    expect(problems).to.deep.equal([]);
  });

  it('RGAA 13.5 — symbols are not read aloud as words: arrows and separators are hidden from screen readers', () => {
    const problems: string[] = [];
    const symbols = /[←→↑↓•·›‹»«▸▾✓✗✔✘]/;
    for (const { name, el } of all) {
      for (const root of shadowRoots(el)) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let text = walker.nextNode(); text; text = walker.nextNode()) {
          const value = text.textContent ?? '';
          // « » are French quotation marks, read as such; the others are decoration.
          const found = value.replace(/[«»]/g, '').match(symbols);
          if (found && !text.parentElement?.closest('[aria-hidden="true"]'))
            problems.push(`${name} <${root.host.localName}>: "${found[0]}" in "${value.trim().slice(0, 60)}"`);
        }
      }
    }
    expect([...new Set(problems)]).to.deep.equal([]);
  });
});

describe('pointer: nothing happens on the way down (RGAA 13.11)', function () {
  this.timeout(60000);

  it('RGAA 13.11 — no control acts when the pointer is pressed, only when it is released (a click)', async () => {
    const problems: string[] = [];
    const events = [
      'guichet-link-follow',
      'guichet-service-select',
      'guichet-finder-step',
      'guichet-finder-outcome',
      'guichet-quick-exit',
    ];
    const snapshot = (el: Element) =>
      shadowRoots(el)
        .map((root) => new XMLSerializer().serializeToString(root))
        .join('\n');
    for (const { name, el } of await scenes()) {
      const fired: string[] = [];
      const listen = (event: Event) => {
        fired.push(event.type);
        event.preventDefault();
      };
      for (const type of events) el.addEventListener(type, listen);
      const controls = shadowRoots(el).flatMap((root) => Array.from(root.querySelectorAll<HTMLElement>(INTERACTIVE)));
      const before = snapshot(el);
      for (const control of controls) {
        const init = {
          bubbles: true,
          composed: true,
          cancelable: true,
          button: 0,
          pointerType: 'mouse',
          isPrimary: true,
        };
        control.dispatchEvent(new PointerEvent('pointerdown', init));
        control.dispatchEvent(new MouseEvent('mousedown', init));
      }
      await settle(el);
      if (fired.length) problems.push(`${name}: ${fired.join(', ')} on the way down`);
      if (snapshot(el) !== before) problems.push(`${name}: the content changed on the way down`);
      for (const type of events) el.removeEventListener(type, listen);
      el.remove();
    }
    expect(problems).to.deep.equal([]);
  });
});

describe('colours and sizes that follow the reader', function () {
  this.timeout(30000);

  it('RGAA 3.3 — fields, checkboxes and the focus ring stand out at 3:1 from what is behind them, light and dark', async () => {
    const problems: string[] = [];
    for (const theme of ['light', 'dark']) {
      const page = await renderMarkup<HTMLElement>(
        `<div style="background:${theme === 'dark' ? '#17191d' : '#fff'}"><service-list theme="${theme}" department="35"></service-list><report-finder theme="${theme}"></report-finder></div>`,
      );
      const list = page.querySelector('service-list')!;
      for (const input of fields(list).filter((node) => node instanceof HTMLInputElement)) {
        const style = getComputedStyle(input);
        const behind = paintedBackground(input.parentElement!);
        if (input.type === 'checkbox') {
          const mark = parseColor(style.accentColor === 'auto' ? style.color : style.accentColor);
          const ratio = contrastRatio(mark, behind);
          if (ratio < 3) problems.push(`${theme}: checkbox ${input.name || input.id} ${ratio.toFixed(2)}:1`);
        } else {
          const ratio = contrastRatio(parseColor(style.borderTopColor), behind);
          if (ratio < 3) problems.push(`${theme}: field ${input.id} border ${ratio.toFixed(2)}:1`);
        }
      }
      const focusables = [field(list, /Rechercher/)!, ...parts(page.querySelector('report-finder')!, 'option')];
      expect(focusables.length, 'controls to focus').to.be.greaterThan(2);
      for (const control of focusables) {
        control.focus();
        const style = getComputedStyle(control);
        const ring = parseColor(style.outlineColor);
        const ratio = contrastRatio(ring, paintedBackground(control.parentElement!));
        if (ratio < 3)
          problems.push(`${theme}: focus ring of "${control.textContent?.trim() || control.id}" ${ratio.toFixed(2)}:1`);
      }
      page.remove();
    }
    expect(problems).to.deep.equal([]);
  });

  it('RGAA 10.4 — text follows the reader’s font size: at 200 % every text is twice as large, none cut off', async function () {
    // The browser's font size setting (what text-only zoom changes), set through the DevTools protocol.
    if (!(await executeServerCommand('guichet-default-font-size', { size: 16 }))) this.skip();
    const markup =
      '<div><service-list services="thesee,pharos,urgence-114"></service-list><report-finder></report-finder><emergency-numbers></emergency-numbers><quick-exit></quick-exit></div>';
    const measure = async () => {
      const page = await place(markup);
      const texts = rendered(page).filter((node) =>
        Array.from(node.childNodes).some((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim()),
      );
      const sizes = texts.map((node) => ({
        text: `<${node.localName}> "${node.textContent!.trim().slice(0, 30)}"`,
        size: parseFloat(getComputedStyle(node).fontSize),
      }));
      const clipped = texts
        .filter((node) => {
          const style = getComputedStyle(node);
          const clips =
            /hidden|clip/.test(style.overflowX + style.overflowY) && !node.classList.contains('visually-hidden');
          return clips && (node.scrollWidth > node.clientWidth + 1 || node.scrollHeight > node.clientHeight + 1);
        })
        .map((node) => `<${node.localName}> "${node.textContent!.trim().slice(0, 30)}"`);
      page.remove();
      return { sizes, clipped };
    };
    const normal = await measure();
    try {
      await executeServerCommand('guichet-default-font-size', { size: 32 });
      const doubled = await measure();
      expect(doubled.sizes.length).to.equal(normal.sizes.length);
      const fixed = normal.sizes.filter(({ size }, index) => Math.abs(doubled.sizes[index].size - 2 * size) > 1);
      expect(fixed, 'texts that kept their size').to.deep.equal([]);
      expect(doubled.clipped, 'texts cut off').to.deep.equal([]);
    } finally {
      await executeServerCommand('guichet-default-font-size', { size: 16 });
    }
  });

  it('RGAA 11.4 to 11.7 — each label sits beside its field; the category checkboxes form a group named by its legend', async () => {
    const list = await renderMarkup<HTMLElement>('<service-list department="35"></service-list>');
    const root = list.shadowRoot!;
    const named = fields(list);
    expect(named.length).to.be.greaterThan(3);
    for (const input of named) {
      const label = (input as HTMLInputElement).labels?.[0];
      expect(label, `label of ${input.id || input.name}`).to.exist;
      const a = label!.getBoundingClientRect();
      const b = input.getBoundingClientRect();
      const fontSize = parseFloat(getComputedStyle(input).fontSize);
      const gap = Math.max(
        0,
        Math.max(a.top, b.top) - Math.min(a.bottom, b.bottom),
        Math.max(a.left, b.left) - Math.min(a.right, b.right),
      );
      expect(gap, `distance between "${label!.textContent?.trim()}" and its field`).to.be.below(2 * fontSize);
    }
    const checkboxes = Array.from(root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'));
    expect(checkboxes.length).to.be.greaterThan(1);
    const groups = new Set(checkboxes.map((box) => box.closest('fieldset')));
    expect(groups.size, 'one group').to.equal(1);
    const legend = [...groups][0]!.querySelector('legend');
    expect(legend?.textContent?.trim()).to.equal('Catégories');
    list.remove();
  });
});
