// The language packs' data: every text of every shipped language present and
// made from the current French, the interface messages complete, the reviewers'
// table current; and the checks themselves catch what they must.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { checkPack, dataTexts, hashOf, packLocales, translationsDoc } from '../../scripts/i18n-texts.mjs';
import { checkXliff } from '../../scripts/check-xliff.mjs';

const texts = dataTexts();

test('six languages: French and English in the data, four packs with every text, current', () => {
  assert.deepEqual(packLocales(), ['ar', 'de', 'es', 'uk']);
  assert.ok(Object.keys(texts).length > 600, `${Object.keys(texts).length} texts`);
  for (const [key, text] of Object.entries(texts)) assert.ok(text.fr && text.en, `${key} in French and English`);
  for (const locale of packLocales()) {
    const pack = JSON.parse(readFileSync(new URL(`../../data/i18n/${locale}.json`, import.meta.url), 'utf8'));
    assert.deepEqual(checkPack(pack, texts), [], locale);
    assert.equal(pack.locale, locale);
  }
});

test('every interface message in English and in each pack, placeholders kept', () => {
  for (const locale of ['en', ...packLocales()]) assert.deepEqual(checkXliff(locale), [], locale);
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
