import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { renderOpenStatus, renderSection, renderTextList } from '../../src/components/shared/blocks.js';
import { msgIn } from '../../src/i18n/msg.js';

// Pieces of markup several elements render the same way.

async function rendered(template: unknown): Promise<HTMLElement> {
  const host = await fixture<HTMLElement>(html`<div></div>`);
  render(template, host);
  return host;
}

describe('shared blocks', () => {
  it('a section: its own heading at the level asked, then its content', async () => {
    const host = await rendered(renderSection(4, 'Pour qui', html`<p>adultes</p>`));
    const section = host.querySelector('section.section')!;
    expect(section.querySelector('h4')!.textContent).to.equal('Pour qui');
    expect(section.querySelector('p')!.textContent).to.equal('adultes');
    expect((await rendered(renderSection(9, 'x', ''))).querySelector('h6')).to.exist;
  });

  it('a list of texts, in the language asked', async () => {
    const host = await rendered(
      renderTextList(
        [
          { fr: 'un', en: 'one' },
          { fr: 'deux', en: 'two' },
        ],
        'en',
      ),
    );
    expect(Array.from(host.querySelectorAll('ul > li')).map((li) => li.textContent)).to.deep.equal(['one', 'two']);
  });

  it('"open now" or "closed now" for published hours at an instant', async () => {
    const weekdays = { weekly: [{ days: [1, 2, 3, 4, 5], opens: '09:00', closes: '18:00' }] };
    // Monday 2 March 2026, 10:00 and 20:00 in Paris (UTC+1).
    const open = await rendered(renderOpenStatus(weekdays, new Date('2026-03-02T09:00:00Z'), msgIn('fr')));
    expect(open.querySelector('span.status.open')!.textContent).to.equal('Ouvert en ce moment');
    const closed = await rendered(renderOpenStatus(weekdays, new Date('2026-03-02T19:00:00Z'), msgIn('fr')));
    expect(closed.querySelector('span.status.closed')!.textContent).to.equal('Fermé en ce moment');
    const always = await rendered(renderOpenStatus({ always: true }, new Date('2026-03-08T03:00:00Z'), msgIn('fr')));
    expect(always.querySelector('.status')!.classList.contains('open')).to.be.true;
  });
});
