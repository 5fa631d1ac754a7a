// Writes a new language pack's files, as a draft: its entry in registry.json (`"draft": true`:
// checked with warnings, not built, until translated), its target in lit-localize.json, its
// data texts (data/i18n/<code>.json: every key, with the hash of its French, `"text": ""` and
// `"status": "untranslated"`), its interface messages (xliff/<code>.xlf: every unit, no target),
// its module (src/languages/<code>.ts), its calendar (src/languages/calendars.ts, from Intl),
// an empty glossary entry, and the reviewers' table (docs/translations.md); and where people
// choose a language, its name (from Intl, in English and French): the block editor's options
// (integrations/wordpress/guichet-securite/block/editor.js, its French in the plugin's .po) and
// the configurator (demo/configurator/text.ts); and Intl's tag in the calendar test's table
// (test/components/format.test.ts). What it cannot know (the translations, the glossary's
// register and terms, the pack test's sentence) is left for you: see CONTRIBUTING.md,
// "Adding a language".
//
// Usage: npm run new:language -- <code> --name <native name> [--rtl] [--english <English name>] [--intl <BCP 47 tag>]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readRegistry } from './registry.mjs';

const root = new URL('../', import.meta.url);
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    name: { type: 'string' },
    rtl: { type: 'boolean', default: false },
    english: { type: 'string' },
    intl: { type: 'string' },
  },
});
const [code] = positionals;
const fail = (message) => {
  console.error(`new:language: ${message}`);
  process.exit(1);
};
if (!code || !/^[a-z]{2}$/.test(code))
  fail('give a two-letter language code (npm run new:language -- it --name italiano)');
if (!values.name) fail('give the language its own name: --name italiano');
const registry = readRegistry(root);
if (registry.locales.includes(code)) fail(`${code} is already in registry.json`);

const path = (file) => new URL(file, root);
const read = (file) => readFileSync(path(file), 'utf8');
const write = (file, text) => {
  if (existsSync(path(file))) fail(`${file} exists already`);
  writeFileSync(path(file), text);
  console.log(`wrote ${file}`);
};
const updateJson = (file, change) => {
  const data = JSON.parse(read(file));
  change(data);
  writeFileSync(path(file), `${JSON.stringify(data, null, 2)}\n`);
  console.log(`updated ${file}`);
};

// The calendar as Intl writes it (the format test compares them): weekdays from Monday,
// months as a date writes them (some languages take the genitive there), the long date's pattern.
const intl = values.intl ?? code;
const utc = (month, day) => new Date(Date.UTC(2024, month, day));
const weekdays = [1, 2, 3, 4, 5, 6, 7].map((day) =>
  new Intl.DateTimeFormat(intl, { weekday: 'long', timeZone: 'UTC' }).format(utc(0, day)),
);
const longDate = new Intl.DateTimeFormat(intl, { dateStyle: 'long', timeZone: 'UTC' });
const part = (date, type) => longDate.formatToParts(date).find((item) => item.type === type)?.value;
const months = Array.from({ length: 12 }, (_, month) => part(utc(month, 28), 'month'));
const pattern = longDate
  .formatToParts(utc(10, 28))
  .map((item) => ({ day: '{d}', month: '{m}', year: '{y}' })[item.type] ?? item.value)
  .join('');
const quoted = (list) => `[${list.map((value) => `'${value.replace(/'/g, "\\'")}'`).join(', ')}]`;

updateJson('registry.json', (data) => {
  data.languages.push({
    code,
    name: values.name,
    english: values.english ?? new Intl.DisplayNames('en', { type: 'language' }).of(code),
    dir: values.rtl ? 'rtl' : 'ltr',
    shipped: 'pack',
    draft: true,
  });
});
updateJson('lit-localize.json', (config) => {
  config.targetLocales.push(code);
});

const { dataTexts } = await import('./i18n-texts.mjs');
const texts = Object.fromEntries(
  Object.entries(dataTexts()).map(([key, { hash }]) => [key, { text: '', fr: hash, status: 'untranslated' }]),
);
write(`data/i18n/${code}.json`, `${JSON.stringify({ locale: code, texts }, null, 1)}\n`);

// Every message of the interface, its French source, no target yet (lit-localize shows the French meanwhile).
const english = read('xliff/en.xlf');
write(
  `xliff/${code}.xlf`,
  english
    .replace(/target-language="en"/, `target-language="${code}"`)
    .replace(/\n\s*<target\b[^>]*>[\s\S]*?<\/target>/g, '')
    .replace(/\n\s*<note\b[^>]*>[\s\S]*?<\/note>/g, ''),
);

write(
  `src/languages/${code}.ts`,
  `// The ${values.english ?? code} language pack (${values.name}), as a module: import it once, after the elements'
// modules (\`import 'guichet-securite/languages/${code}.js'\`). The drop-in's pack is
// dist/guichet-securite.${code}.js.
import { templates } from '../generated/locales/${code}.js';
import { fingerprint, texts } from '../generated/packs/${code}.js';
import { registerLanguagePack, type LanguagePack } from '../i18n/packs.js';
import { ${code} as calendar } from './calendars.js';

export const pack: LanguagePack = { locale: '${code}', templates, texts, fingerprint, calendar };
registerLanguagePack(pack);
`,
);
writeFileSync(
  path('src/languages/calendars.ts'),
  `${read('src/languages/calendars.ts').trimEnd()}

export const ${code}: Calendar = {
  weekdays: ${quoted(weekdays)},
  // prettier-ignore
  months: ${quoted(months)},
  date: '${pattern}',
};
`,
);
console.log('updated src/languages/calendars.ts');

updateJson('data/i18n/glossary.json', (glossary) => {
  glossary.languages[code] = { register: '', terms: [] };
});
// Its name where people choose a language, and Intl's tag where the calendar is tested.
const englishName = values.english ?? new Intl.DisplayNames('en', { type: 'language' }).of(code);
const frenchName = new Intl.DisplayNames('fr', { type: 'language' }).of(code).replace(/^./, (c) => c.toUpperCase());
const edit = (file, change) => {
  const before = read(file);
  const after = change(before);
  if (after === before) fail(`${file}: could not find where to add ${code}`);
  writeFileSync(path(file), after);
  console.log(`updated ${file}`);
};
const WORDPRESS = 'integrations/wordpress/guichet-securite/';
edit(`${WORDPRESS}block/editor.js`, (text) =>
  text.replace(
    /(label: __\('Language', 'guichet-securite'\),[\s\S]*?options: \[[\s\S]*?)(\n\s*\],)/,
    `$1\n{ value: '${code}', label: __('${englishName.replace(/'/g, "\\'")}', 'guichet-securite') },$2`,
  ),
);
edit(
  `${WORDPRESS}languages/guichet-securite-fr_FR.po`,
  (text) => `${text.trimEnd()}\n\n#: block/editor.js\nmsgid "${englishName}"\nmsgstr "${frenchName}"\n`,
);
const quote = (text) => text.replace(/'/g, "\\'");
edit('demo/configurator/text.ts', (text) => {
  let seen = 0;
  return text.replace(/(\n(\s*)langs: \[[\s\S]*?)(\n\s*\],)/g, (whole, list, indent, end) => {
    seen += 1;
    const label =
      seen === 1
        ? `${frenchName}${values.rtl ? ', de droite à gauche' : ''} (un script de plus : le pack de langue)`
        : `${englishName}${values.rtl ? ', right to left' : ''} (one more script: the language pack)`;
    return `${list}\n${indent}  ['${code}', '${quote(label)}'],${end}`;
  });
});
edit('test/components/format.test.ts', (text) =>
  text
    .replace(/((?:^import '\.\.\/\.\.\/src\/languages\/\w+\.js';\n)+)/m, `$1import '../../src/languages/${code}.js';\n`)
    .replace(/(const INTL = \{[^}]*?),?\s*\} as const;/, `$1, ${code}: '${intl}' } as const;`),
);
execFileSync(
  fileURLToPath(new URL('../node_modules/.bin/prettier', import.meta.url)),
  [
    '--write',
    '--log-level',
    'warn',
    `${WORDPRESS}block/editor.js`,
    'demo/configurator/text.ts',
    'test/components/format.test.ts',
  ],
  { cwd: fileURLToPath(root), stdio: 'inherit' },
);

execFileSync(process.execPath, [fileURLToPath(new URL('i18n-texts.mjs', import.meta.url)), '--docs'], {
  stdio: 'inherit',
});

console.log(`
${code} written, as a draft (registry.json). Next (CONTRIBUTING.md, "Adding a language"):
  npm run generate && npm run typecheck && npm run check:data   (a draft warns; it does not fail)
  translate xliff/${code}.xlf and data/i18n/${code}.json and write its glossary; check its names
  in the block editor, the plugin's .po and the configurator; then remove "draft" from registry.json
  and add it to PACKS in test/components/language-packs.test.ts: the checks then fail on any gap.`);
