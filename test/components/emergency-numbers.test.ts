import { expect, oneEvent } from '@open-wc/testing';
import { emergencyNumbersExamples } from '../../src/components/emergency-numbers/emergency-numbers.examples.js';
import type { EmergencyNumbers } from '../../src/components/emergency-numbers/emergency-numbers.js';
import { findServiceByIdOrNumber } from '../../src/catalogue/catalogue.js';
import { captureWarnings, renderMarkup, shadowText } from '../helpers/render.js';
import { byText, heading, linkTo, links, listItems, part } from '../helpers/query.js';
import { expectAccessible } from '../helpers/axe.js';

const hrefs = (el: Element) => links(el).map((a) => a.getAttribute('href'));

describe('<emergency-numbers>', () => {
  it('shows 17, 112 and 114 with what each is for, 114 by text message', async () => {
    const el = await renderMarkup('<emergency-numbers></emergency-numbers>');
    expect(hrefs(el)).to.deep.equal(['tel:17', 'tel:112', 'sms:114']);
    const text = shadowText(el);
    expect(text).to.contain('Numéros d’urgence et d’aide');
    expect(text).to.contain('SMS');
    expect(heading(el, 2)).to.exist;
  });

  it('adds the help lines the page asks for, by number or id, with hours and open now in Paris time', async () => {
    const el = await renderMarkup<EmergencyNumbers>(
      '<emergency-numbers lines="3919, 116006, enfance-en-danger-119"></emergency-numbers>',
    );
    el.now = new Date('2025-01-15T21:00:00Z'); // Wednesday 22:00 in Paris
    await el.updateComplete;
    expect(hrefs(el)).to.deep.equal(['tel:17', 'tel:112', 'sms:114', 'tel:3919', 'tel:116006', 'tel:119']);
    const lines = listItems(part(el, 'panel')!);
    expect(byText(lines[4], 'Fermé en ce moment')).to.exist;
    expect(lines[4].textContent).to.contain('tous les jours, de 09:00 à 20:00');
    expect(byText(lines[3], 'Ouvert en ce moment')).to.exist;
  });

  it('reports unknown lines on the page and in the console, and shows the rest', async () => {
    let el!: Element;
    const warnings = await captureWarnings(async () => {
      el = await renderMarkup('<emergency-numbers lines="3919,9999,nope"></emergency-numbers>');
    });
    expect(hrefs(el)).to.include('tel:3919');
    expect(part(el, 'notice')!.textContent).to.contain('9999, nope');
    expect(warnings.join()).to.contain('unknown help lines, or lines without a number to dial: 9999, nope');
  });

  it('compact: a strip of numbers', async () => {
    const el = await renderMarkup('<emergency-numbers variant="compact" lines="3018"></emergency-numbers>');
    expect(part(el, 'emergency')).to.exist;
    expect(hrefs(el)).to.deep.equal(['tel:17', 'tel:112', 'sms:114', 'tel:3018']);
  });

  it('a number list given an entry without a number shows the rest and says so, without throwing', async () => {
    let el!: EmergencyNumbers;
    const warnings = await captureWarnings(async () => {
      el = await renderMarkup<EmergencyNumbers>('<emergency-numbers></emergency-numbers>');
      el.numbers = ['thesee', 'police-secours-17', 'nowhere'];
      await el.updateComplete;
    });
    expect(hrefs(el)).to.deep.equal(['tel:17']);
    expect(part(el, 'notice')!.textContent).to.contain('thesee, nowhere');
    expect(warnings.join()).to.contain('without a number to dial: thesee, nowhere');
    el.variant = 'compact';
    await el.updateComplete;
    expect(hrefs(el)).to.deep.equal(['tel:17']);
  });

  it('tells the host page a number was called', async () => {
    const el = await renderMarkup('<emergency-numbers></emergency-numbers>');
    const link = linkTo(el, 'tel:112')!;
    link.addEventListener('click', (event) => event.preventDefault());
    setTimeout(() => link.click());
    const event = await oneEvent(el, 'guichet-link-follow');
    expect(event.detail).to.deep.equal({ serviceId: 'urgence-112', channel: 'phone', href: 'tel:112' });
  });

  it('finds services by id or by the number people dial', () => {
    expect(findServiceByIdOrNumber('3919')!.id).to.equal('violences-femmes-info-3919');
    expect(findServiceByIdOrNumber('116 006')!.id).to.equal('aide-aux-victimes-116006');
    expect(findServiceByIdOrNumber('0 805 805 817')!.id).to.equal('info-escroqueries');
    expect(findServiceByIdOrNumber('pharos')!.id).to.equal('pharos');
    expect(findServiceByIdOrNumber('javascript:alert(1)')).to.equal(undefined);
  });

  for (const example of emergencyNumbersExamples) {
    for (const theme of ['light', 'dark']) {
      for (const lang of ['fr', 'en']) {
        it(`example "${example.id}" has no axe violation (${theme}, ${lang})`, async () => {
          const wrapper = await renderMarkup(
            `<div lang="${lang}" style="background:${theme === 'dark' ? '#17191d' : '#fff'};padding:8px">${example.html.replace('<emergency-numbers ', `<emergency-numbers theme="${theme}" `).replace('<emergency-numbers>', `<emergency-numbers theme="${theme}">`)}</div>`,
          );
          await expectAccessible(wrapper);
        });
      }
    }
  }
});
