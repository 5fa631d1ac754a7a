// The glossary: every pack has its register rule and a term for each French word a reader must
// recognise; the check names a text that uses a rejected term, however it is written; no shipped
// text uses one; every row of the reviewers' findings has a state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  REQUIRED_TERMS,
  comparable,
  glossaryShapeProblems,
  packTexts,
  readGlossary,
  rejectedTermsIn,
} from '../../scripts/glossary.mjs';
import { FINDING_STATES, packLocales, readFindings } from '../../scripts/i18n-texts.mjs';

const glossary = readGlossary();

test('a glossary for es, de, ar and uk: the register, and a term for each word a reader must recognise', () => {
  assert.deepEqual(Object.keys(glossary.languages).sort(), packLocales());
  assert.deepEqual(glossaryShapeProblems(glossary, packLocales()), []);
  assert.ok(REQUIRED_TERMS.includes('brigade de gendarmerie') && REQUIRED_TERMS.includes('harcèlement scolaire'));
  assert.deepEqual(
    glossaryShapeProblems({ languages: { de: { register: '', terms: [] } } }, ['de', 'es']).slice(0, 3),
    [
      'de: no register rule',
      'de: no term chosen for "commissariat"',
      'de: no term chosen for "brigade de gendarmerie"',
    ],
  );
  assert.ok(glossaryShapeProblems({ languages: {} }, ['es']).includes('es: no glossary'));
});

test('the check names a rejected term in any case, with or without Arabic short vowels', () => {
  const de = glossary.languages.de;
  assert.deepEqual(
    rejectedTermsIn({ a: 'Gehen Sie zur GENDARMERIEWACHE.', b: 'Gehen Sie zur Gendarmerie-Dienststelle.' }, de),
    ['a: "Gendarmeriewache" (for "brigade de gendarmerie": write "Gendarmerie-Dienststelle")'],
  );
  const es = glossary.languages.es;
  assert.ok(rejectedTermsIn({ k: 'Puede reportar el contenido.' }, es).length > 0);
  assert.ok(rejectedTermsIn({ k: 'Llame para hacer la oposición.' }, es).length > 0);
  const ar = glossary.languages.ar;
  assert.equal(comparable('أقفِل'), comparable('أقفل'));
  assert.equal(rejectedTermsIn({ k: 'أقفل حساباتك' }, ar).length, 1, 'without the kasra too');
  assert.equal(rejectedTermsIn({ k: 'عنف بين الزوجين' }, ar).length, 1);
  assert.equal(rejectedTermsIn({ k: 'أنت جَرِيح' }, ar).length, 0);
  assert.equal(rejectedTermsIn({ k: 'Ви стали жертвою шахрайства' }, glossary.languages.uk).length, 1);
});

test('no text of a shipped pack, data or interface, uses a term its glossary rejects', () => {
  for (const locale of packLocales()) {
    const texts = packTexts(locale);
    assert.ok(Object.keys(texts).length > 900, `${locale}: data texts and interface messages`);
    assert.deepEqual(rejectedTermsIn(texts, glossary.languages[locale]), [], locale);
  }
  assert.equal(Object.values(packTexts('de')).filter((text) => /gendarmeriewache/i.test(text)).length, 0);
  assert.equal(Object.values(packTexts('es')).filter((text) => /\breport/i.test(text)).length, 0);
});

test("every row of the reviewers' findings has a state, and names a text that exists", () => {
  const findings = readFindings();
  assert.ok(findings.length >= 1);
  const [first] = findings;
  assert.equal(first.date, '2026-12-06');
  assert.equal(first.rows.length, 196);
  const texts = Object.fromEntries(packLocales().map((locale) => [locale, packTexts(locale)]));
  for (const { rows } of findings)
    for (const row of rows) {
      assert.ok(FINDING_STATES.includes(row.state), `row ${row.row}: state "${row.state}"`);
      assert.ok(row.state === 'fixed by isolation' || row.note?.trim(), `row ${row.row}: what was done, or why kept`);
      assert.ok(row.key in texts[row.lang], `row ${row.row}: ${row.key} is a text of the ${row.lang} pack`);
    }
});
