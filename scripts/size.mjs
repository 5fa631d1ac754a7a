// Prints the sizes of the drop-in and of each language pack (raw, gzip, brotli) and fails above a budget;
// then each element imported alone from the npm build, as a page's bundler (esbuild, minified) makes it.
// The budget is documented in the README; change both together.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { registry } from './registry.mjs';

// Budgets in brotli bytes: they stop growth; why they are not lower is in
// docs/decisions/0021-size-targets-and-content.md and 0025-size-budgets-after-the-new-paths.md.
const FILES = [
  {
    path: 'dist/guichet-securite.min.js',
    budget: 62 * 1024,
    what: 'drop-in (French; English and the other languages as packs)',
  },
  { path: 'dist/guichet-securite.en.js', budget: 16 * 1024, what: 'language pack en' },
  ...registry.shippedPacks.map((locale) => ({
    path: `dist/guichet-securite.${locale}.js`,
    budget: 21 * 1024,
    what: `language pack ${locale}`,
  })),
];
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

let failed = false;
for (const { path, budget, what } of FILES) {
  let source;
  try {
    source = readFileSync(new URL(`../${path}`, import.meta.url));
  } catch {
    console.error(`${path} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
  const gzip = gzipSync(source, { level: 9 }).length;
  const brotli = brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  console.log(`${path} (${what})`);
  console.log(`  raw ${kb(source.length)} · gzip ${kb(gzip)} · brotli ${kb(brotli)} (budget ${kb(budget)})`);
  if (brotli > budget) {
    console.error(`  over budget by ${kb(brotli - budget)} brotli`);
    failed = true;
  }
}
// Each element imported alone (`import 'guichet-securite/define/<tag>.js'`): what a bundler keeps
// of the npm build. <quick-exit> and <emergency-numbers> have budgets (decision 0029); the three
// others carry the catalogue, and the finder its tree, and are reported.
const { build } = await import('esbuild');
// Every element of registry.json, smallest first; those without a budget are reported.
const BUDGETS = { 'quick-exit': 12 * 1024, 'emergency-numbers': 25 * 1024 };
const ORDER = ['quick-exit', 'emergency-numbers', 'service-card', 'service-list', 'report-finder'];
const ALONE = registry.tags
  .map((tag) => ({ tag, budget: BUDGETS[tag] }))
  .sort((a, b) => (ORDER.indexOf(a.tag) + 1 || Infinity) - (ORDER.indexOf(b.tag) + 1 || Infinity));
console.log('Each element imported alone (npm build, bundled and minified by esbuild):');
for (const { tag, budget } of ALONE) {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(`../dist/define/${tag}.js`, import.meta.url))],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'error',
  });
  const code = result.outputFiles[0].contents;
  const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  console.log(`  <${tag}>: raw ${kb(code.length)} · brotli ${kb(brotli)}${budget ? ` (budget ${kb(budget)})` : ''}`);
  if (budget && brotli > budget) {
    console.error(`  over budget by ${kb(brotli - budget)} brotli`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
