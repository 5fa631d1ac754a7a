// Prints the drop-in's size (raw, gzip, brotli) and fails above the budget.
// The budget is documented in the README; change both together.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const BUDGET_BROTLI_BYTES = 60 * 1024;
const file = new URL('../dist/guichet-securite.min.js', import.meta.url);

let source;
try {
  source = readFileSync(file);
} catch {
  console.error('dist/guichet-securite.min.js is missing: run `npm run build` first.');
  process.exit(1);
}
const raw = source.length;
const gzip = gzipSync(source, { level: 9 }).length;
const brotli = brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

console.log('dist/guichet-securite.min.js');
console.log(`  raw     ${kb(raw)}`);
console.log(`  gzip    ${kb(gzip)}`);
console.log(`  brotli  ${kb(brotli)}  (budget ${kb(BUDGET_BROTLI_BYTES)})`);
if (brotli > BUDGET_BROTLI_BYTES) {
  console.error(`Over budget by ${kb(brotli - BUDGET_BROTLI_BYTES)} brotli.`);
  process.exit(1);
}
