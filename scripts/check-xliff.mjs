// Checks a translation of the interface (xliff/<locale>.xlf) against xliff/en.xlf:
// the same message ids, a target for each, and the same placeholders (<x id=…/>) in each.
// In a language pack's file each target carries its review state, as XLIFF 1.2 names it:
// `needs-review-translation` (machine-assisted) until a fluent reviewer signs it off,
// `signed-off` with a `<note from="reviewer">Name, YYYY-MM-DD</note>` in its unit after.
// A unit without a target (a new message: `npm run localize:extract` adds it so) waits for
// translators and shows the French meanwhile: with `untranslated: 'allowed'` it is not a problem,
// the caller counts it apart (untranslatedUnits): a warning until the release (decision 0037).
// Usage: node scripts/check-xliff.mjs <locale> [<locale>…]
import { readFileSync } from 'node:fs';

const units = (text) =>
  new Map(
    Array.from(text.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g), (match) => {
      const target = /<target\b[^>]*>([\s\S]*?)<\/target>/.exec(match[2])?.[1];
      const source = /<source>([\s\S]*?)<\/source>/.exec(match[2])?.[1];
      const state = /<target\b[^>]*\bstate="([^"]*)"/.exec(match[2])?.[1];
      const reviewer = /<note from="reviewer">([\s\S]*?)<\/note>/.exec(match[2])?.[1];
      return [match[1], { source, target, state, reviewer }];
    }),
  );
// By id: equiv-text only describes the expression, for translators.
const placeholders = (text) =>
  Array.from((text ?? '').matchAll(/<x id="([^"]*)"[^>]*\/>/g), (match) => match[1]).sort();

/** A reviewer's note: a name, a comma, the date of the review. */
const REVIEWER = /^\s*\S.*,\s*\d{4}-\d{2}-\d{2}\s*$/u;

/** The units of xliff/<locale>.xlf: id → { source, target, state, reviewer }. */
export function xliffUnits(locale) {
  return units(readFileSync(new URL(`../xliff/${locale}.xlf`, import.meta.url), 'utf8'));
}

/** The ids of the units of xliff/<locale>.xlf that have no target yet. */
export function untranslatedUnits(locale) {
  return [...xliffUnits(locale)].filter(([, unit]) => !unit.target?.trim()).map(([id]) => id);
}

export function checkXliff(
  locale,
  text = readFileSync(new URL(`../xliff/${locale}.xlf`, import.meta.url), 'utf8'),
  { untranslated = 'problem' } = {},
) {
  const reference = units(readFileSync(new URL('../xliff/en.xlf', import.meta.url), 'utf8'));
  const problems = [];
  if (!text.includes(`target-language="${locale}"`)) problems.push(`target-language is not "${locale}"`);
  const translated = units(text);
  for (const [id, { source }] of reference) {
    const unit = translated.get(id);
    if (unit && !unit.target?.trim() && untranslated === 'allowed') continue;
    if (!unit?.target?.trim()) problems.push(`${id}: no target`);
    else if (placeholders(unit.target).join() !== placeholders(source).join())
      problems.push(`${id}: placeholders differ from the source`);
    else if (unit.source !== source) problems.push(`${id}: source differs from xliff/en.xlf`);
    else if (locale !== 'en' && !['needs-review-translation', 'signed-off'].includes(unit.state))
      problems.push(`${id}: state must be needs-review-translation (machine-assisted) or signed-off (reviewed)`);
    else if (unit.state === 'signed-off' && !REVIEWER.test(unit.reviewer ?? ''))
      problems.push(`${id}: signed off without a reviewer's note (<note from="reviewer">Name, YYYY-MM-DD</note>)`);
    else if (unit.state !== 'signed-off' && unit.reviewer)
      problems.push(`${id}: a reviewer's note on a text that is not signed off`);
  }
  for (const id of translated.keys()) if (!reference.has(id)) problems.push(`${id}: unknown message id`);
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let failed = false;
  for (const locale of process.argv.slice(2)) {
    const problems = checkXliff(locale);
    if (problems.length) {
      failed = true;
      console.error(`xliff/${locale}.xlf: ${problems.length} problems\n  ${problems.slice(0, 20).join('\n  ')}`);
    } else console.log(`xliff/${locale}.xlf: every message translated, placeholders kept`);
  }
  process.exit(failed ? 1 : 0);
}
