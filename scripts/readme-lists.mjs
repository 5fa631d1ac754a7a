// Writes the README's lists that the data holds, between their markers, so that no one edits
// them by hand: the service ids (`<!-- service-ids:start -->` … `<!-- service-ids:end -->`),
// from data/catalogue.json. `npm run generate` runs it; `--check` fails when the README differs
// (test/scripts/docs.node.test.mjs).
//
// Usage: node scripts/readme-lists.mjs [--check]
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const START = '<!-- service-ids:start (written by scripts/readme-lists.mjs from data/catalogue.json) -->';
const END = '<!-- service-ids:end -->';

/** The ids as a paragraph of backquoted ids, lines of at most 80 characters. */
export function serviceIdsBlock(catalogue = JSON.parse(readFileSync(new URL('data/catalogue.json', root), 'utf8'))) {
  const lines = [''];
  const ids = catalogue.services.map((service) => service.id);
  ids.forEach((id, index) => {
    const word = `\`${id}\`${index === ids.length - 1 ? '.' : ','}`;
    const line = lines.at(-1);
    if (line && line.length + 1 + word.length > 80) lines.push(word);
    else lines[lines.length - 1] = line ? `${line} ${word}` : word;
  });
  return lines.join('\n');
}

/** The README with its lists written from the data. */
export function readmeWithLists(readme = readFileSync(new URL('README.md', root), 'utf8')) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md: the markers ${START} … ${END} are missing`);
  return `${readme.slice(0, start + START.length)}\n${serviceIdsBlock()}\n${readme.slice(end)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = new URL('README.md', root);
  const current = readFileSync(file, 'utf8');
  const written = readmeWithLists(current);
  if (process.argv.includes('--check')) {
    if (current !== written) {
      console.error('README.md: the list of service ids is out of date: run `node scripts/readme-lists.mjs`.');
      process.exit(1);
    }
  } else if (current !== written) {
    writeFileSync(file, written);
    console.log('README.md: the list of service ids written from data/catalogue.json');
  }
}
