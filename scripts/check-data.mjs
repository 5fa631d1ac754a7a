// Checks a catalogue file: first against its JSON Schema, then beyond it
// (unique ids, references, https only, phone numbers, dates, translations,
// seed services) with the same function the library uses at run time.
// Usage: node scripts/check-data.mjs [path/to/catalogue.json]
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Ajv from 'ajv';
import { build } from 'esbuild';

const root = new URL('../', import.meta.url);
const file = process.argv[2] ?? fileURLToPath(new URL('data/catalogue.json', root));
const schema = JSON.parse(await readFile(new URL('data/catalogue.schema.json', root), 'utf8'));

let data;
try {
  data = JSON.parse(await readFile(file, 'utf8'));
} catch (error) {
  console.error(`${file}: not readable JSON: ${error.message}`);
  process.exit(1);
}

/** Names a JSON pointer by entry id where it points inside services[]. */
function describe(pointer) {
  const match = /^\/services\/(\d+)(.*)$/.exec(pointer);
  if (!match) return `(catalogue): ${pointer || '/'}`;
  const id = data.services?.[Number(match[1])]?.id ?? `services[${match[1]}]`;
  const field = match[2].replace(/^\//, '').replace(/\/(\d+)/g, '[$1]').replace(/\//g, '.');
  return `${id}: ${field || '(entry)'}`;
}

const problems = [];
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
if (!validate(data)) {
  for (const error of validate.errors) {
    const extra = error.params?.additionalProperty ? ` "${error.params.additionalProperty}"` : '';
    problems.push(`${describe(error.instancePath)}: ${error.message}${extra}`);
  }
}

// The semantic checks are TypeScript in src/; bundle them on the fly.
const bundled = await build({
  entryPoints: [fileURLToPath(new URL('src/catalogue/check.ts', root))],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
});
const { checkCatalogue, formatProblem } = await import(
  `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`
);
if (problems.length === 0) problems.push(...checkCatalogue(data).map(formatProblem));

if (problems.length) {
  console.error(`${file}: ${problems.length} problem(s)`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
console.log(`${pathToFileURL(file).pathname.split('/').slice(-2).join('/')}: ${data.services.length} entries, schema and checks pass`);
