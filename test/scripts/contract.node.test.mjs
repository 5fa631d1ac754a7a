// The content contract (scripts/contract.mjs, decision 0034): one JSON Schema per data file gives
// the types, the structural check of `npm run check:data` (Ajv) and the readers of host data in
// TypeScript and PHP. A change to the schema changes every output; each output refuses a wrong shape
// with a message a page author can act on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { build } from 'esbuild';
import { X_KEYWORDS, dropUnshipped, schemaReader, schemaTypes } from '../../scripts/contract.mjs';

const root = new URL('../../', import.meta.url);
const php = process.env.PHP_PATH || 'php';
const schema = (name) => JSON.parse(readFileSync(new URL(`data/${name}.schema.json`, root), 'utf8'));

/** The local contacts' schema with one more property: a floor, a short text of its own form. */
function withFloor() {
  const changed = schema('local-contacts');
  changed.properties.floor = {
    description: 'The floor of the office.',
    type: 'string',
    pattern: '^-?\\d{1,2}$',
    'x-message': 'must be a floor number such as "2" or "-1"',
  };
  return changed;
}

const valid = {
  id: 'accueil-victimes',
  kind: 'phone-line',
  categories: ['help-support'],
  name: 'Accueil des victimes',
  summary: 'Un accueil au commissariat.',
  access: { website: 'https://exempleville.example.org/accueil' },
};

/** Runs a generated TypeScript reader (bundled with its runtime) on entries, with formats that pass values through. */
async function readWithTs(readerSource, entries, reader = 'readLocalContact') {
  const dir = mkdtempSync(join(tmpdir(), 'contract-'));
  const runtime = fileURLToPath(new URL('src/catalogue/read.ts', root));
  try {
    writeFileSync(
      join(dir, 'formats.ts'),
      `export type FormatContext = unknown;
       const same = (value: unknown) => value;
       export const text = (value: unknown) => ({ fr: String(value), en: String(value) });
       export const newId = same, kind = same, category = same, alias = same, httpsUrl = same, phone = same, notFuture = same, openingRange = same;`,
    );
    writeFileSync(
      join(dir, 'reader.ts'),
      readerSource
        .replace(/from '[^']*read\.js'/, `from '${runtime}'`)
        .replace(/from '[^']*formats\.js'/, `from './formats.ts'`)
        .replace(/^import type .*$/m, ''),
    );
    writeFileSync(
      join(dir, 'run.ts'),
      `import { ${reader} } from './reader.ts';
       import { Refused } from '${runtime}';
       export const run = (entries: unknown[]) => entries.map((entry) => {
         try { return ${reader}(entry, '', {}); } catch (error) { return error instanceof Refused ? error.field + ': ' + error.message : String(error); }
       });`,
    );
    const out = await build({
      entryPoints: [join(dir, 'run.ts')],
      bundle: true,
      format: 'esm',
      platform: 'node',
      write: false,
      logLevel: 'error',
    });
    const module = await import(
      `data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`
    );
    return module.run(entries);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs a generated PHP reader on entries, with the plugin's runtime and pass-through hooks. */
function readWithPhp(readerSource, entries) {
  const dir = mkdtempSync(join(tmpdir(), 'contract-'));
  try {
    writeFileSync(join(dir, 'reader.php'), readerSource);
    const contacts = fileURLToPath(
      new URL('integrations/wordpress/guichet-securite/includes/class-guichet-securite-contacts.php', root),
    );
    writeFileSync(
      join(dir, 'run.php'),
      `<?php
define( 'GUICHET_SECURITE_TESTING', true );
require '${contacts}';
require __DIR__ . '/reader.php';
$same  = function ( $value ) { return $value; };
$text  = function ( $value ) { return array( 'fr' => (string) $value, 'en' => (string) $value ); };
$hooks = array( 'new-id' => $same, 'kind' => $same, 'category' => $same, 'text' => $text, 'alias' => $same, 'https-url' => $same, 'phone' => $same, 'not-future' => $same, 'opening-range' => $same );
$out   = array();
foreach ( json_decode( file_get_contents( 'php://stdin' ) ) as $entry ) {
	try {
		$out[] = Test_Contact_Reader::read( $entry, '', $hooks );
	} catch ( Guichet_Securite_Refused $refused ) {
		$out[] = $refused->field . ': ' . $refused->getMessage();
	}
}
echo json_encode( $out, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES );
`,
    );
    execFileSync(php, ['-l', join(dir, 'reader.php')], { stdio: 'pipe' });
    return JSON.parse(execFileSync(php, [join(dir, 'run.php')], { input: JSON.stringify(entries), encoding: 'utf8' }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const tsReader = (source) =>
  schemaReader(source, {
    lang: 'ts',
    name: 'readLocalContact',
    banner: '// test',
    runtime: '../catalogue/read.js',
    formats: '../catalogue/contact-formats.js',
    type: 'unknown',
  });
const phpReader = (source) =>
  schemaReader(source, {
    lang: 'php',
    name: 'Test_Contact_Reader',
    banner: '// test',
    runtime: 'Guichet_Securite_Contacts',
  });

test('a property added to the schema reaches the types, both readers and the structural check', async () => {
  const before = schema('local-contacts');
  const after = withFloor();
  // The types.
  assert.doesNotMatch(schemaTypes(before, { banner: '' }), /floor/);
  assert.match(
    schemaTypes(after, { banner: '' }),
    /\/\*\* The floor of the office\. \*\/\n {2}readonly floor\?: string;/,
  );
  // The readers: a wrong floor is refused, a right one kept, in TypeScript and in PHP alike.
  const entries = [{ ...valid, floor: '2' }, { ...valid, floor: 'ground' }, valid];
  const expected = ['2', 'floor: must be a floor number such as "2" or "-1"', undefined];
  const fromTs = await readWithTs(tsReader(after), entries);
  const fromPhp = readWithPhp(phpReader(after), entries);
  assert.deepEqual(
    fromTs.map((read) => (typeof read === 'string' ? read : read.floor)),
    expected,
  );
  assert.deepEqual(
    fromPhp.map((read) => (typeof read === 'string' ? read : read.floor)),
    expected,
  );
  // Before the change, neither reader knows the field (an unknown field is left out, not copied).
  assert.equal((await readWithTs(tsReader(before), entries))[1].floor, undefined);
  assert.equal(readWithPhp(phpReader(before), entries)[1].floor, undefined);
  // The structural check (Ajv, as check:data runs it) on the catalogue's schema changed the same way.
  const catalogue = schema('catalogue');
  catalogue.definitions.service.properties.floor = { type: 'string', pattern: '^-?\\d{1,2}$' };
  assert.match(schemaTypes(catalogue, { banner: '' }), /readonly floor\?: string;/);
  const validate = new Ajv({ allErrors: true, strict: true }).addVocabulary(X_KEYWORDS).compile(catalogue);
  const data = JSON.parse(readFileSync(new URL('data/catalogue.json', root), 'utf8'));
  assert.equal(validate(data), true);
  data.services[0].floor = 'ground';
  assert.equal(validate(data), false);
  assert.deepEqual(
    validate.errors.map((error) => `${error.instancePath}: ${error.message}`),
    ['/services/0/floor: must match pattern "^-?\\d{1,2}$"'],
  );
});

test("each reader refuses a wrong shape with the schema's message, at the field a page author wrote", async () => {
  const source = schema('local-contacts');
  const wrong = [
    { ...valid, id: 'Accueil Victimes' },
    { ...valid, categories: 'help-support' },
    { ...valid, categories: [] },
    { ...valid, access: 'https://x.example.org' },
    { ...valid, access: {} },
    { ...valid, access: { email: 'not an address' } },
    { ...valid, access: { phones: [{ number: 17 }] } },
    { ...valid, hours: '24/7' },
    { ...valid, hours: { weekly: [{ days: [8], opens: '08:00', closes: '09:00' }] } },
    { ...valid, hours: { weekly: [{ days: [1], opens: '8h', closes: '09:00' }] } },
    { ...valid, availability: { departments: ['99'] } },
    { ...valid, outcomes: ['Not An Id'] },
    { ...valid, notes: Array.from({ length: 13 }, () => 'n') },
    'a string',
  ];
  const expected = [
    'id: must be lower-case letters, digits and dashes',
    'categories: must be a list',
    'categories: must name at least one category',
    'access: must say how to reach the contact',
    'access: needs a website, chat, phone or e-mail',
    'access.email: must be an e-mail address',
    'access.phones[0]: number and display must be texts',
    'hours: must be { "always": true } or { "weekly": [...] }',
    'hours.weekly[0].days: must list weekdays 1 (Monday) to 7 (Sunday)',
    'hours.weekly[0]: opens and closes must be HH:MM, opens before closes',
    'availability.departments[0]: must be a département code such as "35", "2A", "974"',
    'outcomes[0]: must be a finder outcome id',
    'notes: has more than 12 items',
    '(entry): must be an object',
  ];
  assert.deepEqual(await readWithTs(tsReader(source), wrong), expected);
  assert.deepEqual(readWithPhp(phpReader(source), wrong), expected);
  // And the valid entry, with its defaults, reads the same in both languages.
  const [fromTs] = await readWithTs(tsReader(source), [valid]);
  const [fromPhp] = readWithPhp(phpReader(source), [valid]);
  assert.deepEqual(fromPhp, JSON.parse(JSON.stringify(fromTs)));
  assert.deepEqual(fromTs.availability, { national: true });
  assert.deepEqual(fromTs.access, { website: { url: 'https://exempleville.example.org/accueil' } });
});

test('the structural check of check:data refuses a wrong shape, named by the field', () => {
  for (const [name, file, breakIt, message] of [
    [
      'catalogue',
      'catalogue',
      (data) => (data.services[0].access.phones = 'nope'),
      '/services/0/access/phones: must be array',
    ],
    [
      'finder',
      'finder',
      (data) => (data.outcomes[0].services = []),
      '/outcomes/0/services: must NOT have fewer than 1 items',
    ],
  ]) {
    const validate = new Ajv({ allErrors: true, strict: true }).addVocabulary(X_KEYWORDS).compile(schema(name));
    const data = JSON.parse(readFileSync(new URL(`data/${file}.json`, root), 'utf8'));
    assert.equal(validate(data), true, name);
    breakIt(data);
    assert.equal(validate(data), false, name);
    assert.ok(
      validate.errors.some((error) => `${error.instancePath}: ${error.message}` === message),
      `${name}: ${JSON.stringify(validate.errors)}`,
    );
  }
});

test('the generator refuses a keyword it does not understand rather than ignoring it', () => {
  const source = schema('local-contacts');
  source.properties.id.format = undefined;
  source.properties.id.exclusiveMaximum = 3;
  assert.throws(() => schemaTypes(source, { banner: '' }), /does not know the keyword "exclusiveMaximum"/);
});

test('the generated files are what the schemas give (npm run generate is up to date)', () => {
  const generated = (path) => readFileSync(new URL(path, root), 'utf8');
  for (const name of ['catalogue', 'finder'])
    assert.equal(
      generated(`src/generated/${name}-types.ts`).split('\n').slice(1).join('\n'),
      schemaTypes(schema(name), { banner: '' }).split('\n').slice(1).join('\n'),
      name,
    );
  assert.match(generated('src/generated/local-contact-reader.ts'), /export function readLocalContact\(/);
  assert.match(
    generated('integrations/wordpress/guichet-securite/includes/class-guichet-securite-contact-reader.php'),
    /class Guichet_Securite_Contact_Reader \{/,
  );
});

test('the finder\u2019s schema gives the reader of a page\u2019s tree; what it marks as the maintainers\u2019 is neither read nor shipped', async () => {
  const finderReader = (source) =>
    schemaReader(source, {
      lang: 'ts',
      banner: '// test',
      runtime: '../catalogue/read.js',
      formats: '../catalogue/contact-formats.js',
      exports: { readFinderQuestion: 'question', readFinderOutcome: 'outcome' },
    });
  const outcome = { id: 'o', title: { fr: 'Fin', en: 'End' }, services: ['thesee'] };
  const entries = [
    outcome,
    { ...outcome, showCatalogue: 'yes' },
    { ...outcome, steps: [{ text: { fr: ' ', en: 'Keep the evidence' } }] },
    { ...outcome, action: { service: 'thesee', channel: 'fax' } },
    { ...outcome, sources: 'my notes', checked: 42 },
    { ...outcome, urgent: 'yes' },
  ];
  assert.deepEqual(await readWithTs(finderReader(schema('finder')), entries, 'readFinderOutcome'), [
    outcome,
    'showCatalogue: must be true or false',
    'steps[0].text: missing fr text',
    'action.channel: must be one of website, chat, phone, sms',
    outcome,
    outcome,
  ]);
  // A property added to the outcome's schema reaches the reader.
  const changed = schema('finder');
  changed.definitions.outcome.properties.urgent = { type: 'boolean', 'x-message': 'must be true or false, if urgent' };
  assert.equal(
    (await readWithTs(finderReader(changed), entries, 'readFinderOutcome'))[5],
    'urgent: must be true or false, if urgent',
  );
  // The questions: each option leads to a question or to an outcome.
  const question = {
    id: 'q',
    text: { fr: 'Où ?', en: 'Where?' },
    options: [
      { id: 'a', label: { fr: 'Ici', en: 'Here' }, next: { outcome: 'o' } },
      { id: 'b', label: { fr: 'Là', en: 'There' }, next: { question: 'r' } },
    ],
  };
  const broken = structuredClone(question);
  broken.options[1].next = 'r';
  assert.deepEqual(await readWithTs(finderReader(schema('finder')), [question, broken], 'readFinderQuestion'), [
    question,
    'options[1].next: must name a question or an outcome',
  ]);
  // The shipped tree leaves out the maintainers' fields the schema marks (x-shipped: false).
  const tree = {
    $schema: './finder.schema.json',
    outcomes: [
      {
        ...outcome,
        checked: '2026-12-01',
        sources: [{ url: 'https://www.service-public.gouv.fr' }],
        steps: [{ text: outcome.title, sources: [] }],
      },
    ],
  };
  assert.deepEqual(dropUnshipped(schema('finder'), tree), {
    outcomes: [{ ...outcome, steps: [{ text: outcome.title }] }],
  });
});

test('the shipped catalogue leaves out what its schema marks as the maintainers\u2019 (review dates and notes, a seed\u2019s old address), and keeps the rest', async () => {
  const entry = {
    id: 'x',
    access: { phones: [{ number: '17', display: '17', checked: '2026-12-01' }] },
    hoursChecked: '2026-12-01',
    seed: { name: 'Pré-plainte en ligne', address: 'www.pre-plainte-en-ligne.gouv.fr' },
    maintainerSources: [{ url: 'https://www.example.org/article' }],
    reviewNotes: 'to check again in spring',
    checked: '2026-12-01',
  };
  assert.deepEqual(dropUnshipped(schema('catalogue'), { services: [entry] }), {
    services: [
      {
        id: 'x',
        access: { phones: [{ number: '17', display: '17' }] },
        seed: { name: 'Pré-plainte en ligne' },
        checked: '2026-12-01',
      },
    ],
  });
  // What the drop-in ships: every seed's name (a search still finds it), no old address.
  const generated = readFileSync(new URL('../../src/generated/catalogue-data.ts', import.meta.url), 'utf8');
  const shipped = JSON.parse(JSON.parse(/JSON\.parse\(("(?:[^"\\]|\\.)*")\)/.exec(generated)[1]));
  const seeds = shipped.services.flatMap((service) => (service.seed ? [service.seed] : []));
  assert.ok(seeds.length >= 10, `${seeds.length} seeds`);
  assert.deepEqual(
    seeds.filter((seed) => 'address' in seed || !seed.name),
    [],
  );
});
