import type { Locale } from './locales.js';

export interface ResolvedLanguage {
  /** The locale to render in. */
  readonly locale: Locale;
  /** The language tag found (element, nearest ancestor or page), or `null`. */
  readonly requested: string | null;
  /** Whether the tag was found on the element itself. */
  readonly own: boolean;
  /** Whether the requested language is supported (`true` when none was requested). */
  readonly supported: boolean;
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

/**
 * The language of an element: its own `lang`, else the nearest `[lang]`
 * ancestor (through shadow roots), else `<html lang>`, else French. A
 * language the library does not ship falls back to French.
 */
export function resolveLanguage(element: Element, supported: readonly Locale[]): ResolvedLanguage {
  const found = nearestLang(element);
  if (!found) return { locale: supported[0], requested: null, own: false, supported: true };
  const primary = found.tag.toLowerCase().split('-')[0] as Locale;
  const isSupported = supported.includes(primary);
  return { locale: isSupported ? primary : supported[0], requested: found.tag, own: found.own, supported: isSupported };
}
