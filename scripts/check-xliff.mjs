// Checks a translation of the interface (xliff/<locale>.xlf) against xliff/en.xlf:
// the same message ids, a target for each, and the same placeholders (<x id=…/>) in each.
// Usage: node scripts/check-xliff.mjs <locale> [<locale>…]
import { readFileSync } from 'node:fs';

const units = (text) =>
  new Map(
    Array.from(text.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g), (match) => {
      const target = /<target>([\s\S]*?)<\/target>/.exec(match[2])?.[1];
      const source = /<source>([\s\S]*?)<\/source>/.exec(match[2])?.[1];
      return [match[1], { source, target }];
    }),
  );
// By id: equiv-text only describes the expression, for translators.
const placeholders = (text) =>
  Array.from((text ?? '').matchAll(/<x id="([^"]*)"[^>]*\/>/g), (match) => match[1]).sort();

export function checkXliff(locale) {
  const reference = units(readFileSync(new URL('../xliff/en.xlf', import.meta.url), 'utf8'));
  const text = readFileSync(new URL(`../xliff/${locale}.xlf`, import.meta.url), 'utf8');
  const problems = [];
  if (!text.includes(`target-language="${locale}"`)) problems.push(`target-language is not "${locale}"`);
  const translated = units(text);
  for (const [id, { source }] of reference) {
    const unit = translated.get(id);
    if (!unit?.target?.trim()) problems.push(`${id}: no target`);
    else if (placeholders(unit.target).join() !== placeholders(source).join())
      problems.push(`${id}: placeholders differ from the source`);
    else if (unit.source !== source) problems.push(`${id}: source differs from xliff/en.xlf`);
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
