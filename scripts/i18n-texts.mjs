// The data's texts for translators, and the check of the language packs' texts.
// Every text of data/catalogue.json and data/finder.json (an object with `fr`
// and `en`) gets a stable key from its place, ids rather than positions where
// there is an id: `catalogue/services/thesee/summary`, `finder/outcomes/pharos/steps/0/text`.
// A pack, data/i18n/<locale>.json, gives each key its translation, the hash of
// the French text it was made from (a changed French text makes it stale), and
// its review status: `machine-assisted` until a named fluent reviewer signs it off, then
// `reviewed` with `reviewedBy` (a person's or an organisation's name) and `reviewedOn` (the date).
// Nothing else may mark a text reviewed: the trail says who read what, and when.
// A text the data gained since (a new service, a new question) waits for translators as an
// untranslated row: `"text": ""`, the French hash, `"status": "untranslated"` (`--sync` adds them;
// `npm run generate` runs it). The pack shows it in French meanwhile; `npm run check:data` warns
// on it and `npm run check:release` fails on it in a shipped pack (decision 0037).
//
// Usage: node scripts/i18n-texts.mjs            writes data/i18n/source.json (key → { fr, en, hash }), for translators
//        node scripts/i18n-texts.mjs --check    checks every pack against the data (missing, stale, unknown keys)
//        node scripts/i18n-texts.mjs --sync     adds an untranslated row to every pack for each data text it lacks
//        node scripts/i18n-texts.mjs --docs [--check]   writes (or checks) docs/translations.md, the reviewers' table
//        (--sync and --docs together: the sync first)
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { untranslatedUnits, xliffUnits } from './check-xliff.mjs';
import { registry } from './registry.mjs';
import { importTypeScript } from './ts-import.mjs';

const root = new URL('../', import.meta.url);
const read = (path) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));

/** The French text's fingerprint a translation was made from. */
export const hashOf = (text) => createHash('sha256').update(text).digest('hex').slice(0, 10);

// The walk of the data's texts is the library's own (src/i18n/text-keys.ts): one order for the
// packs this script makes and the library that reads them.
const { forEachText } = await importTypeScript(new URL('src/i18n/text-keys.ts', root));

/**
 * Every text object `{ fr, en, … }` of a data file, with its key (`path`, then the ids or
 * indexes down to it); the objects themselves, so a script can rewrite them.
 */
export function localizedTexts(value, path) {
  const found = [];
  forEachText(value, path, (key, text) => found.push([key, text]));
  return found;
}

/** key → { fr, en, hash } for every text of the data. */
export function dataTexts(catalogue = read('data/catalogue.json'), finder = read('data/finder.json')) {
  const texts = {};
  for (const [data, root] of [
    [catalogue, 'catalogue'],
    [finder, 'finder'],
  ])
    for (const [key, value] of localizedTexts(data, root))
      texts[key] = { fr: value.fr, en: value.en, hash: hashOf(value.fr) };
  return texts;
}

/** The packs present in data/i18n/ (every file but source.json). */
export function packLocales() {
  return readdirSync(new URL('data/i18n/', root))
    .filter((name) => /^[a-z]{2}\.json$/.test(name))
    .map((name) => name.slice(0, 2))
    .sort();
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A text's review trail: machine-assisted with no reviewer, or reviewed by a named person on a date. */
function reviewProblems(key, entry) {
  if (entry.status === 'machine-assisted')
    return entry.reviewedBy || entry.reviewedOn ? [`${key}: a reviewer or a date on a machine-assisted text`] : [];
  if (entry.status !== 'reviewed') return [`${key}: status must be machine-assisted or reviewed`];
  const problems = [];
  if (typeof entry.reviewedBy !== 'string' || !entry.reviewedBy.trim())
    problems.push(`${key}: reviewed without a reviewer's name (reviewedBy)`);
  if (
    typeof entry.reviewedOn !== 'string' ||
    !DATE.test(entry.reviewedOn) ||
    Number.isNaN(Date.parse(entry.reviewedOn))
  )
    problems.push(`${key}: reviewed without a date (reviewedOn, YYYY-MM-DD)`);
  return problems;
}

/** A row waiting for translators: no text yet (its hash, kept current by the sync, cannot make it stale). */
const isUntranslated = (entry) => entry?.status === 'untranslated' && entry.text === '';

/** The keys of a pack's untranslated rows (shown in French meanwhile), in the data's order. */
export function untranslatedKeys(pack, texts) {
  return Object.keys(texts).filter((key) => isUntranslated(pack.texts?.[key]));
}

/**
 * Problems of one pack against the data's texts: missing, stale, unknown, empty. An untranslated
 * row (`"text": ""`, `"status": "untranslated"`) is one too, unless `untranslated: 'allowed'`:
 * then the caller counts it apart (untranslatedKeys), a warning until the release.
 */
export function checkPack(pack, texts, { untranslated = 'problem' } = {}) {
  const problems = [];
  for (const [key, source] of Object.entries(texts)) {
    const entry = pack.texts?.[key];
    if (isUntranslated(entry)) {
      if (untranslated !== 'allowed') problems.push(`${key}: untranslated`);
    } else if (!entry || typeof entry.text !== 'string' || !entry.text.trim()) problems.push(`${key}: missing`);
    else if (entry.fr !== source.hash) problems.push(`${key}: stale (the French text changed since it was translated)`);
    else problems.push(...reviewProblems(key, entry));
  }
  for (const key of Object.keys(pack.texts ?? {})) if (!texts[key]) problems.push(`${key}: unknown key`);
  return problems;
}

// Each language's name in the docs: `Spanish (español)`, from registry.json.
const NAMES = Object.fromEntries(
  registry.languages.map(({ code, english, name, dir }) => [
    code,
    `${english} (${name})${dir === 'rtl' ? ', right to left' : ''}`,
  ]),
);

const percent = (part, whole) => `${whole ? Math.floor((100 * part) / whole) : 0} %`;

/**
 * How much of each pack a named person has reviewed: its data texts (data/i18n/<code>.json)
 * and its interface messages (xliff/<code>.xlf, `signed-off` units), with who and when.
 */
export function reviewSummary(texts = dataTexts()) {
  return packLocales().map((locale) => {
    const entries = Object.values(read(`data/i18n/${locale}.json`).texts ?? {});
    const units = [...xliffUnits(locale).values()];
    const signed = [
      ...entries.filter((entry) => entry.status === 'reviewed').map((entry) => [entry.reviewedBy, entry.reviewedOn]),
      ...units
        .filter((unit) => unit.state === 'signed-off')
        .map((unit) => /^(.*),\s*(\S+)\s*$/.exec(unit.reviewer ?? '')?.slice(1) ?? ['?', '?']),
    ];
    const reviewers = new Map();
    for (const [name, date] of signed) {
      const seen = reviewers.get(name) ?? { name, count: 0, last: date };
      seen.count += 1;
      if (date > seen.last) seen.last = date;
      reviewers.set(name, seen);
    }
    return {
      locale,
      texts: entries.filter((entry) => entry.status !== 'untranslated').length,
      messages: units.length,
      reviewed: signed.length,
      total: Object.keys(texts).length + units.length,
      reviewers: [...reviewers.values()].sort((a, b) => b.count - a.count),
    };
  });
}

/** The row of a text that waits for its translation. */
export const untranslatedRow = (source) => ({ text: '', fr: source.hash, status: 'untranslated' });

/**
 * Gives every pack a row for each data text: an untranslated one where it has none, and an
 * untranslated row made from an older French the current hash. Rows are kept in the data's order,
 * unknown keys last (the check names them). Returns, per pack changed, how many rows it gained.
 */
export function syncPacks(texts = dataTexts()) {
  const changed = {};
  for (const locale of packLocales()) {
    const file = `data/i18n/${locale}.json`;
    const pack = read(file);
    const rows = {};
    let added = 0;
    let refreshed = 0;
    for (const [key, source] of Object.entries(texts)) {
      const entry = pack.texts?.[key];
      if (!entry) added += 1;
      else if (entry.status === 'untranslated' && entry.text === '' && entry.fr !== source.hash) refreshed += 1;
      rows[key] = !entry || (entry.status === 'untranslated' && entry.text === '') ? untranslatedRow(source) : entry;
    }
    for (const [key, entry] of Object.entries(pack.texts ?? {})) if (!texts[key]) rows[key] = entry;
    if (!added && !refreshed && JSON.stringify(Object.keys(rows)) === JSON.stringify(Object.keys(pack.texts ?? {})))
      continue;
    writeFileSync(new URL(file, root), `${JSON.stringify({ ...pack, texts: rows }, null, 1)}\n`);
    changed[locale] = added;
  }
  return changed;
}

/** The reviewers' findings files, data/i18n/findings-<date>.tsv: one row a problem, with the state it was left in. */
export const FINDING_STATES = ['fixed', 'already fixed', 'fixed by isolation', 'kept'];

export function readFindings() {
  return readdirSync(new URL('data/i18n/', root))
    .filter((name) => /^findings-\d{4}-\d{2}-\d{2}\.tsv$/.test(name))
    .sort()
    .map((name) => {
      const [header, ...rows] = readFileSync(new URL(`data/i18n/${name}`, root), 'utf8')
        .trimEnd()
        .split('\n');
      const columns = header.split('\t');
      return {
        date: name.slice(9, 19),
        rows: rows.map((line) => Object.fromEntries(line.split('\t').map((cell, i) => [columns[i], unquote(cell)]))),
      };
    });
}

/** A TSV cell as written by a spreadsheet: "…""…" → …"…. */
const unquote = (cell) => (/^".*"$/s.test(cell) ? cell.slice(1, -1).replace(/""/g, '"') : cell);
const cell = (text) =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\s+/g, ' ');

function glossaryDoc() {
  const glossary = JSON.parse(readFileSync(new URL('data/i18n/glossary.json', root), 'utf8'));
  const lines = [
    '',
    '## Glossary',
    '',
    'From `data/i18n/glossary.json`. `npm run check:data` names every text of a pack, data or interface, that uses a rejected term (compared without case and without Arabic short vowels).',
    '',
    `**French in brackets.** ${glossary.brackets}`,
  ];
  for (const [locale, language] of Object.entries(glossary.languages)) {
    lines.push(
      '',
      `### ${NAMES[locale] ?? locale}`,
      '',
      `**Register.** ${cell(language.register)}`,
      '',
      '| French | chosen term | rejected | note |',
      '| --- | --- | --- | --- |',
      ...language.terms.map(
        (term) =>
          `| ${cell(term.fr)} | ${cell(term.term)} | ${term.rejected.length ? term.rejected.map((word) => cell(word)).join(' · ') : '—'} | ${cell(term.note)} |`,
      ),
    );
  }
  return lines;
}

function findingsDoc() {
  const lines = [];
  for (const { date, rows } of readFindings()) {
    const count = (state) => rows.filter((row) => row.state === state).length;
    lines.push(
      '',
      `## Reviewers' findings of ${date}`,
      '',
      `Fluent reviewers read the packs and listed ${rows.length} problems, one row each (\`data/i18n/findings-${date}.tsv\`). The corrections are machine-assisted too: they stay so until a reviewer signs them off. ${FINDING_STATES.map((state) => `${state}: ${count(state)}`).join(', ')}. "Fixed by isolation": the text was right but its number was displayed backwards; every number of more than one group is now wrapped in a left-to-right isolate when a right-to-left language renders it (\`src/i18n/bidi.ts\`, decision 0026), whatever a translator typed.`,
      '',
      '| row | language | text | severity | what was wrong | state | what was done, or why kept |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...rows.map(
        (row) =>
          `| ${row.row} | \`${row.lang}\` | \`${cell(row.key)}\` | ${cell(row.severity).toLowerCase()} | ${cell(row.problem)} | ${row.state} | ${cell(row.note)} |`,
      ),
    );
  }
  return lines;
}

/** The rows of the shipped packs that wait for translators: data texts and interface messages. */
function waitingDoc(texts) {
  const lines = [
    '',
    '## Waiting for translators',
    '',
    'A new service, question or message lands with its French and English; every pack then gets an untranslated row (`"text": ""`, `"status": "untranslated"` in `data/i18n/<code>.json`; a unit without a target in `xliff/<code>.xlf`), shown in French until translated. `npm run check:data` warns on them; `npm run check:release` fails while a shipped pack has one.',
  ];
  const waiting = [];
  for (const locale of packLocales()) {
    const keys = untranslatedKeys(read(`data/i18n/${locale}.json`), texts);
    const messages = untranslatedUnits(locale);
    if (!keys.length && !messages.length) continue;
    if (registry.language(locale)?.draft) {
      waiting.push(
        '',
        `- ${NAMES[locale] ?? locale}, a draft: ${keys.length} data texts and ${messages.length} messages.`,
      );
      continue;
    }
    waiting.push('', `### ${NAMES[locale] ?? locale}`, '', '| data text or message | French |', '| --- | --- |');
    for (const key of keys) waiting.push(`| \`${key}\` | ${cell(texts[key].fr)} |`);
    const sources = xliffUnits('en');
    for (const id of messages) waiting.push(`| message \`${id}\` | ${cell(sources.get(id)?.source)} |`);
  }
  lines.push(...(waiting.length ? waiting : ['', 'Nothing: every shipped pack is complete.']));
  return lines;
}

/** docs/translations.md: each pack's status, for reviewers and for the pages that use it. */
export function translationsDoc(texts = dataTexts()) {
  const lines = [
    '# Translations',
    '',
    'Generated by `node scripts/i18n-texts.mjs --docs` from `data/i18n/*.json` and `xliff/*.xlf`. Do not edit by hand: a test fails when this file differs.',
    '',
    "French is the source; English ships in the drop-in. The other languages are **language packs**, one more script after the drop-in (`dist/guichet-securite.<code>.js`) or one more module (`guichet-securite/languages/<code>.js`). Their texts were **machine-assisted**: each stays marked so until a fluent reviewer signs it off. Official services answer in French: in a pack's language, a result says so once and cards show the French name.",
    '',
    '| language | code | data texts | interface messages | reviewed | reviewed by (texts, last date) |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const { locale, texts: count, messages, reviewed, total, reviewers } of reviewSummary(texts)) {
    const by = reviewers.map(({ name, count: n, last }) => `${name} (${n}, ${last})`).join('; ') || '—';
    lines.push(
      `| ${NAMES[locale] ?? locale} | \`${locale}\` | ${count} / ${Object.keys(texts).length} | ${messages} | ${reviewed} / ${total} (${percent(reviewed, total)}) | ${by} |`,
    );
  }
  lines.push(...waitingDoc(texts), ...glossaryDoc(), ...findingsDoc());
  lines.push(
    '',
    '## Reviewing a pack',
    '',
    '1. Read each text in `data/i18n/<code>.json` against the French of `data/i18n/source.json` (`node scripts/i18n-texts.mjs` writes it): same meaning, no added or dropped fact, numbers and addresses untouched, official names kept in French.',
    '2. On each text you sign off, set `"status": "reviewed"`, `"reviewedBy"` (your name, or your organisation\'s) and `"reviewedOn"` (the date, `YYYY-MM-DD`). Only a fluent reader who read the text signs it off: a tool, a machine translation or a maintainer who cannot read the language never does.',
    '3. The interface messages are in `xliff/<code>.xlf`: on each `<target>` you sign off, change `state="needs-review-translation"` to `state="signed-off"` and add `<note from="reviewer">Your name, YYYY-MM-DD</note>` to its `<trans-unit>`.',
    '4. A changed French text makes its translation stale: `npm run check:data` fails until it is translated again, and the new text starts machine-assisted. Run `node scripts/i18n-texts.mjs --docs` to update this page.',
    '',
  );
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--sync')) {
    const changed = syncPacks();
    for (const [locale, added] of Object.entries(changed))
      console.log(`data/i18n/${locale}.json: ${added} untranslated row(s) added, waiting for translators`);
    if (!process.argv.includes('--docs')) process.exit(0);
  }
  if (process.argv.includes('--docs')) {
    const doc = translationsDoc();
    const url = new URL('docs/translations.md', root);
    if (process.argv.includes('--check')) {
      let current = '';
      try {
        current = readFileSync(url, 'utf8');
      } catch {
        // missing
      }
      if (current !== doc) {
        console.error('docs/translations.md is out of date: run `node scripts/i18n-texts.mjs --docs`.');
        process.exit(1);
      }
      console.log('docs/translations.md matches the packs');
    } else {
      writeFileSync(url, doc);
      console.log('wrote docs/translations.md');
    }
    process.exit(0);
  }
  const texts = dataTexts();
  if (process.argv.includes('--check')) {
    let failed = false;
    for (const locale of packLocales()) {
      const pack = read(`data/i18n/${locale}.json`);
      const problems = checkPack(pack, texts, {
        untranslated: registry.language(locale)?.draft ? 'problem' : 'allowed',
      });
      const waiting = untranslatedKeys(pack, texts).length;
      if (waiting && !registry.language(locale)?.draft)
        console.warn(`warning: data/i18n/${locale}.json: ${waiting} untranslated text(s), shown in French meanwhile`);
      if (problems.length && registry.language(locale)?.draft)
        console.warn(
          `warning: data/i18n/${locale}.json: ${problems.length} problems, a draft language (registry.json)`,
        );
      else if (problems.length) {
        failed = true;
        console.error(`data/i18n/${locale}.json: ${problems.length} problems\n  ${problems.slice(0, 20).join('\n  ')}`);
      } else console.log(`data/i18n/${locale}.json: ${Object.keys(texts).length} texts, all present and current`);
    }
    process.exit(failed ? 1 : 0);
  }
  writeFileSync(new URL('data/i18n/source.json', root), `${JSON.stringify(texts, null, 1)}\n`);
  console.log(`data/i18n/source.json: ${Object.keys(texts).length} texts`);
}
