// Checks the data files: first against their JSON Schemas (the contract the types and the host-data
// readers are generated from, scripts/contract.mjs), then beyond them
// with the same functions the library uses at run time.
// - catalogue: unique ids, references, https only, phone numbers, dates, translations, seed services;
// - catalogue: public sources and links on the official domains of data/official-domains.json;
// - finder: dead ends, loops, unknown or unreachable questions and outcomes, unknown services,
//   buttons whose service lacks the channel, translations, every seed service recommended by
//   some path; then what a result shows first: at most 120 words before the first disclosure,
//   nothing said twice, a main button, official sources.
// - dates: every phone number, every entry's hours and every result carries the date it was
//   checked (scripts/fact-dates.mjs); a warning, not a failure, names those older than 12 months.
// - packs: every text present and made from the current French, a review trail (a named reviewer and
//   a date, or machine-assisted), the glossary complete; a warning names a rejected term in a text.
//   The packs are registry.json's; a draft one (`"draft": true`, being translated, not built) has its
//   problems counted in a warning instead: it fails once it leaves draft. In a shipped pack, a text or
//   message waiting for translators (an untranslated row, a unit without a target: a new service,
//   question or message) is a warning, counted and named; `--release` (`npm run check:release`)
//   fails on it (decision 0037). A stale or missing text fails either way.
// - placeholders: a field `npm run new:service` left to fill ("À REMPLIR") fails, named.
// - spaces: a no-break space between the groups of a number and between a number and its unit
//   ("116 006", "24 h/24", "18 ans"), in the data's French and English and in every pack
//   (scripts/no-break-spaces.mjs; `node scripts/no-break-spaces.mjs --fix` puts them in).
// Usage: node scripts/check-data.mjs [--catalogue path] [--finder path] [--today YYYY-MM-DD] [--release]
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import Ajv from 'ajv';
import { build } from 'esbuild';
import { registry } from './registry.mjs';
import { X_KEYWORDS } from './contract.mjs';

const root = new URL('../', import.meta.url);
const { values } = parseArgs({
  options: {
    catalogue: { type: 'string', default: fileURLToPath(new URL('data/catalogue.json', root)) },
    finder: { type: 'string', default: fileURLToPath(new URL('data/finder.json', root)) },
    today: { type: 'string', default: new Date().toISOString().slice(0, 10) },
    release: { type: 'boolean', default: false },
  },
});

async function readJson(file) {
  try {
    return { data: JSON.parse(await readFile(file, 'utf8')) };
  } catch (error) {
    return { error: `${file}: not readable JSON: ${error.message}` };
  }
}

/** Schema errors, named by entry id (catalogue) or question/outcome id (finder). */
function schemaProblems(schemaFile, data, describe) {
  return readFile(new URL(`data/${schemaFile}`, root), 'utf8').then((text) => {
    // The schema is the contract (decision 0034): its x- keywords are for scripts/contract.mjs.
    const validate = new Ajv({ allErrors: true, strict: true }).addVocabulary(X_KEYWORDS).compile(JSON.parse(text));
    if (validate(data)) return [];
    return validate.errors.map((error) => {
      const extra = error.params?.additionalProperty ? ` "${error.params.additionalProperty}"` : '';
      return `${describe(error.instancePath)}: ${error.message}${extra}`;
    });
  });
}

function pointerDescriber(data, listName, label) {
  return (pointer) => {
    const match = new RegExp(`^/${listName}/(\\d+)(.*)$`).exec(pointer);
    if (!match) return `(${label}): ${pointer || '/'}`;
    const id = data[listName]?.[Number(match[1])]?.id ?? `${listName}[${match[1]}]`;
    const field = match[2]
      .replace(/^\//, '')
      .replace(/\/(\d+)/g, '[$1]')
      .replace(/\//g, '.');
    return `${label === 'catalogue' ? '' : `${listName === 'questions' ? 'question' : 'outcome'} `}${id}: ${field || '(entry)'}`;
  };
}

// The semantic checks are TypeScript in src/; bundle them on the fly.
const bundled = await build({
  stdin: {
    contents:
      "export * from './src/catalogue/check.ts'; export * from './src/finder/check.ts'; export * from './src/finder/review.ts'; export * from './src/catalogue/seed.ts';",
    resolveDir: fileURLToPath(root),
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
});
const checks = await import(
  `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`
);

let failed = false;
const report = (file, problems, success) => {
  if (problems.length) {
    failed = true;
    console.error(`${relative(process.cwd(), file)}: ${problems.length} problem(s)`);
    for (const problem of problems) console.error(`  ${problem}`);
  } else {
    console.log(`${relative(process.cwd(), file)}: ${success}`);
  }
};
/** A draft language's problems: counted in a warning, not a failure (it is being translated). */
const reportDraft = (file, problems, success) => {
  if (problems.length)
    console.warn(`warning: ${file}: ${problems.length} problem(s), a draft language (registry.json): translate it`);
  else console.log(`${file}: ${success}`);
};
const reportFor = (locale) => (registry.language(locale)?.draft ? reportDraft : report);

const official = JSON.parse(await readFile(new URL('data/official-domains.json', root), 'utf8')).domains.map(
  (entry) => entry.domain,
);
const catalogue = await readJson(values.catalogue);
if (catalogue.error) {
  failed = true;
  console.error(catalogue.error);
} else {
  const data = catalogue.data;
  const describe = (pointer) =>
    pointer.startsWith('/services/')
      ? pointerDescriber(data, 'services', 'catalogue')(pointer)
      : `(catalogue): ${pointer || '/'}`;
  let problems = await schemaProblems('catalogue.schema.json', data, describe);
  if (problems.length === 0)
    problems = checks.checkCatalogue(data, { officialDomains: official }).map(checks.formatProblem);
  report(values.catalogue, problems, `${data.services.length} entries, schema and checks pass`);
}

const finder = await readJson(values.finder);
if (finder.error) {
  failed = true;
  console.error(finder.error);
} else if (!catalogue.error) {
  const data = finder.data;
  const describe = (pointer) => {
    if (pointer.startsWith('/questions/')) return pointerDescriber(data, 'questions', 'finder')(pointer);
    if (pointer.startsWith('/outcomes/')) return pointerDescriber(data, 'outcomes', 'finder')(pointer);
    return `(finder): ${pointer || '/'}`;
  };
  let problems = await schemaProblems('finder.schema.json', data, describe);
  if (problems.length === 0) {
    const services = catalogue.data.services;
    problems = checks
      .checkFinder(data, {
        serviceIds: services.map((service) => service.id),
        mustReach: services.filter((service) => service.seed).map((service) => service.id),
        catalogue: catalogue.data,
      })
      .map(checks.formatFinderProblem);
  }
  // The library's own rules for what a result shows first (short, said once, official sources).
  if (problems.length === 0)
    problems = checks.reviewFinder(data, catalogue.data, { officialDomains: official }).map(checks.formatFinderProblem);
  report(
    values.finder,
    problems,
    `${data.questions.length} questions, ${data.outcomes.length} outcomes, schema and checks pass`,
  );
}

// The dates of the perishable facts: missing ones fail, old ones are named.
if (!catalogue.error && !finder.error) {
  const { factDates, staleFacts, undatedFacts } = await import('./fact-dates.mjs');
  const facts = factDates(catalogue.data, finder.data);
  report(
    'data/ (dates checked)',
    undatedFacts(facts, values.today),
    `${facts.length} facts, each with the date it was checked`,
  );
  const stale = staleFacts(facts, values.today);
  if (stale.length) {
    console.warn(
      `warning: ${stale.length} fact(s) last checked more than 12 months ago — check them against their sources:`,
    );
    for (const fact of stale) console.warn(`  ${fact.at}: checked ${fact.date}`);
  }
}

// The language packs: every text of the data and every interface message, in every shipped language,
// made from the current French text (a changed French text makes its translations stale).
if (!catalogue.error && !finder.error) {
  const { checkPack, dataTexts, packLocales, untranslatedKeys } = await import('./i18n-texts.mjs');
  const { checkXliff, untranslatedUnits } = await import('./check-xliff.mjs');
  const texts = dataTexts(catalogue.data, finder.data);
  // What waits for translators in a shipped pack: a warning, named; a failure with --release.
  const waiting = (locale) =>
    registry.language(locale)?.draft || values.release ? { untranslated: 'problem' } : { untranslated: 'allowed' };
  const warnWaiting = (file, what, keys) => {
    if (!keys.length) return;
    console.warn(
      `warning: ${file}: ${keys.length} ${what} waiting for translators (shown in French meanwhile; \`npm run check:release\` fails on them; docs/translations.md lists them):`,
    );
    for (const key of keys) console.warn(`  ${key}`);
  };
  for (const locale of registry.packs) {
    if (!packLocales().includes(locale)) {
      report(`data/i18n/${locale}.json`, ['missing: every shipped language needs its pack'], '');
      continue;
    }
    const pack = JSON.parse(await readFile(new URL(`data/i18n/${locale}.json`, root), 'utf8'));
    reportFor(locale)(
      `data/i18n/${locale}.json`,
      checkPack(pack, texts, waiting(locale)),
      `${Object.keys(texts).length} texts, present and current`,
    );
    if (waiting(locale).untranslated === 'allowed')
      warnWaiting(`data/i18n/${locale}.json`, 'untranslated text(s)', untranslatedKeys(pack, texts));
  }
  for (const locale of registry.targets) {
    reportFor(locale)(
      `xliff/${locale}.xlf`,
      checkXliff(locale, undefined, locale === 'en' ? {} : waiting(locale)),
      'every message translated',
    );
    if (locale !== 'en' && waiting(locale).untranslated === 'allowed')
      warnWaiting(`xliff/${locale}.xlf`, 'untranslated message(s)', untranslatedUnits(locale));
  }

  // The glossary: each pack's chosen terms and register; a rejected term in a text is named (a warning).
  const { glossaryShapeProblems, packTexts, readGlossary, rejectedTermsIn } = await import('./glossary.mjs');
  const glossary = readGlossary();
  report(
    'data/i18n/glossary.json',
    glossaryShapeProblems(glossary, registry.shippedPacks),
    'a glossary and a register rule per pack',
  );
  for (const locale of registry.packs.filter((code) => !registry.shippedPacks.includes(code)))
    reportDraft(
      `data/i18n/glossary.json (${locale})`,
      glossaryShapeProblems(glossary, [locale]),
      'a glossary and a register rule',
    );
  // No-break spaces where a line must not break.
  const { noBreakSpaceProblems } = await import('./no-break-spaces.mjs');
  const packs = Object.fromEntries(
    await Promise.all(
      packLocales().map(async (locale) => [
        locale,
        JSON.parse(await readFile(new URL(`data/i18n/${locale}.json`, root), 'utf8')),
      ]),
    ),
  );
  report(
    'no-break spaces',
    noBreakSpaceProblems({ data: { 'data/catalogue.json': catalogue.data, 'data/finder.json': finder.data }, packs }),
    'between the groups of a number and before its unit, in every text',
  );
  for (const locale of registry.packs) {
    const found = rejectedTermsIn(packTexts(locale), glossary.languages?.[locale]);
    if (found.length) {
      console.warn(`warning: data/i18n/${locale}.json: ${found.length} text(s) use a term the glossary rejects:`);
      for (const line of found) console.warn(`  ${line}`);
    }
  }
}

// Placeholders `npm run new:service` left: each field still to fill, named.
if (!catalogue.error) {
  const { unfilledFields } = await import('./new-service.mjs');
  report('data/catalogue.json (placeholders)', unfilledFields(catalogue.data), 'no field left to fill');
}

process.exit(failed ? 1 : 0);
