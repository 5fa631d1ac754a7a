import { expect } from '@open-wc/testing';
import { configureLocalization } from '@lit/localize';
import { captureWarnings, renderMarkup, shadowText } from '../helpers/render.js';
import { part } from '../helpers/query.js';

describe('another script on the page configures @lit/localize', () => {
  it('the library’s messages still follow each element’s language, without a warning', async () => {
    const warnings = await captureWarnings(async () => {
      // As a page's own Lit application would, in the same copy of @lit/localize as the library.
      const { setLocale } = configureLocalization({
        sourceLocale: 'de',
        targetLocales: ['en'],
        loadLocale: () => Promise.resolve({ templates: {} }),
      });
      await setLocale('en');
      const english = await renderMarkup('<quick-exit lang="en"></quick-exit>');
      expect(part(english, 'button')!.textContent).to.contain('Leave this site');
      const french = await renderMarkup('<quick-exit lang="fr"></quick-exit>');
      expect(part(french, 'button')!.textContent).to.contain('Quitter ce site');
      const card = await renderMarkup('<service-card lang="en" service="pharos"></service-card>');
      expect(shadowText(card)).to.contain('When to use it');
    });
    expect(warnings).to.deep.equal([]);
  });
});
