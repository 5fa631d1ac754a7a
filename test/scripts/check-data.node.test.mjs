// Runs scripts/check-data.mjs on broken copies of the catalogue: each must fail
// with a message naming the entry and the field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const script = join(root, 'scripts/check-data.mjs');
const original = JSON.parse(readFileSync(join(root, 'data/catalogue.json'), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'catalogue-'));

function check(edit) {
  const copy = structuredClone(original);
  edit(copy);
  const file = join(dir, `catalogue-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(copy));
  return spawnSync(process.execPath, [script, '--catalogue', file], { encoding: 'utf8' });
}
const entry = (data, id) => data.services.find((service) => service.id === id);

const outcomeOf = (data, id) => data.outcomes.find((outcome) => outcome.id === id);

test('a public source outside the official domains is refused, and named', () => {
  const result = check((data) => {
    entry(data, 'pharos').sources.push({ url: 'https://www.example-news.fr/article' });
    entry(data, 'thesee').access.website.url = 'https://thesee.example.com';
  });
  assert.equal(result.status, 1);
  assert.match(
    result.stderr,
    /pharos: sources\[5\]\.url: "https:\/\/www\.example-news\.fr\/article" is not an official page: move it to maintainerSources/,
  );
  assert.match(
    result.stderr,
    /thesee: access\.website\.url: "https:\/\/thesee\.example\.com" is not on an official domain/,
  );
});

test("maintainers' sources may be any https page", () => {
  const result = check((data) => {
    entry(data, 'pharos').maintainerSources = [{ url: 'https://www.example-news.fr/article', note: 'press' }];
  });
  assert.equal(result.status, 0, result.stderr);
});

test('a result that says too much before its details, repeats itself, or cites a press page is refused', () => {
  const long = { fr: Array(60).fill('mot').join(' '), en: Array(60).fill('word').join(' ') };
  const result = checkFinderCopy((data) => {
    outcomeOf(data, 'pharos').steps = [{ text: long }, { text: long }];
    outcomeOf(data, 'thesee').advice = [{ fr: outcomeOf(data, 'thesee').steps[0].text.fr, en: 'Again.' }];
    outcomeOf(data, 'spam').sources = [{ url: 'https://www.example-news.fr/sms' }];
  });
  assert.equal(result.status, 1);
  assert.match(result.stderr, /outcome pharos: \d+ words \(fr\) before the first disclosure; at most 120/);
  assert.match(result.stderr, /outcome thesee: advice\[0\] repeats steps\[0\]/);
  assert.match(
    result.stderr,
    /outcome spam: sources\[0\]: "https:\/\/www\.example-news\.fr\/sms" is not an official page/,
  );
});

test('a main button whose service cannot be reached that way is refused', () => {
  const result = checkFinderCopy((data) => {
    outcomeOf(data, 'pharos').action = { service: 'pharos', channel: 'sms' };
  });
  assert.equal(result.status, 1);
  assert.match(result.stderr, /outcome pharos: action: the service "pharos" has no sms to reach/);
});

test('the real catalogue passes', () => {
  const output = execFileSync(process.execPath, [script], { encoding: 'utf8' });
  assert.match(output, /schema and checks pass/);
});

test('a schema error names the entry and the field', () => {
  const result = check((data) => {
    delete entry(data, 'thesee').name.en;
  });
  assert.equal(result.status, 1);
  assert.match(result.stderr, /thesee: name: must have required property 'en'/);
});

test('an http address names the entry and the field', () => {
  const result = check((data) => {
    entry(data, 'pharos').access.website.url = 'http://www.internet-signalement.gouv.fr';
  });
  assert.equal(result.status, 1);
  assert.match(result.stderr, /pharos: access\.website\.url: must match pattern/);
});

test('an unknown field is refused', () => {
  const result = check((data) => {
    entry(data, 'perceval').telephone = '0800';
  });
  assert.equal(result.status, 1);
  assert.match(result.stderr, /perceval: \(entry\): must NOT have additional properties "telephone"/);
});

test('semantic problems: unknown reference, wrong phone display, future date', () => {
  const result = check((data) => {
    entry(data, 'perceval').notFor[0].useInstead = ['nowhere'];
    entry(data, 'info-escroqueries').access.phones[0].display = '0 805 805 818';
    entry(data, 'pnav').checked = '2099-01-01';
  });
  assert.equal(result.status, 1);
  assert.match(result.stderr, /perceval: notFor\[0\]\.useInstead\[0\]: unknown entry "nowhere"/);
  assert.match(
    result.stderr,
    /info-escroqueries: access\.phones\[0\]: display "0 805 805 818" does not show the number/,
  );
  assert.match(result.stderr, /pnav: checked: 2099-01-01 is in the future/);
});

test('malformed JSON is reported, not thrown', () => {
  const file = join(dir, 'broken.json');
  writeFileSync(file, '{ "services": [');
  const result = spawnSync(process.execPath, [script, '--catalogue', file], { encoding: 'utf8' });
  assert.equal(result.status, 1);
  assert.match(result.stderr, /not readable JSON/);
});

const finderOriginal = JSON.parse(readFileSync(join(root, 'data/finder.json'), 'utf8'));
function checkFinderCopy(edit) {
  const copy = structuredClone(finderOriginal);
  edit(copy);
  const file = join(dir, `finder-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(copy));
  return spawnSync(process.execPath, [script, '--finder', file], { encoding: 'utf8' });
}
const question = (data, id) => data.questions.find((item) => item.id === id);

test('finder: a schema error names the question', () => {
  const result = checkFinderCopy((data) => {
    question(data, 'what').options[0].next = { elsewhere: 'x' };
  });
  assert.equal(result.status, 1);
  assert.match(result.stderr, /question what: options\[0\]\.next: must match exactly one schema/);
});

test('finder: a loop and an unknown service are named', () => {
  const loop = checkFinderCopy((data) => {
    question(data, 'card-blocked').options[0].next = { question: 'card-status' };
  });
  assert.equal(loop.status, 1);
  assert.match(loop.stderr, /question card-status: loop/);
  const unknown = checkFinderCopy((data) => {
    data.outcomes.find((outcome) => outcome.id === 'thesee').services = ['thesee-v2'];
  });
  assert.match(unknown.stderr, /outcome thesee: services\[0\]: unknown service "thesee-v2"/);
});
