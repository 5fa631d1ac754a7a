import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { reportFinderExamples } from '../../src/components/report-finder/report-finder.examples.js';
import type { ReportFinder } from '../../src/components/report-finder/report-finder.js';
import { finder } from '../../src/finder/finder.js';
import { allPaths, walk } from '../../src/finder/engine.js';
import type { FinderAnswer } from '../../src/finder/types.js';
import { captureWarnings, renderMarkup, settle, shadowText } from '../helpers/render.js';

const q = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
/** Inside the finder's <emergency-numbers>. */
const inStrip = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector('emergency-numbers')!.shadowRoot!.querySelector<T>(selector);
const heading = (el: Element) => q(el, '#step-heading')!.textContent!.trim();
const recommended = (el: Element) =>
  Array.from(el.shadowRoot!.querySelectorAll('.section:first-of-type service-card, .step > .section service-card'))
    .slice(0, 3)
    .map((card) => card.getAttribute('service'));
const firstService = (el: Element) => el.shadowRoot!.querySelector('service-card')?.getAttribute('service');

function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Clicks the answer whose text contains `label`, as a pointer user would. */
async function click(el: ReportFinder, label: string): Promise<void> {
  const button = Array.from(el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.option')).find((b) => b.textContent!.includes(label));
  expect(button, `answer "${label}" under "${heading(el)}"`).to.exist;
  button!.click();
  await settle(el);
}

/** Reaches the answer whose text contains `label` with Tab, and presses Enter, as a keyboard user would. */
async function press(el: ReportFinder, label: string): Promise<void> {
  for (let i = 0; i < 30; i += 1) {
    await sendKeys({ press: 'Tab' });
    const active = deepActive();
    if (active?.classList.contains('option') && active.textContent!.includes(label)) {
      await sendKeys({ press: 'Enter' });
      await settle(el);
      return;
    }
  }
  throw new Error(`answer "${label}" not reached with Tab under "${heading(el)}"`);
}

/** The heading has focus after a change. */
function expectFocusOnHeading(el: Element): void {
  expect(el.shadowRoot!.activeElement === q(el, '#step-heading'), 'focus on the new heading').to.be.true;
}

/** After a keyboard action, the focused heading shows an outline. */
function expectVisibleFocus(el: Element): void {
  const style = getComputedStyle(q(el, '#step-heading')!);
  expect(style.outlineStyle).to.equal('solid');
  expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
}

const situations: { name: string; start?: string; answers: string[]; outcome: string; service: string }[] = [
  { name: 'a bike stolen by an unknown thief', answers: ['Non, pas en ce moment', 'Un vol', 'Non, je ne connais pas', 'Oui, je suis majeur'], outcome: 'Portez plainte en ligne', service: 'plainte-en-ligne' },
  { name: 'a fake online shop', answers: ['Non, pas en ce moment', 'Une arnaque', 'Entièrement sur internet', 'Un faux site de vente'], outcome: 'THESEE', service: 'thesee' },
  { name: 'a card used online while still in hand, already blocked', answers: ['Non, pas en ce moment', 'Ma carte bancaire', 'Oui, je l', 'Pour des achats sur internet', 'Oui, la carte est bloquée'], outcome: 'PERCEVAL', service: 'perceval' },
  { name: 'a card used online, not yet blocked', answers: ['Non, pas en ce moment', 'Ma carte bancaire', 'Oui, je l', 'Pour des achats sur internet', 'Non, pas encore'], outcome: 'Faites opposition', service: 'opposition-carte-bancaire' },
  { name: 'a hateful video on a social network', answers: ['Non, pas en ce moment', 'contenu illégal', 'Oui, il est public', 'Menaces, haine'], outcome: 'PHAROS', service: 'pharos' },
  { name: "a partner's violence", answers: ['Non, pas en ce moment', 'Des violences', 'La victime, majeure'], outcome: 'victime de violences', service: 'pnav' },
  { name: 'a teenager becoming radicalised', answers: ['Non, pas en ce moment', 'se radicaliser'], outcome: 'CNAPR', service: 'stop-djihadisme' },
  { name: 'leaving on holiday', answers: ['Non, pas en ce moment', 'Une démarche', 'surveiller mon domicile'], outcome: 'Tranquillité Vacances', service: 'tranquillite-vacances' },
  { name: 'an insult posted about me', answers: ['Non, pas en ce moment', 'contenu illégal', 'Oui, il est public', 'Une injure'], outcome: 'injure', service: 'trouver-unite' },
  { name: 'a teenager harassed online', start: 'harassment', answers: ['Oui, c'], outcome: '3018', service: 'harcelement-3018' },
  { name: 'a burglary when the author is known', answers: ['Non, pas en ce moment', 'Un vol', 'Oui, je sais qui'], outcome: 'commissariat', service: 'trouver-unite' },
  { name: 'checking licence points', start: 'procedure', answers: ['points de mon permis'], outcome: 'Mes Points Permis', service: 'mes-points-permis' },
];

describe('<report-finder> situations', () => {
  for (const situation of situations) {
    it(`pointer: ${situation.name}`, async () => {
      const el = await renderMarkup<ReportFinder>(`<report-finder${situation.start ? ` start="${situation.start}"` : ''}></report-finder>`);
      for (const label of situation.answers) await click(el, label);
      expect(heading(el)).to.contain(situation.outcome);
      expect(firstService(el)).to.equal(situation.service);
    });

    it(`keyboard only: ${situation.name}`, async () => {
      const el = await renderMarkup<ReportFinder>(`<report-finder${situation.start ? ` start="${situation.start}"` : ''}></report-finder>`);
      // Start from the page, before the finder.
      (document.activeElement as HTMLElement | null)?.blur();
      for (const label of situation.answers) {
        await press(el, label);
        expectFocusOnHeading(el);
        expectVisibleFocus(el);
      }
      expect(heading(el)).to.contain(situation.outcome);
      expect(firstService(el)).to.equal(situation.service);
    });
  }
});

describe('<report-finder>', () => {
  afterEach(async () => {
    history.replaceState(null, '', location.pathname + location.search);
    await setViewport({ width: 800, height: 600 });
  });

  it('asks one question at a time, as a labelled group of answers, and says where the visitor is', async () => {
    const el = await renderMarkup<ReportFinder>('<report-finder></report-finder>');
    expect(heading(el)).to.equal('Quelqu’un est-il en danger en ce moment ?'.replace('’', "'"));
    const group = q(el, '.options')!;
    expect(group.getAttribute('aria-labelledby')).to.equal('step-heading');
    expect(q(el, '.progress')!.textContent).to.contain('Question 1');
    await click(el, 'Non, pas en ce moment');
    expect(q(el, '.progress')!.textContent).to.contain('Question 2');
    expect(shadowText(el)).to.contain('Vos réponses');
    expect(shadowText(el)).to.contain('Non, pas en ce moment');
  });

  it('announces each change and moves the focus to the new heading', async () => {
    const el = await renderMarkup<ReportFinder>('<report-finder></report-finder>');
    await click(el, 'Non, pas en ce moment');
    expectFocusOnHeading(el);
    expect(q(el, '[role="status"]')!.textContent).to.contain('Question 2 : Que s');
    await click(el, 'se radicaliser');
    expectFocusOnHeading(el);
    expect(q(el, '[role="status"]')!.textContent).to.contain('Résultat : Signalez la situation au CNAPR');
  });

  it('steps back, back through the trail, and starts again', async () => {
    const el = await renderMarkup<ReportFinder>('<report-finder></report-finder>');
    for (const label of ['Non, pas en ce moment', 'Ma carte bancaire', 'Oui, je l']) await click(el, label);
    expect(heading(el)).to.contain('Où la carte');
    q<HTMLButtonElement>(el, '.nav .button')!.click();
    await settle(el);
    expect(heading(el)).to.contain('Avez-vous toujours votre carte');
    expectFocusOnHeading(el);
    const trail = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.trail button');
    expect(trail).to.have.length(2);
    trail[0].click();
    await settle(el);
    expect(heading(el)).to.contain('en danger');
    await click(el, 'Non, pas en ce moment');
    Array.from(el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.nav .button')).find((b) => b.textContent!.includes('Recommencer'))!.click();
    await settle(el);
    expect(heading(el)).to.contain('en danger');
  });

  it('sends a person in danger to 17, 112 and 114 at once, and lets them continue', async () => {
    const el = await renderMarkup<ReportFinder>('<report-finder></report-finder>');
    await click(el, 'Oui, quelqu');
    const cards = Array.from(el.shadowRoot!.querySelectorAll('.step service-card')).map((card) => card.getAttribute('service'));
    expect(cards.slice(0, 3)).to.deep.equal(['police-secours-17', 'urgence-112', 'urgence-114']);
    Array.from(el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')).find((b) => b.textContent!.includes('Continuer'))!.click();
    await settle(el);
    expect(heading(el)).to.contain('Que s');
  });

  it('keeps the emergency numbers visible without scrolling on a phone, at every step', async () => {
    await setViewport({ width: 360, height: 640 });
    const el = await renderMarkup<ReportFinder>('<report-finder></report-finder>');
    const visible = () => {
      const strip = inStrip(el, '.emergency')!.getBoundingClientRect();
      return strip.top >= 0 && strip.bottom <= window.innerHeight && strip.right <= window.innerWidth;
    };
    expect(visible()).to.be.true;
    for (const label of ['Non, pas en ce moment', 'Une arnaque', 'Entièrement sur internet', 'Un faux site de vente']) {
      await click(el, label);
      window.scrollTo(0, 0);
      expect(visible(), label).to.be.true;
      expect(inStrip(el, '.emergency a[href="tel:17"]')).to.exist;
    }
  });

  it('shows the steps before, the advice and the whole catalogue when asked', async () => {
    const el = await renderMarkup<ReportFinder>('<report-finder start="card"></report-finder>');
    for (const label of ['Oui, je l', 'Pour des achats sur internet', 'Non, pas encore']) await click(el, label);
    expect(shadowText(el)).to.contain('Faites d’abord opposition'.replace('’', "'"));
    expect(recommended(el)).to.include('perceval');
    expect(q(el, 'service-list')).to.equal(null);
    Array.from(el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.link-button')).find((b) => b.textContent!.includes('voir tous les services'))!.click();
    await settle(el);
    expect(q(el, 'service-list')).to.exist;
  });

  it('"none of these" shows the whole catalogue', async () => {
    const el = await renderMarkup<ReportFinder>('<report-finder start="what"></report-finder>');
    await click(el, 'Aucune de ces situations');
    expect(q(el, 'service-list')).to.exist;
  });

  it('fires typed events for steps and outcomes, with the service ids', async () => {
    const el = await renderMarkup<ReportFinder>('<report-finder start="procedure"></report-finder>');
    const button = Array.from(el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.option')).find((b) => b.textContent!.includes('points'))!;
    setTimeout(() => button.click());
    const step = await oneEvent(el, 'guichet-finder-step');
    expect(step.detail).to.deep.equal({ questionId: 'procedure', optionId: 'points', step: 1 });
    const el2 = await renderMarkup<ReportFinder>('<report-finder start="procedure"></report-finder>');
    const button2 = Array.from(el2.shadowRoot!.querySelectorAll<HTMLButtonElement>('.option')).find((b) => b.textContent!.includes('points'))!;
    setTimeout(() => button2.click());
    const outcome = await oneEvent(document, 'guichet-finder-outcome');
    expect(outcome.detail).to.deep.equal({ outcomeId: 'licence-points', serviceIds: ['mes-points-permis'] });
  });

  it('with history: each step is a hash entry, browser Back steps back, and a link reopens the outcome', async () => {
    const el = await renderMarkup<ReportFinder>('<report-finder id="f1" history></report-finder>');
    await click(el, 'Non, pas en ce moment');
    await click(el, 'se radicaliser');
    expect(location.hash).to.equal('#f1=no.radicalisation');
    history.back();
    await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    await settle(el);
    expect(heading(el)).to.contain('Que s');
    el.remove();
    history.replaceState(null, '', '#f2=no.procedure.holiday');
    const reopened = await renderMarkup<ReportFinder>('<report-finder id="f2" history></report-finder>');
    expect(heading(reopened)).to.contain('Tranquillité Vacances');
    // A shared link does not steal the focus on load.
    expect(reopened.shadowRoot!.activeElement).to.equal(null);
  });

  it('without history, the URL is never touched', async () => {
    const before = location.href;
    const el = await renderMarkup<ReportFinder>('<report-finder></report-finder>');
    await click(el, 'Non, pas en ce moment');
    expect(location.href).to.equal(before);
  });

  it('starts where the page says, and says so when the start is unknown', async () => {
    const el = await renderMarkup<ReportFinder>('<report-finder start="violence"></report-finder>');
    expect(heading(el)).to.contain('Qui êtes-vous');
    let unknown!: ReportFinder;
    const warnings = await captureWarnings(async () => {
      unknown = await renderMarkup<ReportFinder>('<report-finder start="nowhere"></report-finder>');
    });
    expect(heading(unknown)).to.contain('en danger');
    expect(q(unknown, '[part="notice"]')!.textContent).to.contain('« nowhere »');
    expect(warnings.join()).to.contain('unknown start "nowhere"');
  });

  it('refuses an invalid tree, naming the question at fault, and shows the catalogue and the emergency numbers', async () => {
    const original = console.error;
    const errors: string[] = [];
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      const el = await renderMarkup<ReportFinder>(reportFinderExamples.find((example) => example.id === 'invalid-tree')!.html);
      expect(q(el, '[part="notice"]')!.textContent).to.contain('question q');
      expect(q(el, 'service-list')).to.exist;
      expect(inStrip(el, '.emergency a[href="tel:17"]')).to.exist;
      expect(errors.join()).to.contain('question q: dead end: no options');
      const broken = await renderMarkup<ReportFinder>('<report-finder><script type="application/json">{oops</script></report-finder>');
      expect(q(broken, '[part="notice"]')!.textContent).to.contain('JSON');
    } finally {
      console.error = original;
    }
  });

  it('accepts a valid tree from a property', async () => {
    const el = await renderMarkup<ReportFinder>('<report-finder></report-finder>');
    el.tree = {
      version: '2026-11-28',
      start: 'only',
      emergency: ['police-secours-17'],
      questions: [{ id: 'only', text: { fr: 'Où ?', en: 'Where?' }, options: [
        { id: 'a', label: { fr: 'Ici', en: 'Here' }, next: { outcome: 'o' } },
        { id: 'b', label: { fr: 'Là', en: 'There' }, next: { outcome: 'o' } },
      ] }],
      outcomes: [{ id: 'o', title: { fr: 'Fin', en: 'End' }, services: ['thesee'], alternatives: [], before: [], advice: [], prepare: [], helpLines: [] }],
    };
    await settle(el);
    expect(heading(el)).to.equal('Où ?');
    await click(el, 'Ici');
    expect(firstService(el)).to.equal('thesee');
  });

  it('speaks English from lang, answers and data alike', async () => {
    const el = await renderMarkup<ReportFinder>('<report-finder lang="en"></report-finder>');
    expect(heading(el)).to.equal('Is anyone in danger right now?');
    await click(el, 'No, not right now');
    expect(heading(el)).to.equal('What happened?');
  });

  it('lets the page author replace UI strings', async () => {
    const el = await renderMarkup<ReportFinder>(
      `<report-finder strings='{"finder.restart":"Tout effacer","emergency.title":"Urgence :","finder.progress":"Étape {0}"}'></report-finder>`,
    );
    await click(el, 'Non, pas en ce moment');
    expect(shadowText(el)).to.contain('Tout effacer');
    expect(inStrip(el, '.emergency-title')!.textContent).to.equal('Urgence :');
    expect(q(el, '.progress')!.textContent).to.equal('Étape 2');
  });
});

describe('<report-finder> accessibility at every step', () => {
  // One path to every question and every outcome of the real tree.
  const targets = new Map<string, FinderAnswer[]>();
  for (const path of allPaths(finder)) {
    for (let length = 0; length <= path.length; length += 1) {
      const prefix = path.slice(0, length);
      const state = walk(finder, finder.start, prefix);
      const key = state.position.kind === 'question' ? `question ${state.position.question.id}` : `outcome ${state.position.outcome.id}`;
      if (!targets.has(key)) targets.set(key, prefix);
    }
  }

  it('covers every question and outcome of the tree', () => {
    expect(targets.size).to.equal(finder.questions.length + finder.outcomes.length);
  });

  for (const [key, answers] of targets) {
    for (const [theme, lang] of [['light', 'fr'], ['dark', 'en'], ['dark', 'fr'], ['light', 'en']]) {
      it(`${key} has no axe violation (${theme}, ${lang})`, async () => {
        const wrapper = await renderMarkup(`<div lang="${lang}" style="background:${theme === 'dark' ? '#17191d' : '#fff'}"><report-finder theme="${theme}"></report-finder></div>`);
        const el = wrapper.querySelector<ReportFinder>('report-finder')!;
        el.answers = answers;
        await settle(wrapper);
        await expect(wrapper).to.be.accessible();
      });
    }
  }

  for (const example of reportFinderExamples) {
    it(`example "${example.id}" has no axe violation`, async () => {
      const original = console.error;
      console.error = () => undefined;
      try {
        const wrapper = await renderMarkup(`<div>${example.html}</div>`);
        await expect(wrapper).to.be.accessible();
      } finally {
        console.error = original;
      }
    });
  }
});

describe('<report-finder> with local contacts', () => {
  const local = {
    id: 'france-victimes-exempleville',
    kind: 'phone-line',
    categories: ['help-support'],
    name: 'Association d’aide aux victimes d’Exempleville',
    summary: 'Accueil et accompagnement des victimes.',
    access: { phones: [{ number: '+33199000001', display: '01 99 00 00 01' }] },
    outcomes: ['violence-victim', 'complaint-in-person'],
  };

  it('shows the contacts mapped to an outcome under "Près de chez vous", and in the catalogue', async () => {
    const el = await renderMarkup<ReportFinder>(
      `<report-finder start="violence"><script type="application/json" data-contacts>${JSON.stringify([local])}</script></report-finder>`,
    );
    expect(heading(el)).to.contain('Qui êtes-vous');
    await click(el, 'La victime, majeure');
    expect(shadowText(el)).to.contain('Près de chez vous');
    const card = el.shadowRoot!.querySelector('service-card[service="france-victimes-exempleville"]')!;
    expect(card).to.exist;
    expect(card.shadowRoot!.querySelector('#title')!.textContent).to.contain('Exempleville');
    Array.from(el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.link-button')).find((b) => b.textContent!.includes('voir tous les services'))!.click();
    await settle(el);
    const list = el.shadowRoot!.querySelector('service-list')!;
    expect(list.shadowRoot!.querySelector('service-card')!.getAttribute('service')).to.equal('france-victimes-exempleville');
  });

  it('keeps the tree from a plain JSON script and the contacts from data-contacts apart', async () => {
    const el = await renderMarkup<ReportFinder>(`<report-finder start="theft"><script type="application/json" data-contacts>[{"id":"x"}]</script></report-finder>`);
    expect(heading(el)).to.contain('Savez-vous qui');
    expect(el.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.contain('refusé');
  });
});
