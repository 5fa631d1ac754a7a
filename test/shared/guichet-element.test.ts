import { expect, fixture, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import type { TemplateResult } from 'lit';
import { GuichetElement } from '../../src/components/shared/guichet-element.js';
import { HeadedElement, LinkingElement } from '../../src/components/shared/headed-element.js';
import { VERSION } from '../../src/version.js';
import { captureWarnings } from '../helpers/console.js';
// The base classes bring no messages: each element brings its own (src/generated/english/); these test elements take them all.
import '../../src/languages/english.js';

// The anatomy every element shares: the version marker, `theme` and `strings`
// (every element), `heading-level` (elements with headings), `new-window`
// (elements with official links), and the render wrapper (the element's language
// and string overrides).

class TestLinking extends LinkingElement {
  protected override renderContent(): TemplateResult {
    const { target, note } = this.linkTarget();
    const { msg } = this.i18n;
    return html`<p id="text">${msg('Ouvert en ce moment', { id: 'hours.openNow' })}</p>
      <p id="level">${this.headings.level}</p>
      <a href="https://example.org/" target=${target}>site${note}</a>`;
  }

  get passed() {
    return this.passedOn;
  }
}
customElements.define('test-linking-element', TestLinking);

class TestPlain extends GuichetElement {
  protected override renderContent(): TemplateResult {
    const { msg } = this.i18n;
    return html`<p>${msg('Fermé en ce moment', { id: 'hours.closedNow' })}</p>`;
  }
}
customElements.define('test-plain-element', TestPlain);

const tag = unsafeStatic('test-linking-element');
const text = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector)?.textContent?.trim();

describe('GuichetElement and its two refinements', () => {
  it('carry the version marker, each element class inheriting it', () => {
    expect(TestPlain.guichetSecuriteVersion).to.equal(VERSION);
    expect(TestLinking.guichetSecuriteVersion).to.equal(VERSION);
    expect(Object.getPrototypeOf(LinkingElement)).to.equal(HeadedElement);
    expect(Object.getPrototypeOf(HeadedElement)).to.equal(GuichetElement);
  });

  it('render in the element language, with its string overrides', async () => {
    const french = await fixture<TestPlain>(html`<test-plain-element></test-plain-element>`);
    expect(text(french, 'p')).to.equal('Fermé en ce moment');
    const english = await fixture<TestPlain>(html`<test-plain-element lang="en"></test-plain-element>`);
    expect(text(english, 'p')).to.equal('Closed now');
    const replaced = await fixture<TestPlain>(
      html`<test-plain-element lang="en" strings='{"hours.closedNow":"Shut"}'></test-plain-element>`,
    );
    expect(text(replaced, 'p')).to.equal('Shut');
    replaced.strings = undefined;
    await replaced.updateComplete;
    expect(text(replaced, 'p')).to.equal('Closed now');
  });

  it('read theme and strings from their attributes, refusing strings that are not a JSON object', async () => {
    const el = await fixture<TestPlain>(
      html`<test-plain-element theme="dark" strings='{"a":"b"}'></test-plain-element>`,
    );
    expect(el.theme).to.equal('dark');
    expect(el.strings).to.deep.equal({ a: 'b' });
    el.theme = 'light';
    await el.updateComplete;
    expect(el.getAttribute('theme')).to.equal('light');
    const warnings = await captureWarnings(async () => {
      el.setAttribute('strings', '[1, 2]');
      el.setAttribute('strings', '{not json');
      await el.updateComplete;
    });
    expect(el.strings).to.equal(undefined);
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.match(/^\[guichet-securite\] The strings attribute must be a JSON object/);
    expect(warnings[1]).to.match(/^\[guichet-securite\] The strings attribute is not valid JSON/);
  });

  it('take their heading level from heading-level, else one below the heading before them', async () => {
    const page = await fixture<HTMLElement>(
      staticHtml`<div><h3>Page</h3><${tag}></${tag}><${tag} heading-level="5"></${tag}><${tag} heading-level="9"></${tag}></div>`,
    );
    const [byPage, explicit, clamped] = Array.from(page.querySelectorAll<TestLinking>('test-linking-element'));
    await Promise.all([byPage.updateComplete, explicit.updateComplete, clamped.updateComplete]);
    expect(text(byPage, '#level')).to.equal('4');
    expect(explicit.headingLevel).to.equal(5);
    expect(text(explicit, '#level')).to.equal('5');
    expect(text(clamped, '#level')).to.equal('6');
  });

  it('open official links in a new window with new-window, saying so, and pass their settings on', async () => {
    const same = await fixture<TestLinking>(staticHtml`<${tag} lang="en"></${tag}>`);
    expect(same.newWindow).to.be.false;
    expect(same.shadowRoot!.querySelector('a')!.hasAttribute('target')).to.be.false;
    expect(text(same, 'a')).to.equal('site');
    const other = await fixture<TestLinking>(
      staticHtml`<${tag} lang="en" new-window theme="dark" strings='{"x":"y"}'></${tag}>`,
    );
    expect(other.shadowRoot!.querySelector('a')!.getAttribute('target')).to.equal('_blank');
    expect(text(other, 'a')).to.equal('site(new window)');
    expect(other.passed).to.deep.equal({ theme: 'dark', newWindow: true, strings: { x: 'y' } });
  });
});
