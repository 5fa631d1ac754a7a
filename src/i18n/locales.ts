import type { allLocales } from '../generated/locale-codes.js';

/** A language of the library: French and English in the drop-in, the others as language packs. */
export type Locale = (typeof allLocales)[number];

/** The languages every data text carries inline (data/*.json) and the drop-in ships, source first. */
export const BUNDLED_LOCALES = ['fr', 'en'] as const satisfies readonly Locale[];
export type BundledLocale = (typeof BUNDLED_LOCALES)[number];

/** The languages shipped as packs, added to a page by one more script (or module) after the drop-in. */
export const PACK_LOCALES = ['es', 'de', 'ar', 'uk'] as const satisfies readonly Locale[];
export type PackLocale = (typeof PACK_LOCALES)[number];

/** Languages written right to left. */
export const RTL_LOCALES: readonly Locale[] = ['ar'];

/** Locales every data text must carry inline: what the data checks and the search read. */
export const SUPPORTED_LOCALES: readonly BundledLocale[] = BUNDLED_LOCALES;

export function isPackLocale(value: string): value is PackLocale {
  return (PACK_LOCALES as readonly string[]).includes(value);
}
