import { catalogue } from '../../src/catalogue/catalogue.js';
import { expect } from '@open-wc/testing';
import { sendKeys } from '../helpers/commands.js';
import { serviceListExamples } from '../../src/components/service-list/service-list.examples.js';
import { captureWarnings, renderMarkup, settle, shadowText } from '../helpers/render.js';
import { expectAccessible } from '../helpers/axe.js';

const q = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const cardIds = (list: Element) => Array.from(list.shadowRoot!.querySelectorAll('service-card')).map((card) => card.getAttribute('service'));

async function type(list: Element, selector: string, text: string): Promise<void> {
  const input = q<HTMLInputElement>(list, selector)!;
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
    expect(q(list, 'service-card')!.getAttribute('variant')).to.equal('compact');
    expect(q(list, '.count')!.textContent).to.contain(`${catalogue.services.length} services`);
  });

  it('keeps the entries chosen by attribute, in order, and reports unknown ids', async () => {
    let list!: Element;
    const warnings = await captureWarnings(async () => {
      list = await renderMarkup('<service-list services="perceval, thesee,nope" no-filters></service-list>');
    });
    expect(cardIds(list)).to.deep.equal(['perceval', 'thesee']);
    expect(q(list, '[part="notice"]')!.textContent).to.contain('nope');
    expect(warnings.join('\n')).to.contain('unknown service ids: nope');
    expect(q(list, 'fieldset')).to.equal(null);
  });

  it('filters by category and kind attributes', async () => {
    const list = await renderMarkup('<service-list category="help-support" kind="phone-line"></service-list>');
    expect(cardIds(list)).to.include.members(['violences-femmes-info-3919', 'enfance-en-danger-119', 'aide-aux-victimes-116006']);
    expect(cardIds(list)).not.to.include('thesee');
  });

  it('searches as the visitor types, ignoring case and accents', async () => {
    const list = await renderMarkup('<service-list></service-list>');
    await type(list, '#search', 'PRE plainte');
    expect(cardIds(list)[0]).to.equal('plainte-en-ligne');
    await type(list, '#search', 'arnaque');
    expect(cardIds(list)).to.include.members(['thesee', '17cyber', 'info-escroqueries']);
  });

  it('filters by category checkboxes from the keyboard', async () => {
    const list = await renderMarkup('<service-list></service-list>');
    const box = Array.from(list.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=checkbox]')).find((input) => input.value === 'emergency')!;
    box.focus();
    await sendKeys({ press: ' ' });
    await settle(list);
    expect(cardIds(list)).to.deep.equal(['police-secours-17', 'urgence-112', 'urgence-114', 'samu-15', 'pompiers-18']);
  });

  it('shows the département field only when an entry depends on it', async () => {
    const national = await renderMarkup('<service-list department="35"></service-list>');
    expect(q(national, '#department'), 'the built-in services are national').to.equal(null);
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
    expect(q<HTMLInputElement>(list, '#department')!.value).to.equal('35');
    expect(cardIds(list)).to.include('ici');
    expect(cardIds(list)).not.to.include('ailleurs');
  });

  it('checks the département typed and explains a wrong one', async () => {
    const contact = { id: 'ici', kind: 'phone-line', categories: ['help-support'], name: 'Ici', summary: 'Accueil.', access: { phones: [{ number: '17', display: '17' }] }, availability: { departments: ['35'] } };
    const list = await renderMarkup(`<service-list department="35"><script type="application/json">${JSON.stringify([contact])}</script></service-list>`);
    expect(q<HTMLInputElement>(list, '#department')!.value).to.equal('35');
    await type(list, '#department', '99');
    const input = q<HTMLInputElement>(list, '#department')!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(q(list, '#department-error')!.textContent).to.contain('« 99 »');
    expect(input.getAttribute('aria-describedby')).to.contain('department-error');
  });

  it('announces the number of results to screen readers, after typing settles', async () => {
    const list = await renderMarkup('<service-list></service-list>');
    const status = q(list, '[role="status"]')!;
    expect(status.textContent!.trim()).to.equal('');
    await type(list, '#search', 'telepoints');
    await new Promise((resolve) => setTimeout(resolve, 800));
    await settle(list);
    expect(status.textContent).to.contain('1 service');
  });

  it('when nothing matches: one message, the emergency numbers, and a way to clear everything', async () => {
    const list = await renderMarkup('<service-list></service-list>');
    await type(list, '#search', 'zzzz');
    expect(cardIds(list)).to.deep.equal([]);
    const text = shadowText(list);
    expect(text).to.contain('Aucun service ne correspond à votre recherche');
    expect(text.match(/Aucun service ne correspond/g), 'said once').to.have.length(1);
    expect(list.shadowRoot!.querySelector('.emergency a[href="tel:17"]')).to.exist;
    Array.from(list.shadowRoot!.querySelectorAll<HTMLButtonElement>('.empty button')).find((b) => b.textContent!.includes('Effacer'))!.click();
    await settle(list);
    expect(cardIds(list)).to.have.length(catalogue.services.length);
    expect(list.shadowRoot!.activeElement).to.equal(q(list, '#search'));
  });

  it('when nothing matches, offers the finder\'s questions instead, and puts the focus on the first one', async () => {
    const list = await renderMarkup('<service-list></service-list>');
    await type(list, '#search', 'xyzzy plugh');
    expect(cardIds(list)).to.deep.equal([]);
    const ask = Array.from(list.shadowRoot!.querySelectorAll<HTMLButtonElement>('.empty button')).find((b) => b.textContent!.includes('Répondre à quelques questions'))!;
    expect(ask).to.exist;
    ask.click();
    await settle(list);
    const finder = list.shadowRoot!.querySelector('report-finder')!;
    expect(finder.getAttribute('start')).to.equal('what');
    const heading = finder.shadowRoot!.querySelector('#step-heading')!;
    expect(heading.textContent).to.contain('Que s');
    // The emergency numbers once: the finder's own strip replaces the list's.
    expect(list.shadowRoot!.querySelector('.empty > .emergency')).to.equal(null);
    expect(finder.shadowRoot!.querySelector('emergency-numbers')).to.exist;
    expect(finder.shadowRoot!.activeElement).to.equal(heading);
    await expectAccessible(list);
    // Typing again goes back to the results.
    await type(list, '#search', 'plainte');
    expect(list.shadowRoot!.querySelector('report-finder')).to.equal(null);
    expect(cardIds(list)[0]).to.equal('plainte-en-ligne');
  });

  it('lays out one column when narrow and a grid when wide, by its own width', async () => {
    const wrapper = await renderMarkup('<div style="width:320px"><service-list services="thesee,perceval,pharos"></service-list></div>');
    const list = wrapper.querySelector('service-list')!;
    const columns = () => getComputedStyle(q(list, '.grid')!).gridTemplateColumns.split(' ').length;
    expect(columns()).to.equal(1);
    wrapper.style.width = '1100px';
    await settle(list);
    expect(columns()).to.be.greaterThan(1);
  });

  it('lets the page author replace any UI string, values included, down to the cards', async () => {
    const list = await renderMarkup(
      `<service-list services="perceval,thesee" strings='{"list.countMany":"{0} démarches officielles","list.searchLabel":"Que cherchez-vous ?","card.moreDetails":"Tout savoir"}'></service-list>`,
    );
    expect(q(list, '.count')!.textContent).to.contain('2 démarches officielles');
    expect(q(list, 'label[for="search"]')!.textContent).to.contain('Que cherchez-vous ?');
    expect(q(list, 'service-card')!.shadowRoot!.querySelector('.more')!.textContent).to.contain('Tout savoir');
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
  const deepActive = (): Element | null => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active;
  };

  it('every control is reachable with Tab alone, in order', async () => {
    // A button after the list ends the walk inside the page (Firefox tabs on
    // into its own toolbar, and the page would lose the focus).
    const wrapper = await renderMarkup('<div><service-list services="perceval,urgence-112"></service-list><button id="after">after</button></div>');
    const list = wrapper.querySelector('service-list')!;
    q<HTMLInputElement>(list, '#search')!.focus();
    const reached: string[] = [];
    for (let i = 0; i < 30 && deepActive()?.id !== 'after'; i += 1) {
      const active = deepActive();
      reached.push(active ? `${active.tagName.toLowerCase()}${active.id ? `#${active.id}` : ''}${active.className ? `.${String(active.className).split(' ').join('.')}` : ''}` : 'none');
      await sendKeys({ press: 'Tab' });
    }
    expect(deepActive()?.id).to.equal('after');
    expect(reached[0]).to.equal('input#search');
    expect(reached, 'no département field where nothing depends on it').not.to.include('input#department.department');
    expect(reached.filter((item) => item.startsWith('input') && !item.includes('#')).length).to.be.greaterThan(1); // checkboxes
    expect(reached.some((item) => item.startsWith('a.button') && item.includes('.primary'))).to.be.true; // PERCEVAL's official site
    expect(reached.some((item) => item.includes('button.button.more'))).to.be.true; // details disclosure
    expect(reached.some((item) => item.startsWith('a.button') && item.includes('.danger'))).to.be.true; // call 112
  });

  it('the focused control shows a visible outline', async () => {
    const list = await renderMarkup('<service-list services="perceval"></service-list>');
    q<HTMLInputElement>(list, '#search')!.focus();
    await sendKeys({ press: 'Tab' });
    const active = deepActive() as HTMLElement;
    const style = getComputedStyle(active);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });

  it('reflows at 320 px: nothing overflows sideways, cards opened', async () => {
    const wrapper = await renderMarkup('<div style="width:320px"><service-list></service-list></div>');
    const list = wrapper.querySelector('service-list')!;
    for (const card of Array.from(list.shadowRoot!.querySelectorAll('service-card'))) {
      card.shadowRoot!.querySelector<HTMLButtonElement>('.more')!.click();
    }
    await settle(wrapper);
    const overflowing: string[] = [];
    for (const card of Array.from(list.shadowRoot!.querySelectorAll('service-card'))) {
      const frame = card.shadowRoot!.querySelector<HTMLElement>('.card')!;
      if (frame.scrollWidth > frame.clientWidth + 1) overflowing.push(card.getAttribute('service')!);
      for (const element of Array.from(card.shadowRoot!.querySelectorAll<HTMLElement>('a, button, p, li'))) {
        if (element.getBoundingClientRect().right > wrapper.getBoundingClientRect().right + 1) {
          overflowing.push(`${card.getAttribute('service')}: ${element.textContent!.trim().slice(0, 40)}`);
        }
      }
    }
    expect(overflowing).to.deep.equal([]);
    expect(list.scrollWidth).to.be.at.most(320);
  });
});
