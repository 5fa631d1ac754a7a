import type { Locale, LocalizedText } from './types.js';
import { isolateNumbers } from '../i18n/bidi.js';
import { RTL_LOCALES } from '../i18n/locales.js';
import { textIn } from '../i18n/packs.js';

/** A text in the given locale (a language pack's or the library's English translation of it, or its own), falling back to French. */
export function localize(text: LocalizedText | undefined, locale: Locale): string {
  if (!text) return '';
  const value = textIn(text, locale) || text.fr;
  // In a right-to-left language, a number's groups keep their order (src/i18n/bidi.ts).
  return RTL_LOCALES.includes(locale) ? isolateNumbers(value) : value;
}
