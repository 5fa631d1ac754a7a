import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineElement } from '../../src/define/define-element.js';
import { ServiceCard } from '../../src/components/service-card/service-card.js';
import { captureWarnings } from '../helpers/console.js';

let counter = 0;
const uniqueTag = () => `test-element-${Date.now()}-${(counter += 1)}`;

describe('guarded registration', () => {
  it('importing the card registers service-card only', async () => {
    await import('../../src/define/service-card.js');
    expect(customElements.get('service-card') === ServiceCard, 'service-card is registered').to.be.true;
    // The list's define module is not imported by this test file.
    expect(customElements.get('report-finder') === undefined, 'report-finder is not registered').to.be.true;
  });

  it('defines a free tag and accepts the same class twice', () => {
    const tag = uniqueTag();
    class Fresh extends ServiceCard {}
    expect(defineElement(tag, Fresh)).to.be.true;
    expect(defineElement(tag, Fresh)).to.be.true;
    expect(customElements.get(tag)).to.equal(Fresh);
  });

  it('stays quiet when another copy of the library holds the tag', async () => {
    const tag = uniqueTag();
    class FirstCopy extends ServiceCard {}
    class SecondCopy extends ServiceCard {}
    defineElement(tag, FirstCopy);
    const warnings = await captureWarnings(() => {
      expect(defineElement(tag, SecondCopy)).to.be.true;
    });
    expect(warnings).to.deep.equal([]);
  });

  it('warns once, without throwing, when a foreign class holds the tag', async () => {
    const tag = uniqueTag();
    class Foreign extends LitElement {}
    customElements.define(tag, Foreign);
    class Ours extends ServiceCard {}
    const warnings = await captureWarnings(() => {
      expect(defineElement(tag, Ours)).to.be.false;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(`<${tag}> is already defined by another script`);
  });

  it('never throws, even for an invalid tag name', async () => {
    const warnings = await captureWarnings(() => {
      expect(defineElement('NotValid', class extends HTMLElement {})).to.be.false;
    });
    expect(warnings).to.have.length(1);
  });
});
