import { str } from '@lit/localize';
import { msg } from '../../i18n/msg.js';
import type { Hours, Locale } from '../../catalogue/types.js';
import { dayRuns, groupWeeklyHours } from '../../catalogue/hours.js';

const INTL_LOCALE: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

// Creating an Intl formatter costs far more than using one: keep them.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(INTL_LOCALE[locale], options);
    formatters.set(key, cached);
  }
  return cached;
}

/** `2026-11-28` → "28 novembre 2026" / "28 November 2026". */
export function formatDate(isoDate: string, locale: Locale): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return formatter(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

function weekdayName(day: number, locale: Locale): string {
  // 1 January 2024 was a Monday.
  return formatter(locale, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, day));
}

function formatTime(time: string, locale: Locale): string {
  const [hours, minutes] = time.split(':').map(Number);
  if (hours === 24) return msg('minuit', { id: 'hours.midnight' });
  return formatter(locale, { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1, hours, minutes));
}

function describeDays(days: number[], locale: Locale): string {
  if (days.length === 7) return msg('tous les jours', { id: 'hours.everyDay' });
  return dayRuns(days)
    .map(([first, last]) => {
      const a = weekdayName(first, locale);
      const b = weekdayName(last, locale);
      if (first === last) return a;
      if (last === first + 1) return msg(str`${a} et ${b}`, { id: 'hours.twoDays' });
      return msg(str`du ${a} au ${b}`, { id: 'hours.dayRange' });
    })
    .join(', ');
}

/** Published hours in words, e.g. "du lundi au vendredi, de 09:00 à 18:00". */
export function describeHours(hours: Hours, locale: Locale): string {
  if ('always' in hours) return msg('24 h/24, 7 j/7', { id: 'hours.always' });
  return groupWeeklyHours(hours.weekly)
    .map((group) => {
      const days = describeDays(group.days, locale);
      const ranges = group.ranges
        .map(([opens, closes]) => {
          const from = formatTime(opens, locale);
          const to = formatTime(closes, locale);
          return msg(str`de ${from} à ${to}`, { id: 'hours.range' });
        })
        .join(msg(' et ', { id: 'hours.rangeSeparator' }));
      return msg(str`${days}, ${ranges}`, { id: 'hours.group' });
    })
    .join(msg(' ; ', { id: 'hours.groupSeparator' }));
}
