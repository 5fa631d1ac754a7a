// No-break spaces between the groups of a number and before its unit: the rule,
// and the shipped data and packs held to it (as `npm run check:data` does).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { NBSP, noBreakSpaceProblems, plainSpaces, withNoBreakSpaces } from '../../scripts/no-break-spaces.mjs';
import { registry } from '../../scripts/registry.mjs';

const read = (path) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const shown = (text) => text.replaceAll(NBSP, '~');

test('a number keeps its groups and its unit on one line; other spaces stay breakable', () => {
  assert.equal(
    shown(
      withNoBreakSpaces('Gratuit, 24 h/24 et 7 j/7 : appelez le 116 006 ou le 0 892 705 705, de 9 h à 18 h 30.', 'fr'),
    ),
    'Gratuit, 24~h/24 et 7~j/7 : appelez le 116~006 ou le 0~892~705~705, de 9~h à 18~h~30.',
  );
  assert.equal(
    shown(
      withNoBreakSpaces('Vous avez moins de 18 ans, depuis 3 jours, 12 mois ou 6 ans ; 50 % ; 0,80 € la minute.', 'fr'),
    ),
    'Vous avez moins de 18~ans, depuis 3~jours, 12~mois ou 6~ans ; 50~% ; 0,80~€ la minute.',
  );
  // A word that only begins like a unit, or no unit at all: unchanged.
  for (const text of [
    'il y a 2 hommes',
    'les 3 premiers',
    'en 2026 le service',
    'jusqu’à 5 ans après',
    'le 17 ou le 112',
  ])
    assert.equal(shown(withNoBreakSpaces(text, 'fr')), text === 'jusqu’à 5 ans après' ? 'jusqu’à 5~ans après' : text);
  assert.equal(
    shown(withNoBreakSpaces('Open 24 hours a day, 7 days a week, 9 am to 6 pm; call 116 006.', 'en')),
    'Open 24~hours a day, 7~days a week, 9~am to 6~pm; call 116~006.',
  );
  // A pack's language: the digit groups, whatever the words.
  assert.equal(shown(withNoBreakSpaces('اتصل بالرقم 116 006 مجانًا', 'ar')), 'اتصل بالرقم 116~006 مجانًا');
  assert.deepEqual(plainSpaces('Appelez le 116 006.', 'fr'), ['«pelez le 116␣006.»']);
});

test('the shipped data and language packs have no plain space inside a number or before its unit', () => {
  const data = { 'data/catalogue.json': read('data/catalogue.json'), 'data/finder.json': read('data/finder.json') };
  const packs = Object.fromEntries(registry.packs.map((locale) => [locale, read(`data/i18n/${locale}.json`)]));
  assert.deepEqual(noBreakSpaceProblems({ data, packs }), []);
  // The check finds a plain space put back, in the data and in a pack.
  const entry = data['data/catalogue.json'].services.find((service) => service.id === 'violences-femmes-info-3919');
  entry.summary.fr = entry.summary.fr.replace(`24${NBSP}h/24`, '24 h/24');
  const key = Object.keys(packs.de.texts).find((name) => packs.de.texts[name].text.includes(`116${NBSP}006`));
  packs.de.texts[key].text = packs.de.texts[key].text.replace(`116${NBSP}006`, '116 006');
  const problems = noBreakSpaceProblems({ data, packs });
  assert.equal(problems.length, 2, problems.join('\n'));
  assert.match(problems[0], /violences-femmes-info-3919\/summary \(fr\): «.*24␣h\/24/);
  assert.match(problems[1], /data\/i18n\/de\.json .*116␣006/);
});
