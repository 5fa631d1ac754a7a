import { expect } from '@open-wc/testing';
import { catalogue, getService, localize } from '../../src/catalogue/catalogue.js';
import { phoneLines } from '../../src/catalogue/lines.js';
import { finder } from '../../src/finder/finder.js';
import { searchServices } from '../../src/catalogue/search.js';
import { ensureEnglish } from '../../src/i18n/packs.js';
import { forEachText } from '../../src/i18n/text-keys.js';

// The data (the catalogue, the finder's tree, the phone lines) is shared by every element of the
// page: a language, English or a pack, lays its texts over it and never writes into it.

/** Freezes every text object of the data: a write into one then throws (modules are strict). */
function freezeTexts(data: unknown): void {
  forEachText(data, '', (_key, text) => Object.freeze(text));
}

describe('languages laid over the data', () => {
  const before = JSON.stringify([catalogue, finder, [...phoneLines.values()]]);
  freezeTexts(catalogue);
  freezeTexts(finder);
  for (const line of phoneLines.values()) freezeTexts(line);

  it('English, then a pack loaded after the data, leave the data as it was, and localize() reads them', async () => {
    ensureEnglish();
    // "denuncia" is in the Spanish texts only: not a word of the entries before the pack.
    expect(searchServices('denuncia')).to.deep.equal([]);
    // Loading the pack registers it (src/languages/es.ts): a write into a frozen text would throw here.
    await import('../../src/languages/es.js');
    expect(JSON.stringify([catalogue, finder, [...phoneLines.values()]])).to.equal(before);
    const summary = getService('thesee')!.summary;
    expect(Object.keys(summary)).to.deep.equal(['fr']);
    expect(localize(summary, 'en')).to.contain('File a complaint or a report online for a scam');
    expect(localize(summary, 'es')).to.be.a('string').and.not.equal(summary.fr);
    expect(localize(finder.outcomes[0].title, 'es')).to.not.equal(finder.outcomes[0].title.fr);
    expect(localize(phoneLines.get('violences-femmes-info-3919')!.summary, 'es')).to.contain('anónima');
  });

  it('a search reads the languages laid over the data, a pack loaded after a first search included', () => {
    expect(searchServices('denuncia').length).to.be.above(0);
    expect(searchServices('scam').map((service) => service.id)).to.include('thesee');
  });
});
