// The evaluation corpus of the finder (test/finder/situations.json) stands on official pages:
// each situation names the official page its expected first action rests on, and only ids
// the catalogue has. The routing itself is measured in the browser (test/finder/evaluation.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const read = (path) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const corpus = read('test/finder/situations.json');
const ids = new Set(read('data/catalogue.json').services.map((service) => service.id));
// Official pages: the domains the catalogue may cite, and a visitor's own government (its embassy's page on crime in France).
const domains = [...read('data/official-domains.json').domains.map((entry) => entry.domain), 'usembassy.gov', 'gov.uk'];
const official = (url) => {
  const host = new URL(url).hostname.replace(/\.$/, '');
  return domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
};

const FACTS = {
  now: [true, false],
  victimAge: ['adult', 'minor'],
  writerIsMinor: [true, false],
  who: ['self', 'parent', 'relative', 'organisation', 'professional', 'witness'],
  author: ['known', 'unknown', 'none'],
  online: ['all', 'partly', 'no', 'n/a'],
  livesInFrance: [true, false],
  cannotSpeak: [true, false],
};

test('at least 150 situations, 30 in English, unique ids', () => {
  assert.ok(corpus.length >= 150, `${corpus.length} situations`);
  assert.ok(corpus.filter((situation) => situation.lang === 'en').length >= 30);
  assert.equal(new Set(corpus.map((situation) => situation.id)).size, corpus.length);
});

test('each rests on an official page, expects catalogue ids, and states its facts', () => {
  for (const situation of corpus) {
    assert.ok(situation.says.trim().length > 10, situation.id);
    assert.ok(official(situation.source.url), `${situation.id}: ${situation.source.url} is not on an official domain`);
    assert.ok(situation.expect.length > 0, situation.id);
    for (const id of [...situation.expect, ...(situation.never ?? [])])
      assert.ok(ids.has(id), `${situation.id}: unknown id ${id}`);
    for (const [fact, values] of Object.entries(FACTS))
      assert.ok(
        values.includes(situation.facts?.[fact]),
        `${situation.id}: facts.${fact} = ${situation.facts?.[fact]}`,
      );
  }
});

test('the situations the tree leaves out say where "none of these" sends them', () => {
  const uncovered = corpus.filter((situation) => situation.class === 'not-covered');
  assert.ok(uncovered.length >= 8, `${uncovered.length} uncovered situations`);
  for (const situation of uncovered) assert.deepEqual(situation.expect, ['ma-securite'], situation.id);
});
