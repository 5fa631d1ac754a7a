import { say } from '../console.js';
import { PACK_LOCALES, isPackLocale, type Locale, type PackLocale } from './locales.js';
import { DATA_FINGERPRINT, DATA_TEXT_COUNT } from '../generated/data-fingerprint.js';

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

// Page-wide registries, one per page whatever the number of elements (each element keeps its own
// language and strings, src/i18n/i18n-controller.ts): the packs loaded, the interface messages of
// each language other than French, who wants to hear of a new pack, and the data's translations.
const packs = new Map<PackLocale, LanguagePack>();
const messages = new Map<Locale, Templates>();
const listeners = new Set<() => void>();
/** The data's English texts not yet parsed: each part brings its own (the catalogue and the tree, the phone lines). */
const englishToLoad: { load: () => readonly string[]; places?: readonly number[] }[] = [];
/** Each part's English texts registered so far (the catalogue and the tree share theirs): each is parsed once. */
const englishRegistered = new Set<() => readonly string[]>();
/** The English texts parsed so far, in a pack's order (a part's texts at their places). */
const englishTexts: string[] = [];

/**
 * The parts of the data this page imported (the catalogue, the finder's tree), each with the place
 * of its texts in a pack: an element that needs neither (a quick exit) carries no data, and a
 * pack's texts are laid over the parts present, now or when they arrive.
 */
interface DataPart {
  /** Where its texts start in a pack's texts, or where each of them sits. */
  readonly place: number | readonly number[];
  readonly collect: () => Record<string, string>[];
  texts?: Record<string, string>[];
}
const parts: DataPart[] = [];

/**
 * Each language's texts for the data (English once asked for, each pack), and their overlay: the
 * translation of each of the data's text objects (the `{ fr: … }` records), keyed by the object
 * itself. The data is shared by every element and never written to: localize() reads the overlay.
 * A language's overlay is a new one each time its texts change, so a cache can tell.
 */
const written = new Map<Locale, { readonly texts: readonly string[]; readonly overlay: WeakMap<object, string> }>();
/** Each language laid over the data, in order (English again when more of its texts arrive): a log, whose length tells a cache whether the translations changed. */
const laid: Locale[] = [];

function layOver(part: DataPart, overlay: WeakMap<object, string>, texts: readonly string[]): void {
  part.texts ??= part.collect();
  part.texts.forEach((text, index) => {
    const translated = texts[typeof part.place === 'number' ? part.place + index : (part.place[index] ?? -1)];
    if (typeof translated === 'string' && translated) overlay.set(text, translated);
  });
}

/**
 * A part of the data, its text objects (`collect`, walked when a language first needs them) and
 * where they start in a pack's texts (src/i18n/text-keys.ts gives the order), or, for a part whose
 * texts are not in one run (the phone lines), where each of them sits. Languages already loaded
 * are laid over it at once.
 */
export function registerDataTexts(place: number | readonly number[], collect: () => Record<string, string>[]): void {
  const part: DataPart = { place, collect };
  parts.push(part);
  for (const { texts, overlay } of written.values()) layOver(part, overlay, texts);
}

/** Lays a language's texts over the parts of the data present (and, later, those that arrive). */
function applyTexts(locale: Locale, texts: readonly string[]): void {
  const overlay = new WeakMap<object, string>();
  laid.push(locale);
  written.set(locale, { texts, overlay });
  for (const part of parts) layOver(part, overlay, texts);
}

/**
 * A data text in `locale`: the translation a language pack (or the library's English) gives it,
 * else the text's own (a site's own contacts carry theirs), else `undefined`.
 */
export function textIn(text: object, locale: string): string | undefined {
  return written.get(locale as Locale)?.overlay.get(text) ?? (text as Partial<Record<string, string>>)[locale];
}

/** Every translation of a data text the page has now, its own and those of the languages loaded (what a search reads). */
export function translationsOf(text: object): string[] {
  return [...Object.values(text), ...[...written.values()].map(({ overlay }) => overlay.get(text))].filter(Boolean);
}

/** How many times the data's translations changed (English laid over it, a pack loaded): a cache made before a change is stale. */
export function translationsChanged(): number {
  return laid.length;
}

/** The languages an element can be shown in now: French, English (but in the French-only file), and the packs loaded. */
export function availableLocales(): Locale[] {
  return ['fr', ...(messages.has('en') ? (['en'] as const) : []), ...packs.keys()];
}

/** The interface messages of a language other than French. */
export function packTemplates(locale: string): Templates | undefined {
  if (locale === 'en') ensureEnglish();
  return messages.get(locale as Locale);
}

/**
 * English, which the drop-in and the npm modules ship; the French-only file leaves it out. The
 * interface messages come with each element, those it uses (src/generated/english/; the drop-in
 * takes them all at once, src/languages/english.ts), the data's texts with
 * the catalogue and the tree (src/languages/english-texts.ts), parsed and laid over the data
 * only when first asked for (an element in English, a search, a check): a French page does not
 * pay for them.
 */
export function registerEnglish(templates: Templates): void {
  // Each element brings the messages it uses (src/generated/english/): they add up.
  messages.set('en', { ...messages.get('en'), ...templates });
}

/**
 * English texts of the data, parsed when first asked for (see {@link registerEnglish}): all of
 * them in a pack's order, or a part's own texts with the place of each in that order (`places`).
 */
export function registerEnglishTexts(load: () => readonly string[], places?: readonly number[]): void {
  if (englishRegistered.has(load)) return;
  englishRegistered.add(load);
  englishToLoad.push({ load, places });
  // English was asked for before this part arrived (a quick exit in English, then a card): laid over now.
  if (written.has('en')) ensureEnglish();
}

/**
 * Lays English over the data now (once asked for, English has an overlay, perhaps empty until
 * the data's English texts arrive), if the library has texts it has not parsed yet. Code that reads
 * the data's English reads it through localize(text, 'en').
 */
export function ensureEnglish(): void {
  if (written.has('en') && !englishToLoad.length) return;
  const loaded = englishToLoad.length > 0;
  for (const { load, places } of englishToLoad.splice(0)) {
    const texts = load();
    texts.forEach((text, index) => {
      const place = places ? places[index] : index;
      if (place !== undefined) englishTexts[place] = text;
    });
  }
  applyTexts('en', englishTexts);
  if (loaded) for (const listener of listeners) listener();
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
 * Adds a language pack: its messages, and its texts laid over the catalogue's
 * and the finder's entries (the texts of the site's own contacts stay as given).
 * Returns whether the pack was taken; a malformed pack is refused with one
 * console message, never thrown on. A second pack for a language replaces the first.
 */
export function registerLanguagePack(pack: unknown): boolean {
  const candidate = pack as {
    locale?: unknown;
    templates?: Templates;
    texts?: unknown;
    fingerprint?: unknown;
    calendar?: Partial<LanguagePack['calendar']>;
  } | null;
  // English (the drop-in's dist/guichet-securite.en.js) has no calendar, and may give its texts as a function.
  const english = candidate?.locale === 'en';
  const texts = candidate?.texts;
  if (
    !candidate ||
    typeof candidate !== 'object' ||
    !candidate.templates ||
    typeof candidate.templates !== 'object' ||
    (english
      ? typeof texts !== 'function' && !Array.isArray(texts)
      : typeof candidate.locale !== 'string' ||
        !isPackLocale(candidate.locale) ||
        !Array.isArray(texts) ||
        !Array.isArray(candidate.calendar?.weekdays) ||
        !Array.isArray(candidate.calendar?.months) ||
        typeof candidate.calendar?.date !== 'string')
  ) {
    say('warn', `a language pack was refused: it is not one of this library’s packs (en, ${PACK_LOCALES.join(', ')}).`);
    return false;
  }
  if (candidate.fingerprint !== DATA_FINGERPRINT || (Array.isArray(texts) && texts.length !== DATA_TEXT_COUNT)) {
    say(
      'warn',
      `the "${candidate.locale}" language pack was refused: it was made for another version of guichet-securite. Use the pack of the same version as the drop-in.`,
    );
    return false;
  }
  if (english) {
    registerEnglish(candidate.templates as Templates);
    registerEnglishTexts(
      typeof texts === 'function' ? (texts as () => readonly string[]) : () => texts as readonly string[],
    );
  } else {
    const { locale } = candidate as LanguagePack;
    applyTexts(locale, texts as readonly string[]);
    packs.set(locale, candidate as LanguagePack);
    messages.set(locale, candidate.templates as Templates);
  }
  for (const listener of listeners) listener();
  return true;
}

/**
 * English as the drop-in takes it (dist/guichet-securite.en.js): the interface's messages and
 * the data's texts, parsed when first asked for (English calendar names are the library's own).
 * The npm modules carry English with each element instead (src/generated/english/).
 */
export interface EnglishPack {
  readonly locale: 'en';
  readonly templates: Templates;
  readonly texts: (() => readonly string[]) | readonly string[];
  readonly fingerprint: string;
}
