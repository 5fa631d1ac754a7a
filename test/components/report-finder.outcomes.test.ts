import { expect } from '@open-wc/testing';
import { setViewport } from '../helpers/commands.js';
import type { ReportFinder } from '../../src/components/report-finder/report-finder.js';
import { finder } from '../../src/finder/finder.js';
import { allPaths, walk } from '../../src/finder/engine.js';
import type { FinderAnswer } from '../../src/finder/types.js';
import { renderMarkup, scrollSettled, settle } from '../helpers/render.js';
import {
  byText,
  disclosures,
  exactly,
  followedService,
  linkTo,
  links,
  nested,
  nestedAll,
  part,
  summary,
} from '../helpers/query.js';
import { expectAccessible } from '../helpers/axe.js';

// The situations people really bring, driven as a person would (clicking the
// answers by their words), and what the result shows first: its title, its
// numbered first steps and one main button labelled by what it does.

/** The heading of the step shown: the question's, or the outcome's. */
const stepHeading = (el: Element) => part(el, 'question') ?? part(el, 'outcome');
const heading = (el: Element) => stepHeading(el)!.textContent!.trim();
const steps = (el: Element) => part(el, 'steps')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** The outcome's main button and the ones beside it. */
const buttons = (el: Element) => {
  const actions = part(el, 'actions');
  return actions ? links(actions) : [];
};
/** The outcome's disclosures. */
const details = (el: Element) => disclosures(part(el, 'details')!);
/** Every service a button or a card of the result leads to, once the disclosures are opened. */
async function everyService(el: ReportFinder): Promise<string[]> {
  for (const disclosure of details(el)) summary(disclosure).click();
  await settle(el);
  return [
    ...buttons(el).map((a) => followedService(a)!),
    ...nestedAll(el, 'service-card').map((card) => card.getAttribute('service')!),
  ];
}

async function answer(el: ReportFinder, label: string): Promise<void> {
  const option = part(el, 'option', label);
  expect(option, `answer "${label}" under "${heading(el)}"`).to.exist;
  option!.click();
  await settle(el);
}

interface Situation {
  name: string;
  lang?: 'en';
  start?: string;
  answers: string[];
  /** Words of the result's title. */
  title: string;
  /** The service of the main button, and where it leads. */
  service: string;
  href?: RegExp;
  /** Words the first steps must contain. */
  stepsSay: string[];
  /** Services this result must never offer. */
  never?: string[];
  /** Services the result must offer somewhere (a button or a card). */
  offers?: string[];
}

const NO = 'Non, pas en ce moment';
const situations: Situation[] = [
  {
    name: 'assaulted in the street',
    answers: [NO, 'Des violences', 'Des coups ou une agression', 'Non, 18 ans ou plus'],
    title: 'agression',
    service: 'trouver-unite',
    stepsSay: ['de votre choix', '116 006'],
    never: ['plainte-en-ligne'],
    offers: ['aide-aux-victimes-116006'],
  },
  {
    name: 'robbed with violence',
    start: 'theft',
    answers: ['On m’a volé en me menaçant'.replace('’', "'"), 'Non, 18 ans ou plus'],
    title: 'agression',
    service: 'trouver-unite',
    stepsSay: ['de votre choix'],
    never: ['plainte-en-ligne'],
  },
  {
    name: 'threatened by messages',
    answers: [NO, 'Des violences', 'Des menaces', 'Non, 18 ans ou plus'],
    title: 'menaces',
    service: 'trouver-unite',
    stepsSay: ['appelez le 17 ou envoyez un SMS au 114', 'Gardez les messages', 'de votre choix'],
    never: ['spam-33700', 'plainte-en-ligne'],
    offers: ['17cyber'],
  },
  {
    name: 'a racist insult in the street',
    answers: [NO, 'Des violences', 'Des insultes', 'Une insulte ou une menace raciste'],
    title: 'haineuse',
    service: 'trouver-unite',
    stepsSay: ['infraction', 'de votre choix'],
    never: ['spam-33700'],
    offers: ['pnav', 'defenseur-des-droits'],
  },
  {
    name: 'refused a flat because of who they are',
    answers: [NO, 'Des violences', 'Des insultes', 'On m’a refusé un logement'.replace('’', "'")],
    title: 'discrimination',
    service: 'defenseur-des-droits',
    href: /^tel:3928$/,
    stepsSay: ['Défenseur des droits', 'délit'],
    offers: ['trouver-unite'],
  },
  {
    name: 'private messages from a stranger',
    start: 'content',
    answers: ['que je ne connais pas', 'Des menaces, des insultes ou des images', 'Non, j’ai 18 ans'.replace('’', "'")],
    title: 'inconnu',
    service: 'trouver-unite',
    stepsSay: ['bloquez', 'preuves'],
    never: ['pharos', 'spam-33700'],
  },
  {
    name: 'a lost identity card',
    answers: [NO, 'Une perte', 'Une carte d’identité'.replace('’', "'")],
    title: 'Carte d’identité perdue'.replace('’', "'"),
    service: 'perte-carte-identite',
    href: /service-public\.gouv\.fr\/particuliers\/vosdroits\/F1344$/,
    stepsSay: ['mairie', 'commissariat ou à la gendarmerie', 'vol'],
    never: ['plainte-en-ligne', 'perte-passeport'],
  },
  {
    name: 'a lost driving licence',
    start: 'lost',
    answers: ['Un autre document', 'Mon permis de conduire'],
    title: 'Permis perdu',
    service: 'perte-permis',
    stepsSay: ['ANTS', 'vol'],
  },
  {
    name: 'reporting a drug-dealing spot',
    answers: [NO, 'Je veux signaler', 'Un point de deal'],
    title: 'point de deal',
    service: 'ma-securite',
    stepsSay: ['tchat de Ma Sécurité', 'pas un service d’urgence'.replace('’', "'")],
  },
  {
    name: 'a witness of something suspicious',
    start: 'report',
    answers: ['J’ai vu quelque chose'.replace('’', "'")],
    title: 'Signalez-le',
    service: 'ma-securite',
    stepsSay: ['pas urgent'],
  },
  {
    name: 'a teenager who ran away',
    answers: [NO, 'Un proche, un enfant', 'a fugué ou a disparu'],
    title: 'disparu',
    service: 'police-secours-17',
    href: /^tel:17$/,
    stepsSay: ['urgence', '116 000'],
    offers: ['enfants-disparus-116000'],
  },
  {
    name: 'a vulnerable adult missing',
    start: 'missing',
    answers: ['Un adulte a disparu'],
    title: 'Adulte disparu',
    service: 'police-secours-17',
    href: /^tel:17$/,
    stepsSay: ['Appelez le 17'],
  },
  {
    name: 'a loan opened in their name',
    answers: [NO, 'Une arnaque', 'Quelqu’un utilise mon identité'.replace('’', "'")],
    title: 'Usurpation',
    service: 'usurpation-identite',
    stepsSay: ['de votre choix', 'banques'],
    offers: ['trouver-unite'],
  },
  {
    name: 'a lost card never used',
    answers: [NO, 'Une perte', 'Une carte bancaire', 'Non, pas à ma connaissance'],
    title: 'Faites opposition',
    service: 'opposition-carte-bancaire',
    href: /^tel:\+33892705705$/,
    stepsSay: ['opposition'],
    never: ['plainte-en-ligne', 'trouver-unite', 'perceval'],
  },
  {
    name: 'a lost card then used',
    start: 'card',
    answers: ['Je l’ai perdue'.replace('’', "'"), 'Oui, il y a des paiements'],
    title: 'opposition',
    service: 'opposition-carte-bancaire',
    stepsSay: ['opposition', 'plainte'],
    offers: ['trouver-unite'],
  },
  {
    name: 'card details given to a scammer',
    answers: [NO, 'Une arnaque', 'J’ai donné mon numéro de carte'.replace('’', "'")],
    title: 'Bloquez la carte',
    service: 'opposition-carte-bancaire',
    stepsSay: ['Faites opposition tout de suite', '0 892 705 705'],
  },
  {
    name: 'a transfer made to a scammer (from the scam question)',
    start: 'scam',
    answers: ['J’ai fait un virement'.replace('’', "'")],
    title: 'banque',
    service: 'virement-escroc',
    stepsSay: ['Appelez votre banque', 'récupérer l’argent'.replace('’', "'"), 'THESEE'],
    never: ['opposition-carte-bancaire'],
    offers: ['thesee'],
  },
  {
    name: 'a car no longer where it was parked',
    answers: [NO, 'Un vol', 'Mon véhicule a disparu', 'Non, pas encore'],
    title: 'fourrière',
    service: 'fourriere',
    stepsSay: ['fourrière', 'plainte'],
    offers: ['plainte-en-ligne'],
  },
  {
    name: 'a burglary just discovered',
    answers: [NO, 'Un vol', 'Je viens de découvrir un cambriolage'],
    title: 'Cambriolage',
    service: 'police-secours-17',
    href: /^tel:17$/,
    stepsSay: ['Ne touchez à rien', 'plainte'],
  },
  {
    name: 'sextortion of an adult',
    start: 'scam',
    answers: ['Entièrement sur internet', 'Un chantage', 'Non, j’ai 18 ans ou plus'.replace('’', "'")],
    title: 'ne payez pas',
    service: 'thesee',
    stepsSay: ['Arrêtez tout contact', 'bloquez', 'preuves'],
  },
  {
    name: 'sextortion of a teenager',
    start: 'content',
    answers: ['que je ne connais pas', 'Une menace de publier', 'Oui, j’ai moins de 18 ans'.replace('’', "'")],
    title: 'ne paie pas',
    service: 'espace-mineurs',
    stepsSay: ['Arrête tout contact', 'adulte de confiance'],
    offers: ['harcelement-3018'],
  },
  {
    name: 'a teenager assaulted',
    answers: [NO, 'Des violences', 'Des coups ou une agression', 'Oui, et c’est moi'.replace('’', "'")],
    title: 'Tu es victime',
    service: 'espace-mineurs',
    stepsSay: ['Espace Mineurs', 'même sans adulte'],
    offers: ['enfance-en-danger-119'],
  },
  {
    name: 'a parent whose child was beaten',
    answers: [NO, 'Des violences', 'Des coups ou une agression', 'Oui, c’est mon enfant'.replace('’', "'")],
    title: 'Un jeune est victime',
    service: 'trouver-unite',
    stepsSay: ['au nom de leur enfant', 'Espace Mineurs', '119'],
  },
  {
    name: 'thinking of suicide',
    answers: [NO, 'Je pense au suicide'],
    title: '3114',
    service: 'prevention-suicide-3114',
    href: /^tel:3114$/,
    stepsSay: ['24 h/24', '112'],
  },
  {
    name: 'a witness of an older person being abused',
    start: 'report',
    answers: ['Des violences que subit', 'Une personne âgée'],
    title: '3133',
    service: 'maltraitance-3977',
    href: /^tel:3133$/,
    stepsSay: ['sans son accord'],
  },
  {
    name: 'a teenager whose phone was stolen',
    start: 'theft',
    answers: ['Un autre vol', 'Non, je ne connais pas', 'J’ai moins de 18 ans'.replace('’', "'")],
    title: 'même sans adulte',
    service: 'trouver-unite',
    stepsSay: ['quel que soit ton âge', 'parent'],
    offers: ['espace-mineurs'],
    never: ['enfance-en-danger-119'],
  },
  {
    name: 'a parent filing for their child',
    start: 'theft',
    answers: ['Un autre vol', 'Non, je ne connais pas', 'Un parent'],
    title: 'Portez plainte en ligne',
    service: 'plainte-en-ligne',
    stepsSay: ['FranceConnect'],
  },
  {
    name: 'a tourist whose bag was stolen',
    start: 'theft',
    answers: ['Un autre vol', 'Non, je ne connais pas', 'Je ne vis pas en France'],
    title: 'commissariat',
    service: 'trouver-unite',
    stepsSay: ['de votre choix', 'pièce d’identité'.replace('’', "'")],
    never: ['plainte-en-ligne'],
  },
  // The same situations, in English.
  {
    name: 'a burglary just discovered',
    lang: 'en',
    answers: ['No, not right now', 'A theft', 'I have just found a burglary'],
    title: 'Burglary',
    service: 'police-secours-17',
    href: /^tel:17$/,
    stepsSay: ['Touch nothing', 'complaint'],
  },
  {
    name: 'a tourist whose bag was stolen',
    lang: 'en',
    start: 'theft',
    answers: ['Another theft', 'No, I do not know', 'I do not live in France'],
    title: 'police station',
    service: 'trouver-unite',
    stepsSay: ['any police station or gendarmerie you choose', 'identity document'],
    never: ['plainte-en-ligne'],
  },
  {
    name: 'assaulted in the street',
    lang: 'en',
    answers: ['No, not right now', 'Violence, threats', 'Being hit or attacked', 'No, 18 or over'],
    title: 'assault',
    service: 'trouver-unite',
    stepsSay: ['you choose', '116 006'],
    never: ['plainte-en-ligne'],
  },
  {
    name: 'a lost card never used',
    lang: 'en',
    start: 'lost',
    answers: ['A bank card', 'No, not that I know of'],
    title: 'Block the card',
    service: 'opposition-carte-bancaire',
    stepsSay: ['Block the card now'],
    never: ['plainte-en-ligne'],
  },
  {
    name: 'sextortion of a teenager',
    lang: 'en',
    start: 'scam',
    answers: ['Entirely online', 'Blackmail', 'Yes, I am under 18'],
    title: 'do not pay',
    service: 'espace-mineurs',
    stepsSay: ['Stop all contact', 'adult you trust'],
    offers: ['harcelement-3018'],
  },
  {
    name: 'a car no longer where it was parked',
    lang: 'en',
    start: 'theft',
    answers: ['My vehicle has gone', 'No, not yet'],
    title: 'pound',
    service: 'fourriere',
    stepsSay: ['pound', 'complaint'],
  },
];

describe('<report-finder>: the situations people bring', () => {
  for (const situation of situations) {
    it(`${situation.lang === 'en' ? 'in English: ' : ''}${situation.name}`, async () => {
      const attributes = `${situation.start ? ` start="${situation.start}"` : ''}${situation.lang ? ` lang="${situation.lang}"` : ''}`;
      const el = await renderMarkup<ReportFinder>(`<report-finder${attributes}></report-finder>`);
      for (const label of situation.answers) await answer(el, label);
      expect(part(el, 'outcome'), `an outcome after ${situation.answers.join(' → ')}`).to.exist;
      expect(heading(el).toLowerCase()).to.contain(situation.title.toLowerCase());
      const main = buttons(el)[0];
      expect(followedService(main), 'the main button').to.equal(situation.service);
      if (situation.href) expect(main.getAttribute('href')).to.match(situation.href);
      for (const words of situation.stepsSay) expect(steps(el), `first steps say "${words}"`).to.contain(words);
      const services = await everyService(el);
      for (const id of situation.never ?? []) expect(services, `never ${id}`).not.to.include(id);
      for (const id of situation.offers ?? []) expect(services, `offers ${id}`).to.include(id);
    });
  }
});

/** One path to every outcome of the real tree. */
function pathsToOutcomes(): Map<string, FinderAnswer[]> {
  const targets = new Map<string, FinderAnswer[]>();
  for (const path of allPaths(finder)) {
    const state = walk(finder, finder.start, path);
    if (state.position.kind === 'outcome' && !targets.has(state.position.outcome.id))
      targets.set(state.position.outcome.id, path);
  }
  return targets;
}

describe('<report-finder>: a result fits the first screen of a phone', () => {
  const targets = pathsToOutcomes();

  before(() => setViewport({ width: 360, height: 740 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('every outcome of the tree is checked', () => {
    expect(targets.size).to.equal(finder.outcomes.length);
  });

  for (const [id, answers] of targets) {
    it(`${id}: the main button is fully visible at 360 × 740 with a fixed quick exit, and few words come before the details`, async () => {
      const page = await renderMarkup('<div><quick-exit fixed></quick-exit><report-finder></report-finder></div>');
      const el = page.querySelector<ReportFinder>('report-finder')!;
      for (const lang of ['fr', 'en']) {
        el.lang = lang;
        el.answers = answers;
        await settle(page);
        window.scrollTo(0, 0);
        const main = buttons(el)[0];
        expect(main, `${id} has a main button`).to.exist;
        const box = main.getBoundingClientRect();
        expect(box.top, 'below the top of the window').to.be.at.least(0);
        expect(box.bottom, `within the first screen (${lang})`).to.be.at.most(window.innerHeight);
        expect(box.right).to.be.at.most(window.innerWidth);
        // Nothing covers it: the button itself is what a finger meets, at its corners and centre.
        for (const [x, y] of [
          [box.left + 3, box.top + 3],
          [box.right - 3, box.top + 3],
          [box.left + 3, box.bottom - 3],
          [box.right - 3, box.bottom - 3],
          [(box.left + box.right) / 2, (box.top + box.bottom) / 2],
        ]) {
          expect(document.elementFromPoint(x, y), 'the finder, not the quick exit, is on top').to.equal(el);
          const hit = el.shadowRoot!.elementFromPoint(x, y);
          expect(hit === main || main.contains(hit), `the button is under (${Math.round(x)}, ${Math.round(y)})`).to.be
            .true;
        }
        // About 120 words at most between the result's title and its first disclosure.
        const range = document.createRange();
        range.setStartBefore(part(el, 'outcome')!);
        range.setEndBefore(part(el, 'details')!);
        const firstScreen = range.toString();
        const words = firstScreen.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
        expect(words, `words before the details (${lang})`).to.be.at.most(120);
        // The details come after the main button, never before it.
        const disclosuresPart = part(el, 'details')!;
        expect(main.compareDocumentPosition(disclosuresPart) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
      }
    });
  }
});

describe('<report-finder> below a tall header, with a fixed quick exit', () => {
  before(() => setViewport({ width: 360, height: 740 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('after each step, the focused heading and the 17 and 112 are in view and not under the fixed button', async () => {
    const page = await renderMarkup(
      '<div><quick-exit fixed></quick-exit><header style="block-size: 1500px">Mairie</header><report-finder></report-finder></div>',
    );
    const el = page.querySelector<ReportFinder>('report-finder')!;
    const exit = page.querySelector('quick-exit')!;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    el.scrollIntoView();
    // Answers low in long lists: the new step's top is then above the window.
    for (const label of [NO, 'Une démarche', 'Déclarer la perte', 'Une carte bancaire', 'Non, pas à ma connaissance']) {
      // The visitor scrolls to the answer and taps it.
      const option = part(el, 'option', label)!;
      option.scrollIntoView({ block: 'end' });
      option.click();
      await settle(el);
      await scrollSettled();
      const heading = stepHeading(el)!;
      expect(el.shadowRoot!.activeElement, `focus on the new heading after "${label}"`).to.equal(heading);
      const reserved = part(exit, 'button')!.getBoundingClientRect().bottom;
      const box = heading.getBoundingClientRect();
      expect(box.top, `heading below the fixed button after "${label}"`).to.be.at.least(reserved);
      expect(box.bottom, `heading in view after "${label}"`).to.be.at.most(window.innerHeight);
      const strip = nested(el, 'emergency-numbers')!;
      for (const number of ['17', '112']) {
        const link = linkTo(strip, `tel:${number}`)!.getBoundingClientRect();
        expect(link.top, `${number} in view after "${label}"`).to.be.at.least(0);
        expect(link.bottom, `${number} in view`).to.be.at.most(window.innerHeight);
        expect(
          document.elementFromPoint(link.left + link.width / 2, link.top + link.height / 2),
          `${number} not under the quick exit`,
        ).to.equal(el);
      }
    }
    exit.remove();
  });
});

describe('<report-finder>: the details one tap away', () => {
  it('open by keyboard, render their content only then, and close again', async () => {
    const el = await renderMarkup<ReportFinder>('<report-finder start="scam"></report-finder>');
    for (const label of ['Entièrement sur internet', 'Un faux site de vente']) await answer(el, label);
    const found = details(el);
    expect(found.map((d) => summary(d).textContent!.trim())).to.deep.equal([
      'Tout savoir sur THESEE',
      'Autres possibilités (2)',
    ]);
    expect(nested(el, 'service-card')).to.equal(null);
    const first = summary(found[0]);
    first.focus();
    expect(el.shadowRoot!.activeElement).to.equal(first);
    first.click();
    await settle(el);
    const card = nested(el, 'service-card')!;
    expect(card.getAttribute('service')).to.equal('thesee');
    expect(card.getAttribute('variant')).to.equal('full');
    first.click();
    await settle(el);
    expect(found[0].open).to.be.false;
    expect(nested(el, 'service-card')).to.equal(null);
  });

  it('close again when the person moves to another step', async () => {
    const el = await renderMarkup<ReportFinder>('<report-finder start="scam"></report-finder>');
    for (const label of ['Entièrement sur internet', 'Une escroquerie aux sentiments']) await answer(el, label);
    summary(details(el)[0]).click();
    await settle(el);
    el.back();
    await settle(el);
    await answer(el, 'Un virus bloque');
    expect(details(el)[0].open).to.be.false;
  });

  it('a main button says what it does and where it leads, and tells the page which link was followed', async () => {
    const el = await renderMarkup<ReportFinder>('<report-finder start="content" new-window></report-finder>');
    await answer(el, 'Oui, il est public');
    await answer(el, 'Menaces, haine');
    const main = buttons(el)[0];
    expect(byText(main, exactly('Signaler un contenu sur PHAROS')), 'what it does').to.exist;
    expect(byText(main, exactly('internet-signalement.gouv.fr')), 'where it leads').to.exist;
    expect(main.target).to.equal('_blank');
    expect(main.textContent).to.contain('(nouvelle fenêtre)');
    let followed: unknown;
    el.addEventListener('guichet-link-follow', (event) => (followed = (event as CustomEvent).detail), { once: true });
    main.addEventListener('click', (event) => event.preventDefault(), { once: true });
    main.click();
    expect(followed).to.deep.equal({
      serviceId: 'pharos',
      channel: 'website',
      href: 'https://www.internet-signalement.gouv.fr',
    });
  });
});

describe('<report-finder>: axe with every disclosure open', () => {
  const targets = pathsToOutcomes();
  const combos = [
    ['light', 'fr'],
    ['dark', 'en'],
    ['dark', 'fr'],
    ['light', 'en'],
  ];
  let index = 0;
  for (const [id, answers] of targets) {
    const [theme, lang] = combos[index++ % combos.length];
    it(`${id}, details open (${theme}, ${lang})`, async () => {
      const wrapper = await renderMarkup(
        `<div lang="${lang}" style="background:${theme === 'dark' ? '#17191d' : '#fff'}"><report-finder theme="${theme}"></report-finder></div>`,
      );
      const el = wrapper.querySelector<ReportFinder>('report-finder')!;
      el.answers = answers;
      await settle(wrapper);
      for (const disclosure of details(el)) summary(disclosure).click();
      await settle(wrapper);
      await expectAccessible(wrapper);
    });
  }
});
