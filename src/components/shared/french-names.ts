import { html, type TemplateResult } from 'lit';
import { localize } from '../../catalogue/localize.js';
import { textIn } from '../../i18n/packs.js';
import { FRENCH_NAMES } from '../../generated/french-names.js';
import type { Locale, LocalizedText } from '../../catalogue/types.js';

// The official services keep their French names in every language ("Online
// complaint (Plainte en ligne)", "Ma Sécurité", "Depósito de vehículos
// (fourrière)"): inside an element in another language, each is marked
// `lang="fr"`, so that a screen reader reads it in French (RGAA 8.7, WCAG
// 3.1.2), as the card's "official name" line already is.

let names: RegExp | undefined;

/**
 * The French names of the built-in services, and the parts of them other
 * languages quote (listed by scripts/generate-data.mjs: words, not a number or
 * an acronym, longest first), matched as whole words whatever their case.
 */
function frenchNames(): RegExp {
  if (names) return names;
  const alternatives = FRENCH_NAMES.map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // A name is matched with the word it is joined to ("Pré-plainte en ligne") and in the plural ("fourrières").
  names = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:\\p{L}+-)?(?:${alternatives.join('|')})s?(?![\\p{L}\\p{N}'’-])`, 'giu');
  return names;
}

/** `text`, shown in `locale`, with the French service names in it marked `lang="fr"` (nothing to mark in French). */
export function markFrench(text: string, locale: Locale): TemplateResult | string {
  if (locale === 'fr' || !text) return text;
  const parts: unknown[] = [];
  let last = 0;
  for (const match of text.matchAll(frenchNames())) {
    parts.push(text.slice(last, match.index), html`<span lang="fr">${match[0]}</span>`);
    last = match.index + match[0].length;
  }
  if (last === 0) return text;
  parts.push(text.slice(last));
  return html`${parts}`;
}

/** A data text in `locale`, its French service names marked; a text missing in that language is shown in French, marked so. */
export function localizeMarked(text: LocalizedText | undefined, locale: Locale): TemplateResult | string {
  if (!text) return '';
  if (locale !== 'fr' && !textIn(text, locale)) return html`<span lang="fr">${localize(text, locale)}</span>`;
  return markFrench(localize(text, locale), locale);
}
