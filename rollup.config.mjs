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
  terser({ ecma: 2022, module: false, format: { comments: /^!/ } }),
];

// Each element's share of the English messages (src/generated/english/) and the phone lines' English
// texts (src/languages/english-lines.ts): the drop-in takes them all at once (src/languages/english.ts,
// english-texts.ts), so the shares, which repeat those, are left out.
// What stands for a module left out: the data's English texts it exports are undefined (the
// catalogue, the tree and the lines register them only when defined, src/catalogue/catalogue.ts).
const NO_ENGLISH = 'export const englishTexts = undefined, englishLines = undefined;';
const englishShares = /\/src\/generated\/english\/[^/]+\.ts$|\/src\/languages\/english-lines\.ts$/;
const withoutEnglishShares = {
  name: 'without-english-shares',
  load: (id) => (englishShares.test(id.replace(/\\/g, '/')) ? NO_ENGLISH : null),
};

const dropIn = {
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
  plugins: [withoutEnglishShares, ...buildPlugins()],
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

// The French-only drop-in, for sites that want nothing else: English (its messages and texts) left out.
const withoutEnglish = {
  name: 'without-english',
  load: (id) => {
    const path = id.replace(/\\/g, '/');
    return /\/src\/languages\/english(-texts|-lines)?\.ts$/.test(path) || englishShares.test(path) ? NO_ENGLISH : null;
  },
};
const frenchOnly = {
  ...dropIn,
  output: {
    ...dropIn.output,
    file: 'dist/guichet-securite.fr.min.js',
    banner: banner.replace(' */', ' | French only */'),
    sourcemap: false,
  },
  plugins: [withoutEnglish, ...dropIn.plugins],
};

export default [dropIn, frenchOnly, ...packs];
