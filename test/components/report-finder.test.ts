import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '../helpers/commands.js';
import { reportFinderExamples } from '../../src/components/report-finder/report-finder.examples.js';
import type { ReportFinder } from '../../src/components/report-finder/report-finder.js';
import { finder } from '../../src/finder/finder.js';
import { allPaths, walk } from '../../src/finder/engine.js';
import type { FinderAnswer } from '../../src/finder/types.js';
import { captureWarnings, renderMarkup, settle, shadowText } from '../helpers/render.js';
import {
  accessibleName,
  button,
  buttons,
  byText,
  deepActiveElement,
  disclosure,
  disclosures,
  exactly,
  followedService,
  landmark,
  linkTo,
  links,
  liveRegion,
  matches,
  nested,
  nestedAll,
  part,
  parts,
  summary,
} from '../helpers/query.js';
import { expectAccessible } from '../helpers/axe.js';

/** The heading of the step shown: the question's, or the outcome's. */
const stepHeading = (el: Element) => part(el, 'question') ?? part(el, 'outcome');
const heading = (el: Element) => stepHeading(el)!.textContent!.trim();
/** The strip of the finder's own <emergency-numbers>. */
const strip = (el: Element) => part(nested(el, 'emergency-numbers')!, 'emergency');
/** The services of the cards in the outcome's disclosures. */
const recommended = (el: Element) =>
  nestedAll(part(el, 'details')!, 'service-card').map((card) => card.getAttribute('service'));
/** The service the outcome's main button reaches, as the page learns it when the button is followed. */
const firstService = (el: Element) => {
  const actions = part(el, 'actions');
  const main = actions && links(actions)[0];
  return main ? followedService(main) : undefined;
};

/** Clicks the answer whose text contains `label`, as a pointer user would. */
async function click(el: ReportFinder, label: string): Promise<void> {
  const answer = part(el, 'option', label);
  expect(answer, `answer "${label}" under "${heading(el)}"`).to.exist;
  answer!.click();
  await settle(el);
}

/** Reaches the answer whose text contains `label` with Tab, and presses Enter, as a keyboard user would. */
async function press(el: ReportFinder, label: string): Promise<void> {
  for (let i = 0; i < 30; i += 1) {
    await sendKeys({ press: 'Tab' });
    const active = deepActiveElement();
    if (active && parts(el, 'option').includes(active as HTMLElement) && matches(accessibleName(active), label)) {
      await sendKeys({ press: 'Enter' });
      await settle(el);
      return;
    }
  }
  throw new Error(`answer "${label}" not reached with Tab under "${heading(el)}"`);
}

/** The heading has focus after a change. */
function expectFocusOnHeading(el: Element): void {
  expect(el.shadowRoot!.activeElement === stepHeading(el), 'focus on the new heading').to.be.true;
}

/** After a keyboard action, the focused heading shows an outline. */
function expectVisibleFocus(el: Element): void {
  const style = getComputedStyle(stepHeading(el)!);
  expect(style.outlineStyle).to.equal('solid');
  expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
}

const situations: { name: string; start?: string; answers: string[]; outcome: string; service: string }[] = [
  {
    name: 'a bike stolen by an unknown thief',
    answers: ['Non, pas en ce moment', 'Un vol', 'Un autre vol', 'Non, je ne connais pas', 'La victime : j'],
    outcome: 'Portez plainte en ligne',
    service: 'plainte-en-ligne',
  },
  {
    name: 'a fake online shop',
    answers: [
      'Non, pas en ce moment',
      'Une arnaque',
      'Une autre arnaque',
      'Entièrement sur internet',
      'Un faux site de vente',
    ],
    outcome: 'THESEE',
    service: 'thesee',
  },
  {
    name: 'a card used online while still in hand, already blocked',
    start: 'card',
    answers: ['Elle est toujours là', 'Pour des achats sur internet', 'Oui, la carte est bloquée'],
    outcome: 'PERCEVAL',
    service: 'perceval',
  },
  {
    name: 'a hateful video on a social network',
    start: 'content',
    answers: ['Oui, il est public', 'Menaces, haine'],
    outcome: 'PHAROS',
    service: 'pharos',
  },
  {
    name: "a partner's violence",
    start: 'domestic',
    answers: ['La victime, 18 ans ou plus'],
    outcome: 'victime de violences',
    service: 'pnav',
  },
  {
    name: 'a teenager becoming radicalised',
    start: 'missing',
    answers: ['se radicaliser'],
    outcome: 'radicalisation',
    service: 'stop-djihadisme',
  },
  {
    name: 'leaving on holiday',
    start: 'procedure',
    answers: ['surveiller mon domicile'],
    outcome: 'domicile',
    service: 'tranquillite-vacances',
  },
  {
    name: 'a teenager harassed online',
    start: 'harassment',
    answers: ['Oui, c'],
    outcome: '3018',
    service: 'harcelement-3018',
  },
  {
    name: 'a theft when the author is known',
    start: 'theft',
    answers: ['Un autre vol', 'Oui, je sais qui'],
    outcome: 'commissariat',
    service: 'trouver-unite',
  },
];

/** A tree of one question whose two answers lead to `outcome` (id `o`), as a page would give it. */
const oneQuestionTree = (outcome: object) => ({
  version: '2026-11-28',
  start: 'only',
  emergency: ['police-secours-17'],
  questions: [
    {
      id: 'only',
      text: { fr: 'Où ?', en: 'Where?' },
      options: [
        { id: 'a', label: { fr: 'Ici', en: 'Here' }, next: { outcome: 'o' } },
        { id: 'b', label: { fr: 'Là', en: 'There' }, next: { outcome: 'o' } },
      ],
    },
  ],
  outcomes: [outcome],
});

describe('<report-finder> situations', () => {
  for (const situation of situations) {
    it(`pointer: ${situation.name}`, async () => {
      const el = await renderMarkup<ReportFinder>(
        `<report-finder${situation.start ? ` start="${situation.start}"` : ''}></report-finder>`,
      );
      for (const label of situation.answers) await click(el, label);
      expect(heading(el)).to.contain(situation.outcome);
      expect(firstService(el)).to.equal(situation.service);
    });

    it(`keyboard only: ${situation.name}`, async () => {
      const el = await renderMarkup<ReportFinder>(
        `<report-finder${situation.start ? ` start="${situation.start}"` : ''}></report-finder>`,
      );
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
    expect(heading(el)).to.equal("Est-ce que ça se passe en ce moment, ou quelqu'un est-il en danger ?");
    // The list that holds the answers is named by the question.
    const group = part(el, 'option')!.closest('ul, ol, [role="list"], [role="group"], fieldset')!;
    expect(accessibleName(group), 'the answers labelled by the question').to.equal(accessibleName(stepHeading(el)!));
    expect(byText(el, exactly('Question 1')), 'the progress').to.exist;
    await click(el, 'Non, pas en ce moment');
    expect(byText(el, exactly('Question 2')), 'the progress').to.exist;
    expect(shadowText(el)).to.contain('Vos réponses');
    expect(shadowText(el)).to.contain('Non, pas en ce moment');
  });

  it('moves the focus to each new heading, and says nothing more (no live region repeating the step)', async () => {
    const el = await renderMarkup<ReportFinder>('<report-finder></report-finder>');
    await click(el, 'Non, pas en ce moment');
    expectFocusOnHeading(el);
    expect(heading(el)).to.contain('Que s');
    await click(el, 'Un proche, un enfant');
    await click(el, 'se radicaliser');
    expectFocusOnHeading(el);
    expect(heading(el)).to.contain('Appelez le numéro vert de prévention de la radicalisation');
    expect(liveRegion(el), 'a live region would speak the step a second time').to.equal(null);
  });

  it('steps back, back through the trail, and starts again', async () => {
    const el = await renderMarkup<ReportFinder>('<report-finder></report-finder>');
    for (const label of ['Non, pas en ce moment', 'Une arnaque', 'Une carte bancaire', 'Elle est toujours là'])
      await click(el, label);
    expect(heading(el)).to.contain('Où la carte');
    button(el, 'Question précédente')!.click();
    await settle(el);
    expect(heading(el)).to.contain('Que se passe-t-il avec la carte');
    expectFocusOnHeading(el);
    const trail = buttons(landmark(el, 'Vos réponses')!);
    expect(trail).to.have.length(3);
    trail[0].click();
    await settle(el);
    expect(heading(el)).to.contain('en danger');
    await click(el, 'Non, pas en ce moment');
    button(el, 'Recommencer')!.click();
    await settle(el);
    expect(heading(el)).to.contain('en danger');
  });

  it('sends a person in danger to 17, 112 and 114 at once, and lets them continue', async () => {
    const el = await renderMarkup<ReportFinder>('<report-finder></report-finder>');
    await click(el, 'Oui : une agression');
    const actions = links(part(el, 'actions')!);
    expect(actions.map((a) => a.getAttribute('href'))).to.deep.equal(['tel:17', 'tel:112', 'sms:114']);
    // Each button says what it does, in words of their own.
    ['Appeler le 17', 'Appeler le 112', 'Envoyer un SMS au 114'].forEach(
      (label, index) => expect(byText(actions[index], exactly(label)), label).to.exist,
    );
    button(el, 'Continuer')!.click();
    await settle(el);
    expect(heading(el)).to.contain('Que s');
  });

  it('keeps the emergency numbers visible without scrolling on a phone, at every step', async () => {
    await setViewport({ width: 360, height: 640 });
    const el = await renderMarkup<ReportFinder>('<report-finder></report-finder>');
    const visible = () => {
      const box = strip(el)!.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth;
    };
    expect(visible()).to.be.true;
    for (const label of [
      'Non, pas en ce moment',
      'Une arnaque',
      'Une autre arnaque',
      'Entièrement sur internet',
      'Un faux site de vente',
    ]) {
      await click(el, label);
      window.scrollTo(0, 0);
      expect(visible(), label).to.be.true;
      expect(linkTo(strip(el)!, 'tel:17')).to.exist;
    }
  });

  it('shows the first steps, keeps the rest one tap away, and the whole catalogue when asked', async () => {
    const el = await renderMarkup<ReportFinder>('<report-finder start="card"></report-finder>');
    for (const label of ['Elle est toujours là', 'Pour des achats sur internet', 'Non, pas encore'])
      await click(el, label);
    expect(part(el, 'steps')!.textContent).to.contain('Faites opposition (bloquez la carte) tout de suite');
    expect(links(part(el, 'actions')!)[0].getAttribute('href')).to.equal('tel:+33892705705');
    // The full cards are rendered only once their disclosure is opened.
    expect(nested(el, 'service-card')).to.equal(null);
    const about = disclosures(part(el, 'details')!)[0];
    expect(summary(about).textContent).to.contain('Tout savoir sur ces services');
    summary(about).click();
    await settle(el);
    expect(about.open).to.be.true;
    expect(recommended(el)).to.include('perceval');
    expect(nested(el, 'service-list')).to.equal(null);
    button(el, 'voir tous les services')!.click();
    await settle(el);
    expect(nested(el, 'service-list')).to.exist;
  });

  it('"none of these" shows the whole catalogue', async () => {
    const el = await renderMarkup<ReportFinder>('<report-finder start="what"></report-finder>');
    await click(el, 'Aucune de ces situations');
    expect(nested(el, 'service-list')).to.exist;
  });

  it('fires typed events for steps and outcomes, with the service ids', async () => {
    const el = await renderMarkup<ReportFinder>('<report-finder start="procedure"></report-finder>');
    const answer = part(el, 'option', 'points')!;
    setTimeout(() => answer.click());
    const step = await oneEvent(el, 'guichet-finder-step');
    expect(step.detail).to.deep.equal({ questionId: 'procedure', optionId: 'points', step: 1 });
    const el2 = await renderMarkup<ReportFinder>('<report-finder start="procedure"></report-finder>');
    const answer2 = part(el2, 'option', 'points')!;
    setTimeout(() => answer2.click());
    const outcome = await oneEvent(document, 'guichet-finder-outcome');
    expect(outcome.detail).to.deep.equal({ outcomeId: 'licence-points', serviceIds: ['mes-points-permis'] });
  });

  it('with history: each step is a hash entry, browser Back steps back, and a link reopens the outcome', async () => {
    const el = await renderMarkup<ReportFinder>('<report-finder id="f1" history></report-finder>');
    await click(el, 'Non, pas en ce moment');
    await click(el, 'Un proche, un enfant');
    await click(el, 'se radicaliser');
    expect(location.hash).to.equal('#f1=no.someone.radicalisation');
    history.back();
    await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    await settle(el);
    expect(heading(el)).to.contain('Que se passe-t-il');
    el.remove();
    history.replaceState(null, '', '#f2=no.procedure.holiday');
    const reopened = await renderMarkup<ReportFinder>('<report-finder id="f2" history></report-finder>');
    expect(heading(reopened)).to.contain('surveiller votre domicile');
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
    expect(heading(el)).to.contain('De quoi s');
    let unknown!: ReportFinder;
    const warnings = await captureWarnings(async () => {
      unknown = await renderMarkup<ReportFinder>('<report-finder start="nowhere"></report-finder>');
    });
    expect(heading(unknown)).to.contain('en danger');
    expect(part(unknown, 'notice')!.textContent).to.contain('« nowhere »');
    expect(warnings.join()).to.contain('unknown start "nowhere"');
  });

  it('refuses an invalid tree, naming the question at fault, and shows the catalogue and the emergency numbers', async () => {
    const original = console.error;
    const errors: string[] = [];
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      const el = await renderMarkup<ReportFinder>(
        reportFinderExamples.find((example) => example.id === 'invalid-tree')!.html,
      );
      expect(part(el, 'notice')!.textContent).to.contain('question q');
      expect(nested(el, 'service-list')).to.exist;
      expect(linkTo(strip(el)!, 'tel:17')).to.exist;
      expect(errors.join()).to.contain('question q: options: dead end: fewer than two options');
      // No heading above the cards in this state: they take the finder's own level (2 on a page without headings), not two below it.
      const list = nested(el, 'service-list') as HTMLElement & { shadowRoot: ShadowRoot };
      const card = list.shadowRoot.querySelector('service-card')!;
      expect(card.shadowRoot!.querySelector('h2, [role="heading"][aria-level="2"]'), 'a card heading at level 2').to
        .exist;
      const broken = await renderMarkup<ReportFinder>(
        '<report-finder><script type="application/json">{oops</script></report-finder>',
      );
      expect(part(broken, 'notice')!.textContent).to.contain('JSON');
    } finally {
      console.error = original;
    }
  });

  it('refuses a tree with a value of the wrong type like any invalid tree: the notice, the catalogue and the numbers, never a blank element', async () => {
    const original = console.error;
    const errors: string[] = [];
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      // The script after the element (a page that loads it at the end): the first render reads the broken tree.
      const tree = oneQuestionTree({
        id: 'o',
        title: { fr: 'Fin', en: 'End' },
        services: ['thesee'],
        steps: 'Gardez les preuves',
      });
      const el = await renderMarkup<ReportFinder>(
        `<report-finder><script type="application/json">${JSON.stringify(tree)}</script></report-finder>`,
      );
      expect(part(el, 'notice')!.textContent).to.contain('outcome o: steps: must be a list');
      expect(nested(el, 'service-list')).to.exist;
      expect(linkTo(strip(el)!, 'tel:17')).to.exist;
      expect(errors.join()).to.contain('outcome o: steps: must be a list');
    } finally {
      console.error = original;
    }
  });

  it('accepts a valid tree from a property', async () => {
    const el = await renderMarkup<ReportFinder>('<report-finder></report-finder>');
    el.tree = oneQuestionTree({
      id: 'o',
      title: { fr: 'Fin', en: 'End' },
      services: ['thesee'],
      alternatives: [],
      before: [],
      advice: [],
      prepare: [],
      helpLines: [],
    });
    await settle(el);
    expect(heading(el)).to.equal('Où ?');
    await click(el, 'Ici');
    expect(firstService(el)).to.equal('thesee');
  });

  it('speaks English from lang, answers and data alike', async () => {
    const el = await renderMarkup<ReportFinder>('<report-finder lang="en"></report-finder>');
    expect(heading(el)).to.equal('Is it happening right now, or is anyone in danger?');
    await click(el, 'No, not right now');
    expect(heading(el)).to.equal('What happened?');
  });

  it('switches language with the page, the emergency strip it shows included', async () => {
    const page = await renderMarkup<HTMLElement>('<div lang="fr"><report-finder></report-finder></div>');
    const el = page.querySelector<ReportFinder>('report-finder')!;
    expect(byText(strip(el)!, exactly('En cas de danger, appelez :'))).to.exist;
    page.setAttribute('lang', 'en');
    await settle(page);
    expect(heading(el)).to.equal('Is it happening right now, or is anyone in danger?');
    expect(byText(strip(el)!, exactly('In danger, call:')), "the strip's title, in the finder's new language").to.exist;
    page.setAttribute('lang', 'fr');
    await settle(page);
    expect(byText(strip(el)!, exactly('En cas de danger, appelez :')), 'and back').to.exist;
  });

  it('lets the page author replace UI strings', async () => {
    const el = await renderMarkup<ReportFinder>(
      `<report-finder strings='{"finder.restart":"Tout effacer","emergency.title":"Urgence :","finder.progress":"Étape {0}"}'></report-finder>`,
    );
    await click(el, 'Non, pas en ce moment');
    expect(shadowText(el)).to.contain('Tout effacer');
    expect(byText(strip(el)!, exactly('Urgence :')), "the strip's title").to.exist;
    expect(byText(el, exactly('Étape 2')), 'the progress').to.exist;
  });
});

describe('<report-finder> accessibility at every step', () => {
  // One path to every question and every outcome of the real tree.
  const targets = new Map<string, FinderAnswer[]>();
  for (const path of allPaths(finder)) {
    for (let length = 0; length <= path.length; length += 1) {
      const prefix = path.slice(0, length);
      const state = walk(finder, finder.start, prefix);
      const key =
        state.position.kind === 'question'
          ? `question ${state.position.question.id}`
          : `outcome ${state.position.outcome.id}`;
      if (!targets.has(key)) targets.set(key, prefix);
    }
  }

  it('covers every question and outcome of the tree', () => {
    expect(targets.size).to.equal(finder.questions.length + finder.outcomes.length);
  });

  for (const [key, answers] of targets) {
    for (const [theme, lang] of [
      ['light', 'fr'],
      ['dark', 'en'],
      ['dark', 'fr'],
      ['light', 'en'],
    ]) {
      it(`${key} has no axe violation (${theme}, ${lang})`, async () => {
        const wrapper = await renderMarkup(
          `<div lang="${lang}" style="background:${theme === 'dark' ? '#17191d' : '#fff'}"><report-finder theme="${theme}"></report-finder></div>`,
        );
        const el = wrapper.querySelector<ReportFinder>('report-finder')!;
        el.answers = answers;
        await settle(wrapper);
        await expectAccessible(wrapper);
      });
    }
  }

  for (const example of reportFinderExamples) {
    it(`example "${example.id}" has no axe violation`, async () => {
      const original = console.error;
      console.error = () => undefined;
      try {
        const wrapper = await renderMarkup(`<div>${example.html}</div>`);
        await expectAccessible(wrapper);
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
      `<report-finder start="domestic"><script type="application/json" data-contacts>${JSON.stringify([local])}</script></report-finder>`,
    );
    expect(heading(el)).to.contain('Qui êtes-vous');
    await click(el, 'La victime, 18 ans ou plus');
    const near = disclosure(part(el, 'details')!, 'Près de chez vous (1)')!;
    expect(near, 'a "Near you" disclosure').to.exist;
    summary(near).click();
    await settle(el);
    const card = nestedAll(el, 'service-card').find(
      (element) => element.getAttribute('service') === 'france-victimes-exempleville',
    )!;
    expect(card).to.exist;
    expect(part(card, 'title')!.textContent).to.contain('Exempleville');
    button(el, 'voir tous les services')!.click();
    await settle(el);
    const list = nested(el, 'service-list')!;
    expect(nested(list, 'service-card')!.getAttribute('service')).to.equal('france-victimes-exempleville');
  });

  it('keeps the tree from a plain JSON script and the contacts from data-contacts apart', async () => {
    const el = await renderMarkup<ReportFinder>(
      `<report-finder start="theft"><script type="application/json" data-contacts>[{"id":"x"}]</script></report-finder>`,
    );
    expect(heading(el)).to.contain('Qu’est-ce qui se passe'.replace('’', "'"));
    expect(part(el, 'notice')!.textContent).to.contain('refusé');
  });
});
