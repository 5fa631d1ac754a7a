import { expect } from '@open-wc/testing';
import { levelBelowPreviousHeading } from '../../src/components/shared/heading.js';
import { renderMarkup, settle } from '../helpers/render.js';
import { heading } from '../helpers/query.js';
import { expectAccessible } from '../helpers/axe.js';

// Headings fit the page: one below the nearest heading before the element, 2 when
// there is none; an explicit heading-level wins.

const firstHeading = (el: Element) => heading(el)?.localName;
/** The first heading of the elements it renders (a list's cards). */
const firstDeepHeading = (el: Element) => heading(el, undefined, { deep: true })?.localName;

describe('heading levels follow the page', () => {
  it('finds the nearest heading before an element, in document order, or none', async () => {
    const page = await renderMarkup<HTMLElement>(`<div>
      <h1>Title</h1><section><h3>Deeper</h3><p>text</p></section><span id="a"></span>
      <div role="heading" aria-level="4">Role heading</div><span id="b"></span></div>`);
    expect(levelBelowPreviousHeading(page.querySelector('#a')!)).to.equal(4);
    expect(levelBelowPreviousHeading(page.querySelector('#b')!)).to.equal(5);
    expect(levelBelowPreviousHeading(page.querySelector('h1')!)).to.equal(2);
    const deep = await renderMarkup<HTMLElement>('<div><h6>Last</h6><span></span></div>');
    expect(levelBelowPreviousHeading(deep.querySelector('span')!)).to.equal(6);
  });

  for (const [markup, tag] of [
    ['<service-card service="thesee"></service-card>', 'service-card'],
    ['<service-list services="thesee,pharos"></service-list>', 'service-list'],
    ['<report-finder></report-finder>', 'report-finder'],
    ['<emergency-numbers></emergency-numbers>', 'emergency-numbers'],
  ]) {
    it(`<${tag}> right after an <h1> starts at <h2>, and axe's heading-order passes`, async () => {
      const page = await renderMarkup<HTMLElement>(`<main><h1>Sécurité</h1>${markup}</main>`);
      const el = page.querySelector(tag)!;
      await settle(page);
      expect(firstHeading(el) ?? firstDeepHeading(el)).to.equal('h2');
      await expectAccessible(page, { runOnly: { type: 'rule', values: ['heading-order'] } });
    });

    it(`<${tag}> under an <h2> starts at <h3>; an explicit level wins`, async () => {
      const page = await renderMarkup<HTMLElement>(`<main><h1>Mairie</h1><h2>Vie quotidienne</h2>${markup}</main>`);
      expect(firstHeading(page.querySelector(tag)!) ?? firstDeepHeading(page.querySelector(tag)!)).to.equal('h3');
      const own = await renderMarkup<HTMLElement>(
        `<main><h1>Mairie</h1>${markup.replace('><', ' heading-level="4"><')}</main>`,
      );
      expect(firstHeading(own.querySelector(tag)!) ?? firstDeepHeading(own.querySelector(tag)!)).to.equal('h4');
    });
  }
});
