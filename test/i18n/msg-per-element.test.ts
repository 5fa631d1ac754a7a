import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { GuichetElement } from '../../src/components/shared/guichet-element.js';
import type { Msg } from '../../src/i18n/msg.js';
import '../../src/languages/english.js';
import '../../src/languages/ar.js';

// Each element has its own msg(), bound to its language and its `strings`: two elements in two
// languages rendering at the same time, each calling the other's msg() in the middle of its own
// render, keep to their own; and an element's msg() called after a render (an announcement, an
// event handler) still answers in its language.

class TestSpeaker extends GuichetElement {
  /** Another element whose msg() this one calls in the middle of its render. */
  other: TestSpeaker | undefined;
  heard: string[] = [];

  get ownMsg(): Msg {
    return this.i18n.msg;
  }

  protected override renderContent(): TemplateResult {
    const { msg } = this.i18n;
    const first = msg('Ouvert en ce moment', { id: 'hours.openNow' });
    const theirs = this.other?.ownMsg('Ouvert en ce moment', { id: 'hours.openNow' }) ?? '';
    const second = msg('Ouvert en ce moment', { id: 'hours.openNow' });
    this.heard = [first, theirs, second];
    return html`<p>${first}</p>`;
  }
}
customElements.define('test-speaker', TestSpeaker);

describe('msg() per element', () => {
  it('two elements in two languages, one with its own strings, keep to their own while rendering at once', async () => {
    const box = await fixture<HTMLElement>(html`<div>
      <test-speaker lang="en" .strings=${{ 'hours.openNow': 'Open: come in' }}></test-speaker>
      <test-speaker lang="ar"></test-speaker>
    </div>`);
    const [english, arabic] = Array.from(box.querySelectorAll<TestSpeaker>('test-speaker'));
    english.other = arabic;
    arabic.other = english;
    english.requestUpdate();
    arabic.requestUpdate();
    await english.updateComplete;
    await arabic.updateComplete;
    const arabicText = arabic.ownMsg('Ouvert en ce moment', { id: 'hours.openNow' });
    expect(arabicText).to.not.be.oneOf(['Ouvert en ce moment', 'Open: come in']);
    expect(english.heard).to.deep.equal(['Open: come in', arabicText, 'Open: come in']);
    expect(arabic.heard).to.deep.equal([arabicText, 'Open: come in', arabicText]);
  });

  it('answers in its language outside a render, and follows a change of language', async () => {
    const el = await fixture<TestSpeaker>(html`<test-speaker lang="en"></test-speaker>`);
    const { ownMsg } = el;
    expect(ownMsg('Fermé en ce moment', { id: 'hours.closedNow' })).to.equal('Closed now');
    el.setAttribute('lang', 'fr');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(ownMsg('Fermé en ce moment', { id: 'hours.closedNow' })).to.equal('Fermé en ce moment');
  });
});
