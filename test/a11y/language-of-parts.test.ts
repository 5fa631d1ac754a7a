// RGAA 8.7 (WCAG 3.1.2): a text in another language than its element's carries
// its own `lang`, so that a screen reader reads it with the right voice. The
// official services keep their French names in every language ("Online
// complaint (Plainte en ligne)", "Ma Sécurité", a pack's "official name"
// line): in an element in English or in a pack's language, each French name is
// inside an element whose nearest `lang`, up through the shadow roots, is
// French; and only French names are marked French.
import { expect } from '@open-wc/testing';
import '../../src/languages/es.js';
import '../../src/languages/de.js';
import '../../src/languages/ar.js';
import '../../src/languages/uk.js';
import type { ReportFinder } from '../../src/components/report-finder/report-finder.js';
import { catalogue, getService } from '../../src/catalogue/catalogue.js';
import { pathTo } from '../helpers/finder-paths.js';
import type { PackLocale } from '../../src/i18n/locales.js';
import { renderMarkup, settle } from '../helpers/render.js';
import { disclosures, part, summary } from '../helpers/query.js';

/** The nearest `lang` above a node, through shadow roots ('' when there is none). */
function langOf(node: Node): string {
  let element: Element | null = node instanceof Element ? node : node.parentElement;
  if (!element && node.parentNode instanceof ShadowRoot) element = node.parentNode.host;
  while (element) {
    const lang = element.getAttribute('lang');
    if (lang !== null) return lang;
    const root = element.getRootNode();
    element = element.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }
  return '';
}

/** Every text an element shows or gives a screen reader, in order (nested shadow trees included), each character with its language. */
function textWithLanguages(root: Element): { text: string; langs: string[] } {
  let text = '';
  const langs: string[] = [];
  const visit = (node: Node) => {
    if (node instanceof Element && ['style', 'script', 'template'].includes(node.localName)) return;
    if (node.nodeType === Node.TEXT_NODE) {
      const lang = langOf(node);
      text += node.textContent;
      for (let i = 0; i < node.textContent!.length; i += 1) langs.push(lang);
      return;
    }
    if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
    node.childNodes.forEach(visit);
  };
  visit(root);
  return { text, langs };
}

/** Every element marked lang="fr" inside `root`, through shadow roots (not the box each element wraps its content in, which carries its language). */
function markedFrench(root: Element): Element[] {
  const found: Element[] = [];
  const visit = (scope: Element | ShadowRoot) => {
    for (const element of Array.from(scope.querySelectorAll('*'))) {
      if (element.getAttribute('lang') === 'fr' && !(element.parentNode instanceof ShadowRoot)) found.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(root.shadowRoot ?? root);
  return found;
}

/** French names that other languages keep: each must be read in French. */
const FRENCH_NAMES = [
  'Plainte en ligne',
  'Brigade numérique',
  'Opération Tranquillité Vacances',
  'Tranquillité Vacances',
  'Ma Sécurité',
  'Mes Points Permis',
  'Espace Mineurs',
  'Info Escroqueries',
  'Arrêtons les violences',
  'Défenseur des droits',
  'Violences Femmes Info',
  'Allô Enfance en danger',
  'France Victimes',
  'Police secours',
  'fourrière',
];

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();
const lower = (text: string) => normalize(text).toLocaleLowerCase('fr');

/** Every French name the catalogue has (names and short names). */
const catalogueFrench = catalogue.services.flatMap((service) =>
  [service.name.fr, service.shortName?.fr].filter((name): name is string => !!name).map(lower),
);

/**
 * In `root`, an element in `lang`: each French name in `names` (and in
 * FRENCH_NAMES) is read in French, what is marked French is a French name, and
 * the element's own words are in its language. Returns how many French names
 * were found.
 */
function expectFrenchNamesMarked(root: Element, lang: string, names: readonly string[] = []): number {
  const { text, langs } = textWithLanguages(root);
  const haystack = text.toLocaleLowerCase('fr');
  let found = 0;
  for (const name of new Set([...FRENCH_NAMES, ...names])) {
    const needle = name.toLocaleLowerCase('fr');
    for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
      found += 1;
      const wrong = langs.slice(at, at + needle.length).find((language) => !language.startsWith('fr'));
      expect(wrong, `"${text.slice(at, at + needle.length)}" in "${normalize(text.slice(at - 40, at + 60))}"`).to.equal(
        undefined,
      );
    }
  }
  for (const element of markedFrench(root)) {
    const marked = lower(element.textContent!);
    // A name may be marked with the word it is joined to ("Pré-plainte en ligne") or in the plural ("fourrières").
    const core = marked.replace(/^\p{L}+-/u, '').replace(/s$/, '');
    expect(
      catalogueFrench.some((name) => name.includes(marked) || name.includes(core)),
      `"${marked}" marked as French is a French service name`,
    ).to.be.true;
  }
  // The rest is in the element's language: most of a long text.
  const own = langs.filter((language) => language === lang).length;
  if (langs.length > 200) expect(own / langs.length, `most of the text in ${lang}`).to.be.greaterThan(0.8);
  return found;
}

/** A finder in `lang` at a result, every disclosure opened. */
async function result(lang: string, outcomeId: string): Promise<ReportFinder> {
  const wrapper = await renderMarkup(`<div lang="${lang}"><report-finder></report-finder></div>`);
  const el = wrapper.querySelector<ReportFinder>('report-finder')!;
  el.answers = pathTo(outcomeId);
  await settle(el);
  expect(part(el, 'outcome'), `the result ${outcomeId}`).to.exist;
  for (const details of disclosures(part(el, 'details')!)) summary(details).click();
  await settle(el);
  return el;
}

const CARDS = [
  'plainte-en-ligne',
  'brigade-numerique',
  'tranquillite-vacances',
  'espace-mineurs',
  'defenseur-des-droits',
  'info-escroqueries',
  'arretons-les-violences',
  'violences-femmes-info-3919',
  'enfance-en-danger-119',
  'mes-points-permis',
  'aide-aux-victimes-116006',
  'ma-securite',
  'rendez-vous-en-ligne',
  'fourriere',
];

describe('language of parts', () => {
  it('RGAA 8.7 — in English cards, the French names of the services are marked lang="fr", and nothing else is', async () => {
    const wrapper = await renderMarkup(
      `<div lang="en">${CARDS.map((id) => `<service-card service="${id}"></service-card>`).join('')}</div>`,
    );
    let found = 0;
    for (const card of Array.from(wrapper.children)) found += expectFrenchNamesMarked(card, 'en');
    expect(found, 'French names checked').to.be.at.least(CARDS.length);
    // The English words of a title are English: "Online complaint (Plainte en ligne)".
    const title = part(wrapper.children[0], 'title')!;
    expect(normalize(title.textContent!)).to.equal('Online complaint (Plainte en ligne)');
    expect(langOf(title.firstChild!)).to.equal('en');
    expect(langOf(title.querySelector('[lang]')!.firstChild!)).to.equal('fr');
  });

  it('RGAA 8.7 — in English compact cards and their list, the French names are marked lang="fr"', async () => {
    const list = await renderMarkup(`<service-list lang="en" services="${CARDS.join(',')}"></service-list>`);
    expect(expectFrenchNamesMarked(list, 'en'), 'French names checked').to.be.at.least(CARDS.length);
  });

  for (const outcome of ['licence-points', 'drug-spot', 'violence-minor', 'discrimination', 'plainte-en-ligne']) {
    it(`RGAA 8.7 — an English result (${outcome}), disclosures opened: the French service names are marked lang="fr"`, async () => {
      const el = await result('en', outcome);
      expect(expectFrenchNamesMarked(el, 'en'), 'French names checked').to.be.greaterThan(0);
    });
  }

  it("RGAA 8.7 — the English result's focused heading reads a French name in French", async () => {
    const wrapper = await renderMarkup('<div lang="en"><report-finder start="procedure"></report-finder></div>');
    const el = wrapper.querySelector<ReportFinder>('report-finder')!;
    part(el, 'option', 'Check my driving licence points')!.click();
    await settle(el);
    const focused = el.shadowRoot!.activeElement!;
    expect(normalize(focused.textContent!)).to.equal('Check your points on Mes Points Permis');
    expect(expectFrenchNamesMarked(focused, 'en')).to.equal(1);
  });

  const PACKS: PackLocale[] = ['es', 'de', 'ar', 'uk'];
  for (const locale of PACKS) {
    it(`RGAA 8.7 — a result in ${locale}, disclosures opened: the French service names and official names are marked lang="fr"`, async () => {
      const el = await result(locale, 'plainte-en-ligne');
      // The official names of the cards shown, in French.
      const official = ['plainte-en-ligne', 'trouver-unite', 'aide-aux-victimes-116006'].map(
        (id) => getService(id)!.name.fr,
      );
      expect(expectFrenchNamesMarked(el, locale, official), 'French names checked').to.be.at.least(3);
    });

    it(`RGAA 8.7 — a card in ${locale}: its official French name, and the French names in its texts, marked lang="fr"`, async () => {
      const wrapper = await renderMarkup(
        `<div lang="${locale}"><service-card service="trouver-unite"></service-card><service-card service="fourriere"></service-card><service-card service="tranquillite-vacances"></service-card></div>`,
      );
      for (const card of Array.from(wrapper.children)) {
        const official = getService(card.getAttribute('service')!)!.name.fr;
        expect(expectFrenchNamesMarked(card, locale, [official]), 'French names checked').to.be.greaterThan(0);
      }
    });
  }

  it('RGAA 8.7 — in French, nothing is marked: the whole element is French', async () => {
    const wrapper = await renderMarkup(
      '<div lang="fr"><service-card service="plainte-en-ligne"></service-card><report-finder start="procedure"></report-finder></div>',
    );
    for (const element of Array.from(wrapper.children)) {
      expect(markedFrench(element), 'no lang="fr" inside a French element').to.have.length(0);
      expect(new Set(textWithLanguages(element).langs)).to.deep.equal(new Set(['fr']));
    }
  });
});
