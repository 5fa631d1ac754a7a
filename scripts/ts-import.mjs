// Imports a TypeScript module of src/ from a script, so that a piece of logic the library and the
// scripts share is written once (src/i18n/text-keys.ts). Only for a module that imports nothing:
// esbuild strips its types and the code is imported as it is.
import { readFileSync } from 'node:fs';
import { transform } from 'esbuild';

/** The exports of the TypeScript module at `url` (which must import nothing). */
export async function importTypeScript(url) {
  const source = readFileSync(url, 'utf8');
  if (/^\s*import\s/m.test(source))
    throw new Error(`${url} imports other modules: it cannot be loaded by scripts/ts-import.mjs`);
  const { code } = await transform(source, { loader: 'ts', format: 'esm', sourcefile: url.pathname ?? String(url) });
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}
