import { str } from '../../i18n/str.js';
import type { Msg } from '../../i18n/msg.js';
import type { Hours, Locale } from '../../catalogue/types.js';
import type { BundledLocale } from '../../i18n/locales.js';
import { packCalendar, type Calendar } from '../../i18n/packs.js';
import { dayRuns, groupWeeklyHours } from '../../catalogue/hours.js';

// Day and month names, written out: the first Intl.DateTimeFormat a page
// creates loads locale data and costs 15–20 ms of main thread (60–80 ms on a
// slow phone) before the first card can show its hours. French and English are
// here; a language pack brings its own (src/languages/calendars.ts). A test
// checks them against Intl, output for output.
const CALENDARS: Record<BundledLocale, Calendar> = {
  fr: {
    weekdays: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
    // prettier-ignore
    months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    date: '{d} {m} {y}',
  },
  en: {
    weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    // prettier-ignore
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    date: '{d} {m} {y}',
  },
};

const calendarOf = (locale: Locale): Calendar =>
  packCalendar(locale) ?? CALENDARS[locale as BundledLocale] ?? CALENDARS.fr;

/** `2026-11-28` → "28 novembre 2026", "28 November 2026", "28 de noviembre de 2026"… (what Intl's `dateStyle: 'long'` writes). */
export function formatDate(isoDate: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (!match || Number.isNaN(date.getTime())) return isoDate;
  const calendar = calendarOf(locale);
  return calendar.date
    .replace('{d}', String(date.getUTCDate()))
    .replace('{m}', calendar.months[date.getUTCMonth()])
    .replace('{y}', String(date.getUTCFullYear()));
}

/** 1 = Monday … 7 = Sunday. */
export function weekdayName(day: number, locale: Locale): string {
  return calendarOf(locale).weekdays[day - 1] ?? '';
}

/** `9:00` → "09:00" (both languages write the 24-hour clock); `24:00` → "minuit"/"midnight". */
export function formatTime(time: string, msg: Msg): string {
  const [hours, minutes] = time.split(':').map(Number);
  if (hours === 24) return msg('minuit', { id: 'hours.midnight' });
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

function describeDays(days: number[], locale: Locale, msg: Msg): string {
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
export function describeHours(hours: Hours, locale: Locale, msg: Msg): string {
  if ('always' in hours) return msg('24 h/24, 7 j/7', { id: 'hours.always' });
  return groupWeeklyHours(hours.weekly)
    .map((group) => {
      const days = describeDays(group.days, locale, msg);
      const ranges = group.ranges
        .map(([opens, closes]) => {
          const from = formatTime(opens, msg);
          const to = formatTime(closes, msg);
          return msg(str`de ${from} à ${to}`, { id: 'hours.range' });
        })
        .join(msg(' et ', { id: 'hours.rangeSeparator' }));
      return msg(str`${days}, ${ranges}`, { id: 'hours.group' });
    })
    .join(msg(' ; ', { id: 'hours.groupSeparator' }));
}
