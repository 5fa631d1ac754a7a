import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { HashHistoryController } from '../../src/components/report-finder/hash-history.js';

// The finder's steps in the browser history: its value under its id in the URL
// hash, other parameters kept, restored when it connects and after Back.

class TestHistory extends LitElement {
  @property({ type: Boolean }) history = false;
  restored: [string, boolean][] = [];
  readonly hash = new HashHistoryController(this, (value, fromNavigation) =>
    this.restored.push([value, fromNavigation]),
  );
}
customElements.define('test-history-element', TestHistory);

describe('HashHistoryController', () => {
  const start = `${location.pathname}${location.search}`;
  afterEach(() => history.replaceState(null, '', start));

  it('does nothing without history', async () => {
    history.replaceState(null, '', '#test-history=a');
    const el = await fixture<TestHistory>(html`<test-history-element id="test-history"></test-history-element>`);
    const length = history.length;
    el.hash.push('b');
    expect(history.length).to.equal(length);
    expect(location.hash).to.equal('#test-history=a');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(el.restored).to.deep.equal([]);
  });

  it('restores its value when it connects, and after each navigation', async () => {
    history.replaceState(null, '', '#other=1&test-history=q1.o2');
    const el = await fixture<TestHistory>(
      html`<test-history-element id="test-history" history></test-history-element>`,
    );
    expect(el.restored).to.deep.equal([['q1.o2', false]]);
    expect(el.hash.read()).to.equal('q1.o2');
    history.replaceState(null, '', '#other=1');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(el.restored.at(-1)).to.deep.equal(['', true]);
    el.remove();
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(el.restored).to.have.length(2);
  });

  it('pushes one history entry per value, keeping the other parameters, under report-finder without an id', async () => {
    history.replaceState(null, '', '#other=1');
    const el = await fixture<TestHistory>(html`<test-history-element history></test-history-element>`);
    const length = history.length;
    el.hash.push('q1.o2');
    // A tab's history counts at most 50 entries (Chromium): a tab that ran many test files is there already.
    if (length < 50) expect(history.length).to.equal(length + 1);
    expect(new URLSearchParams(location.hash.slice(1)).get('other')).to.equal('1');
    expect(el.hash.read()).to.equal('q1.o2');
    expect(new URLSearchParams(location.hash.slice(1)).get('report-finder')).to.equal('q1.o2');
    el.hash.push('');
    expect(location.hash).to.equal('#other=1');
    history.replaceState(null, '', '#report-finder=x');
    el.hash.push('');
    expect(location.hash).to.equal('');
    expect(location.href).not.to.contain('#');
  });
});
