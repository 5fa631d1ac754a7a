import '../helpers/english.js';
import { expect } from '@open-wc/testing';
import { catalogue } from '../../src/catalogue/catalogue.js';
import { parseLocalContacts } from '../../src/catalogue/local-contacts.js';
import { formatProblem } from '../../src/catalogue/check.js';
import { renderMarkup, settle, shadowText } from '../helpers/render.js';
import { NEUTRALISED, corpus, deepJson, valid } from '../fixtures/local-contacts-corpus.mjs';

describe('local contacts, checked entry by entry', () => {
  afterEach(() => {
    delete (window as unknown as Record<string, unknown>).__pwned;
  });

  it(`refuses or neutralises each of the ${corpus.length} hostile or broken inputs, naming the entry and the field`, () => {
    expect(corpus.length).to.be.at.least(50);
    for (const [name, input] of corpus) {
      const { entries, problems } = parseLocalContacts([input], catalogue, '2026-11-28');
      const id = (input as { id?: unknown } | null)?.id;
      if (typeof id === 'string' && NEUTRALISED.has(id)) {
        expect(problems, name).to.deep.equal([]);
        expect(entries[0].id, name).to.equal(id);
        expect(Object.getPrototypeOf(entries[0].name), name).to.equal(Object.prototype);
        continue;
      }
      expect(entries, name).to.deep.equal([]);
      expect(problems, name).to.have.length(1);
      expect(formatProblem(problems[0]), name).to.match(/^[^:]+: [^:]+: .+/);
    }
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.prototype).not.to.have.property('polluted');
  });

  it('keeps the valid entries next to refused ones, and neutralises broken Unicode', () => {
    const broken = { ...valid, id: 'broken-unicode', name: 'Accueil \uD800 victimes' };
    const { entries, problems } = parseLocalContacts(
      [corpus[6][1], valid, corpus[3][1], broken],
      catalogue,
      '2026-11-28',
    );
    expect(entries.map((entry) => entry.id)).to.deep.equal(['police-municipale-exempleville', 'broken-unicode']);
    expect(entries[1].name.fr).to.equal('Accueil \uFFFD victimes');
    expect(problems.map(formatProblem)).to.deep.equal([
      'a7: access.website: must be an https: address',
      'a4: access.website: must be an https: address',
    ]);
    expect(entries[0].summary).to.deep.equal({
      fr: 'Accueil du public et objets trouvés.',
      en: 'Accueil du public et objets trouvés.',
    });
  });

  it('refuses malformed JSON and absurdly deep JSON without throwing', () => {
    expect(parseLocalContacts('{oops', catalogue).problems[0].message).to.contain('not valid JSON');
    expect(parseLocalContacts(deepJson, catalogue).problems).to.have.length(1);
    expect(parseLocalContacts('"a string"', catalogue).problems[0].message).to.contain('list of contacts');
    expect(
      parseLocalContacts(JSON.stringify(Array.from({ length: 80 }, (_, i) => ({ ...valid, id: `c${i}` }))), catalogue)
        .entries,
    ).to.have.length(50);
  });

  it('in a list: valid contacts appear, refused ones are reported, the catalogue stays whole, nothing executes', async () => {
    // Written by hand for the deeply nested entry: Firefox's JSON.stringify
    // stops short of 5 000 levels, its JSON.parse does not.
    const toJson = (input: unknown): string => {
      if (input && typeof input === 'object' && (input as { id?: unknown }).id === 'a40') {
        return JSON.stringify({ ...(input as object), summary: '@@' }).replace(
          '"@@"',
          `${'{"a":'.repeat(5000)}"x"${'}'.repeat(5000)}`,
        );
      }
      return JSON.stringify(input);
    };
    const json = `[${[valid, ...corpus.map(([, input]) => input).filter((input) => input !== undefined)].map(toJson).join(',')}]`;
    const original = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    let list!: HTMLElement;
    try {
      // The JSON goes in a script element's text: "<" must be escaped to stay inside it.
      list = await renderMarkup(
        `<service-list><script type="application/json">${json.replace(/</g, '\\u003c')}</script></service-list>`,
      );
    } finally {
      console.warn = original;
    }
    await settle(list);
    const ids = Array.from(list.shadowRoot!.querySelectorAll('service-card')).map((card) =>
      card.getAttribute('service'),
    );
    expect(ids[0]).to.equal('police-municipale-exempleville');
    // The valid contact, the four neutralised ones, and the whole catalogue.
    expect(ids).to.have.length(catalogue.services.length + 5);
    // Markup in a text is shown as text.
    const a1 = list.shadowRoot!.querySelector('service-card[service="a1"]')!;
    expect(a1.shadowRoot!.querySelector('#title')!.textContent).to.contain('<img src=x');
    expect(a1.shadowRoot!.querySelector('img')).to.equal(null);
    expect(list.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.contain('refusé');
    expect(warnings.join()).to.contain('a4: access.website: must be an https: address');
    const first = list.shadowRoot!.querySelector('service-card')!;
    expect(shadowText(first)).to.contain('Police municipale d’Exempleville');
    expect(first.shadowRoot!.querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:+33199000000');
    expect((window as unknown as Record<string, unknown>).__pwned).to.equal(undefined);
    expect(document.querySelectorAll('img[src="x"]')).to.have.length(0);
    // Filtering by département hides a contact limited to 35 elsewhere.
    const input = list.shadowRoot!.querySelector<HTMLInputElement>('#department')!;
    input.value = '44';
    input.dispatchEvent(new Event('input'));
    await settle(list);
    expect(
      Array.from(list.shadowRoot!.querySelectorAll('service-card')).map((card) => card.getAttribute('service')),
    ).not.to.include('police-municipale-exempleville');
  });

  it('in a card, from the contacts property', async () => {
    const card = await renderMarkup<HTMLElement & { contacts: unknown }>(
      '<service-card service="police-municipale-exempleville"></service-card>',
    );
    card.contacts = [valid];
    await settle(card);
    expect(card.shadowRoot!.querySelector('#title')!.textContent).to.contain('Police municipale');
    expect(shadowText(card)).to.contain('Contact ajouté par ce site');
  });

  it("the refused-contacts notice follows the element's language and the page's wording", async () => {
    const original = console.warn;
    console.warn = () => undefined;
    try {
      const list = await renderMarkup<HTMLElement & { strings?: Record<string, string> }>(
        '<service-list lang="fr"><script type="application/json" data-contacts>[{"id":"x"}]</script></service-list>',
      );
      const notice = () => list.shadowRoot!.querySelector('[part="notice"]')!.textContent!.trim();
      expect(notice()).to.contain('refusé');
      list.setAttribute('lang', 'en');
      await settle(list);
      expect(notice()).to.contain('refused');
      list.strings = { 'local.refused': '{0} contact(s) ignored' };
      await settle(list);
      expect(notice()).to.equal('1 contact(s) ignored');
    } finally {
      console.warn = original;
    }
  });
});
