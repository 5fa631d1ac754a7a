import { expect } from '@open-wc/testing';
import { describeHours, formatDate, formatTime, weekdayName } from '../../src/components/shared/format.js';
import { msgIn } from '../../src/i18n/msg.js';
import '../../src/languages/es.js';
import '../../src/languages/de.js';
import '../../src/languages/uk.js';
import '../../src/languages/ar.js';

// The names are written out to spare the page Intl's first-use cost; they must
// be exactly what Intl writes for fr-FR, en-GB, es-ES, de-DE, uk-UA and Arabic
// with Latin digits (the numbers of the data are written with them).
const INTL = { fr: 'fr-FR', en: 'en-GB', es: 'es-ES', de: 'de-DE', uk: 'uk-UA', ar: 'ar-u-nu-latn' } as const;

describe('date and hours wording', () => {
  for (const locale of Object.keys(INTL) as (keyof typeof INTL)[]) {
    it(`writes days, dates and times as Intl does (${locale})`, () => {
      const weekday = new Intl.DateTimeFormat(INTL[locale], { weekday: 'long', timeZone: 'UTC' });
      for (let day = 1; day <= 7; day += 1)
        expect(weekdayName(day, locale)).to.equal(weekday.format(Date.UTC(2024, 0, day)));
      const long = new Intl.DateTimeFormat(INTL[locale], { dateStyle: 'long', timeZone: 'UTC' });
      for (let month = 0; month < 12; month += 1) {
        for (const day of [1, 9, 28]) {
          const iso = `2026-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          expect(formatDate(iso, locale)).to.equal(long.format(new Date(`${iso}T00:00:00Z`)));
        }
      }
      const time = new Intl.DateTimeFormat(INTL[locale], {
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
        timeZone: 'UTC',
      });
      for (const [hours, minutes] of [
        [0, 0],
        [8, 30],
        [9, 5],
        [12, 0],
        [19, 45],
        [23, 59],
      ]) {
        expect(formatTime(`${hours}:${minutes}`, msgIn('fr'))).to.equal(
          time.format(Date.UTC(2024, 0, 1, hours, minutes)),
        );
      }
    });
  }

  it('keeps a malformed date as written', () => {
    expect(formatDate('2026-13-45', 'fr')).to.equal('2026-13-45');
    expect(formatDate('soon', 'en')).to.equal('soon');
  });

  it('describes weekly hours in words', () => {
    const hours = {
      weekly: [
        { days: [1, 2, 3, 4, 5], opens: '09:00', closes: '18:00' },
        { days: [6], opens: '10:00', closes: '24:00' },
      ],
    };
    expect(describeHours(hours, 'fr', msgIn('fr'))).to.equal(
      'du lundi au vendredi, de 09:00 à 18:00 ; samedi, de 10:00 à minuit',
    );
  });
});
