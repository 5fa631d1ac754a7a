// The library lays English over its data when first asked for (an element in English, a search):
// tests that read or check the data's English texts import this module first, and read them through
// localize(text, 'en') (the data's objects themselves are never written to).
import '../../src/languages/english.js';
import { allLocales } from '../../src/generated/locale-codes.js';
import { ensureEnglish, textIn } from '../../src/i18n/packs.js';

ensureEnglish();

/**
 * A deep copy of shipped data (to break freely) with each text carrying inline the translations the
 * page has for it, as a page author's own data would: a copy's objects are not the data's, so the
 * library's translations, keyed by the data's own objects, would not reach it.
 */
export function copyWithTexts<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => copyWithTexts(item)) as T;
  if (!value || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  if (typeof record.fr === 'string') {
    const copy: Record<string, unknown> = { ...record };
    for (const locale of allLocales) {
      const text = textIn(record, locale);
      if (text) copy[locale] = text;
    }
    return copy as T;
  }
  return Object.fromEntries(Object.entries(record).map(([key, item]) => [key, copyWithTexts(item)])) as T;
}
