// Keyboard only (RGAA 12.8, 7.3; WCAG 2.1.1, 2.4.3): every path of the finder,
// every control of the list and of the card, and the quick exit, reached with
// Tab and used with Enter or Space, in all three engines. At each Tab the
// focus moves on in reading order (below, or further along the same line:
// right in left-to-right text, left in right-to-left text), and after each
// change (an answer, a step back, a language switch, a filter) the focus is
// still inside the element, never dropped to the page.
import { expect, fixtureCleanup } from '@open-wc/testing';
import '../../src/languages/ar.js';
import type { ReportFinder } from '../../src/components/report-finder/report-finder.js';
import type { QuickExit } from '../../src/components/quick-exit/quick-exit.js';
import { finder } from '../../src/finder/finder.js';
import { localize } from '../../src/catalogue/catalogue.js';
import type { FinderQuestion } from '../../src/finder/types.js';
import { sendKeys } from '../helpers/commands.js';
import { renderMarkup, settle } from '../helpers/render.js';
import { accessibleName, deepActiveElement, field, matches, nested, part, parts } from '../helpers/query.js';

/** The element above in the flat tree: the parent, or the host of a shadow root. */
function parentOf(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The element and everything above it, up to the page. */
function ancestors(element: Element): Element[] {
  const chain: Element[] = [];
  for (let current: Element | null = element; current; current = parentOf(current)) chain.push(current);
  return chain;
}

/** What a person calls a focused control, for messages. */
const describe_ = (element: Element) => `<${element.localName}> "${accessibleName(element).slice(0, 60)}"`;

/** The focus is inside `el` (through shadow roots), not on the page. */
function expectFocusInside(el: Element, where: string): Element {
  const active = deepActiveElement();
  expect(active, `${where}: something has the focus`).to.exist;
  expect(active, `${where}: the focus is not dropped to the page`).not.to.equal(document.body);
  expect(ancestors(active!).includes(el), `${where}: the focus (${describe_(active!)}) is inside <${el.localName}>`).to
    .be.true;
  return active!;
}

/** A box on the screen: the element's, or, for one that has no box of its own (display: contents), the focused control's. */
function box(element: Element, control: Element): DOMRect {
  const rect = element.getBoundingClientRect();
  return rect.width === 0 && rect.height === 0 ? control.getBoundingClientRect() : rect;
}

/**
 * `next` comes after `previous` in reading order. Compared are the two
 * branches under their nearest common ancestor (the two cards of a grid, the
 * two answers of a list, a summary and what it opens): the second is below the
 * first, or on the same line further along it.
 */
function expectAfter(previous: Element, next: Element, where: string): void {
  const above = ancestors(previous);
  const chain = ancestors(next);
  const common = chain.find((element) => above.includes(element))!;
  // Entering a container that had the focus is going forward.
  if (common === previous) return;
  const first = box(above[above.indexOf(common) - 1], previous);
  const second = box(chain[chain.indexOf(common) - 1] ?? next, next);
  const rtl = getComputedStyle(common).direction === 'rtl';
  const below = second.top >= first.bottom - 1;
  const sameLine = second.top < first.bottom && second.bottom > first.top;
  const further = rtl ? second.right <= first.left + 1 : second.left >= first.right - 1;
  expect(
    below || (sameLine && further),
    `${where}: ${describe_(next)} comes after ${describe_(previous)} (${Math.round(second.left)},${Math.round(second.top)} after ${Math.round(first.left)},${Math.round(first.top)}–${Math.round(first.right)},${Math.round(first.bottom)}${rtl ? ', right to left' : ''})`,
  ).to.be.true;
}

/** Presses Tab: the focus moves on in reading order and stays in `el`. Returns the control focused. */
async function tab(el: Element, where: string): Promise<Element> {
  const previous = deepActiveElement();
  await sendKeys({ press: 'Tab' });
  const next = expectFocusInside(el, where);
  expect(next, `${where}: Tab moves the focus`).not.to.equal(previous);
  if (previous && ancestors(previous).includes(el)) expectAfter(previous, next, where);
  return next;
}

/** Tabs, in reading order, until the control `wanted` says it is reached. */
async function tabTo(el: Element, wanted: (element: Element) => boolean, where: string, limit = 60): Promise<Element> {
  for (let i = 0; i < limit; i += 1) {
    const focused = await tab(el, where);
    if (wanted(focused)) return focused;
  }
  throw new Error(`${where}: not reached with Tab`);
}

/** The control whose accessible name contains `name`. */
const named = (name: string) => (element: Element) => matches(accessibleName(element), name);

/**
 * Starts from just before `el`, as a person arriving from the page: a button
 * placed before it takes the focus (blurring alone leaves each engine's
 * starting point where the focus last was).
 */
function fromTheTop(el: Element): void {
  let start = el.previousElementSibling;
  if (!start?.matches('button.keyboard-start')) {
    start = document.createElement('button');
    start.className = 'keyboard-start';
    start.textContent = 'Start';
    el.before(start);
  }
  (start as HTMLButtonElement).focus();
}

/** The heading of the step shown: the question's or the result's. */
const stepHeading = (el: Element) => (part(el, 'question') ?? part(el, 'outcome'))!;

/** After a step, the focus is on the new step's heading, which says `text`. */
function expectOnStep(el: ReportFinder, text: string, where: string): void {
  const active = expectFocusInside(el, where);
  expect(active, `${where}: the focus on the new heading`).to.equal(stepHeading(el));
  expect(stepHeading(el).textContent!.trim(), where).to.equal(text);
}

/** What a step shows after an answer: the next question's text or the result's title. */
function nextStepText(question: FinderQuestion, optionId: string): string {
  const option = question.options.find((candidate) => candidate.id === optionId)!;
  if ('question' in option.next) {
    const id = option.next.question;
    return localize(finder.questions.find((candidate) => candidate.id === id)!.text, 'fr');
  }
  const id = option.next.outcome;
  return localize(finder.outcomes.find((candidate) => candidate.id === id)!.title, 'fr');
}

const question = (id: string) => finder.questions.find((candidate) => candidate.id === id)!;

describe('keyboard only: the reading-order check', () => {
  it('RGAA 12.8 — rejects a focus order that the layout contradicts (a row drawn right to left in a left-to-right page)', async () => {
    const row = await renderMarkup(
      '<div style="display: flex; flex-direction: row-reverse; justify-content: flex-end"><button>First</button><button>Second</button></div>',
    );
    const [first, second] = Array.from(row.querySelectorAll('button'));
    expect(() => expectAfter(first, second, 'reversed')).to.throw(/comes after/);
    expect(() => expectAfter(second, first, 'as drawn')).not.to.throw();
  });
});

describe('keyboard only: <report-finder>', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('RGAA 12.8, 7.3 — the first question: each answer reached with Tab from the top of the page, chosen with Enter, in reading order, the focus on the next step', async () => {
    const first = question(finder.start);
    for (const option of first.options) {
      fixtureCleanup();
      const el = await renderMarkup<ReportFinder>('<report-finder></report-finder>');
      fromTheTop(el);
      const label = localize(option.label, 'fr');
      const reached = await tabTo(
        el,
        (element) => parts(el, 'option').includes(element as HTMLElement) && named(label)(element),
        label,
      );
      expect(accessibleName(reached)).to.contain(label);
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expectOnStep(el, nextStepText(first, option.id), `after "${label}"`);
    }
  });

  it('RGAA 12.8, 7.3 — the next question: every answer chosen with Enter or Space, each next step reached, then back with the keyboard to the question', async () => {
    const what = question('what');
    const el = await renderMarkup<ReportFinder>('<report-finder start="what"></report-finder>');
    el.focus();
    for (const [index, option] of what.options.entries()) {
      const label = localize(option.label, 'fr');
      await tabTo(
        el,
        (element) => parts(el, 'option').includes(element as HTMLElement) && named(label)(element),
        label,
      );
      await sendKeys({ press: index % 2 ? ' ' : 'Enter' });
      await settle(el);
      expectOnStep(el, nextStepText(what, option.id), `after "${label}"`);
      // Back, with the keyboard: the focus on the question again.
      await tabTo(el, named('Question précédente'), `"${label}": back`, 200);
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expectOnStep(el, localize(what.text, 'fr'), `back from "${label}"`);
    }
  });

  it('RGAA 12.8, 7.3 — a result from the keyboard: every control in reading order, each disclosure opened with Enter or Space, then the whole catalogue', async () => {
    const el = await renderMarkup<ReportFinder>('<report-finder></report-finder>');
    fromTheTop(el);
    await tabTo(el, named('Oui : une agression'), 'the first question');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expectOnStep(el, 'Appelez les secours maintenant', 'the emergency result');
    const seen: string[] = [];
    let opened = 0;
    for (let i = 0; i < 80 && !seen.includes('Recommencer'); i += 1) {
      const focused = await tab(el, `the emergency result, Tab ${i + 1}`);
      seen.push(accessibleName(focused));
      if (focused.localName === 'summary' && !(focused.parentElement as HTMLDetailsElement).open) {
        await sendKeys({ press: opened % 2 ? ' ' : 'Enter' });
        await settle(el);
        opened += 1;
        expect((focused.parentElement as HTMLDetailsElement).open, `${accessibleName(focused)} opened`).to.be.true;
        expect(expectFocusInside(el, 'a disclosure opened'), 'the focus stays on the summary').to.equal(focused);
      }
    }
    expect(opened, 'disclosures opened').to.be.at.least(2);
    expect(seen.filter((name) => name.startsWith('Appeler le 17')).length, 'the main button, and the card').to.equal(2);
    expect(seen, 'every control reached').to.include.members([
      'Continuer : dire ce qui s’est passé',
      'Ma situation n’est pas là : voir tous les services',
      'Question précédente',
      'Recommencer',
    ]);
    // The whole catalogue, asked for from the keyboard: the button goes, the focus goes to the catalogue's heading.
    fromTheTop(el);
    await tabTo(el, named('voir tous les services'), 'see all the services', 80);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const catalogueHeading = expectFocusInside(el, 'the catalogue shown');
    expect(accessibleName(catalogueHeading)).to.equal('Tous les services');
    expect(nested(el, 'service-list'), 'the catalogue').to.exist;
    // On from its heading: the catalogue's search field, in reading order.
    expect(accessibleName(await tab(el, 'into the catalogue'))).to.equal('Rechercher un service');
  });

  it('RGAA 7.3 — the way on from the emergency result, the answers so far and "start again", from the keyboard', async () => {
    const el = await renderMarkup<ReportFinder>('<report-finder></report-finder>');
    el.focus();
    await tabTo(el, named('Oui : une agression'), 'the first question');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    await tabTo(el, named('Continuer'), 'the way on');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expectOnStep(el, localize(question('what').text, 'fr'), 'continued');
    await tabTo(el, named('Un proche, un enfant'), 'an answer');
    await sendKeys({ press: ' ' });
    await settle(el);
    expectOnStep(el, localize(question('someone-kind').text, 'fr'), 'the third question');
    // The answers so far: the first one, from the keyboard, back to the first question.
    await tabTo(el, named('Revenir à la question : Est-ce que'), 'the answers so far');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expectOnStep(el, localize(question(finder.start).text, 'fr'), 'back to the first answer');
    await tabTo(el, named('Non, pas en ce moment'), 'an answer');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    await tabTo(el, named('Recommencer'), 'start again');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expectOnStep(el, localize(question(finder.start).text, 'fr'), 'started again');
  });

  it('RGAA 7.3 — switching the language while the focus is inside keeps the focus where it was', async () => {
    const el = await renderMarkup<ReportFinder>('<report-finder></report-finder>');
    fromTheTop(el);
    const answer = await tabTo(el, named('Non, pas en ce moment'), 'an answer');
    el.setAttribute('lang', 'en');
    await settle(el);
    expect(expectFocusInside(el, 'in English'), 'the same answer').to.equal(answer);
    expect(accessibleName(answer)).to.equal('No, not right now');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expectOnStep(el, 'What happened?', 'answered in English');
    el.setAttribute('lang', 'fr');
    await settle(el);
    expectOnStep(el, localize(question('what').text, 'fr'), 'back in French');
  });

  it('RGAA 12.8 — right to left (Arabic): the focus moves along the line from right to left, then down', async () => {
    const wrapper = await renderMarkup('<div lang="ar"><report-finder></report-finder></div>');
    const el = wrapper.querySelector<ReportFinder>('report-finder')!;
    fromTheTop(el);
    const answers = parts(el, 'option');
    const last = await tabTo(el, (element) => element === answers.at(-1), 'the answers in Arabic');
    expect(last).to.equal(answers.at(-1));
    // The emergency numbers, on one line, were passed right to left.
    const links = Array.from(part(nested(el, 'emergency-numbers')!, 'emergency')!.querySelectorAll('a'));
    const lefts = links.map((link) => link.getBoundingClientRect().left);
    expect(lefts, 'first number rightmost').to.deep.equal([...lefts].sort((a, b) => b - a));
  });
});

describe('keyboard only: <service-list>', () => {
  const contact = {
    id: 'ici',
    kind: 'phone-line',
    categories: ['help-support'],
    name: 'Accueil des victimes de Rennes',
    summary: 'Accueil du public.',
    access: { phones: [{ number: '+33199000000', display: '01 99 00 00 00' }] },
    availability: { departments: ['35'] },
  };

  it('RGAA 12.8, 7.3 — every control, search field and filters first, then the cards, in reading order; the focus kept through a search, a filter and an empty result', async () => {
    const list = await renderMarkup(
      `<service-list department="35" services="thesee,perceval,urgence-114,pharos,ici"><script type="application/json">${JSON.stringify([contact])}</script></service-list>`,
    );
    fromTheTop(list);
    const search = await tab(list, 'the first control');
    expect(search, 'the search field first').to.equal(field(list, 'Rechercher un service'));
    await sendKeys({ type: 'carte' });
    await settle(list);
    expect(expectFocusInside(list, 'after typing'), 'the focus stays in the search field').to.equal(search);
    const department = await tab(list, 'the département field');
    expect(department).to.equal(field(list, 'Votre département'));
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '44' });
    await settle(list);
    expect(expectFocusInside(list, 'after changing the département'), 'the focus stays in the field').to.equal(
      department,
    );
    const box = await tabTo(list, named('Urgence'), 'a category');
    expect((box as HTMLInputElement).type).to.equal('checkbox');
    await sendKeys({ press: ' ' });
    await settle(list);
    expect((box as HTMLInputElement).checked, 'the filter on').to.be.true;
    expect(expectFocusInside(list, 'after a filter'), 'the focus stays on the checkbox').to.equal(box);
    // Nothing matches "carte" among the emergencies: the ways on, from the keyboard.
    const clear = await tabTo(list, named('Effacer la recherche et les filtres'), 'the empty result');
    expect(clear.localName).to.equal('button');
    await sendKeys({ press: 'Enter' });
    await settle(list);
    expect(expectFocusInside(list, 'cleared'), 'the focus back in the search field').to.equal(search);
    // Then every control down to the last card's, in reading order (not beyond: in Firefox, Tab out of the
    // last control of the page goes to the browser's own window, and the keys after it are lost).
    const seen: string[] = [];
    for (let i = 0; i < 40 && seen.filter((name) => name.startsWith('Plus de détails')).length < 5; i += 1)
      seen.push(accessibleName(await tab(list, `the cards, Tab ${i + 1}`)));
    expect(seen.filter((name) => name.startsWith('Plus de détails')).length, 'each card').to.equal(5);
  });

  it('RGAA 12.8 — across the cards of a grid: row by row, each line left to right', async () => {
    const list = await renderMarkup(
      '<service-list services="thesee,perceval,urgence-114,pharos,17cyber,spam-33700" no-search no-filters></service-list>',
    );
    expect(getComputedStyle(part(list, 'grid')!).gridTemplateColumns.split(' ').length, 'columns').to.be.greaterThan(1);
    fromTheTop(list);
    const reached: string[] = [];
    for (let i = 0; i < 30; i += 1) {
      const focused = await tab(list, `the grid, Tab ${i + 1}`);
      reached.push(accessibleName(focused));
      if (named('Plus de détails : 33700')(focused)) break;
    }
    expect(reached.filter((name) => name.startsWith('Plus de détails')).length).to.equal(6);
  });

  it('RGAA 7.3 — switching the language while typing in the search field keeps the focus there', async () => {
    const list = await renderMarkup('<service-list></service-list>');
    const search = field(list, 'Rechercher un service')!;
    search.focus();
    await sendKeys({ type: 'vol' });
    list.setAttribute('lang', 'en');
    await settle(list);
    expect(expectFocusInside(list, 'in English')).to.equal(field(list, 'Search for a service'));
    expect((deepActiveElement() as HTMLInputElement).value).to.equal('vol');
  });
});

describe('keyboard only: <service-card>', () => {
  it('RGAA 12.8, 7.3 — a full card: every control in reading order, its sources opened, the entry to use instead and back', async () => {
    const card = await renderMarkup('<service-card service="perceval"></service-card>');
    fromTheTop(card);
    const seen: string[] = [];
    for (let i = 0; i < 40; i += 1) {
      const focused = await tab(card, `the card, Tab ${i + 1}`);
      seen.push(accessibleName(focused));
      if (focused.localName === 'summary') {
        await sendKeys({ press: 'Enter' });
        await settle(card);
        expect((focused.parentElement as HTMLDetailsElement).open, 'the sources opened').to.be.true;
      }
      if (focused.localName === 'a' && focused.closest('details')) break;
    }
    expect(seen, 'the main link, the entry to use instead, the sources').to.include.members([
      'Voir : Opposition carte bancaire',
    ]);
    expect(seen.some((name) => name.startsWith('Sources ('))).to.be.true;
    // The entry to use instead, from the keyboard; the focus on its title.
    fromTheTop(card);
    await tabTo(card, named('Voir : Opposition carte bancaire'), 'use instead');
    await sendKeys({ press: 'Enter' });
    await settle(card);
    const title = expectFocusInside(card, 'the entry opened');
    expect(title).to.equal(part(card, 'title'));
    expect(accessibleName(title)).to.contain('Faire opposition');
    // The way back is above the title: the first control from the top.
    fromTheTop(card);
    const back = await tab(card, 'the way back');
    expect(accessibleName(back), 'the way back, first').to.match(/^(← )?Retour : PERCEVAL/);
    await sendKeys({ press: 'Enter' });
    await settle(card);
    expect(expectFocusInside(card, 'back')).to.equal(part(card, 'title'));
    expect(accessibleName(part(card, 'title')!)).to.contain('PERCEVAL');
  });

  it('RGAA 7.3 — a compact card: "more details" with Enter, then on into the details, the focus kept through a language switch', async () => {
    const card = await renderMarkup('<service-card service="pharos" variant="compact"></service-card>');
    fromTheTop(card);
    const more = await tabTo(card, named('Plus de détails'), 'more details');
    await sendKeys({ press: 'Enter' });
    await settle(card);
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    expect(expectFocusInside(card, 'expanded'), 'the focus stays on the button').to.equal(more);
    card.setAttribute('lang', 'en');
    await settle(card);
    expect(expectFocusInside(card, 'in English'), 'the focus stays on the button').to.equal(more);
    expect(accessibleName(more)).to.match(/^Fewer details/);
    const next = await tab(card, 'into the details');
    expect(ancestors(next).includes(card.shadowRoot!.querySelector('#details')!), 'the details follow the button').to.be
      .true;
  });
});

describe('keyboard only: <quick-exit>', () => {
  it('RGAA 12.8, 7.3 — the quick exit comes first with Tab, leaves with Enter, and with its key (Shift three times) from inside the finder', async () => {
    const page = await renderMarkup('<div><quick-exit></quick-exit><report-finder start="what"></report-finder></div>');
    const exit = page.querySelector<QuickExit>('quick-exit')!;
    const el = page.querySelector<ReportFinder>('report-finder')!;
    let exits = 0;
    page.addEventListener('guichet-quick-exit', (event) => {
      exits += 1;
      event.preventDefault();
    });
    fromTheTop(exit);
    await sendKeys({ press: 'Tab' });
    expect(expectFocusInside(exit, 'the first Tab')).to.equal(part(exit, 'button'));
    await sendKeys({ press: 'Enter' });
    expect(exits, 'left with Enter').to.equal(1);
    // Its documented key, from anywhere: Shift pressed three times.
    el.focus();
    await tabTo(el, named('Un vol'), 'an answer in the finder');
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    expect(exits, 'not yet').to.equal(1);
    await sendKeys({ press: 'Shift' });
    expect(exits, 'left with Shift ×3').to.equal(2);
    expectFocusInside(el, 'after leaving was cancelled');
  });
});

describe('keyboard only: <emergency-numbers>', () => {
  it('RGAA 12.8, 7.3 — every number and help line reached with Tab, in reading order, each a call link', async () => {
    const el = await renderMarkup('<emergency-numbers lines="3919 116006"></emergency-numbers>');
    fromTheTop(el);
    const reached: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const focused = await tab(el, `Tab ${i + 1}`);
      expect(focused.localName, 'a link').to.equal('a');
      reached.push((focused as HTMLAnchorElement).getAttribute('href')!);
    }
    expect(reached).to.deep.equal(['tel:17', 'tel:112', 'sms:114', 'tel:3919', 'tel:116006']);
  });
});

describe('keyboard only: no trap (RGAA 12.9)', () => {
  for (const markup of [
    '<service-list services="thesee,pharos,urgence-114"></service-list>',
    '<service-card service="thesee"></service-card>',
    '<report-finder></report-finder>',
    '<emergency-numbers></emergency-numbers>',
    '<quick-exit></quick-exit>',
    '<quick-exit fixed></quick-exit>',
  ]) {
    const tag = /<([a-z-]+)/.exec(markup)![1];
    it(`RGAA 12.9 — Tab goes into ${markup.replace(/ services="[^"]*"/, '')} and out again to what follows it`, async () => {
      const page = await renderMarkup(`<div>${markup}<button type="button" class="after">After</button></div>`);
      const el = page.querySelector(tag)!;
      const after = page.querySelector<HTMLButtonElement>('.after')!;
      fromTheTop(el);
      let inside = 0;
      for (let i = 0; i < 80 && deepActiveElement() !== after; i += 1) {
        await sendKeys({ press: 'Tab' });
        if (ancestors(deepActiveElement()!).includes(el)) inside += 1;
      }
      expect(inside, 'controls reached inside').to.be.greaterThan(0);
      expect(deepActiveElement(), 'out of the element, on what follows it').to.equal(after);
    });
  }
});
