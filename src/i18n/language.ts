import { isLoadableLocale, type Locale, type PackLocale } from './locales.js';

export interface ResolvedLanguage {
  /** The locale to render in. */
  readonly locale: Locale;
  /** The language tag found (element, nearest ancestor or page), or `null`. */
  readonly requested: string | null;
  /** Whether the tag was found on the element itself. */
  readonly own: boolean;
  /** Whether the requested language is available (`true` when none was requested). */
  readonly supported: boolean;
  /** A language the library has as a file of its own (a pack, or English for the drop-in) that the page has not loaded. */
  readonly missingPack: PackLocale | 'en' | null;
}

/** The nearest element with a non-empty `lang`, crossing shadow roots up to the document. */
function nearestLang(element: Element): { tag: string; own: boolean } | null {
  let node: Element | null = element;
  while (node) {
    const tag = node.getAttribute('lang')?.trim();
    if (tag) return { tag, own: node === element };
    if (node.parentElement) node = node.parentElement;
    else {
      const root = node.getRootNode();
      node = root instanceof ShadowRoot ? root.host : null;
    }
  }
  return null;
}

const primaryOf = (tag: string) => tag.toLowerCase().split('-')[0];

/**
 * The language of an element: its own `lang`, else the nearest `[lang]`
 * ancestor (through shadow roots), else `<html lang>`, else French. `lang="auto"`
 * (where the host allows it) takes the first of the visitor's browser languages
 * that is available. A language not available falls back to French.
 */
export function resolveLanguage(
  element: Element,
  available: readonly Locale[],
  browserLanguages: readonly string[] = typeof navigator === 'undefined' ? [] : (navigator.languages ?? []),
): ResolvedLanguage {
  const fallback = available[0];
  const found = nearestLang(element);
  if (!found) return { locale: fallback, requested: null, own: false, supported: true, missingPack: null };
  if (found.tag.toLowerCase() === 'auto') {
    const wanted = browserLanguages.map(primaryOf);
    const locale = wanted.find((tag) => (available as readonly string[]).includes(tag)) as Locale | undefined;
    // A pack the visitor would read before any language the page has loaded.
    const before = wanted.slice(0, locale ? wanted.indexOf(locale) : wanted.length);
    const missing = before.find((tag) => isLoadableLocale(tag)) ?? null;
    return {
      locale: locale ?? fallback,
      requested: found.tag,
      own: found.own,
      supported: true,
      missingPack: missing as PackLocale | 'en' | null,
    };
  }
  const primary = primaryOf(found.tag);
  const isAvailable = (available as readonly string[]).includes(primary);
  return {
    locale: isAvailable ? (primary as Locale) : fallback,
    requested: found.tag,
    own: found.own,
    supported: isAvailable,
    missingPack: !isAvailable && isLoadableLocale(primary) ? primary : null,
  };
}
