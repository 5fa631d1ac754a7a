import { expect, fixture } from '@open-wc/testing';
import { sendKeys, setViewport } from '../helpers/commands.js';
import { renderHeader } from '../../demo/demo.js';
import '../../src/define/service-card.js';
import '../../src/define/service-list.js';
import '../../src/define/report-finder.js';
import '../../src/define/emergency-numbers.js';
import '../../src/define/quick-exit.js';
import {
  configFromParams,
  configToParams,
  contactProblems,
  contrastProblems,
  defaultConfig,
  ELEMENTS,
  elementMarkup,
  reachableThemes,
  startChoices,
  snippet,
  type Config,
  type Release,
} from '../../demo/configurator/config.js';
import { CONTACTS_EXAMPLE, Configurator } from '../../demo/configurator/page.js';
import { settle } from '../helpers/render.js';
import {
  accessibleName,
  button,
  buttons,
  description,
  disclosure,
  byText,
  deepActiveElement,
  exactly,
  field,
  group,
  landmark,
  liveRegion,
  matches,
  nested,
  nestedAll,
  part,
  summary,
} from '../helpers/query.js';
import { expectAccessible } from '../helpers/axe.js';
import '../helpers/english.js';

const release: Release = { version: '9.9.9', file: 'guichet-securite-9.9.9.min.js', integrity: 'sha384-AAAA' };
const config = (patch: Partial<Config>): Config => ({ ...defaultConfig(release), ...patch });
const parse = (markup: string) => document.createRange().createContextualFragment(markup);

describe('configurator model', () => {
  it('writes a snippet: versioned script with its hash, the element, fallback links', () => {
    const text = snippet(
      config({ element: 'service-list', categories: ['report-crime'], department: '35', lang: 'en' }),
      release,
    );
    expect(text.split('\n')[0]).to.equal(
      '<script src="/js/guichet-securite-9.9.9.min.js" integrity="sha384-AAAA" crossorigin="anonymous"></script>',
    );
    const list = parse(text).querySelector('service-list')!;
    expect(list.getAttribute('category')).to.equal('report-crime');
    expect(list.getAttribute('department')).to.equal('35');
    expect(list.getAttribute('lang')).to.equal('en');
    const links = Array.from(list.querySelectorAll('a')).map((link) => link.getAttribute('href'));
    expect(links).to.include('https://plainte-en-ligne.masecurite.interieur.gouv.fr');
    expect(links).not.to.include('https://www.internet-signalement.gouv.fr'); // another category
  });

  it('writes the language pack after the drop-in, with its hash, when the element is in a pack language', () => {
    const withPacks: Release = {
      ...release,
      packs: { ar: { file: 'guichet-securite-9.9.9.ar.js', integrity: 'sha384-BBBB' } },
    };
    const lines = snippet(config({ element: 'report-finder', lang: 'ar' }), withPacks).split('\n');
    expect(lines[0]).to.equal(
      '<script src="/js/guichet-securite-9.9.9.min.js" integrity="sha384-AAAA" crossorigin="anonymous"></script>',
    );
    expect(lines[1]).to.equal(
      '<script src="/js/guichet-securite-9.9.9.ar.js" integrity="sha384-BBBB" crossorigin="anonymous"></script>',
    );
    expect(parse(lines.join('\n')).querySelector('report-finder')!.getAttribute('lang')).to.equal('ar');
    // French and English need no pack.
    expect(snippet(config({ element: 'report-finder', lang: 'en' }), withPacks)).not.to.contain('.ar.js');
    // The language survives the page's address.
    expect(configFromParams(configToParams(config({ lang: 'uk' }), release), release).config.lang).to.equal('uk');
  });

  it('gives each element fallback content that works without the script', () => {
    const finder = parse(elementMarkup(config({ element: 'report-finder', start: 'violence' }))).querySelector(
      'report-finder',
    )!;
    expect(finder.getAttribute('start')).to.equal('violence');
    expect(Array.from(finder.querySelectorAll('a')).map((link) => link.getAttribute('href'))).to.include.members([
      'tel:17',
      'tel:112',
      'sms:114',
    ]);
    const card = parse(
      elementMarkup(config({ element: 'service-card', service: 'perceval', compact: true })),
    ).querySelector('service-card')!;
    expect(card.getAttribute('variant')).to.equal('compact');
    expect(card.querySelector('a')!.textContent).to.contain('PERCEVAL');
    const numbers = parse(
      elementMarkup(config({ element: 'emergency-numbers', lines: ['violences-femmes-info-3919'] })),
    ).querySelector('emergency-numbers')!;
    expect(numbers.getAttribute('lines')).to.equal('violences-femmes-info-3919');
    expect(numbers.querySelector('a[href="tel:3919"]')).to.exist;
    const exit = parse(
      elementMarkup(config({ element: 'quick-exit', exitHref: 'https://meteofrance.com', fixed: true })),
    ).querySelector('quick-exit')!;
    expect(exit.getAttribute('href')).to.equal('https://meteofrance.com');
    expect(exit.hasAttribute('fixed')).to.be.true;
    expect(exit.querySelector('a')!.getAttribute('href')).to.equal('https://meteofrance.com');
  });

  it('round-trips through the URL, keeping only what differs from the defaults', () => {
    const chosen = config({
      element: 'report-finder',
      start: 'scam',
      history: true,
      theme: 'dark',
      colors: { accent: '#8a1538' },
      font: "'Fira Sans', sans-serif",
      contacts: CONTACTS_EXAMPLE,
      scriptUrl: 'https://static.example.org/js/guichet.js',
    });
    const params = configToParams(chosen, release);
    expect(params.has('service')).to.be.false;
    const { config: read, ignored } = configFromParams(new URLSearchParams(params.toString()), release);
    expect(read).to.deep.equal(chosen);
    expect(ignored).to.deep.equal([]);
  });

  it('drops unknown or dangerous values from a shared link and names them', () => {
    const params = new URLSearchParams({
      element: 'script',
      services: 'perceval,nope',
      start: 'everywhere',
      'color-accent': 'red;background:url(x)',
      font: 'x}</style><script>alert(1)</script>',
      script: 'javascript:alert(1)',
      exit: 'http://example.org',
      department: '999',
    });
    const { config: read, ignored } = configFromParams(params, release);
    expect(read.element).to.equal('service-list');
    expect(read.services).to.deep.equal(['perceval']);
    expect(read.start).to.equal('');
    expect(read.colors).to.deep.equal({});
    expect(read.font).to.equal('');
    expect(read.scriptUrl).to.equal('/js/guichet-securite-9.9.9.min.js');
    expect(read.exitHref).to.equal('https://www.service-public.gouv.fr');
    expect(read.department).to.equal('');
    expect(ignored.sort()).to.deep.equal([
      'color-accent',
      'department',
      'element',
      'exit',
      'font',
      'script',
      'services',
      'start',
    ]);
  });

  it('keeps local contacts inside their script, whatever they contain', () => {
    const hostile = JSON.stringify([{ id: 'x', name: '</script><img src=x onerror="window.__pwned=1">' }]);
    const fragment = parse(elementMarkup(config({ element: 'service-list', contacts: hostile })));
    const script = fragment.querySelector('script[data-contacts]')!;
    expect(JSON.parse(script.textContent!)).to.deep.equal(JSON.parse(hostile));
    expect(fragment.querySelector('img')).to.equal(null);
    // Not an element that reads contacts: none in the snippet.
    expect(elementMarkup(config({ element: 'quick-exit', contacts: hostile }))).not.to.contain('<script');
  });

  it('reports contacts the element would refuse and colours below AA', () => {
    expect(contactProblems(config({ contacts: '{oops' }))[0]).to.contain('not valid JSON');
    expect(contactProblems(config({ contacts: CONTACTS_EXAMPLE }))).to.deep.equal([]);
    // A dark red accent passes in the light theme, not in the dark one (on the dark background, and under the dark theme's dark text on the accent).
    expect(contrastProblems(config({ theme: 'light', colors: { accent: '#8a1538' } }))).to.deep.equal([]);
    expect(
      contrastProblems(config({ theme: 'auto', colors: { accent: '#8a1538' } })).map((item) => [
        item.theme,
        ...item.pair,
      ]),
    ).to.deep.equal([
      ['dark', 'accent', 'background'],
      ['dark', 'on-accent', 'accent'],
    ]);
    // The theme left to the page: the dark one only where the page declares it.
    expect(contrastProblems(config({ page: 'both', colors: { accent: '#8a1538' } })).length).to.equal(2);
    expect(contrastProblems(config({ page: 'dark', colors: { accent: '#8a1538' } })).length).to.equal(2);
    const low = contrastProblems(config({ theme: 'light', colors: { text: '#999999' } }));
    expect(low.map((item) => item.pair)).to.deep.equal([['text', 'background']]);
    expect(low[0].ratio).to.be.closeTo(2.85, 0.01);
  });
});

describe('configurator checks', () => {
  it('checks the contrast only in the themes the settings can show', () => {
    const navy = { accent: '#1f4e79' };
    // A light-only page (the default) never shows the dark theme: no dark-theme error.
    expect(contrastProblems(config({ colors: navy }))).to.deep.equal([]);
    expect(contrastProblems(config({ theme: 'light', colors: navy }))).to.deep.equal([]);
    // The visitor's system may be dark: the dark theme's 2.03:1 stays reported, as the dark theme's.
    for (const reachable of [config({ theme: 'auto', colors: navy }), config({ page: 'both', colors: navy })]) {
      const problems = contrastProblems(reachable);
      expect(problems.map((item) => [item.theme, ...item.pair])).to.deep.include(['dark', 'accent', 'background']);
      expect(problems.every((item) => item.theme === 'dark')).to.be.true;
      expect(problems.find((item) => item.pair[0] === 'accent')!.ratio).to.be.closeTo(2.03, 0.01);
    }
    expect(reachableThemes({ theme: '', page: 'light' })).to.deep.equal(['light']);
    expect(reachableThemes({ theme: '', page: 'dark' })).to.deep.equal(['dark']);
    expect(reachableThemes({ theme: 'dark', page: 'both' })).to.deep.equal(['dark']);
    expect(reachableThemes({ theme: 'auto', page: 'light' })).to.deep.equal(['light', 'dark']);
    // The page's scheme is kept in the address, not written into the snippet.
    const both = config({ page: 'both' });
    expect(configFromParams(configToParams(both, release), release).config.page).to.equal('both');
    expect(snippet(both, release)).to.equal(snippet(config({}), release));
  });

  for (const locale of ['fr', 'en'] as const) {
    it(`names each starting point of the finder by its purpose and question, all different (${locale})`, () => {
      const choices = startChoices(locale, 'EVERYTHING');
      expect(choices.length).to.be.greaterThan(10);
      const labels = choices.map((choice) => `${choice.purpose} — ${choice.question}`);
      expect(new Set(labels).size, labels.join('\n')).to.equal(labels.length);
      expect(new Set(choices.map((choice) => choice.purpose)).size, 'purposes alone differ').to.equal(choices.length);
      for (const { name, purpose, question } of choices) {
        // Words, not the attribute's raw name.
        expect(purpose, name).not.to.equal(name);
        expect(purpose, name).not.to.match(/^[a-z-]+$/);
        expect(question, name).to.match(/\?$/);
      }
      const byName = Object.fromEntries(choices.map((choice) => [choice.name, choice]));
      expect(byName.what.purpose).to.equal('EVERYTHING');
      expect(byName.theft.purpose).to.equal(
        locale === 'fr' ? 'Un vol, un cambriolage ou une dégradation' : 'A theft, a burglary or damage',
      );
      // Same question text, different purposes.
      expect(byName.what.question).to.equal(byName.organisation.question);
      expect(byName.what.purpose).not.to.equal(byName.organisation.purpose);
    });
  }
});

describe('configurator page', () => {
  let params: URLSearchParams;
  let copied: string[];
  const mount = async (initial = '') => {
    params = new URLSearchParams(initial);
    copied = [];
    const root = await fixture<HTMLElement>('<div></div>');
    const configurator = new Configurator(root, {
      release,
      url: { read: () => params, write: (next) => (params = next) },
      copy: async (text) => {
        copied.push(text);
      },
    });
    await settle(root);
    return { root, configurator };
  };
  /** The preview section, by its heading. */
  const preview = (root: Element) => landmark(root, 'Aperçu')!;

  it('opens on a shared configuration, and says what it ignored', async () => {
    const { root } = await mount('element=service-card&service=thesee&compact=1&theme=nope');
    expect(field(root, '<service-card>')!.checked).to.be.true;
    expect(field<HTMLSelectElement>(root, exactly('Service'))!.value).to.equal('thesee');
    expect(nested(preview(root), 'service-card')!.getAttribute('service')).to.equal('thesee');
    expect(liveRegion(root, 'ignorés')!.textContent).to.contain('theme');
  });

  it('follows the form: preview, snippet and URL change together', async () => {
    const { root, configurator } = await mount();
    field(root, '<report-finder>')!.click();
    const start = field<HTMLSelectElement>(root, 'Première question')!;
    start.value = 'violence';
    start.dispatchEvent(new Event('change'));
    const accent = field(root, 'Accent (liens, actions)')!;
    accent.value = '#8a1538';
    accent.dispatchEvent(new Event('input'));
    await settle(root);
    expect(params.get('element')).to.equal('report-finder');
    expect(params.get('start')).to.equal('violence');
    expect(params.get('color-accent')).to.equal('#8a1538');
    const finder = nested(preview(root), 'report-finder')!;
    expect(finder.getAttribute('start')).to.equal('violence');
    expect(getComputedStyle(finder).getPropertyValue('--guichet-color-accent').trim()).to.equal('#8a1538');
    // The code block (an element type) under "Code à copier".
    expect(landmark(root, 'Code à copier')!.querySelector('pre')!.textContent).to.equal(configurator.snippet);
    expect(configurator.snippet).to.contain('<report-finder start="violence" style="--guichet-color-accent: #8a1538">');
    expect(disclosure(root, 'CSP')!.textContent).to.contain('report-finder {');
  });

  it('keeps an invalid typed value, marks it, and leaves the snippet valid', async () => {
    const { root, configurator } = await mount('element=quick-exit');
    const exit = field(root, 'Site neutre où arriver')!;
    exit.focus();
    exit.select();
    await sendKeys({ type: 'http://example.org' });
    await settle(root);
    expect(exit.value).to.equal('http://example.org');
    expect(exit.getAttribute('aria-invalid')).to.equal('true');
    expect(description(exit)).to.contain('Valeur refusée');
    expect(configurator.snippet).not.to.contain('http://example.org');
    await sendKeys({ press: 'Backspace' });
    exit.select();
    await sendKeys({ type: 'https://meteofrance.com' });
    await settle(root);
    expect(exit.getAttribute('aria-invalid')).to.equal('false');
    expect(configurator.snippet).to.contain('href="https://meteofrance.com"');
  });

  it('copies the snippet and announces it', async () => {
    const { root, configurator } = await mount('element=emergency-numbers&lines=violences-femmes-info-3919');
    button(root, 'Copier le code')!.click();
    await new Promise((resolve) => setTimeout(resolve));
    await settle(root);
    expect(copied).to.deep.equal([configurator.snippet]);
    expect(liveRegion(root, 'Code copié'), 'announced').to.exist;
  });

  it('shows the contacts the element would refuse, and an example that passes', async () => {
    const { root } = await mount('element=service-list');
    const area = field<HTMLTextAreaElement>(root, 'Contacts (JSON)')!;
    area.value = '[{"id":"x"}]';
    area.dispatchEvent(new Event('input'));
    await settle(root);
    expect(area.getAttribute('aria-invalid')).to.equal('true');
    expect(description(area), 'the problems describe the field').to.contain('x:');
    button(root, 'Mettre un exemple')!.click();
    await settle(root);
    expect(field(root, 'Contacts (JSON)')!.getAttribute('aria-invalid')).to.equal('false');
    const list = nested(preview(root), 'service-list')!;
    await settle(list);
    expect(
      nestedAll(list, 'service-card').find((card) => card.getAttribute('service') === 'police-municipale-exempleville'),
    ).to.exist;
  });

  it('the preview quick exit does not leave the page', async () => {
    const { root } = await mount('element=quick-exit');
    const exit = nested(preview(root), 'quick-exit')!;
    await settle(exit);
    let left = false;
    exit.addEventListener('guichet-quick-exit', (event) => {
      left = true;
      event.preventDefault();
    });
    part(exit, 'button')!.click();
    await settle(root);
    expect(left).to.be.false;
    expect(document.body.style.visibility).to.equal('');
    expect(liveRegion(root, 'Aperçu'), 'announced').to.exist;
  });

  const typeIn = (control: HTMLInputElement | HTMLTextAreaElement, text: string) => {
    control.value = text;
    control.dispatchEvent(new Event('input'));
  };
  const contactsOf = () => JSON.parse(params.get('contacts') ?? '[]') as Record<string, unknown>[];

  it("edits local contacts as a form, keyboard only, with the element's checks next to each field", async () => {
    const { root } = await mount('element=service-list');
    const add = button(root, exactly('Ajouter un contact'))!;
    add.focus();
    await sendKeys({ press: 'Enter' });
    await settle(root);
    const first = group(root, /^Contact 1/)!;
    const id = field(first, 'Identifiant')!;
    expect(deepActiveElement(), "focus on the new contact's first field").to.equal(id);
    // Refused by the element, as it would say: next to the field, and in the live region.
    expect(id.getAttribute('aria-invalid')).to.equal('true');
    expect(description(id)).to.contain('must be lower-case letters');
    expect(liveRegion(root, '1 refusé')).to.exist;
    await sendKeys({ type: 'police-municipale-rennes' });
    await settle(root);
    expect(id.getAttribute('aria-invalid')).to.equal('false');
    // The element reads one problem at a time: now the way to reach the contact, then its name.
    const phone = field(first, 'Numéro à composer')!;
    expect(phone.getAttribute('aria-invalid')).to.equal('true');
    expect(description(phone)).to.contain('au moins un moyen de joindre');
    expect(description(field(first, 'Site web')!)).to.contain('au moins un moyen de joindre');
    typeIn(phone, '+33199000001');
    typeIn(field(first, 'tel qu’affiché')!, '01 99 00 00 01');
    await settle(root);
    expect(phone.getAttribute('aria-invalid')).to.equal('false');
    const name = field(first, exactly('Nom'))!;
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    expect(description(name)).to.contain('name must be a non-empty text');
    typeIn(name, 'Police municipale de Rennes');
    typeIn(field<HTMLTextAreaElement>(first, 'En bref')!, 'Objets trouvés, tranquillité publique.');
    await settle(root);
    expect(name.getAttribute('aria-invalid')).to.equal('false');
    expect(liveRegion(root, '1 contact, accepté')).to.exist;
    // Départements, as typed; the contact takes the codes.
    const departments = field(first, 'Départements')!;
    typeIn(departments, '35, 2a');
    await settle(root);
    expect(departments.value).to.equal('35, 2a');
    expect(contactsOf()).to.deep.equal([
      {
        id: 'police-municipale-rennes',
        kind: 'phone-line',
        categories: ['help-support'],
        name: 'Police municipale de Rennes',
        summary: 'Objets trouvés, tranquillité publique.',
        access: { phones: [{ number: '+33199000001', display: '01 99 00 00 01' }] },
        availability: { departments: ['35', '2A'] },
      },
    ]);
    // The element takes it.
    expect(contactProblems(config({ contacts: params.get('contacts')! }))).to.deep.equal([]);
    const list = nested(preview(root), 'service-list')!;
    await settle(list);
    expect(nestedAll(list, 'service-card').some((card) => card.getAttribute('service') === 'police-municipale-rennes'))
      .to.be.true;
  });

  it('shows the form and the JSON of the same contacts, and names the refused field of the right contact', async () => {
    const twice = JSON.stringify([JSON.parse(CONTACTS_EXAMPLE)[0], JSON.parse(CONTACTS_EXAMPLE)[0]]);
    const { root } = await mount(`element=report-finder&contacts=${encodeURIComponent(twice)}`);
    const [first, second] = [group(root, /^Contact 1/)!, group(root, /^Contact 2/)!];
    expect(field(first, 'Identifiant')!.getAttribute('aria-invalid')).to.equal('false');
    expect(field(second, 'Identifiant')!.getAttribute('aria-invalid')).to.equal('true');
    expect(description(field(second, 'Identifiant')!)).to.contain('is already used');
    // The JSON view edits the same text: a change there shows in the form.
    const json = disclosure(root, 'Modifier en JSON')!;
    expect(json.open).to.be.false;
    summary(json).click();
    await settle(root);
    const area = field<HTMLTextAreaElement>(json, 'Contacts (JSON)')!;
    expect(JSON.parse(area.value)).to.deep.equal(JSON.parse(twice));
    const changed = JSON.parse(twice);
    changed[1].id = 'association-exempleville';
    changed[1].outcomes = ['nowhere!'];
    typeIn(area, JSON.stringify(changed));
    await settle(root);
    expect(field(second, 'Identifiant')!.value).to.equal('association-exempleville');
    expect(field(second, 'Identifiant')!.getAttribute('aria-invalid')).to.equal('false');
    const outcomes = group(second, 'Résultats du questionnaire')!;
    expect(description(outcomes)).to.contain('outcomes[0] must be a finder outcome id');
    expect(disclosure(root, 'Modifier en JSON')!.open, 'still open').to.be.true;
    // And back: the form's change is in the JSON.
    const online = field(outcomes, exactly('Portez plainte en ligne'))!;
    online.click();
    await settle(root);
    expect(JSON.parse(area.value)[1].outcomes).to.deep.equal(['nowhere!', online.value]);
    // JSON that is not a list: the form says so, the JSON view stays open to fix it.
    typeIn(area, '{oops');
    await settle(root);
    expect(group(root, /^Contact 1/)).to.equal(null);
    expect(byText(root, 'ne se lit pas comme une liste')).to.exist;
    expect(area.getAttribute('aria-invalid')).to.equal('true');
  });

  it('removes a contact by its name and moves focus sensibly', async () => {
    const two = JSON.parse(CONTACTS_EXAMPLE);
    two.push({ ...two[0], id: 'association-exempleville', name: 'Association Exempleville' });
    const { root } = await mount(`element=service-card&contacts=${encodeURIComponent(JSON.stringify(two))}`);
    button(root, 'Retirer « Police municipale d’Exempleville »')!.click();
    await settle(root);
    expect(contactsOf().map((contact) => contact.id)).to.deep.equal(['association-exempleville']);
    // The contact now in its place has the focus.
    expect(deepActiveElement()).to.equal(field(group(root, /^Contact 1/)!, 'Identifiant'));
    expect(liveRegion(root, 'retiré')!.textContent).to.contain('Police municipale d’Exempleville');
    button(root, 'Retirer « Association Exempleville »')!.click();
    await settle(root);
    expect(params.has('contacts')).to.be.false;
    expect(deepActiveElement()).to.equal(button(root, exactly('Ajouter un contact')));
  });

  for (const element of ELEMENTS) {
    it(`has no axe violation (${element}, with colours and contacts)`, async () => {
      const { root } = await mount(
        `element=${element}&color-accent=%238a1538&contacts=${encodeURIComponent(CONTACTS_EXAMPLE)}`,
      );
      await settle(root);
      await expectAccessible(root);
    });
  }
});

describe('configurator layout: the code to copy in reach', () => {
  let added: Element[] = [];
  let before = { width: 0, height: 0 };
  beforeEach(() => {
    before = { width: window.innerWidth, height: window.innerHeight };
  });
  afterEach(async () => {
    for (const element of added) element.remove();
    added = [];
    window.scrollTo(0, 0);
    await setViewport(before);
  });

  /** The configurator as on its page: the demo's style sheets, header and introduction around it. */
  const openPage = async (query: string, viewport: { width: number; height: number }) => {
    await setViewport(viewport);
    for (const href of ['/demo/demo.css', '/demo/configurator.css']) {
      const sheet = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
      const loaded = new Promise((resolve) => sheet.addEventListener('load', resolve));
      document.head.append(sheet);
      added.push(sheet);
      await loaded;
    }
    const markup = await (await fetch('/demo/configurator.html')).text();
    const main = document.importNode(new DOMParser().parseFromString(markup, 'text/html').querySelector('main')!, true);
    document.body.append(main);
    renderHeader('Configurateur de code d’intégration', { switches: false });
    added.push(main, document.querySelector('body > header')!);
    const root = main.querySelector<HTMLElement>('#configurator')!;
    root.replaceChildren();
    new Configurator(root, { release, url: { read: () => new URLSearchParams(query), write: () => {} } });
    await settle(root);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    window.scrollTo(0, 0);
    return root;
  };
  /** The "Copy the code" buttons a person sees. */
  const copyButtons = (root: Element) =>
    buttons(root).filter((item) => matches(accessibleName(item), exactly('Copier le code')) && item.checkVisibility());
  const inViewport = (element: Element) => {
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight && box.left >= 0 && box.right <= window.innerWidth;
  };

  it('at 1280 × 800, the code and its copy button are beside the form, in view on load', async () => {
    const root = await openPage('element=service-list', { width: 1280, height: 800 });
    const visible = copyButtons(root);
    expect(visible.length, 'one copy button shown').to.equal(1);
    const box = visible[0].getBoundingClientRect();
    expect(inViewport(visible[0]), `copy button at ${Math.round(box.top)}–${Math.round(box.bottom)} px`).to.be.true;
    const form = landmark(root, 'Réglages')!.getBoundingClientRect();
    const code = landmark(root, 'Code à copier')!.getBoundingClientRect();
    const shown = landmark(root, 'Aperçu')!.getBoundingClientRect();
    expect(code.left, 'the code beside the form').to.be.greaterThan(form.right);
    expect(shown.left, 'the preview in the same column').to.equal(code.left);
  });

  it('at 360 × 740, a copy button stays in view wherever the form is scrolled, and covers no field at its end', async () => {
    const root = await openPage(`element=report-finder&contacts=${encodeURIComponent(CONTACTS_EXAMPLE)}`, {
      width: 360,
      height: 740,
    });
    expect(document.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(360);
    const form = landmark(root, 'Réglages')!;
    const top = form.getBoundingClientRect().top + window.scrollY;
    const bottom = form.getBoundingClientRect().bottom + window.scrollY;
    let checked = 0;
    for (let y = 0; y <= bottom - window.innerHeight / 2; y += 250) {
      window.scrollTo(0, y);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const visible = copyButtons(root).filter(inViewport);
      expect(
        visible.length,
        `a copy button in view at scroll ${y} (form ${Math.round(top)}–${Math.round(bottom)})`,
      ).to.be.greaterThan(0);
      checked += 1;
    }
    expect(checked, 'the whole form scrolled through').to.be.greaterThan(10);
    // At the end of the form, the last field is above the bar, not under it.
    const fieldsOfForm = Array.from(form.querySelectorAll('input, select, textarea'));
    const last = fieldsOfForm[fieldsOfForm.length - 1];
    last.scrollIntoView({ block: 'end' });
    window.scrollBy(0, window.innerHeight);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const bar = copyButtons(root)[0].parentElement!.getBoundingClientRect();
    expect(last.getBoundingClientRect().bottom).to.be.at.most(bar.top);
    // A field focused near the bottom of the window scrolls clear of the bar.
    window.scrollTo(0, 0);
    const script = field(form, 'Adresse de')!;
    script.focus();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(script.getBoundingClientRect().bottom).to.be.at.most(
      copyButtons(root)[0].parentElement!.getBoundingClientRect().top,
    );
    await expectAccessible(root);
  });
});
