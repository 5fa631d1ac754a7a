import { expect } from '@open-wc/testing';
import { templates } from '../../src/generated/locales/en.js';
import { VERSION } from '../../src/version.js';

describe('translations', () => {
  it('every UI message has a non-empty English translation in the committed XLIFF', async () => {
    const xliff = await (await fetch('/xliff/en.xlf')).text();
    const doc = new DOMParser().parseFromString(xliff, 'application/xml');
    const units = Array.from(doc.getElementsByTagName('trans-unit'));
    expect(units.length).to.be.greaterThan(40);
    const untranslated = units
      .filter((unit) => !unit.getElementsByTagName('target')[0]?.textContent?.trim())
      .map((unit) => unit.id);
    expect(untranslated).to.deep.equal([]);
    expect(Object.keys(templates).sort()).to.deep.equal(units.map((unit) => unit.id).sort());
  });

  it('the version constant matches package.json', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });
});
