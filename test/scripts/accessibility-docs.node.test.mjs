// The accessibility documentation cannot drift from the tests: every criterion of every
// element is evaluated, a criterion claimed conforming names tests that exist (and, after
// a run, that passed), and docs/accessibility/ is what the evaluation says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  ELEMENTS,
  accessibilityDocs,
  checkEvaluation,
  checkResults,
  parseTap,
  statement,
  summaryOf,
} from '../../scripts/accessibility-docs.mjs';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const criteria = JSON.parse(read('data/accessibility/rgaa-4.1-criteria.json'));
const evaluation = JSON.parse(read('data/accessibility/evaluation.json'));
const pkg = JSON.parse(read('package.json'));

test('the criteria are the 106 of RGAA 4.1.2, in their 13 themes, each with its French wording', () => {
  assert.equal(criteria.rgaa, '4.1.2');
  assert.equal(criteria.criteria.length, 106);
  assert.equal(new Set(criteria.criteria.map((c) => c.theme.fr)).size, 13);
  for (const criterion of criteria.criteria) {
    assert.match(criterion.id, /^\d{1,2}\.\d{1,2}$/);
    assert.match(criterion.title.fr, /\?|respectée/, `${criterion.id}: the criterion's question`);
    assert.ok(criterion.title.en, `${criterion.id} in English`);
  }
});

test('every criterion of every element is evaluated, and each one claimed conforming names tests that exist', () => {
  assert.deepEqual(checkEvaluation(criteria, evaluation), []);
  for (const element of ELEMENTS) {
    const summary = summaryOf(criteria, evaluation, element);
    assert.equal(summary.C + summary.NA + summary.NC, 106, element);
    assert.ok(summary.C > 25, `${element}: ${summary.C} criteria conforming`);
  }
});

test('the check finds what an evaluation gets wrong: no test named, a test that does not exist, a criterion left out', () => {
  const broken = structuredClone(evaluation);
  broken.criteria['3.2'] = { status: 'C', reason: { fr: 'x', en: 'x' }, tests: [] };
  broken.criteria['6.2'] = {
    status: 'C',
    reason: { fr: 'x', en: 'x' },
    tests: [{ file: 'test/components/service-card.test.ts', title: 'a test nobody wrote' }],
  };
  broken.criteria['7.3'] = {
    status: 'C',
    reason: { fr: 'x', en: 'x' },
    tests: [{ file: 'test/nowhere.test.ts', title: 'anything' }],
  };
  delete broken.criteria['9.4'];
  broken.criteria['99.1'] = { status: 'NA', reason: { fr: 'x', en: 'x' } };
  const problems = checkEvaluation(criteria, broken);
  assert.ok(problems.includes('3.2 <service-list>: conforming, but names no test'));
  assert.ok(
    problems.includes('6.2 <quick-exit>: no test "a test nobody wrote" in test/components/service-card.test.ts'),
  );
  assert.ok(problems.includes('7.3 <report-finder>: test file test/nowhere.test.ts does not exist'));
  assert.ok(problems.includes('9.4 <emergency-numbers>: not evaluated'));
  assert.ok(problems.includes('99.1: not an RGAA 4.1 criterion'));
});

test('after a run, a named test that failed in one engine or never passed makes the check fail', () => {
  const one = { file: 'test/a11y/structure.test.ts', title: 'RGAA 8.2 — the markup is valid' };
  const tiny = { rgaa: '4.1.2', criteria: [criteria.criteria.find((c) => c.id === '8.2')] };
  const claim = { criteria: { 8.2: { status: 'C', reason: { fr: 'x', en: 'x' }, tests: [one] } } };
  const passed = { file: one.file, title: `structure > ${one.title}: unique ids`, state: 'passed' };
  assert.deepEqual(checkResults(tiny, claim, [{ engine: 'Chromium', tests: [passed] }]), []);
  assert.deepEqual(checkResults(tiny, claim, [{ engine: 'Chromium', tests: [{ ...passed, state: 'skipped' }] }]), [
    `8.2: "${one.title}" (${one.file}) did not pass in any run`,
  ]);
  assert.deepEqual(
    checkResults(tiny, claim, [
      { engine: 'Chromium', tests: [passed] },
      { engine: 'WebKit', tests: [{ ...passed, state: 'failed' }] },
    ]),
    [`8.2: "${passed.title}" (${one.file}) failed in WebKit`],
  );
  // A node test (TAP names no file) counts for a reference to a node test file only.
  const tap = parseTap(
    'TAP version 13\nok 1 - no script: the fallback links are there and usable\nnot ok 2 - other # SKIP no',
  );
  assert.deepEqual(tap, [
    { file: '', title: 'no script: the fallback links are there and usable', state: 'passed' },
    { file: '', title: 'other', state: 'skipped' },
  ]);
});

test('docs/accessibility/ is what the evaluation says, in French and English, with a summary and the known limits', () => {
  const files = accessibilityDocs(criteria, evaluation, pkg.version);
  for (const [path, text] of Object.entries(files))
    assert.equal(read(path), text, `${path}: run node scripts/accessibility-docs.mjs`);
  assert.deepEqual(
    Object.keys(files).sort(),
    [
      'docs/accessibility/README.md',
      ...ELEMENTS.map((element) => `docs/accessibility/${element}.md`),
      'docs/accessibility/en/README.md',
      ...ELEMENTS.map((element) => `docs/accessibility/en/${element}.md`),
    ].sort(),
  );
  const index = files['docs/accessibility/README.md'];
  assert.match(index, /## Synthèse/);
  assert.match(index, /## Limites connues/);
  for (const element of ELEMENTS) assert.ok(index.includes(`(${element}.md)`), element);
  assert.match(files['docs/accessibility/en/README.md'], /## Known limits/);
});

test('the paragraph for a host’s statement names this version, the date of the evaluation and the RGAA version', () => {
  const fr = statement(criteria, evaluation, pkg.version, 'fr');
  assert.ok(fr.startsWith(`Le module guichet-securite, version ${pkg.version}, `));
  assert.match(fr, /a été évalué le \d{1,2} \S+ \d{4} .* RGAA 4\.1\.2, niveau AA/);
  const en = statement(criteria, evaluation, pkg.version, 'en');
  assert.ok(en.startsWith(`The guichet-securite module, version ${pkg.version}, `));
  assert.match(
    read('README.md').split('\n## ')[0],
    /docs\/accessibility/,
    'the README links the accessibility docs from its first screen',
  );
});
