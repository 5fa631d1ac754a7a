import { catalogueData } from '../generated/catalogue-data.js';
import { finderData } from '../generated/finder-data.js';
import { say } from '../console.js';
import { BUNDLED_LOCALES, isPackLocale, type Locale, type PackLocale } from './locales.js';
import { forEachText } from './text-keys.js';

/** The interface's messages in one language, as lit-localize generates them. */
export type Templates = Readonly<Record<string, unknown>>;

/** Day and month names of a language, and how it writes a date (`{d}`, `{m}`, `{y}`). */
export interface Calendar {
  readonly weekdays: readonly string[];
  readonly months: readonly string[];
  readonly date: string;
}

/** A language pack: its interface messages, the data's texts by key (see text-keys.ts), its calendar. */
export interface LanguagePack {
  readonly locale: PackLocale;
  readonly templates: Templates;
  readonly texts: Readonly<Record<string, string>>;
  readonly calendar: Calendar;
}

const packs = new Map<PackLocale, LanguagePack>();
const listeners = new Set<() => void>();

/** The languages an element can be shown in now: French, English, and the packs loaded. */
export function availableLocales(): Locale[] {
  return [...BUNDLED_LOCALES, ...packs.keys()];
}

/** A loaded pack's interface messages. */
export function packTemplates(locale: string): Templates | undefined {
  return isPackLocale(locale) ? packs.get(locale)?.templates : undefined;
}

/** A loaded pack's calendar. */
export function packCalendar(locale: string): Calendar | undefined {
  return isPackLocale(locale) ? packs.get(locale)?.calendar : undefined;
}

/** Calls `listener` after each pack is added (elements re-resolve their language). */
export function onLanguagePack(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Adds a language pack: its messages, and its texts written into the catalogue's
 * and the finder's entries (the texts of the site's own contacts stay as given).
 * Returns whether the pack was taken; a malformed pack is refused with one
 * console message, never thrown on. A second pack for a language replaces the first.
 */
export function registerLanguagePack(pack: unknown): boolean {
  const candidate = pack as Partial<LanguagePack> | null;
  if (
    !candidate ||
    typeof candidate !== 'object' ||
    typeof candidate.locale !== 'string' ||
    !isPackLocale(candidate.locale) ||
    !candidate.templates ||
    typeof candidate.templates !== 'object' ||
    !candidate.texts ||
    typeof candidate.texts !== 'object' ||
    !Array.isArray(candidate.calendar?.weekdays) ||
    !Array.isArray(candidate.calendar?.months) ||
    typeof candidate.calendar?.date !== 'string'
  ) {
    say('warn', 'a language pack was refused: it is not one of this library’s packs (es, de, ar, uk).');
    return false;
  }
  const { locale, texts } = candidate as LanguagePack;
  const apply = (key: string, text: Record<string, string>) => {
    const translated = texts[key];
    if (typeof translated === 'string' && translated) text[locale] = translated;
  };
  forEachText(catalogueData, 'catalogue', apply);
  forEachText(finderData, 'finder', apply);
  packs.set(locale, candidate as LanguagePack);
  for (const listener of listeners) listener();
  return true;
}
