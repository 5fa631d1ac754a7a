import { expect, fixture, html } from '@open-wc/testing';
// This page imports <emergency-numbers> alone, as a page's bundler would (`import
// 'guichet-securite/define/emergency-numbers.js'`): the phone lines, not the catalogue
// (src/catalogue/lines.ts). Then a language pack, as a page adds one.
import '../../src/define/emergency-numbers.js';
import '../../src/languages/es.js';
import type { EmergencyNumbers } from '../../src/components/emergency-numbers/emergency-numbers.js';
import { phoneLines } from '../../src/catalogue/lines.js';
import { localize } from '../../src/catalogue/localize.js';
import { links, listItems, part, shadowText } from '../helpers/query.js';

async function numbers(lang: string, lines = '3919, 3018'): Promise<EmergencyNumbers> {
  const el = await fixture<EmergencyNumbers>(html`<emergency-numbers lang=${lang} lines=${lines}></emergency-numbers>`);
  await el.updateComplete;
  return el;
}

describe('<emergency-numbers> imported alone', () => {
  it('is the only element of the library on the page, and shows the emergency numbers and the lines asked for', async () => {
    expect(customElements.get('service-card')).to.equal(undefined);
    expect(customElements.get('report-finder')).to.equal(undefined);
    const el = await numbers('fr');
    expect(links(el).map((a) => a.getAttribute('href'))).to.deep.equal([
      'tel:17',
      'tel:112',
      'sms:114',
      'tel:3919',
      'tel:3018',
    ]);
    expect(shadowText(el)).to.contain('24 h/24 et 7 j/7, pour les femmes victimes de toutes les violences sexistes');
  });

  it('reads in English, its lines included (their English texts come with the lines)', async () => {
    const el = await numbers('en');
    expect(shadowText(el)).to.contain('Emergency and help numbers');
    expect(shadowText(el)).to.contain(
      'An anonymous, free support line, around the clock, for women who face any kind of sexist violence',
    );
  });

  it('reads in Spanish with the pack: the pack finds each line’s texts although they are not in one run', async () => {
    const el = await numbers('es');
    const lines = listItems(part(el, 'panel')!);
    expect(lines[3].textContent).to.contain(
      'Atención anónima y gratuita, las 24 horas, todos los días, para las mujeres víctimas',
    );
    // Every line's summary is translated, none left in French.
    for (const line of phoneLines.values()) expect(localize(line.summary, 'es'), line.id).to.not.equal(line.summary.fr);
  });

  it('shares its objects with the catalogue when the catalogue arrives later: one text, translated once, everywhere', async () => {
    await numbers('en');
    const { getService } = await import('../../src/catalogue/catalogue.js');
    const entry = getService('violences-femmes-info-3919')!;
    expect(entry.summary).to.equal(phoneLines.get('violences-femmes-info-3919')!.summary);
    expect(localize(entry.summary, 'en')).to.contain('An anonymous, free support line');
    // The rest of the entry, not carried by the lines, is there too, in English and Spanish.
    expect(entry.useWhen.length).to.be.above(0);
    expect(localize(entry.useWhen[0], 'en')).to.not.equal(entry.useWhen[0].fr);
    expect(localize(entry.useWhen[0], 'es')).to.not.equal(entry.useWhen[0].fr);
    expect(localize(getService('thesee')!.summary, 'en')).to.contain('File a complaint or a report online for a scam');
  });
});
