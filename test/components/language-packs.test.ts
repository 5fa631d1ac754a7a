// Language packs: Spanish, German, Arabic (right to left) and Ukrainian, added
// to a page after the elements. Each test walks the finder to a result by
// clicking the answers in the pack's language, as a visitor would.
import { expect } from '@open-wc/testing';
import '../helpers/english.js';
import '../../src/define/report-finder.js';
import '../../src/define/service-card.js';
import '../../src/define/service-list.js';
import '../../src/languages/es.js';
import '../../src/languages/de.js';
import '../../src/languages/ar.js';
import '../../src/languages/uk.js';
import { finder } from '../../src/finder/finder.js';
import { pathTo } from '../helpers/finder-paths.js';
import { getService, localize } from '../../src/catalogue/catalogue.js';
import { PACK_LOCALES, type PackLocale } from '../../src/i18n/locales.js';
import { availableLocales, registerLanguagePack, textIn } from '../../src/i18n/packs.js';
import { searchServices } from '../../src/catalogue/search.js';
import { resolveLanguage } from '../../src/i18n/language.js';
import { renderMarkup, settle } from '../helpers/render.js';
import { forEachText } from '../../src/i18n/text-keys.js';
import { catalogue as catalogueData } from '../../src/catalogue/catalogue.js';
import { finderData } from '../../src/generated/finder-data.js';
import { texts as esTexts } from '../../src/generated/packs/es.js';
import { captureWarnings } from '../helpers/console.js';
import { expectAccessible } from '../helpers/axe.js';
import { setViewport } from '../helpers/commands.js';
import { heading, part, parts, shadow } from '../helpers/query.js';

// The shipped packs of registry.json (test/scripts/registry.node.test.mjs checks the list).
const PACKS = ['es', 'de', 'ar', 'uk'] as const satisfies readonly PackLocale[];
const TARGET = 'thesee';

/** Clicks, one after the other, the answers of `path`, found by their words in `locale`. */
async function answer(el: HTMLElement, path: ReturnType<typeof pathTo>, locale: PackLocale) {
  for (const step of path) {
    const question = finder.questions.find((candidate) => candidate.id === step.questionId)!;
    const option = question.options.find((candidate) => candidate.id === step.optionId)!;
    const label = localize(option.label, locale);
    const found = parts(el, 'option').find((candidate) => candidate.textContent!.includes(label));
    expect(found, `the answer "${label}" in ${locale}`).to.exist;
    found!.click();
    await settle(el);
  }
}

describe('language packs', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('are all loaded, and every data text has its translation', () => {
    expect(availableLocales()).to.deep.equal(['fr', 'en', 'es', 'de', 'ar', 'uk']);
    // The keys the pack was made with (scripts/i18n-texts.mjs) are the keys the library finds.
    let count = 0;
    const visit = (key: string, text: Record<string, string>) => {
      for (const locale of ['en', ...PACKS])
        expect(textIn(text, locale), `${key} in ${locale}`).to.be.a('string').and.not.equal('');
      expect(textIn(text, 'es')).to.equal(esTexts[count]);
      count += 1;
    };
    forEachText(catalogueData, 'catalogue', visit);
    forEachText(finderData, 'finder', visit);
    expect(count).to.equal(esTexts.length);
    for (const locale of PACKS) {
      for (const service of finder.outcomes)
        expect(textIn(service.title, locale), `${service.id} in ${locale}`).to.be.a('string').and.not.equal('');
      expect(localize(getService('thesee')!.summary, locale), `thesee in ${locale}`)
        .to.be.a('string')
        .and.not.equal(getService('thesee')!.summary.fr);
    }
  });

  for (const locale of PACKS) {
    it(`the finder in ${locale}: a path walked to a result, in the pack's words, axe clean`, async () => {
      if (locale === 'ar') await setViewport({ width: 320, height: 700 });
      const wrapper = await renderMarkup(`<div lang="${locale}"><report-finder></report-finder></div>`);
      const el = wrapper.querySelector('report-finder')!;
      await settle(el);
      const box = shadow(el).querySelector<HTMLElement>('[lang]')!;
      expect(box.getAttribute('lang')).to.equal(locale);
      expect(box.getAttribute('dir')).to.equal(locale === 'ar' ? 'rtl' : null);
      const question = finder.questions.find((candidate) => candidate.id === finder.start)!;
      expect(part(el, 'question')!.textContent).to.contain(localize(question.text, locale));
      await answer(el, pathTo(TARGET), locale);
      const outcome = finder.outcomes.find((candidate) => candidate.id === TARGET)!;
      expect(heading(el, localize(outcome.title, locale)), 'the result in the pack language').to.exist;
      // The official services are in French: said once, plainly.
      const said = shadow(el).textContent!.split(frenchServices[locale]).length - 1;
      expect(said).to.equal(1);
      await expectAccessible(wrapper);
      if (locale === 'ar') {
        const finderBox = part(el, 'finder')!;
        expect(getComputedStyle(finderBox).direction).to.equal('rtl');
        expect(document.documentElement.scrollWidth, 'no sideways scroll at 320 px').to.be.at.most(320);
        // Numbers keep their order, left to right, inside right-to-left text.
        const deep = (root: ParentNode): Element[] =>
          Array.from(root.querySelectorAll('*')).flatMap((node) => [
            node,
            ...(node.shadowRoot ? deep(node.shadowRoot) : []),
          ]);
        const numbers = deep(shadow(el)).filter(
          (node) => node.getAttribute('dir') === 'ltr' && /\d/.test(node.textContent!),
        );
        expect(numbers.length, 'numbers isolated left to right').to.be.greaterThan(0);
        for (const number of numbers) expect(getComputedStyle(number).direction).to.equal('ltr');
      }
    });
  }

  it('a card in a pack language shows the service’s French name, marked as French', async () => {
    const card = await renderMarkup('<service-card service="plainte-en-ligne" lang="es"></service-card>');
    const title = part(card, 'title')!.textContent!;
    const french = shadow(card).querySelector('[lang="fr"]');
    // In the title when the translation quotes it, else on a line of its own.
    expect(french?.textContent).to.equal('Plainte en ligne');
    expect(part(card, 'title')!.contains(french), 'in the title').to.equal(title.includes('Plainte en ligne'));
  });

  it('search finds services by words of a pack language, in any script', () => {
    expect(searchServices('фішинг').length + searchServices('شرطة').length).to.be.greaterThan(0);
    expect(searchServices('denuncia').map((service) => service.id)).to.include('plainte-en-ligne');
  });

  it('lang="auto" takes the visitor\'s first browser language the page has; a pack not loaded is named', async () => {
    const el = await renderMarkup('<div lang="auto"><span></span></div>');
    const span = el.querySelector('span')!;
    expect(resolveLanguage(span, ['fr', 'en', 'uk'], ['uk-UA', 'en']).locale).to.equal('uk');
    expect(resolveLanguage(span, ['fr', 'en'], ['uk-UA', 'en'])).to.include({ locale: 'en', missingPack: 'uk' });
    expect(resolveLanguage(span, ['fr', 'en'], ['it', 'pt'])).to.include({ locale: 'fr', missingPack: null });
    // The drop-in is French: English is a file of its own, named when missing.
    expect(resolveLanguage(span, ['fr'], ['en-GB', 'fr'])).to.include({ locale: 'fr', missingPack: 'en' });
    const es = await renderMarkup('<div lang="es-MX"><span></span></div>');
    expect(resolveLanguage(es.querySelector('span')!, ['fr', 'en'])).to.include({
      locale: 'fr',
      supported: false,
      missingPack: 'es',
    });
    expect(resolveLanguage(es.querySelector('span')!, ['fr', 'en', 'es'])).to.include({
      locale: 'es',
      supported: true,
    });
  });

  it('refuses a malformed pack with one message, and never throws', async () => {
    const warnings = await captureWarnings(async () => {
      expect(registerLanguagePack(null)).to.equal(false);
      expect(registerLanguagePack({ locale: 'it', templates: {}, texts: {} })).to.equal(false);
      const { pack } = await import('../../src/languages/de.js');
      expect(registerLanguagePack({ ...pack, fingerprint: 'older' })).to.equal(false);
      expect(registerLanguagePack({ ...pack, texts: pack.texts.slice(1) })).to.equal(false);
      // English as the drop-in takes it (dist/guichet-securite.en.js): checked the same way.
      expect(registerLanguagePack({ locale: 'en', templates: {}, texts: {}, fingerprint: 'x' })).to.equal(false);
      expect(
        registerLanguagePack({ locale: 'en', templates: {}, texts: ['Online service'], fingerprint: 'older' }),
      ).to.equal(false);
    });
    expect(warnings.join('\n')).to.contain('language pack was refused');
    // The packs it names are the registry's: a language added by `npm run new:language` is named too.
    expect(warnings.join('\n')).to.contain(`packs (en, ${PACK_LOCALES.join(', ')})`);
    expect(warnings.join('\n')).to.contain('made for another version');
  });
});

const frenchServices: Record<(typeof PACKS)[number], string> = {
  es: 'Los servicios oficiales están en francés',
  de: 'Die offiziellen Dienste sind auf Französisch',
  ar: 'الخدمات الرسمية باللغة الفرنسية',
  uk: 'Офіційні служби працюють французькою мовою',
};
