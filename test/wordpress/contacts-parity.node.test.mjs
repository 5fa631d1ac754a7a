// The WordPress plugin reads a site's local contacts in PHP, on save, with the
// same rules as the elements (src/catalogue/local-contacts.ts): run both on the
// library's hostile-input corpus and on valid entries, and expect the same
// verdicts (accepted ids; refused entry, field and message), and entries the
// elements read back exactly as they read the original.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { catalogue } from '../../dist/catalogue/catalogue.js';
import { parseLocalContacts } from '../../dist/catalogue/local-contacts.js';
import { corpus, deepJson, valid } from '../fixtures/local-contacts-corpus.mjs';

const TODAY = '2026-11-28';
const php = process.env.PHP_PATH || 'php';

/** As the elements' test writes it: the 5 000-level summary by hand (not every engine stringifies it). */
const toJson = (input) =>
  input && typeof input === 'object' && input.id === 'a40'
    ? JSON.stringify({ ...input, summary: '@@' }).replace('"@@"', `${'{"a":'.repeat(5000)}"x"${'}'.repeat(5000)}`)
    : JSON.stringify(input);

const inputs = [
  ...corpus.filter(([, input]) => input !== undefined).map(([name, input]) => [name, `[${toJson(input)}]`]),
  ['the valid entry', `[${toJson(valid)}]`],
  [
    'valid entries around refused ones, and broken Unicode',
    `[${toJson(corpus[6][1])},${toJson(valid)},${toJson(corpus[3][1])},${toJson({ ...valid, id: 'broken-unicode' }).replace('"name":', '"name":"Accueil \\ud800 victimes","x":')}]`,
  ],
  ['a pair of surrogates kept', `[${toJson({ ...valid, id: 'emoji', summary: 'Accueil \u{1F600}' })}]`],
  [
    'a long text in astral characters (JavaScript counts UTF-16 units)',
    `[${toJson({ ...valid, id: 'astral', name: '\u{1F600}'.repeat(81) })}]`,
  ],
  ['the same id twice', `[${toJson(valid)},${toJson(valid)}]`],
  ['{ contacts: [...] }', JSON.stringify({ contacts: [valid] })],
  ['80 entries (50 read)', JSON.stringify(Array.from({ length: 80 }, (_, i) => ({ ...valid, id: `c${i}` })))],
  ['not JSON', '{oops'],
  ['a string', '"a string"'],
  ['deep arrays', deepJson],
  [
    'the whole corpus in one list',
    `[${[valid, ...corpus.map(([, input]) => input).filter((input) => input !== undefined)].map(toJson).join(',')}]`,
  ],
  [
    'every optional field',
    `[${toJson({ ...valid, id: 'full', useWhen: ['a', { fr: 'b', en: 'B' }], requirements: ['r'], prepare: ['p'], notes: ['n'], aliases: ['alias'], outcomes: ['violence-victim'], hours: { always: true }, access: { chat: 'https://chat.example.org', email: { address: 'a@b.fr' }, phones: [{ number: '3919', display: '39 19', cost: 'free' }] } })}]`,
  ],
  ['weekday as 1.0', `[${toJson(valid).replace('"days":[1,2,3,4,5]', '"days":[1.0,2,3,4,5]')}]`],
  ['null fields', `[${toJson({ ...valid, id: 'nulls' }).replace('"checked":"2026-11-01"', '"checked":null')}]`],
  [
    'null e-mail',
    `[${toJson({ ...valid, id: 'null-email', access: { email: null, website: 'https://x.example.org' } })}]`,
  ],
];

function phpVerdicts() {
  const request = {
    known: {
      ids: catalogue.services.map((entry) => entry.id),
      kinds: catalogue.kinds.map((kind) => kind.id),
      categories: catalogue.categories.map((category) => category.id),
    },
    today: TODAY,
    inputs: inputs.map(([, json]) => json),
  };
  const out = execFileSync(php, [new URL('contacts-harness.php', import.meta.url).pathname], {
    input: JSON.stringify(request),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out);
}

/** PHP's parser cannot read 5 000 levels: the plugin refuses the whole text (JavaScript, only the entry). */
const TOO_DEEP = new Set(['deeply nested summary', 'the whole corpus in one list', 'deep arrays']);

test(`the plugin's PHP reader and the elements' reader agree on ${inputs.length} inputs, hostile ones included`, () => {
  const verdicts = phpVerdicts();
  assert.equal(verdicts.length, inputs.length);
  inputs.forEach(([name, json], index) => {
    const js = parseLocalContacts(json, catalogue, TODAY);
    const fromPhp = verdicts[index];
    if (TOO_DEEP.has(name)) {
      assert.deepEqual(
        fromPhp,
        {
          entries: [],
          problems: [
            { entry: '(local contacts)', field: '(json)', message: 'not valid JSON: nested more than 64 levels deep' },
          ],
        },
        name,
      );
      return;
    }
    assert.deepEqual(
      fromPhp.entries.map((entry) => entry.id),
      js.entries.map((entry) => entry.id),
      `${name}: accepted ids`,
    );
    const problems = (list) =>
      list.map((problem) =>
        problem.field === '(json)'
          ? `${problem.entry}: (json)`
          : `${problem.entry}: ${problem.field}: ${problem.message}`,
      );
    assert.deepEqual(problems(fromPhp.problems), problems(js.problems), `${name}: problems`);
    // What the plugin prints, the elements read as they read the original.
    const reread = parseLocalContacts(JSON.stringify(fromPhp.entries), catalogue, TODAY);
    assert.deepEqual(reread.problems, [], `${name}: the plugin's entries are valid for the elements`);
    assert.deepEqual(reread.entries, js.entries, `${name}: same entries once read by the elements`);
  });
});
