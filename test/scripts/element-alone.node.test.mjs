// An element imported alone carries only what it uses: <quick-exit> neither the catalogue, nor the
// finder's tree, nor their English texts (decision 0027). Bundled from the source with esbuild,
// as a page's bundler would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));

async function inputsOf(tag) {
  const result = await build({
    entryPoints: [`${root}src/define/${tag}.ts`],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'error',
    tsconfig: `${root}tsconfig.json`,
  });
  // What the bundle keeps of each file (a file read and then shaken out weighs nothing).
  const [output] = Object.values(result.metafile.outputs);
  return Object.entries(output.inputs)
    .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
    .map(([file]) => file);
}

test('<quick-exit> alone carries no data: no catalogue, no tree, no English texts of the data', async () => {
  const inputs = await inputsOf('quick-exit');
  const data = inputs.filter((file) => /generated\/(catalogue-data|finder-data|packs\/)/.test(file));
  assert.deepEqual(data, []);
  assert.ok(
    inputs.some((file) => file.endsWith('generated/english/quick-exit.ts')),
    'its English messages are there',
  );
  assert.deepEqual(
    inputs.filter((file) => file.endsWith('generated/locales/en.ts')),
    [],
    'not the English messages of the other elements',
  );
});

test('<emergency-numbers> alone carries the catalogue but not the tree', async () => {
  const inputs = await inputsOf('emergency-numbers');
  assert.ok(inputs.some((file) => file.endsWith('generated/catalogue-data.ts')));
  assert.deepEqual(
    inputs.filter((file) => file.endsWith('generated/finder-data.ts')),
    [],
  );
});
