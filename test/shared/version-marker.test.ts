import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, render } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { markedVersion } from '../../src/components/shared/version-marker.js';
import { ownTag, privateTagOf } from '../../src/components/shared/own-tag.js';
import { defineComposed, defineElement } from '../../src/define/define-element.js';
import { EmergencyNumbers } from '../../src/components/emergency-numbers/emergency-numbers.js';
import { QuickExit } from '../../src/components/quick-exit/quick-exit.js';
import { VERSION } from '../../src/version.js';
import { captureWarnings } from '../helpers/console.js';

// The version marker every element class carries, and the guarded definition
// that reads it: another copy of the library is welcome, a foreign class is not.

describe('version marker and guarded definition', () => {
  it('reads the version a class of this library carries, and nothing on others', () => {
    expect(markedVersion(QuickExit)).to.equal(VERSION);
    expect(markedVersion(class extends HTMLElement {})).to.equal(undefined);
    expect(
      markedVersion(
        class extends HTMLElement {
          static guichetSecuriteVersion = 1;
        },
      ),
    ).to.equal(undefined);
    expect(markedVersion(undefined)).to.equal(undefined);
    expect(markedVersion(null)).to.equal(undefined);
  });

  it('another copy of the library (another version) holding a tag is used, with a note', () => {
    const tag = `test-marked-${Date.now()}`;
    class OtherCopy extends LitElement {
      static readonly guichetSecuriteVersion = '0.0.1';
    }
    customElements.define(tag, OtherCopy);
    const original = console.info;
    const notes: string[] = [];
    console.info = (...args: unknown[]) => notes.push(args.map(String).join(' '));
    try {
      expect(defineElement(tag, class extends QuickExit {})).to.be.true;
    } finally {
      console.info = original;
    }
    expect(notes).to.deep.equal([
      `[guichet-securite] <${tag}> is already defined by guichet-securite 0.0.1; this copy (${VERSION}) uses it.`,
    ]);
  });

  it('a composed element whose tag another library holds is defined, and rendered, under its private tag', async () => {
    class Foreign extends HTMLElement {}
    customElements.define('emergency-numbers', Foreign);
    const warnings = await captureWarnings(() => defineComposed('emergency-numbers', EmergencyNumbers));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<emergency-numbers> is already defined by another script');
    const privateTag = privateTagOf('emergency-numbers');
    expect(privateTag).to.equal('guichet-securite-emergency-numbers');
    const defined = customElements.get(privateTag);
    expect(defined && Object.getPrototypeOf(defined)).to.equal(EmergencyNumbers);
    // Another element of the library renders it under the private tag.
    const numbersTag = ownTag('emergency-numbers', EmergencyNumbers);
    const host = await fixture<HTMLElement>(html`<div></div>`);
    render(staticHtml`<${numbersTag} variant="compact"></${numbersTag}>`, host);
    expect(host.firstElementChild!.localName).to.equal(privateTag);
    expect(host.firstElementChild).to.be.instanceOf(EmergencyNumbers);
  });
});
