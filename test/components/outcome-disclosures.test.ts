import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  OutcomeDisclosuresController,
  type Disclosure,
} from '../../src/components/report-finder/outcome-disclosures.js';

// A result's disclosures: content rendered only once opened, all closed again on a new step.

class TestDisclosures extends LitElement {
  @property({ attribute: false }) step: unknown = {};
  built: string[] = [];
  readonly disclosures = new OutcomeDisclosuresController(this, () => this.step);

  override render(): TemplateResult {
    const part = (key: string): Disclosure => ({
      key,
      title: `About ${key}`,
      content: () => {
        this.built.push(key);
        return html`<p class="content">${key}</p>`;
      },
    });
    return this.disclosures.render([part('cards'), part('advice')]);
  }
}
customElements.define('test-disclosures-element', TestDisclosures);

const details = (el: Element) =>
  Array.from(el.shadowRoot!.querySelectorAll<HTMLDetailsElement>('[part="details"] > details.more'));

async function toggle(el: TestDisclosures, index: number): Promise<void> {
  const item = details(el)[index];
  const toggled = new Promise((resolve) => item.addEventListener('toggle', resolve, { once: true }));
  item.querySelector('summary')!.click();
  await toggled;
  await el.updateComplete;
}

describe('OutcomeDisclosuresController', () => {
  it('renders a disclosure content only once it is opened, and forgets it once closed', async () => {
    const el = await fixture<TestDisclosures>(html`<test-disclosures-element></test-disclosures-element>`);
    expect(details(el).map((item) => item.querySelector('summary')!.textContent)).to.deep.equal([
      'About cards',
      'About advice',
    ]);
    expect(el.built).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('.content')).to.equal(null);
    await toggle(el, 1);
    expect(el.disclosures.isOpen('advice')).to.be.true;
    expect(el.built).to.deep.equal(['advice']);
    expect(details(el)[1].querySelector('.more-content')!.textContent!.trim()).to.equal('advice');
    await toggle(el, 1);
    expect(el.disclosures.isOpen('advice')).to.be.false;
    expect(el.shadowRoot!.querySelector('.content')).to.equal(null);
  });

  it('closes every disclosure on a new step, not on other updates', async () => {
    const el = await fixture<TestDisclosures>(html`<test-disclosures-element></test-disclosures-element>`);
    await toggle(el, 0);
    el.requestUpdate();
    await el.updateComplete;
    expect(el.disclosures.isOpen('cards')).to.be.true;
    el.step = {};
    await el.updateComplete;
    expect(el.disclosures.isOpen('cards')).to.be.false;
    expect(details(el).every((item) => !item.open)).to.be.true;
  });
});
