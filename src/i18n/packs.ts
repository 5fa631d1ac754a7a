import { catalogueData } from '../generated/catalogue-data.js';
import { finderData } from '../generated/finder-data.js';
import { say } from '../console.js';
import { isPackLocale, type Locale, type PackLocale } from './locales.js';
import { collectTexts } from './text-keys.js';
import { DATA_FINGERPRINT } from '../generated/data-fingerprint.js';

/** The interface's messages in one language, as lit-localize generates them. */
export type Templates = Readonly<Record<string, unknown>>;

/** Day and month names of a language, and how it writes a date (`{d}`, `{m}`, `{y}`). */
export interface Calendar {
  readonly weekdays: readonly string[];
  readonly months: readonly string[];
  readonly date: string;
}

/**
 * A language pack: its interface messages, the data's texts in the order the library walks the data
 * (see text-keys.ts) with the fingerprint of that order, and its calendar.
 */
export interface LanguagePack {
  readonly locale: PackLocale;
  readonly templates: Templates;
  readonly texts: readonly string[];
  readonly fingerprint: string;
  readonly calendar: Calendar;
}

const packs = new Map<PackLocale, LanguagePack>();
const listeners = new Set<() => void>();
let english: Templates | undefined;
let loadEnglish: (() => { templates: Templates; texts: readonly string[] }) | undefined;

/** The languages an element can be shown in now: French, English (but in the French-only file), and the packs loaded. */
export function availableLocales(): Locale[] {
  return ['fr', ...(english || loadEnglish ? (['en'] as const) : []), ...packs.keys()];
}

/** The interface messages of a language other than French. */
export function packTemplates(locale: string): Templates | undefined {
  if (locale === 'en') {
    ensureEnglish();
    return english;
  }
  return isPackLocale(locale) ? packs.get(locale)?.templates : undefined;
}

/** Every text object of the catalogue and the finder, in the order the packs' texts follow. */
let textObjects: Record<string, string>[] | undefined;
function dataTexts(): Record<string, string>[] {
  textObjects ??= collectTexts(finderData, collectTexts(catalogueData));
  return textObjects;
}

/** Writes a language's texts into the catalogue's and the finder's entries. */
function applyTexts(locale: Locale, texts: readonly string[]): void {
  dataTexts().forEach((text, index) => {
    const translated = texts[index];
    if (typeof translated === 'string' && translated) text[locale] = translated;
  });
}

/**
 * English, which the drop-in and the npm modules ship (src/languages/english.ts); the French-only
 * file leaves it out. Its texts are parsed and written into the data only when first asked for
 * (an element in English, a search, a check), so a French page does not pay for them.
 */
export function registerEnglish(load: () => { templates: Templates; texts: readonly string[] }): void {
  if (!english) loadEnglish = load;
}

/** Writes English into the data now, if the library has it and has not yet. */
export function ensureEnglish(): void {
  if (english || !loadEnglish) return;
  const { templates, texts } = loadEnglish();
  loadEnglish = undefined;
  applyTexts('en', texts);
  english = templates;
  for (const listener of listeners) listener();
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
    !Array.isArray(candidate.texts) ||
    !Array.isArray(candidate.calendar?.weekdays) ||
    !Array.isArray(candidate.calendar?.months) ||
    typeof candidate.calendar?.date !== 'string'
  ) {
    say('warn', 'a language pack was refused: it is not one of this library’s packs (es, de, ar, uk).');
    return false;
  }
  if (candidate.fingerprint !== DATA_FINGERPRINT || candidate.texts.length !== dataTexts().length) {
    say(
      'warn',
      `the "${candidate.locale}" language pack was refused: it was made for another version of guichet-securite. Use the pack of the same version as the drop-in.`,
    );
    return false;
  }
  const { locale, texts } = candidate as LanguagePack;
  applyTexts(locale, texts);
  packs.set(locale, candidate as LanguagePack);
  for (const listener of listeners) listener();
  return true;
}
