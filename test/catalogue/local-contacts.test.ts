import { expect } from '@open-wc/testing';
import { catalogue } from '../../src/catalogue/catalogue.js';
import { parseLocalContacts } from '../../src/catalogue/local-contacts.js';
import { formatProblem } from '../../src/catalogue/check.js';
import { renderMarkup, settle, shadowText } from '../helpers/render.js';

const valid = {
  id: 'police-municipale-exempleville',
  kind: 'phone-line',
  categories: ['help-support'],
  name: { fr: 'Police municipale d’Exempleville', en: 'Exempleville municipal police' },
  summary: 'Accueil du public et objets trouvés.',
  access: { phones: [{ number: '+33199000000', display: '01 99 00 00 00' }], website: 'https://exempleville.example.org/police' },
  hours: { weekly: [{ days: [1, 2, 3, 4, 5], opens: '08:30', closes: '17:30' }] },
  availability: { departments: ['35'] },
  checked: '2026-11-01',
  sources: ['https://exempleville.example.org/police'],
};

const XSS = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
const deep = (depth: number): unknown => (depth === 0 ? 'x' : { a: deep(depth - 1) });
const deepJson = `${'['.repeat(20000)}${']'.repeat(20000)}`;

/**
 * Hostile or broken inputs: each must be refused, or — markup in a text, a
 * `__proto__` key inside a text — accepted as plain text, without breaking anything.
 */
const NEUTRALISED = new Set(['a1', 'a2', 'a3', 'a23']);
const corpus: [string, unknown][] = [
  ['script tag in the name', { ...valid, id: 'a1', name: XSS }],
  ['script tag in the summary', { ...valid, id: 'a2', summary: `<script>window.__pwned=1</script>` }],
  ['event handler attribute in a note', { ...valid, id: 'a3', notes: ['<a onclick="window.__pwned=1">x</a>'] }],
  ['javascript: website', { ...valid, id: 'a4', access: { website: 'javascript:window.__pwned=1' } }],
  ['JavaScript: website, mixed case', { ...valid, id: 'a5', access: { website: 'JaVaScRiPt:window.__pwned=1' } }],
  ['data: website', { ...valid, id: 'a6', access: { website: 'data:text/html,<script>window.__pwned=1</script>' } }],
  ['vbscript: website', { ...valid, id: 'a7', access: { website: 'vbscript:msgbox(1)' } }],
  ['http: website', { ...valid, id: 'a8', access: { website: 'http://exempleville.example.org' } }],
  ['protocol-relative website', { ...valid, id: 'a9', access: { website: '//evil.example' } }],
  ['website with credentials', { ...valid, id: 'a10', access: { website: 'https://user:pass@evil.example' } }],
  ['website with spaces', { ...valid, id: 'a11', access: { website: 'https://evil.example/ onmouseover=x' } }],
  ['javascript: chat', { ...valid, id: 'a12', access: { chat: 'javascript:alert(1)' } }],
  ['javascript: in a phone number', { ...valid, id: 'a13', access: { phones: [{ number: 'javascript:alert(1)', display: '1' }] } }],
  ['tel: prefix inside the number', { ...valid, id: 'a14', access: { phones: [{ number: 'tel:17', display: '17' }] } }],
  ['display that is not the number', { ...valid, id: 'a15', access: { phones: [{ number: '17', display: '18' }] } }],
  ['HTML in the phone display', { ...valid, id: 'a16', access: { phones: [{ number: '17', display: '<b>17</b>' }] } }],
  ['mailto injection', { ...valid, id: 'a17', access: { email: 'a@b.fr?bcc=x@y.fr' } }],
  ['e-mail with a script', { ...valid, id: 'a18', access: { email: '<script>@x.fr' } }],
  ['javascript: source', { ...valid, id: 'a19', sources: ['javascript:alert(1)'] }],
  ['no way to reach it', { ...valid, id: 'a20', access: {} }],
  ['access is a string', { ...valid, id: 'a21', access: 'https://x.fr' }],
  ['__proto__ key at the root', JSON.parse(`{"__proto__": {"polluted": "yes"}, "id": "a22"}`)],
  ['__proto__ in the name', JSON.parse(`{"id": "a23", "kind": "phone-line", "categories": ["help-support"], "name": {"__proto__": {"polluted": "yes"}, "fr": "x"}, "summary": "x", "access": {"phones": [{"number": "17", "display": "17"}]}}`)],
  ['constructor.prototype key', JSON.parse(`{"id": "a24", "constructor": {"prototype": {"polluted": "yes"}}}`)],
  ['prototype in access', JSON.parse(`{"id": "a25", "kind": "phone-line", "categories": ["help-support"], "name": "x", "summary": "x", "access": {"__proto__": {"website": "javascript:alert(1)"}}}`)],
  ['id with capitals and spaces', { ...valid, id: 'Police Municipale' }],
  ['id already in the catalogue', { ...valid, id: 'thesee' }],
  ['id with HTML', { ...valid, id: '<b>x</b>' }],
  ['id is a number', { ...valid, id: 42 }],
  ['missing id', { ...valid, id: undefined }],
  ['unknown kind', { ...valid, id: 'a30', kind: 'website' }],
  ['unknown category', { ...valid, id: 'a31', categories: ['hacking'] }],
  ['no category', { ...valid, id: 'a32', categories: [] }],
  ['categories is a string', { ...valid, id: 'a33', categories: 'help-support' }],
  ['name is a number', { ...valid, id: 'a34', name: 12 }],
  ['name is empty', { ...valid, id: 'a35', name: '   ' }],
  ['name is an array', { ...valid, id: 'a36', name: ['x'] }],
  ['huge summary', { ...valid, id: 'a37', summary: 'x'.repeat(1_000_000) }],
  ['huge name', { ...valid, id: 'a38', name: 'y'.repeat(5000) }],
  ['too many notes', { ...valid, id: 'a39', notes: Array.from({ length: 1000 }, () => 'n') }],
  ['deeply nested summary', { ...valid, id: 'a40', summary: deep(5000) }],
  ['future checked date', { ...valid, id: 'a41', checked: '2999-01-01' }],
  ['checked is not a date', { ...valid, id: 'a42', checked: 'yesterday' }],
  ['weekday 8', { ...valid, id: 'a43', hours: { weekly: [{ days: [8], opens: '08:00', closes: '09:00' }] } }],
  ['opens after closes', { ...valid, id: 'a44', hours: { weekly: [{ days: [1], opens: '18:00', closes: '09:00' }] } }],
  ['hours is a string', { ...valid, id: 'a45', hours: '24/7' }],
  ['unknown département', { ...valid, id: 'a46', availability: { departments: ['99'] } }],
  ['département as number', { ...valid, id: 'a47', availability: { departments: [35] } }],
  ['entry is null', null],
  ['entry is a string', 'police'],
  ['entry is a number', 17],
  ['entry is an array', [valid]],
  ['entry is a function-like object', { toString: 'alert(1)', valueOf: 1 }],
];

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
    const { entries, problems } = parseLocalContacts([corpus[6][1], valid, corpus[3][1], broken], catalogue, '2026-11-28');
    expect(entries.map((entry) => entry.id)).to.deep.equal(['police-municipale-exempleville', 'broken-unicode']);
    expect(entries[1].name.fr).to.equal('Accueil \uFFFD victimes');
    expect(problems.map(formatProblem)).to.deep.equal(['a7: access.website: must be an https: address', 'a4: access.website: must be an https: address']);
    expect(entries[0].summary).to.deep.equal({ fr: 'Accueil du public et objets trouvés.', en: 'Accueil du public et objets trouvés.' });
  });

  it('refuses malformed JSON and absurdly deep JSON without throwing', () => {
    expect(parseLocalContacts('{oops', catalogue).problems[0].message).to.contain('not valid JSON');
    expect(parseLocalContacts(deepJson, catalogue).problems).to.have.length(1);
    expect(parseLocalContacts('"a string"', catalogue).problems[0].message).to.contain('list of contacts');
    expect(parseLocalContacts(JSON.stringify(Array.from({ length: 80 }, (_, i) => ({ ...valid, id: `c${i}` }))), catalogue).entries).to.have.length(50);
  });

  it('in a list: valid contacts appear, refused ones are reported, the catalogue stays whole, nothing executes', async () => {
    // Written by hand for the deeply nested entry: Firefox's JSON.stringify
    // stops short of 5 000 levels, its JSON.parse does not.
    const toJson = (input: unknown): string => {
      if (input && typeof input === 'object' && (input as { id?: unknown }).id === 'a40') {
        return JSON.stringify({ ...(input as object), summary: '@@' }).replace('"@@"', `${'{"a":'.repeat(5000)}"x"${'}'.repeat(5000)}`);
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
      list = await renderMarkup(`<service-list><script type="application/json">${json.replace(/</g, '\\u003c')}</script></service-list>`);
    } finally {
      console.warn = original;
    }
    await settle(list);
    const ids = Array.from(list.shadowRoot!.querySelectorAll('service-card')).map((card) => card.getAttribute('service'));
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
    expect(Array.from(list.shadowRoot!.querySelectorAll('service-card')).map((card) => card.getAttribute('service'))).not.to.include('police-municipale-exempleville');
  });

  it('in a card, from the contacts property', async () => {
    const card = await renderMarkup<HTMLElement & { contacts: unknown }>('<service-card service="police-municipale-exempleville"></service-card>');
    card.contacts = [valid];
    await settle(card);
    expect(card.shadowRoot!.querySelector('#title')!.textContent).to.contain('Police municipale');
    expect(shadowText(card)).to.contain('Contact ajouté par ce site');
  });

  it('the refused-contacts notice follows the element\'s language and the page\'s wording', async () => {
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
