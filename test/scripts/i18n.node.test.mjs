// The language packs' data: every text of every shipped language present and
// made from the current French, the interface messages complete, the reviewers'
// table current; and the checks themselves catch what they must.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  checkPack,
  dataTexts,
  hashOf,
  packLocales,
  reviewSummary,
  translationsDoc,
  untranslatedKeys,
} from '../../scripts/i18n-texts.mjs';
import { checkXliff, xliffUnits } from '../../scripts/check-xliff.mjs';
import { registry } from '../../scripts/registry.mjs';

const texts = dataTexts();

test("registry.json's languages: French and English in the data, a pack for each other with every text, current", () => {
  assert.deepEqual(packLocales(), [...registry.packs].sort());
  assert.ok(Object.keys(texts).length > 600, `${Object.keys(texts).length} texts`);
  for (const [key, text] of Object.entries(texts)) assert.ok(text.fr && text.en, `${key} in French and English`);
  // A draft pack (being translated) is checked once it leaves draft; a text waiting for translators
  // (an untranslated row) is a warning until the release (npm run check:release).
  for (const locale of registry.shippedPacks) {
    const pack = JSON.parse(readFileSync(new URL(`../../data/i18n/${locale}.json`, import.meta.url), 'utf8'));
    assert.deepEqual(checkPack(pack, texts, { untranslated: 'allowed' }), [], locale);
    assert.equal(pack.locale, locale);
  }
});

test('every interface message in English and in each pack, placeholders kept', () => {
  assert.deepEqual(checkXliff('en'), [], 'en');
  for (const locale of registry.shippedPacks)
    assert.deepEqual(checkXliff(locale, undefined, { untranslated: 'allowed' }), [], locale);
});

test('a text waiting for translators: counted apart until the release, then a problem', () => {
  const [first, second] = Object.keys(texts);
  const pack = { texts: {} };
  for (const [key, text] of Object.entries(texts))
    pack.texts[key] = { text: 'x', fr: text.hash, status: 'machine-assisted' };
  pack.texts[first] = { text: '', fr: texts[first].hash, status: 'untranslated' };
  // A row with an empty text but another status is no translation: missing.
  pack.texts[second] = { text: '', fr: texts[second].hash, status: 'machine-assisted' };
  assert.deepEqual(untranslatedKeys(pack, texts), [first]);
  assert.deepEqual(checkPack(pack, texts, { untranslated: 'allowed' }), [`${second}: missing`]);
  assert.deepEqual(checkPack(pack, texts), [`${first}: untranslated`, `${second}: missing`]);
  // A message without a target in a pack's XLIFF: the same.
  const xliff = readFileSync(new URL('../../xliff/es.xlf', import.meta.url), 'utf8');
  const [id] = xliffUnits('es').keys();
  const untargeted = xliff.replace(
    new RegExp(`(<trans-unit id="${id}">[\\s\\S]*?)\\n\\s*<target\\b[\\s\\S]*?</target>`),
    '$1',
  );
  assert.notEqual(untargeted, xliff);
  assert.deepEqual(checkXliff('es', untargeted, { untranslated: 'allowed' }), []);
  assert.deepEqual(checkXliff('es', untargeted), [`${id}: no target`]);
});

test('the pack check names a missing, a stale and an unknown text', () => {
  const [first, second] = Object.keys(texts);
  const pack = { texts: {} };
  for (const [key, text] of Object.entries(texts))
    pack.texts[key] = { text: 'x', fr: text.hash, status: 'machine-assisted' };
  delete pack.texts[first];
  pack.texts[second].fr = hashOf('an older French text');
  pack.texts['catalogue/services/nowhere/name'] = { text: 'x', fr: 'x', status: 'machine-assisted' };
  assert.deepEqual(checkPack(pack, texts), [
    `${first}: missing`,
    `${second}: stale (the French text changed since it was translated)`,
    'catalogue/services/nowhere/name: unknown key',
  ]);
});

test("the reviewers' table is current", () => {
  assert.equal(readFileSync(new URL('../../docs/translations.md', import.meta.url), 'utf8'), translationsDoc(texts));
});

test('a text is reviewed only with a named reviewer and a date; a machine-assisted text names none', () => {
  const [key] = Object.keys(texts);
  const check = (entry) =>
    checkPack({ texts: { ...pack(), [key]: { text: 'x', fr: texts[key].hash, ...entry } } }, texts);
  const pack = () =>
    Object.fromEntries(
      Object.entries(texts).map(([k, text]) => [k, { text: 'x', fr: text.hash, status: 'machine-assisted' }]),
    );
  assert.deepEqual(check({ status: 'machine-assisted' }), []);
  assert.deepEqual(check({ status: 'reviewed', reviewedBy: 'Association Exemple', reviewedOn: '2027-01-15' }), []);
  assert.deepEqual(check({ status: 'reviewed' }), [
    `${key}: reviewed without a reviewer's name (reviewedBy)`,
    `${key}: reviewed without a date (reviewedOn, YYYY-MM-DD)`,
  ]);
  assert.deepEqual(check({ status: 'reviewed', reviewedBy: ' ', reviewedOn: '15/01/2027' }), [
    `${key}: reviewed without a reviewer's name (reviewedBy)`,
    `${key}: reviewed without a date (reviewedOn, YYYY-MM-DD)`,
  ]);
  assert.deepEqual(check({ status: 'machine-assisted', reviewedBy: 'Someone' }), [
    `${key}: a reviewer or a date on a machine-assisted text`,
  ]);
  assert.deepEqual(check({ status: 'approved' }), [`${key}: status must be machine-assisted or reviewed`]);
});

test('no text of any pack is marked reviewed without its trail, and the table counts what a person signed', () => {
  for (const { locale, reviewed, total, reviewers } of reviewSummary(texts)) {
    assert.equal(total, Object.keys(texts).length + xliffUnits(locale).size, locale);
    assert.equal(
      reviewed,
      reviewers.reduce((sum, { count }) => sum + count, 0),
      `${locale}: every reviewed text has its reviewer`,
    );
    for (const unit of xliffUnits(locale).values())
      assert.ok(['needs-review-translation', 'signed-off'].includes(unit.state), `${locale}: ${unit.source}`);
  }
});

test('an interface message is signed off only with a reviewer and a date', () => {
  const file = readFileSync(new URL('../../xliff/de.xlf', import.meta.url), 'utf8');
  const id = 'card.lessDetails';
  const unit = new RegExp(
    `(<trans-unit id="${id.replace('.', '\\.')}">[\\s\\S]*?)<target state="needs-review-translation">`,
  );
  assert.match(file, unit);
  const signed = (note) => file.replace(unit, `$1${note}<target state="signed-off">`);
  assert.deepEqual(checkXliff('de', file), []);
  assert.deepEqual(checkXliff('de', signed('<note from="reviewer">Association Exemple, 2027-01-15</note>')), []);
  assert.deepEqual(checkXliff('de', signed('')), [
    `${id}: signed off without a reviewer's note (<note from="reviewer">Name, YYYY-MM-DD</note>)`,
  ]);
  assert.deepEqual(checkXliff('de', file.replace(unit, '$1<target>')), [
    `${id}: state must be needs-review-translation (machine-assisted) or signed-off (reviewed)`,
  ]);
});

test('the README says, per language, how much of each pack a named reviewer has signed off', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8').replace(/\s+/g, ' ');
  const names = { es: 'Spanish', de: 'German', ar: 'Arabic', uk: 'Ukrainian' };
  for (const { locale, reviewed, total } of reviewSummary(texts)) {
    const share = Math.floor((100 * reviewed) / total);
    assert.ok(readme.includes(`${names[locale]} ${share} %`), `README: "${names[locale]} ${share} %"`);
    assert.ok(readme.includes(`(of ${total} texts each)`), `README: of ${total} texts`);
  }
});
