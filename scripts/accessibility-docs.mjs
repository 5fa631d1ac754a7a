// The accessibility documentation a host hands to its auditor: for each element, every
// RGAA 4.1 criterion marked conforming (C), not applicable (NA) or not conforming (NC),
// with the reason and the tests that prove it; a summary; the known limits; and a
// paragraph for the host's own accessibility statement, with the version and date
// filled in. Written from data/accessibility/rgaa-4.1-criteria.json (the criteria, as
// published) and data/accessibility/evaluation.json (our evaluation).
//
// Usage: node scripts/accessibility-docs.mjs            writes docs/accessibility/
//        node scripts/accessibility-docs.mjs --check    fails if a file is out of date or the
//                                                       evaluation is wrong (below)
//        node scripts/accessibility-docs.mjs --results  also fails unless every named test ran
//                                                       and passed in the last browser runs
//                                                       (.test-results/*-tests.json)
//
// The evaluation cannot drift from the tests: a criterion claimed conforming names at
// least one test, by its file and the words of its title, and the check fails if the
// file does not contain those words; with --results, if no run passed it or a run failed it.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { registry } from './registry.mjs';

const root = new URL('../', import.meta.url);
const read = (path) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));

/** The elements, in registry.json's order. */
export const ELEMENTS = registry.tags;
const STATUS = {
  C: { fr: 'Conforme', en: 'Conforming' },
  NA: { fr: 'Non applicable', en: 'Not applicable' },
  NC: { fr: 'Non conforme', en: 'Not conforming' },
};

/** The evaluation of one criterion for one element: its own entry, else the criterion's. */
export function statusOf(evaluation, id, element) {
  const entry = evaluation.criteria[id];
  if (!entry) return undefined;
  const own = entry.elements?.[element];
  return own ?? entry;
}

/** Problems of the evaluation against the criteria and the test sources (each a sentence). */
export function checkEvaluation(criteria, evaluation, readTest = (file) => readFileSync(new URL(file, root), 'utf8')) {
  const problems = [];
  const ids = new Set(criteria.criteria.map((criterion) => criterion.id));
  for (const id of Object.keys(evaluation.criteria))
    if (!ids.has(id)) problems.push(`${id}: not an RGAA 4.1 criterion`);
  const sources = new Map();
  for (const criterion of criteria.criteria) {
    for (const element of ELEMENTS) {
      const where = `${criterion.id} <${element}>`;
      const status = statusOf(evaluation, criterion.id, element);
      if (!status) {
        problems.push(`${where}: not evaluated`);
        continue;
      }
      if (!STATUS[status.status]) problems.push(`${where}: status must be C, NA or NC`);
      if (!status.reason?.fr?.trim() || !status.reason?.en?.trim())
        problems.push(`${where}: a reason in French and English`);
      if (status.status === 'C' && !(status.tests?.length > 0))
        problems.push(`${where}: conforming, but names no test`);
      for (const test of status.tests ?? []) {
        if (!sources.has(test.file)) {
          try {
            sources.set(test.file, readTest(test.file));
          } catch {
            sources.set(test.file, null);
          }
        }
        const source = sources.get(test.file);
        if (source === null) problems.push(`${where}: test file ${test.file} does not exist`);
        else if (!source.includes(test.title)) problems.push(`${where}: no test "${test.title}" in ${test.file}`);
      }
    }
  }
  return problems;
}

/** Problems of the evaluation against the last browser runs: each named test passed somewhere, failed nowhere. */
export function checkResults(criteria, evaluation, runs) {
  const problems = [];
  const seen = new Set();
  for (const criterion of criteria.criteria) {
    for (const element of ELEMENTS) {
      for (const test of statusOf(evaluation, criterion.id, element)?.tests ?? []) {
        const key = `${test.file}\n${test.title}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const results = runs.flatMap(({ engine, tests }) =>
          tests
            .filter(
              (result) =>
                (result.file === test.file || (result.file === '' && test.file.endsWith('.mjs'))) &&
                result.title.includes(test.title),
            )
            .map((result) => ({ ...result, engine })),
        );
        if (!results.some((result) => result.state === 'passed'))
          problems.push(`${criterion.id}: "${test.title}" (${test.file}) did not pass in any run`);
        for (const result of results.filter((result) => result.state === 'failed'))
          problems.push(`${criterion.id}: "${result.title}" (${test.file}) failed in ${result.engine}`);
      }
    }
  }
  return problems;
}

/** One node test report (TAP): each test's title and state (the file is not named in TAP). */
export function parseTap(text) {
  const tests = [];
  for (const line of text.split('\n')) {
    const match = /^\s*(not )?ok \d+ - (.*?)(?: # (SKIP|TODO).*)?$/.exec(line);
    if (match) tests.push({ file: '', title: match[2], state: match[3] ? 'skipped' : match[1] ? 'failed' : 'passed' });
  }
  return tests;
}

/** The last runs' results: the browser groups (by engine) and the node test groups (TAP). */
export function readRuns(dir = new URL('.test-results/', root)) {
  if (!existsSync(dir)) return [];
  const engines = {
    'browser-tests.json': 'Chromium',
    'browser-firefox-tests.json': 'Firefox',
    'browser-webkit-tests.json': 'WebKit',
  };
  const runs = [];
  for (const name of readdirSync(dir).sort()) {
    if (name in engines)
      runs.push({ engine: engines[name], tests: JSON.parse(readFileSync(new URL(name, dir), 'utf8')) });
    else if (name.endsWith('.tap'))
      runs.push({ engine: `node (${name.slice(0, -4)})`, tests: parseTap(readFileSync(new URL(name, dir), 'utf8')) });
  }
  return runs;
}

/** Text for Markdown: tags shown as text (`<img>` is a word here, not markup). */
const text = (value) => String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const cell = (value) => text(value).replace(/\|/g, '\\|').replace(/\n/g, ' ');
const testLink = (test, up) => `[${cell(test.title)}](${up}${test.file})`;

/** Counts of C, NA, NC for one element, and its rate (C out of C + NC). */
export function summaryOf(criteria, evaluation, element) {
  const counts = { C: 0, NA: 0, NC: 0 };
  for (const criterion of criteria.criteria) counts[statusOf(evaluation, criterion.id, element).status] += 1;
  const applicable = counts.C + counts.NC;
  return { ...counts, rate: applicable ? counts.C / applicable : 1 };
}

const percent = (rate, lang) => `${(rate * 100).toFixed(0)}${lang === 'fr' ? ' %' : '%'}`;

const WORDS = {
  fr: {
    title: 'Accessibilité : critères du RGAA 4.1.2',
    generated:
      'Généré par `node scripts/accessibility-docs.mjs` depuis `data/accessibility/` : ne pas modifier à la main.',
    other: '[English version](en/README.md)',
    element: 'Élément',
    summary: 'Synthèse',
    rate: 'Taux de conformité',
    criterion: 'Critère',
    status: 'Statut',
    reason: 'Justification',
    tests: 'Tests qui le prouvent',
    theme: 'Thématique',
    limits: 'Limites connues',
    statement: 'Paragraphe pour la déclaration d’accessibilité du site hôte',
    method: 'Méthode',
    details: 'Détail par élément',
  },
  en: {
    title: 'Accessibility: RGAA 4.1.2 criteria',
    generated: 'Generated by `node scripts/accessibility-docs.mjs` from `data/accessibility/`: do not edit by hand.',
    other: '[Version française](../README.md)',
    element: 'Element',
    summary: 'Summary',
    rate: 'Conformance rate',
    criterion: 'Criterion',
    status: 'Status',
    reason: 'Reason',
    tests: 'Tests that prove it',
    theme: 'Theme',
    limits: 'Known limits',
    statement: 'A paragraph for the host site’s accessibility statement',
    method: 'Method',
    details: 'Each element',
  },
};

/** The paragraph a host pastes into its own statement, version and date filled in. */
export function statement(criteria, evaluation, version, lang) {
  const rates = ELEMENTS.map((element) => summaryOf(criteria, evaluation, element));
  const applicable = rates.reduce((sum, r) => sum + r.C + r.NC, 0);
  const conforming = rates.reduce((sum, r) => sum + r.C, 0);
  const nc = rates.reduce((sum, r) => sum + r.NC, 0);
  const date = new Date(`${evaluation.evaluated}T00:00:00Z`);
  if (lang === 'fr') {
    const day = date.toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    return (
      `Le module guichet-securite, version ${version}, intégré à ce site (éléments ${ELEMENTS.join(', ')}), ` +
      `a été évalué le ${day} par son équipe de développement au regard du RGAA ${criteria.rgaa}, niveau AA : ` +
      (nc
        ? `${conforming} des ${applicable} critères applicables, comptés élément par élément, sont respectés ; ${nc} ne le sont pas (voir les limites connues)`
        : `tous les critères applicables à chacun de ses éléments sont respectés (${conforming} sur ${applicable}, comptés élément par élément)`) +
      `. Les tests automatisés qui le vérifient s’exécutent à chaque version dans Chromium, Firefox et WebKit. ` +
      `Le détail par critère est publié avec le module (docs/accessibility/). ` +
      `Cette évaluation porte sur le module seul : elle ne dispense pas de l’audit du site qui l’intègre.`
    );
  }
  const day = date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return (
    `The guichet-securite module, version ${version}, used on this site (elements ${ELEMENTS.join(', ')}), ` +
    `was evaluated on ${day} by its developers against RGAA ${criteria.rgaa}, level AA: ` +
    (nc
      ? `${conforming} of the ${applicable} applicable criteria, counted element by element, are met; ${nc} are not (see the known limits)`
      : `every criterion applicable to each of its elements is met (${conforming} of ${applicable}, counted element by element)`) +
    `. The automated tests that check them run for every version in Chromium, Firefox and WebKit. ` +
    `Each criterion's evaluation is published with the module (docs/accessibility/). ` +
    `This evaluation covers the module alone: it does not replace the audit of the site that uses it.`
  );
}

function summaryTable(criteria, evaluation, lang, up) {
  const w = WORDS[lang];
  const lines = [
    `| ${w.element} | C | NA | NC | ${w.rate} |`,
    '| --- | --- | --- | --- | --- |',
    ...ELEMENTS.map((element) => {
      const s = summaryOf(criteria, evaluation, element);
      return `| [\`<${element}>\`](${up}${element}.md) | ${s.C} | ${s.NA} | ${s.NC} | ${percent(s.rate, lang)} |`;
    }),
  ];
  return lines.join('\n');
}

function indexPage(criteria, evaluation, version, lang) {
  const w = WORDS[lang];
  const up = lang === 'fr' ? '' : '';
  return [
    `# ${w.title}`,
    '',
    w.other,
    '',
    `<!-- ${w.generated} -->`,
    '',
    evaluation.intro[lang],
    '',
    `## ${w.summary}`,
    '',
    summaryTable(criteria, evaluation, lang, up),
    '',
    `## ${w.method}`,
    '',
    ...evaluation.method[lang].map((line) => `- ${line}`),
    '',
    `## ${w.limits}`,
    '',
    ...evaluation.limits.map((limit) => `- ${text(limit[lang])}`),
    '',
    `## ${w.statement}`,
    '',
    `> ${text(statement(criteria, evaluation, version, lang))}`,
    '',
    `${lang === 'fr' ? 'Source des critères :' : 'Criteria source:'} ${criteria.source.map((s) => `<${s}>`).join(', ')} (${lang === 'fr' ? 'consulté le' : 'checked on'} ${criteria.checked}).`,
    '',
  ].join('\n');
}

function elementPage(criteria, evaluation, element, lang) {
  const w = WORDS[lang];
  const up = lang === 'fr' ? '../../' : '../../../';
  const s = summaryOf(criteria, evaluation, element);
  const lines = [
    `# \`<${element}>\` — ${w.title}`,
    '',
    `<!-- ${w.generated} -->`,
    '',
    `${lang === 'fr' ? '[Retour à la synthèse](README.md)' : '[Back to the summary](README.md)'} · C ${s.C} · NA ${s.NA} · NC ${s.NC} · ${w.rate} ${percent(s.rate, lang)}`,
    '',
  ];
  let theme = '';
  for (const criterion of criteria.criteria) {
    if (criterion.theme[lang] !== theme) {
      theme = criterion.theme[lang];
      lines.push(
        '',
        `## ${theme}`,
        '',
        `| ${w.criterion} | ${w.status} | ${w.reason} | ${w.tests} |`,
        '| --- | --- | --- | --- |',
      );
    }
    const status = statusOf(evaluation, criterion.id, element);
    const tests = (status.tests ?? []).map((test) => testLink(test, up)).join('<br>');
    lines.push(
      `| **${criterion.id}** ${cell(criterion.title[lang])} | ${STATUS[status.status][lang]} | ${cell(status.reason[lang])} | ${tests} |`,
    );
  }
  lines.push('');
  return lines.join('\n');
}

/** Every file of docs/accessibility/, path → text. */
export function accessibilityDocs(
  criteria = read('data/accessibility/rgaa-4.1-criteria.json'),
  evaluation = read('data/accessibility/evaluation.json'),
  version = read('package.json').version,
) {
  const files = {
    'docs/accessibility/README.md': indexPage(criteria, evaluation, version, 'fr'),
    'docs/accessibility/en/README.md': indexPage(criteria, evaluation, version, 'en'),
  };
  for (const element of ELEMENTS) {
    files[`docs/accessibility/${element}.md`] = elementPage(criteria, evaluation, element, 'fr');
    files[`docs/accessibility/en/${element}.md`] = elementPage(criteria, evaluation, element, 'en');
  }
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const criteria = read('data/accessibility/rgaa-4.1-criteria.json');
  const evaluation = read('data/accessibility/evaluation.json');
  const problems = checkEvaluation(criteria, evaluation);
  if (process.argv.includes('--results')) {
    const runs = readRuns();
    if (runs.length === 0) problems.push('no browser run found in .test-results/: run the browser tests first');
    problems.push(...checkResults(criteria, evaluation, runs));
  }
  const files = accessibilityDocs(criteria, evaluation);
  const check = process.argv.includes('--check') || process.argv.includes('--results');
  for (const [path, text] of Object.entries(files)) {
    const url = new URL(path, root);
    if (check) {
      if (!existsSync(url) || readFileSync(url, 'utf8') !== text)
        problems.push(`${path} is out of date: run \`node scripts/accessibility-docs.mjs\` and commit it`);
    } else {
      mkdirSync(new URL('.', url), { recursive: true });
      writeFileSync(url, text);
    }
  }
  for (const problem of problems) console.error(problem);
  if (problems.length) process.exit(1);
  if (!check) console.log(`Wrote ${Object.keys(files).length} files in docs/accessibility/.`);
}
