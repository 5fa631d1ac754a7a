import { catalogue } from '../../src/catalogue/catalogue.js';
import { expect } from '@open-wc/testing';
import { sendKeys } from '../helpers/commands.js';
import { serviceListExamples } from '../../src/components/service-list/service-list.examples.js';
import { captureWarnings, renderMarkup, settle, shadowText } from '../helpers/render.js';
import {
  accessibleName,
  button,
  byText,
  deepActiveElement,
  description,
  exactly,
  field,
  group,
  linkTo,
  links,
  liveRegion,
  nested,
  nestedAll,
  part,
  shadow,
} from '../helpers/query.js';
import { expectAccessible } from '../helpers/axe.js';

const SEARCH = 'Rechercher un service';
const DEPARTMENT = 'Votre département';
const cardIds = (list: Element) => nestedAll(list, 'service-card').map((card) => card.getAttribute('service'));

/** Types into the field of this label, as the visitor would (replacing what it held). */
async function type(list: Element, label: string, text: string): Promise<void> {
  const input = field(list, label)!;
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  if (text) await sendKeys({ type: text });
  await settle(list);
}

describe('<service-list>', () => {
  it('shows the whole catalogue as compact cards', async () => {
    const list = await renderMarkup('<service-list></service-list>');
    expect(cardIds(list)).to.have.length(catalogue.services.length);
    expect(nested(list, 'service-card')!.getAttribute('variant')).to.equal('compact');
    expect(byText(list, `${catalogue.services.length} services`), 'the count').to.exist;
  });

  it('keeps the entries chosen by attribute, in order, and reports unknown ids', async () => {
    let list!: Element;
    const warnings = await captureWarnings(async () => {
      list = await renderMarkup('<service-list services="perceval, thesee,nope" no-filters></service-list>');
    });
    expect(cardIds(list)).to.deep.equal(['perceval', 'thesee']);
    expect(part(list, 'notice')!.textContent).to.contain('nope');
    expect(warnings.join('\n')).to.contain('unknown service ids: nope');
    expect(group(list, 'Catégories')).to.equal(null);
  });

  it('filters by category and kind attributes', async () => {
    const list = await renderMarkup('<service-list category="help-support" kind="phone-line"></service-list>');
    expect(cardIds(list)).to.include.members([
      'violences-femmes-info-3919',
      'enfance-en-danger-119',
      'aide-aux-victimes-116006',
    ]);
    expect(cardIds(list)).not.to.include('thesee');
  });

  it('searches as the visitor types, ignoring case and accents', async () => {
    const list = await renderMarkup('<service-list></service-list>');
    await type(list, SEARCH, 'PRE plainte');
    expect(cardIds(list)[0]).to.equal('plainte-en-ligne');
    await type(list, SEARCH, 'arnaque');
    expect(cardIds(list)).to.include.members(['thesee', '17cyber', 'info-escroqueries']);
  });

  it('filters by category checkboxes from the keyboard', async () => {
    const list = await renderMarkup('<service-list></service-list>');
    const box = field(list, exactly('Urgence'))!;
    box.focus();
    await sendKeys({ press: ' ' });
    await settle(list);
    expect(cardIds(list)).to.deep.equal(['police-secours-17', 'urgence-112', 'urgence-114', 'samu-15', 'pompiers-18']);
  });

  it('shows the département field only when an entry depends on it', async () => {
    const national = await renderMarkup('<service-list department="35"></service-list>');
    expect(field(national, DEPARTMENT), 'the built-in services are national').to.equal(null);
    expect(cardIds(national)).to.have.length(catalogue.services.length);
    const local = (id: string, departments: string[]) => ({
      id,
      kind: 'phone-line',
      categories: ['help-support'],
      name: `Contact ${id}`,
      summary: 'Accueil du public.',
      access: { phones: [{ number: '+33199000000', display: '01 99 00 00 00' }] },
      availability: { departments },
    });
    const list = await renderMarkup(
      `<service-list department="35"><script type="application/json">${JSON.stringify([local('ici', ['35']), local('ailleurs', ['44'])])}</script></service-list>`,
    );
    expect(field(list, DEPARTMENT)!.value).to.equal('35');
    expect(cardIds(list)).to.include('ici');
    expect(cardIds(list)).not.to.include('ailleurs');
  });

  it('checks the département typed and explains a wrong one', async () => {
    const contact = {
      id: 'ici',
      kind: 'phone-line',
      categories: ['help-support'],
      name: 'Ici',
      summary: 'Accueil.',
      access: { phones: [{ number: '17', display: '17' }] },
      availability: { departments: ['35'] },
    };
    const list = await renderMarkup(
      `<service-list department="35"><script type="application/json">${JSON.stringify([contact])}</script></service-list>`,
    );
    expect(field(list, DEPARTMENT)!.value).to.equal('35');
    await type(list, DEPARTMENT, '99');
    const input = field(list, DEPARTMENT)!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(byText(list, '« 99 »'), 'the error shown').to.exist;
    expect(description(input), 'the error describes the field').to.contain('« 99 »');
  });

  it('announces the number of results to screen readers, after typing settles', async () => {
    const list = await renderMarkup('<service-list></service-list>');
    const status = liveRegion(list)!;
    expect(status.textContent!.trim()).to.equal('');
    await type(list, SEARCH, 'telepoints');
    await new Promise((resolve) => setTimeout(resolve, 800));
    await settle(list);
    expect(status.textContent).to.contain('1 service');
  });

  it('when nothing matches: one message, the emergency numbers, and a way to clear everything', async () => {
    const list = await renderMarkup('<service-list></service-list>');
    await type(list, SEARCH, 'zzzz');
    expect(cardIds(list)).to.deep.equal([]);
    const text = shadowText(list);
    expect(text).to.contain('Aucun service ne correspond à votre recherche');
    expect(text.match(/Aucun service ne correspond/g), 'said once').to.have.length(1);
    expect(linkTo(part(list, 'emergency')!, 'tel:17')).to.exist;
    button(list, 'Effacer la recherche et les filtres')!.click();
    await settle(list);
    expect(cardIds(list)).to.have.length(catalogue.services.length);
    expect(list.shadowRoot!.activeElement).to.equal(field(list, SEARCH));
  });

  it("when nothing matches, offers the finder's questions instead, and puts the focus on the first one", async () => {
    const list = await renderMarkup('<service-list></service-list>');
    await type(list, SEARCH, 'xyzzy plugh');
    expect(cardIds(list)).to.deep.equal([]);
    const ask = button(list, 'Répondre à quelques questions')!;
    expect(ask).to.exist;
    ask.click();
    await settle(list);
    const finder = nested(list, 'report-finder')!;
    expect(finder.getAttribute('start')).to.equal('what');
    const heading = part(finder, 'question')!;
    expect(heading.textContent).to.contain('Que s');
    // The emergency numbers once: the finder's own strip replaces the list's.
    expect(part(list, 'emergency')).to.equal(null);
    expect(nested(finder, 'emergency-numbers')).to.exist;
    expect(finder.shadowRoot!.activeElement).to.equal(heading);
    await expectAccessible(list);
    // Typing again goes back to the results.
    await type(list, SEARCH, 'plainte');
    expect(nested(list, 'report-finder')).to.equal(null);
    expect(cardIds(list)[0]).to.equal('plainte-en-ligne');
  });

  it('lays out one column when narrow and a grid when wide, by its own width', async () => {
    const wrapper = await renderMarkup(
      '<div style="width:320px"><service-list services="thesee,perceval,pharos"></service-list></div>',
    );
    const list = wrapper.querySelector('service-list')!;
    const columns = () => getComputedStyle(part(list, 'grid')!).gridTemplateColumns.split(' ').length;
    expect(columns()).to.equal(1);
    wrapper.style.width = '1100px';
    await settle(list);
    expect(columns()).to.be.greaterThan(1);
  });

  it('lets the page author replace any UI string, values included, down to the cards', async () => {
    const list = await renderMarkup(
      `<service-list services="perceval,thesee" strings='{"list.countMany":"{0} démarches officielles","list.searchLabel":"Que cherchez-vous ?","card.moreDetails":"Tout savoir"}'></service-list>`,
    );
    expect(byText(list, '2 démarches officielles'), 'the count').to.exist;
    expect(field(list, 'Que cherchez-vous ?'), 'the search field, by its new label').to.exist;
    expect(button(nested(list, 'service-card')!, 'Tout savoir')).to.exist;
  });

  it('renders in English from its lang attribute, cards included', async () => {
    const list = await renderMarkup('<service-list lang="en" services="thesee"></service-list>');
    expect(shadowText(list)).to.contain('Search for a service');
    expect(shadowText(list)).to.contain('Online complaint for internet scams');
  });

  for (const example of serviceListExamples) {
    for (const theme of ['light', 'dark']) {
      for (const lang of ['fr', 'en']) {
        it(`example "${example.id}" has no axe violation (${theme}, ${lang})`, async () => {
          const wrapper = await renderMarkup(
            `<div lang="${lang}" style="background:${theme === 'dark' ? '#17191d' : '#fff'};padding:8px">${example.html.replace('<service-list ', `<service-list theme="${theme}" `).replace('<service-list>', `<service-list theme="${theme}">`)}</div>`,
          );
          await expectAccessible(wrapper);
        });
      }
    }
  }
});

describe('<service-list> keyboard and reflow', () => {
  it('every control is reachable with Tab alone, in order', async () => {
    // A button after the list ends the walk inside the page (Firefox tabs on
    // into its own toolbar, and the page would lose the focus).
    const wrapper = await renderMarkup(
      '<div><service-list services="perceval,urgence-112"></service-list><button id="after">after</button></div>',
    );
    const list = wrapper.querySelector('service-list')!;
    field(list, SEARCH)!.focus();
    const reached: (Element | null)[] = [];
    for (let i = 0; i < 30 && deepActiveElement()?.id !== 'after'; i += 1) {
      reached.push(deepActiveElement());
      await sendKeys({ press: 'Tab' });
    }
    expect(deepActiveElement()?.id).to.equal('after');
    expect(reached[0]).to.equal(field(list, SEARCH));
    expect(
      reached.filter((item) => item && accessibleName(item).includes('département')),
      'no département field where nothing depends on it',
    ).to.be.empty;
    expect(
      reached.filter((item) => item instanceof HTMLInputElement && item.type === 'checkbox').length,
    ).to.be.greaterThan(1); // checkboxes
    const card = (id: string) =>
      nestedAll(list, 'service-card').find((element) => element.getAttribute('service') === id)!;
    // The main button of each card: the first of the links that reach the service.
    expect(reached).to.include(links(part(card('perceval'), 'actions')!)[0]); // PERCEVAL's official site
    const disclosures = nestedAll(list, 'service-card')
      .map((element) => button(element, 'Plus de détails'))
      .filter((found) => found !== null);
    expect(disclosures.some((found) => reached.includes(found))).to.be.true; // details disclosure
    expect(reached).to.include(links(part(card('urgence-112'), 'actions')!)[0]); // call 112
  });

  it('the focused control shows a visible outline', async () => {
    const list = await renderMarkup('<service-list services="perceval"></service-list>');
    field(list, SEARCH)!.focus();
    await sendKeys({ press: 'Tab' });
    const active = deepActiveElement() as HTMLElement;
    const style = getComputedStyle(active);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });

  it('reflows at 320 px: nothing overflows sideways, cards opened', async () => {
    const wrapper = await renderMarkup('<div style="width:320px"><service-list></service-list></div>');
    const list = wrapper.querySelector('service-list')!;
    for (const card of nestedAll(list, 'service-card')) button(card, 'Plus de détails')!.click();
    await settle(wrapper);
    const overflowing: string[] = [];
    for (const card of nestedAll(list, 'service-card')) {
      const frame = part(card, 'card')!;
      if (frame.scrollWidth > frame.clientWidth + 1) overflowing.push(card.getAttribute('service')!);
      // Every link, button, paragraph and list item of the card (element types, not private names).
      for (const element of Array.from(shadow(card).querySelectorAll<HTMLElement>('a, button, p, li'))) {
        if (element.getBoundingClientRect().right > wrapper.getBoundingClientRect().right + 1) {
          overflowing.push(`${card.getAttribute('service')}: ${element.textContent!.trim().slice(0, 40)}`);
        }
      }
    }
    expect(overflowing).to.deep.equal([]);
    expect(list.scrollWidth).to.be.at.most(320);
  });
});
