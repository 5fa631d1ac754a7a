import { expect } from '@open-wc/testing';
import { listAttribute } from '../../src/components/shared/list-attribute.js';
import type { EmergencyNumbers } from '../../src/components/emergency-numbers/emergency-numbers.js';
import type { ServiceList } from '../../src/components/service-list/service-list.js';
import { renderMarkup } from '../helpers/render.js';

// One rule for every list attribute (`services`, `category`, `kind`, `lines`):
// items separated by commas, spaces or both.

describe('list attributes', () => {
  it('split on commas, spaces or both, and ignore empty items', () => {
    for (const value of ['a,b', 'a b', 'a, b', ' a ,, b ', 'a\n\tb', ',a b,'])
      expect(listAttribute(value), value).to.deep.equal(['a', 'b']);
    expect(listAttribute('')).to.deep.equal([]);
    expect(listAttribute('  , ')).to.deep.equal([]);
    expect(listAttribute(null)).to.deep.equal([]);
    expect(listAttribute(undefined)).to.deep.equal([]);
    expect(listAttribute('3919')).to.deep.equal(['3919']);
  });

  it('keep a number written with spaces inside together when it is known', () => {
    const known = (item: string) => ['3919', '116006', '0805805817', '119'].includes(item);
    expect(listAttribute('3919, 116 006', known)).to.deep.equal(['3919', '116006']);
    expect(listAttribute('3919 116 006', known)).to.deep.equal(['3919', '116006']);
    expect(listAttribute('0 805 805 817,119', known)).to.deep.equal(['0805805817', '119']);
    expect(listAttribute('3919 119', known)).to.deep.equal(['3919', '119']);
    expect(listAttribute('116 007 3919', known)).to.deep.equal(
      ['116', '007', '3919'],
      'an unknown number stays in pieces, each reported',
    );
    expect(listAttribute('3919, 116 006')).to.deep.equal(
      ['3919', '116', '006'],
      'without isKnown, spaces always separate',
    );
  });

  it('<emergency-numbers lines> takes spaces as it takes commas', async () => {
    const withSpaces = await renderMarkup<EmergencyNumbers>(
      '<emergency-numbers lines="3919 116006"></emergency-numbers>',
    );
    const withCommas = await renderMarkup<EmergencyNumbers>(
      '<emergency-numbers lines="3919,116006"></emergency-numbers>',
    );
    const hrefs = (el: Element) => Array.from(el.shadowRoot!.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(hrefs(withSpaces)).to.deep.equal(hrefs(withCommas));
    expect(hrefs(withSpaces)).to.include.members(['tel:3919', 'tel:116006']);
    expect(withSpaces.shadowRoot!.querySelector('[part="notice"]')).to.equal(null);
    const asDisplayed = await renderMarkup<EmergencyNumbers>(
      '<emergency-numbers lines="3919, 116 006"></emergency-numbers>',
    );
    expect(hrefs(asDisplayed)).to.deep.equal(hrefs(withCommas));
    expect(asDisplayed.shadowRoot!.querySelector('[part="notice"]')).to.equal(null);
  });

  it('<service-list> reads services, category and kind by the same rule', async () => {
    const names = (el: Element) =>
      Array.from(el.shadowRoot!.querySelectorAll('service-card')).map((card) => card.getAttribute('service'));
    const spaced = await renderMarkup<ServiceList>(
      '<service-list services="thesee pharos" no-search no-filters></service-list>',
    );
    expect(names(spaced)).to.deep.equal(['thesee', 'pharos']);
    const byCategory = await renderMarkup<ServiceList>(
      '<service-list category="emergency, help-support" kind="emergency-number phone-line"></service-list>',
    );
    const byCategoryCommas = await renderMarkup<ServiceList>(
      '<service-list category="emergency,help-support" kind="emergency-number,phone-line"></service-list>',
    );
    expect(names(byCategory)).to.have.length.greaterThan(2);
    expect(names(byCategory)).to.deep.equal(names(byCategoryCommas));
  });
});
