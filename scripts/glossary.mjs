// The translators' glossary (data/i18n/glossary.json): for each language pack, the term chosen
// for each French word a frightened reader must recognise (commissariat, plainte, opposition…),
// the terms rejected because they mislead or do not exist, and the register rule. The data check
// warns where a pack's text, or an interface message, uses a rejected term.
//
// Usage: node scripts/glossary.mjs     lists the rejected terms found in the packs (exit 1 when any)
import { readFileSync } from 'node:fs';
import { xliffUnits } from './check-xliff.mjs';

const root = new URL('../', import.meta.url);

/** The French words every pack's glossary must settle. */
export const REQUIRED_TERMS = [
  'commissariat',
  'brigade de gendarmerie',
  'plainte',
  'signalement',
  'faire opposition',
  'urgence',
  'victime',
  'harcèlement',
  'harcèlement scolaire',
];

export const readGlossary = () => JSON.parse(readFileSync(new URL('data/i18n/glossary.json', root), 'utf8'));

/**
 * Text as compared with a rejected term: lower case, Arabic short vowels and tatweel removed
 * (أقفِل and أقفل are one word to a reader), apostrophes and spaces made plain.
 */
export function comparable(text) {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u064b-\u0652\u0640]/gu, '')
    .replace(/[\u2019\u02bc]/gu, "'")
    .replace(/[\u00a0\u202f\u2066-\u2069]/gu, ' ');
}

/** What is wrong with the glossary itself: a language without its register rule or a required term. */
export function glossaryShapeProblems(glossary, locales) {
  const problems = [];
  for (const locale of locales) {
    const language = glossary.languages?.[locale];
    if (!language) {
      problems.push(`${locale}: no glossary`);
      continue;
    }
    if (typeof language.register !== 'string' || !language.register.trim())
      problems.push(`${locale}: no register rule`);
    const settled = new Set((language.terms ?? []).map((term) => term.fr));
    for (const fr of REQUIRED_TERMS) if (!settled.has(fr)) problems.push(`${locale}: no term chosen for "${fr}"`);
    for (const term of language.terms ?? [])
      if (typeof term.term !== 'string' || !term.term.trim() || !Array.isArray(term.rejected ?? []))
        problems.push(`${locale}: "${term.fr}" needs a chosen term and a list of rejected ones`);
  }
  return problems;
}

/**
 * The texts (key → text) of one language that use a term its glossary rejects, one line each:
 * `key: "rejected" (for "fr": write "term")`.
 */
export function rejectedTermsIn(texts, language) {
  // Spellings that compare alike (أقفِل, أقفل) are one rejected term.
  const byNeedle = new Map();
  for (const term of language?.terms ?? [])
    for (const word of term.rejected ?? [])
      if (!byNeedle.has(comparable(word))) byNeedle.set(comparable(word), { word, needle: comparable(word), term });
  const rejected = [...byNeedle.values()];
  const found = [];
  for (const [key, text] of Object.entries(texts)) {
    const haystack = comparable(text);
    for (const { word, needle, term } of rejected)
      if (haystack.includes(needle)) found.push(`${key}: "${word}" (for "${term.fr}": write "${term.term}")`);
  }
  return found;
}

/** Every text of a pack, data and interface: key → text (interface messages as `xliff/<id>`). */
export function packTexts(locale) {
  const pack = JSON.parse(readFileSync(new URL(`data/i18n/${locale}.json`, root), 'utf8'));
  const texts = Object.fromEntries(Object.entries(pack.texts ?? {}).map(([key, entry]) => [key, entry.text]));
  for (const [id, unit] of xliffUnits(locale)) texts[`xliff/${id}`] = unit.target ?? '';
  return texts;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const glossary = readGlossary();
  let found = 0;
  for (const locale of Object.keys(glossary.languages)) {
    const lines = rejectedTermsIn(packTexts(locale), glossary.languages[locale]);
    found += lines.length;
    for (const line of lines) console.log(`${locale} ${line}`);
  }
  console.log(`${found} rejected term(s) in the packs`);
  process.exit(found ? 1 : 0);
}
