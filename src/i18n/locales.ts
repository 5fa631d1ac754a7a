import type { allLocales } from '../generated/locale-codes.js';
import { BUNDLED_LOCALES, PACK_LOCALES, RTL_LOCALES as RTL } from '../generated/registry.js';

/** A language of the library: French and English in the drop-in, the others as language packs. */
export type Locale = (typeof allLocales)[number];

/**
 * The languages every data text carries inline (data/*.json) and the drop-in ships, source first;
 * and the languages shipped as packs, added to a page by one more script (or module) after the
 * drop-in. Both from registry.json (src/generated/registry.ts).
 */
export { BUNDLED_LOCALES, PACK_LOCALES };
export type BundledLocale = (typeof BUNDLED_LOCALES)[number];
export type PackLocale = (typeof PACK_LOCALES)[number];

type Registered<T extends Locale> = T;
/** The registry's languages, each one of lit-localize's (lit-localize.json): a type error otherwise. */
export type RegisteredLocale = Registered<BundledLocale | PackLocale>;

/** Languages written right to left. */
export const RTL_LOCALES: readonly Locale[] = RTL;

/** Locales every data text must carry inline: what the data checks and the search read. */
export const SUPPORTED_LOCALES: readonly BundledLocale[] = BUNDLED_LOCALES;

export function isPackLocale(value: string): value is PackLocale {
  return (PACK_LOCALES as readonly string[]).includes(value);
}

/**
 * A language the drop-in adds with a file of its own (dist/guichet-securite.<locale>.js): each
 * pack, and English (the npm modules carry English with each element).
 */
export function isLoadableLocale(value: string): value is PackLocale | 'en' {
  return value === 'en' || isPackLocale(value);
}
