// An element imported alone carries only what it uses: <quick-exit> neither the catalogue, nor the
// finder's tree, nor their English texts (decision 0027). Bundled from the source with esbuild,
// as a page's bundler would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { registry } from '../../scripts/registry.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

async function bundle(tag) {
  return build({
    entryPoints: [`${root}src/define/${tag}.ts`],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'error',
    tsconfig: `${root}tsconfig.json`,
  });
}

async function inputsOf(tag) {
  const result = await bundle(tag);
  // What the bundle keeps of each file (a file read and then shaken out weighs nothing).
  const [output] = Object.values(result.metafile.outputs);
  return Object.entries(output.inputs)
    .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
    .map(([file]) => file);
}

const TAGS = registry.tags;

test('<quick-exit> alone carries no data: no catalogue, no phone lines, no tree, no English texts of the data', async () => {
  const inputs = await inputsOf('quick-exit');
  const data = inputs.filter((file) =>
    /generated\/(catalogue-data|lines-data|finder-data|french-names|packs\/)/.test(file),
  );
  assert.deepEqual(data, []);
  assert.ok(
    inputs.some((file) => file.endsWith('generated/english/quick-exit.ts')),
    'its English messages are there',
  );
  assert.ok(!inputs.some((file) => file.endsWith('generated/locales/en.ts')), 'not the whole library’s');
});

test('<emergency-numbers> alone carries the phone lines and their English texts, not the catalogue nor the tree', async () => {
  const inputs = await inputsOf('emergency-numbers');
  assert.ok(inputs.some((file) => file.endsWith('generated/lines-data.ts')));
  assert.ok(inputs.some((file) => file.endsWith('generated/packs/en-lines.ts')));
  assert.deepEqual(
    inputs.filter((file) => /generated\/(catalogue-data|finder-data|packs\/en)\.ts$/.test(file)),
    [],
  );
});

for (const tag of TAGS)
  test(`<${tag}> alone has an English text for every message it names, and only its own`, async () => {
    const result = await bundle(tag);
    const code = result.outputFiles[0].text;
    // A message is named in an option object (`{id:"exit.button"}`); its English text is a key of the registered share.
    const named = new Set([...code.matchAll(/\bid:"([A-Za-z][\w-]*\.[\w.-]+)"/g)].map((match) => match[1]));
    const english = new Set([...code.matchAll(/"([A-Za-z][\w-]*\.[\w.-]+)":/g)].map((match) => match[1]));
    assert.ok(named.size > 5, `${tag} names its messages`);
    assert.deepEqual(
      [...named].filter((id) => !english.has(id)),
      [],
      'every message named has its English',
    );
    if (tag !== 'report-finder') assert.ok(english.size < 90, `${tag} does not carry every message (${english.size})`);
  });
