// The drop-in: one minified file that registers every element and exposes a
// single global, GuichetSecurite. The npm build is plain `tsc` (see package.json).
import { readFileSync } from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const banner = `/*! guichet-securite ${pkg.version} | ${pkg.license} | catalogue ${JSON.parse(readFileSync(new URL('./data/catalogue.json', import.meta.url), 'utf8')).version} */`;

const LIT_GLOBALS = ['litPropertyMetadata', 'reactiveElementVersions', 'litHtmlVersions', 'litElementVersions'];

export default {
  input: 'src/bundle.ts',
  output: {
    file: 'dist/guichet-securite.min.js',
    format: 'iife',
    name: 'GuichetSecurite',
    banner,
    // Lit records its versions and metadata on globalThis. The drop-in promises a
    // single global, GuichetSecurite: remove those it created, once every element
    // is defined (Lit reads them only while classes are defined).
    intro: `const createdGlobals = ${JSON.stringify(LIT_GLOBALS)}.filter((name) => !(name in globalThis));`,
    outro: 'for (const name of createdGlobals) { try { delete globalThis[name]; } catch { /* keep it */ } }',
    sourcemap: true,
  },
  plugins: [
    // Lit's production build: no dev-mode warnings, smaller.
    resolve({ exportConditions: ['production'] }),
    typescript({
      tsconfig: './tsconfig.json',
      declaration: false,
      declarationMap: false,
      outDir: 'dist',
      noEmitOnError: true,
    }),
    terser({ ecma: 2022, module: false, format: { comments: /^!/ } }),
  ],
};
