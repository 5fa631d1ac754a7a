// The drop-in: one minified file that registers every element and exposes a
// single global, GuichetSecurite. The npm build is plain `tsc` (see package.json).
import { readFileSync } from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import { minifyCssLiterals } from './scripts/css-literals.mjs';
import { registry } from './scripts/registry.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const banner = `/*! guichet-securite ${pkg.version} | ${pkg.license} | catalogue ${JSON.parse(readFileSync(new URL('./data/catalogue.json', import.meta.url), 'utf8')).version} */`;

const LIT_GLOBALS = ['litPropertyMetadata', 'reactiveElementVersions', 'litHtmlVersions', 'litElementVersions'];

// Chromium's explicit compile hint (decision 0042): V8 compiles every function of the drop-in while the
// file streams in, off the main thread, instead of each one on the main thread when it is first called
// (the elements' first render called about 80 ms of such compiling at 4× CPU). Other engines read a comment.
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** Every file's build: Lit's production build (no dev-mode warnings, smaller), TypeScript, minified. */
const buildPlugins = () => [
  resolve({ exportConditions: ['production'] }),
  typescript({
    tsconfig: './tsconfig.json',
    declaration: false,
    declarationMap: false,
    outDir: 'dist',
    noEmitOnError: true,
  }),
  // The CSS of css`` literals, which terser leaves as it is (lines kept: the source map holds).
  { name: 'css-literals', transform: (code) => ({ code: minifyCssLiterals(code), map: null }) },
  // wrap_iife keeps the parentheses around the file's function, `(function(e){…})({})`: V8 then compiles it
  // at once, instead of pre-parsing the whole file and parsing it again when it is called (about 40 % less
  // main-thread time compiling and evaluating the drop-in, measured by `npm run bench`; 56 bytes brotli).
  terser({
    ecma: 2022,
    module: false,
    compress: { passes: 3 },
    // The licence comments, and the compile hint where a banner writes it (a RegExp: terser runs in workers).
    format: { comments: new RegExp(`^!|^${COMPILE_HINT.slice(2)}$`), wrap_iife: true },
  }),
];

// English is a file of its own for the drop-in, as each pack is (decision 0039): the drop-in leaves
// out every module that carries English (the messages of src/languages/english.ts and of each
// element's share, src/generated/english/; the data's texts, english-texts.ts and english-lines.ts).
// What stands for such a module: the data's English texts it exports are undefined (the catalogue,
// the tree and the lines register them only when defined, src/catalogue/catalogue.ts).
const NO_ENGLISH = 'export const englishTexts = undefined, englishLines = undefined;';
const english = /\/src\/generated\/english\/[^/]+\.ts$|\/src\/languages\/english(-texts|-lines)?\.ts$/;
const withoutEnglish = {
  name: 'without-english',
  load: (id) => (english.test(id.replace(/\\/g, '/')) ? NO_ENGLISH : null),
};

const dropIn = {
  input: 'src/bundle.ts',
  output: {
    file: 'dist/guichet-securite.min.js',
    format: 'iife',
    name: 'GuichetSecurite',
    banner: `${banner}\n${COMPILE_HINT}`,
    // Lit records its versions and metadata on globalThis. The drop-in promises a
    // single global, GuichetSecurite: remove those it created, once every element
    // is defined (Lit reads them only while classes are defined).
    intro: `const createdGlobals = ${JSON.stringify(LIT_GLOBALS)}.filter((name) => !(name in globalThis));`,
    outro: 'for (const name of createdGlobals) { try { delete globalThis[name]; } catch { /* keep it */ } }',
    sourcemap: true,
  },
  plugins: [withoutEnglish, ...buildPlugins()],
};

// One file per language pack, added after the drop-in with one more <script>: it hands
// its messages and texts to the drop-in (src/languages/deliver.ts).
// The shipped packs of registry.json (a draft pack, still being translated, is not built).
const PACKS = registry.shippedPacks;
const packEntry = (locale) => ({
  name: 'pack-entry',
  resolveId: (id) => (id === `pack:${locale}` ? id : null),
  load: (id) =>
    id === `pack:${locale}`
      ? [
          `import { templates } from './src/generated/locales/${locale}.ts';`,
          `import { fingerprint, texts } from './src/generated/packs/${locale}.ts';`,
          `import { ${locale} as calendar } from './src/languages/calendars.ts';`,
          `import { deliverPack } from './src/languages/deliver.ts';`,
          `deliverPack({ locale: '${locale}', templates, texts, fingerprint, calendar });`,
        ].join('\n')
      : null,
});
const packs = PACKS.map((locale) => ({
  input: `pack:${locale}`,
  output: {
    file: `dist/guichet-securite.${locale}.js`,
    format: 'iife',
    banner: `/*! guichet-securite ${pkg.version} | ${pkg.license} | language pack: ${locale} (machine-assisted translation, see docs/translations.md) */`,
  },
  plugins: [packEntry(locale), ...buildPlugins()],
}));

// English: its interface messages and the data's texts (parsed when first asked for), handed to the
// drop-in as a pack is (src/i18n/packs.ts, registerLanguagePack).
const englishEntry = {
  name: 'english-entry',
  resolveId: (id) => (id === 'pack:en' ? id : null),
  load: (id) =>
    id === 'pack:en'
      ? [
          `import { templates } from './src/generated/locales/en.ts';`,
          `import { texts } from './src/generated/packs/en.ts';`,
          `import { DATA_FINGERPRINT as fingerprint } from './src/generated/data-fingerprint.ts';`,
          `import { deliverPack } from './src/languages/deliver.ts';`,
          `deliverPack({ locale: 'en', templates, texts, fingerprint });`,
        ].join('\n')
      : null,
};
const englishPack = {
  input: 'pack:en',
  output: {
    file: 'dist/guichet-securite.en.js',
    format: 'iife',
    banner: `/*! guichet-securite ${pkg.version} | ${pkg.license} | language pack: en */`,
  },
  plugins: [englishEntry, ...buildPlugins()],
};

export default [dropIn, englishPack, ...packs];
