import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '../helpers/commands.js';
import { serviceCardExamples } from '../../src/components/service-card/service-card.examples.js';
import type { ServiceCard } from '../../src/components/service-card/service-card.js';
import { captureWarnings, renderMarkup, settle, shadowText } from '../helpers/render.js';
import {
  button,
  byText,
  controlled,
  disclosures,
  heading,
  headingLevel,
  headings,
  linkTo,
  links,
  part,
  summary,
} from '../helpers/query.js';
import { expectAccessible } from '../helpers/axe.js';
import '../../src/define/report-finder.js';
import { finder as tree } from '../../src/finder/finder.js';
import { allPaths, walk } from '../../src/finder/engine.js';
import type { FinderAnswer } from '../../src/finder/types.js';

/** One path to each result of the library's tree, results with the most services first. */
function resultsWithCards(): [string, FinderAnswer[]][] {
  const found = new Map<string, { answers: FinderAnswer[]; services: number }>();
  for (const path of allPaths(tree)) {
    const state = walk(tree, tree.start, path);
    if (state.position.kind !== 'outcome' || found.has(state.position.outcome.id)) continue;
    const { outcome } = state.position;
    found.set(outcome.id, { answers: path, services: JSON.stringify(outcome).split('"service"').length });
  }
  return [...found].sort((a, b) => b[1].services - a[1].services).map(([id, { answers }]) => [id, answers]);
}

/** The card's main button: the first of the links that reach the service. */
const mainLink = (card: Element) => links(part(card, 'actions')!)[0];
/** The compact card's disclosure button, in French or English. */
const moreDetails = (card: Element) => button(card, /Plus de détails|More details/);

describe('<service-card>', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'fr'));

  it('renders the entry: name as a heading, summary, official link, requirements and date checked', async () => {
    const card = await renderMarkup<ServiceCard>('<service-card service="thesee"></service-card>');
    // No heading before it on the page: the card's own is an <h2>, its sections <h3>.
    const title = heading(card, 2)!;
    expect(title.textContent).to.contain('THESEE');
    const link = mainLink(card);
    expect(link.href).to.equal('https://www.service-public.gouv.fr/particuliers/vosdroits/N31138');
    // The button says what it does, and where it leads.
    expect(link.textContent).to.contain('Porter plainte sur THESEE');
    expect(link.textContent).to.contain('service-public.gouv.fr');
    const text = shadowText(card);
    expect(text).to.contain('Quand l’utiliser (toutes ces conditions)');
    expect(text).to.contain('une identification est demandée (FranceConnect)');
    expect(text).to.contain('Informations vérifiées le 29 novembre 2026');
  });

  it("shows where its button leads as the site's host name, broken only after a dot, and follows a change of service", async () => {
    const card = await renderMarkup<ServiceCard>(
      '<div style="inline-size: 9em"><service-card service="plainte-en-ligne"></service-card></div>',
    ).then((box) => box.querySelector('service-card')!);
    await settle(card);
    const domain = () => mainLink(card).querySelector('.domain')!;
    expect(domain().textContent).to.equal('plainte-en-ligne.masecurite.interieur.gouv.fr');
    // Narrow enough to wrap: it breaks after its dots, never at the hyphens of "plainte-en-ligne".
    const labels = [...domain().querySelectorAll('.domain-label')].filter((label) => label.textContent);
    expect(labels.map((label) => label.textContent)).to.deep.equal([
      'plainte-en-ligne.',
      'masecurite.',
      'interieur.',
      'gouv.',
      'fr',
    ]);
    const lines = new Set(labels.map((label) => Math.round(label.getBoundingClientRect().top)));
    expect(lines.size, 'the host name wraps').to.be.greaterThan(1);
    for (const label of labels) expect(label.getClientRects().length, label.textContent!).to.equal(1);
    // A card renders again (a new minute, a language): the same nodes stay, nothing is rebuilt under the reader.
    const first = domain().querySelector('.domain-label');
    card.requestUpdate();
    await settle(card);
    expect(domain().querySelector('.domain-label'), 'the same nodes').to.equal(first);
    card.service = 'pharos';
    await settle(card);
    expect(domain().textContent, 'www. left out').to.equal('internet-signalement.gouv.fr');
  });

  it('uses the heading level the page asks for', async () => {
    const card = await renderMarkup('<service-card service="pharos" heading-level="2"></service-card>');
    expect(heading(card, 2)!.textContent).to.contain('PHAROS');
    expect(headings(card).filter((element) => headingLevel(element) === 3).length).to.be.greaterThan(0);
  });

  it('makes phone numbers dialable and says whether a line is open now, in Paris time', async () => {
    const card = await renderMarkup<ServiceCard>('<service-card service="stop-djihadisme"></service-card>');
    card.now = new Date('2025-01-15T09:00:00Z'); // Wednesday 10:00 in Paris
    await card.updateComplete;
    const call = linkTo(card, /^tel:/)!;
    expect(call.getAttribute('href')).to.equal('tel:+33800005696');
    // The number stays on one line: its groups are joined by no-break spaces.
    expect(call.textContent).to.contain('0\u00a0800\u00a0005\u00a0696');
    expect(byText(card, 'Ouvert en ce moment')).to.exist;
    expect(shadowText(card)).to.contain('du lundi au vendredi, de 09:00 à 18:00');
    card.now = new Date('2025-01-18T09:00:00Z'); // Saturday
    await card.updateComplete;
    expect(byText(card, 'Fermé en ce moment')).to.exist;
  });

  it('gives no hours it cannot confirm, only their dated note, and no "open now"', async () => {
    const card = await renderMarkup<ServiceCard>('<service-card service="info-escroqueries"></service-card>');
    const text = shadowText(card);
    expect(text).to.contain('Horaires publiés en 2022');
    expect(text).to.contain('Ils ont pu changer');
    expect(text).not.to.contain('en ce moment');
    expect(text).not.to.contain('Horaires :');
  });

  it('opens the entry to use instead, with a way back, and moves focus to its heading', async () => {
    const card = await renderMarkup<ServiceCard>('<service-card service="perceval"></service-card>');
    const instead = button(card, 'Opposition carte bancaire')!;
    expect(instead).to.exist;
    setTimeout(() => instead.click());
    const event = await oneEvent(card, 'guichet-service-select');
    expect(event.detail).to.deep.equal({ serviceId: 'opposition-carte-bancaire', fromServiceId: 'perceval' });
    await settle(card);
    expect(part(card, 'title')!.textContent).to.contain('Faire opposition');
    expect(card.shadowRoot!.activeElement).to.equal(part(card, 'title'));
    button(card, 'Retour')!.click();
    await settle(card);
    expect(part(card, 'title')!.textContent).to.contain('PERCEVAL');
  });

  it('tells the host page when an official link is followed', async () => {
    const card = await renderMarkup('<service-card service="urgence-112"></service-card>');
    const link = linkTo(card, 'tel:112')!;
    link.addEventListener('click', (event) => event.preventDefault());
    setTimeout(() => link.click());
    const event = await oneEvent(document.body, 'guichet-link-follow');
    expect(event.detail).to.deep.equal({ serviceId: 'urgence-112', channel: 'phone', href: 'tel:112' });
  });

  it('shows a notice and the emergency numbers for an unknown id, and lists valid ids in the console', async () => {
    let card!: HTMLElement;
    const warnings = await captureWarnings(async () => {
      card = await renderMarkup('<service-card service="no-such-service"></service-card>');
    });
    expect(part(card, 'notice')!.textContent).to.contain('« no-such-service » introuvable');
    expect(links(part(card, 'emergency')!).filter((a) => a.getAttribute('href') === 'tel:17')).to.have.length(1);
    expect(warnings.join('\n')).to.contain('unknown service "no-such-service"');
    expect(warnings.join('\n')).to.contain('thesee');
  });

  it('follows the language of the element, its ancestors, then the page, and re-renders on change', async () => {
    const wrapper = await renderMarkup('<div lang="en"><service-card service="pharos"></service-card></div>');
    const card = wrapper.querySelector('service-card')!;
    await settle(card);
    expect(shadowText(card)).to.contain('When to use it');
    wrapper.setAttribute('lang', 'fr-FR');
    await settle(card);
    expect(shadowText(card)).to.contain('Quand l’utiliser');
    card.setAttribute('lang', 'en');
    await settle(card);
    expect(shadowText(card)).to.contain('Information checked on 29 November 2026');
  });

  it('falls back to French for a language it does not ship, and says so', async () => {
    let card!: HTMLElement;
    const warnings = await captureWarnings(async () => {
      card = await renderMarkup('<service-card service="pharos" lang="it"></service-card>');
    });
    expect(shadowText(card)).to.contain('Quand l’utiliser');
    expect(part(card, 'notice')!.textContent).to.contain('« it »');
    expect(warnings.join('\n')).to.contain('Language "it" is not available');
  });

  it('lets the page author override a UI string, also as a JSON attribute, and survives malformed JSON', async () => {
    const card = await renderMarkup(
      `<service-card service="perceval" variant="compact" strings='{"card.moreDetails":"Tout savoir"}'></service-card>`,
    );
    expect(button(card, 'Tout savoir')).to.exist;
    const warnings = await captureWarnings(async () => {
      const broken = await renderMarkup(
        `<service-card service="perceval" variant="compact" strings='{oops'></service-card>`,
      );
      expect(button(broken, 'Plus de détails')).to.exist;
    });
    expect(warnings.join('\n')).to.contain('not valid JSON');
  });

  it('compact: a disclosure button reveals the details, from the keyboard', async () => {
    const card = await renderMarkup('<service-card service="perceval" variant="compact"></service-card>');
    const more = moreDetails(card)!;
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    expect(controlled(more)!.hidden).to.be.true;
    more.focus();
    await sendKeys({ press: 'Enter' });
    await settle(card);
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    expect(controlled(more)!.hidden).to.be.false;
  });

  it('announces links that open a new window', async () => {
    const card = await renderMarkup('<service-card service="pharos" new-window></service-card>');
    const link = mainLink(card);
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.contain('noopener');
    expect(link.textContent).to.contain('nouvelle fenêtre');
  });

  it('renders only https, tel, sms and mailto links', async () => {
    const wrapper = await renderMarkup(
      `<div>${['plainte-en-ligne', 'aide-aux-victimes-116006', 'tranquillite-vacances', 'spam-33700'].map((id) => `<service-card service="${id}"></service-card>`).join('')}</div>`,
    );
    const hrefs = links(wrapper, { deep: true }).map((a) => a.getAttribute('href')!);
    expect(hrefs.length).to.be.greaterThan(10);
    for (const href of hrefs) expect(href).to.match(/^(https:|tel:[+\d]|sms:\d|mailto:)/);
    // A number that takes text messages gets an sms: link, digits only.
    expect(hrefs).to.include('sms:33700');
  });

  it('offers a text message to a number that takes them, and a call only where calls are taken', async () => {
    const card = await renderMarkup('<service-card service="urgence-114"></service-card>');
    const actions = links(part(card, 'actions')!);
    expect(actions.map((a) => a.getAttribute('href'))).to.deep.equal(['sms:114']);
    expect(actions[0].textContent).to.contain('Envoyer un SMS au 114');
    actions[0].addEventListener('click', (event) => event.preventDefault());
    setTimeout(() => actions[0].click());
    const event = await oneEvent(card, 'guichet-link-follow');
    expect(event.detail).to.deep.equal({ serviceId: 'urgence-114', channel: 'sms', href: 'sms:114' });
  });

  for (const example of serviceCardExamples) {
    for (const theme of ['light', 'dark']) {
      for (const lang of ['fr', 'en']) {
        it(`example "${example.id}" has no axe violation (${theme}, ${lang})`, async () => {
          const wrapper = await renderMarkup(
            `<div lang="${lang}" style="background:${theme === 'dark' ? '#17191d' : '#fff'};padding:8px">${example.html.replace('<service-card ', `<service-card theme="${theme}" `)}</div>`,
          );
          const cards = Array.from(wrapper.querySelectorAll('service-card'));
          for (const card of cards) (card as ServiceCard).variant === 'compact' && moreDetails(card)?.click();
          await settle(wrapper);
          await expectAccessible(wrapper);
        });
      }
    }
  }
});

describe('"closed now" in a card', () => {
  /** The colour `value` computes to inside `el`'s shadow root. */
  const colourOf = (el: Element, value: string) => {
    const probe = document.createElement('span');
    probe.style.color = value;
    el.shadowRoot!.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  };
  const closedBadge = (card: Element) => card.shadowRoot!.querySelector('.status.closed');
  const SATURDAY = new Date('2025-01-18T09:00:00Z');

  it('is said plainly in a card or a list, in the muted colour with enough contrast, not in alarm red', async () => {
    const card = await renderMarkup<ServiceCard>('<service-card service="stop-djihadisme"></service-card>');
    card.now = SATURDAY;
    await card.updateComplete;
    const badge = closedBadge(card)!;
    expect(badge.textContent).to.contain('Fermé en ce moment');
    expect(getComputedStyle(badge).color).to.equal(colourOf(card, 'var(--_muted)'));
    expect(getComputedStyle(badge).color).not.to.equal(colourOf(card, 'var(--_danger)'));
  });

  it("keeps the danger colour in a finder's result, where it decides what to do now", async () => {
    const wrapper = await renderMarkup('<div><report-finder></report-finder></div>');
    const finder = wrapper.querySelector('report-finder')!;
    let seen = 0;
    for (const [id, answers] of resultsWithCards()) {
      finder.answers = answers;
      await settle(wrapper);
      for (const details of disclosures(finder)) if (!details.open) summary(details).click();
      await settle(wrapper);
      for (const card of finder.shadowRoot!.querySelectorAll<ServiceCard>('.cards > li > *')) {
        card.now = new Date('2025-01-19T02:00:00Z'); // Sunday, 3:00 in Paris
        await card.updateComplete;
        const badge = closedBadge(card);
        if (!badge) continue;
        expect(getComputedStyle(badge).color, id).to.equal(colourOf(card, 'var(--_danger)'));
        seen += 1;
      }
      if (seen) break;
    }
    expect(seen, 'a result with a card closed at night').to.be.greaterThan(0);
  });
});
