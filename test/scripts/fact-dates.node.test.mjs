// Every phone number, hour and result carries the date it was checked; a year later, check:data says so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { factDates, staleFacts, undatedFacts } from '../../scripts/fact-dates.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));
const catalogue = read('data/catalogue.json');
const finder = read('data/finder.json');

test('every phone number, every entry with hours and every result of the data has its date', () => {
  const facts = factDates(catalogue, finder);
  const phones = catalogue.services.flatMap((service) => service.access.phones ?? []).length;
  assert.equal(facts.filter((fact) => fact.what === 'phone').length, phones);
  assert.equal(facts.filter((fact) => fact.what === 'result').length, finder.outcomes.length);
  assert.deepEqual(undatedFacts(facts, '2026-12-31'), []);
});

test('hours written only in a text need a date too', () => {
  const service = {
    id: 'x',
    summary: { fr: 'Ouvert du lundi au vendredi, de 9 h à 18 h 30.', en: 'Open Monday to Friday, 9 am to 6:30 pm.' },
    access: { phones: [{ number: '3018', display: '3018' }] },
  };
  const problems = undatedFacts(factDates({ services: [service] }, { outcomes: [{ id: 'r' }] }), '2026-12-06');
  assert.deepEqual(problems, [
    'x: access.phones[0] (3018): no date: give the date it was checked (YYYY-MM-DD)',
    'x: hoursChecked: no date: give the date it was checked (YYYY-MM-DD)',
    'outcome r: checked: no date: give the date it was checked (YYYY-MM-DD)',
  ]);
  const quiet = { id: 'y', summary: { fr: 'Un site.', en: 'A site.' }, access: {} };
  assert.deepEqual(factDates({ services: [quiet] }, { outcomes: [] }), []);
});

test('a fact checked more than twelve months ago is stale; a date after today is refused', () => {
  const facts = [
    { at: 'a', date: '2025-12-05' },
    { at: 'b', date: '2025-12-06' },
    { at: 'c', date: '2026-06-01' },
  ];
  assert.deepEqual(
    staleFacts(facts, '2026-12-06').map((fact) => fact.at),
    ['a'],
  );
  assert.match(
    undatedFacts([{ at: 'd', date: '2027-01-01' }], '2026-12-06')[0],
    /d: "2027-01-01" is not a date checked/,
  );
});

test('check:data fails on a phone number without its date, and warns on an old one', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dates-'));
  const copy = structuredClone(catalogue);
  delete copy.services.find((service) => service.id === 'harcelement-3018').access.phones[0].checked;
  const file = join(dir, 'catalogue.json');
  writeFileSync(file, JSON.stringify(copy));
  const refused = spawnSync(process.execPath, [join(root, 'scripts/check-data.mjs'), '--catalogue', file], {
    encoding: 'utf8',
  });
  assert.equal(refused.status, 1);
  assert.match(refused.stderr, /harcelement-3018: access\.phones\[0\]: must have required property 'checked'/);

  const later = spawnSync(process.execPath, [join(root, 'scripts/check-data.mjs'), '--today', '2028-01-01'], {
    encoding: 'utf8',
  });
  assert.match(later.stderr, /warning: \d+ fact\(s\) last checked more than 12 months ago/);
  assert.match(later.stderr, /harcelement-3018: access\.phones\[0\] \(3018\): checked 2026-/);
});
