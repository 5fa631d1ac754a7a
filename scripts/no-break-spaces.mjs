// No-break spaces where a number and what follows it belong together: the
// groups of a number ("116 006", "0 892 705 705", "3 000"), a number and its
// unit ("24 h/24", "9 h 30", "7 j/7", "18 ans", "3 jours", "50 %", "0,80 €"). A
// plain space there lets a line break inside "24 h/24" or a phone number.
// `npm run check:data` fails on a plain space in those places (French and
// English data texts, and the digit groups of every language pack);
// `node scripts/no-break-spaces.mjs --fix` puts the no-break spaces in, and keeps a
// pack's translation fresh when only those spaces changed in its French.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dataTexts, hashOf, localizedTexts, packLocales } from './i18n-texts.mjs';

export const NBSP = '\u00a0';

/** Units that follow a number, by language ("" for every language: digit groups, %, €). */
const UNITS = {
  fr: ['h', 'min', 'j', 'ans?', 'mois', 'jours?', 'heures?', 'minutes?', 'semaines?', 'euros?', 'km'],
  en: ['h', 'min', 'hours?', 'minutes?', 'days?', 'weeks?', 'months?', 'years?', 'euros?', 'am', 'pm', 'km'],
};

/** The places, in a text of `lang`, where a plain space should be a no-break space (the index of each space). */
function places(text, lang) {
  const units = UNITS[lang] ?? [];
  const patterns = [
    // Between two digit groups, and before a percent or euro sign.
    /(?<=\d) (?=\d|%|€)/gu,
    // Between a number and its unit word, the word ending there ("24 h/24", "18 ans", "9 h 30").
    ...(units.length ? [new RegExp(`(?<=\\d) (?=(?:${units.join('|')})(?![\\p{L}\\p{N}]))`, 'gu')] : []),
    // The minutes of a French time ("18 h 30").
    ...(lang === 'fr' ? [/(?<=\d[ \u00a0]h) (?=\d)/gu] : []),
  ];
  const found = new Set();
  for (const pattern of patterns) for (const match of text.matchAll(pattern)) found.add(match.index);
  return [...found].sort((a, b) => a - b);
}

/** The text with a no-break space at each of those places. */
export function withNoBreakSpaces(text, lang) {
  const at = new Set(places(text, lang));
  return [...text].map((char, index) => (at.has(index) ? NBSP : char)).join('');
}

/** Each place a plain space should be a no-break space, shown in its context. */
export function plainSpaces(text, lang) {
  return places(text, lang).map(
    (index) => `«${text.slice(Math.max(0, index - 12), index)}␣${text.slice(index + 1, index + 13)}»`,
  );
}

/** The problems of the data and of the packs: each plain space that should not be one. */
export function noBreakSpaceProblems({ data, packs }) {
  const problems = [];
  for (const [name, json] of Object.entries(data))
    for (const [path, text] of localizedTexts(json, ''))
      for (const lang of ['fr', 'en'])
        for (const place of plainSpaces(text[lang], lang)) problems.push(`${name}${path} (${lang}): ${place}`);
  for (const [locale, pack] of Object.entries(packs))
    for (const [key, entry] of Object.entries(pack.texts))
      for (const place of plainSpaces(entry.text, locale)) problems.push(`data/i18n/${locale}.json ${key}: ${place}`);
  return problems;
}

// ---------------------------------------------------------------------------

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = (file) => new URL(`../${file}`, import.meta.url);
  const readJson = (file) => JSON.parse(readFileSync(path(file), 'utf8'));
  const before = dataTexts();
  const data = {
    'data/catalogue.json': readJson('data/catalogue.json'),
    'data/finder.json': readJson('data/finder.json'),
  };
  const packs = Object.fromEntries(packLocales().map((locale) => [locale, readJson(`data/i18n/${locale}.json`)]));
  if (!process.argv.includes('--fix')) {
    const problems = noBreakSpaceProblems({ data, packs });
    console.log(problems.join('\n') || 'no plain space between a number and its unit');
    process.exit(problems.length ? 1 : 0);
  }
  for (const json of Object.values(data))
    for (const [, text] of localizedTexts(json, '')) {
      text.fr = withNoBreakSpaces(text.fr, 'fr');
      text.en = withNoBreakSpaces(text.en, 'en');
    }
  for (const [file, json] of Object.entries(data)) writeFileSync(path(file), `${JSON.stringify(json, null, 2)}\n`);
  const after = dataTexts();
  let refreshed = 0;
  for (const [locale, pack] of Object.entries(packs)) {
    for (const [key, entry] of Object.entries(pack.texts)) {
      entry.text = withNoBreakSpaces(entry.text, locale);
      // Only spaces changed in the French: a translation that was fresh stays fresh.
      const old = before[key];
      const now = after[key];
      if (
        old &&
        now &&
        entry.fr === old.hash &&
        old.hash !== now.hash &&
        old.fr.replaceAll(NBSP, ' ') === now.fr.replaceAll(NBSP, ' ')
      ) {
        entry.fr = hashOf(now.fr);
        refreshed += 1;
      }
    }
    writeFileSync(path(`data/i18n/${locale}.json`), `${JSON.stringify(pack, null, 1)}\n`);
  }
  console.log(`no-break spaces put in; ${refreshed} pack texts kept fresh`);
}
