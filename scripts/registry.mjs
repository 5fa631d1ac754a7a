// The library's elements and languages, from registry.json (the one list: see its $comment).
// For scripts and node tests; src/ reads src/generated/registry.ts, written from it by
// scripts/generate-data.mjs.
import { readFileSync } from 'node:fs';

/** registry.json, read from a repository's root (this one's by default). */
export function readRegistry(root = new URL('../', import.meta.url)) {
  const registry = JSON.parse(readFileSync(new URL('registry.json', root), 'utf8'));
  const languages = registry.languages;
  return {
    elements: registry.elements,
    /** Every element's tag, in the registry's order (the docs' order). */
    tags: registry.elements.map((element) => element.tag),
    /** Elements that take local contacts. */
    contactTags: registry.elements.filter((element) => element.contacts).map((element) => element.tag),
    languages,
    /** The source language's code (French). */
    source: languages.find((language) => language.source).code,
    /** Every language's code, source first. */
    locales: languages.map((language) => language.code),
    /** The languages every data text carries inline and the npm modules carry, source first (the drop-in: the source only). */
    bundled: languages.filter((language) => language.shipped === 'drop-in').map((language) => language.code),
    /** The language packs, drafts included. */
    packs: languages.filter((language) => language.shipped === 'pack').map((language) => language.code),
    /** The packs built and checked as shipped: not drafts (a draft pack is one being translated). */
    shippedPacks: languages
      .filter((language) => language.shipped === 'pack' && !language.draft)
      .map((language) => language.code),
    /**
     * The files a drop-in page adds after the drop-in, one per language: English (the drop-in is
     * French only; the npm modules carry English with each element, decision 0039), then each
     * shipped pack. `dist/guichet-securite.<code>.js`.
     */
    languageFiles: [
      ...languages
        .filter((language) => language.shipped === 'drop-in' && !language.source)
        .map((language) => language.code),
      ...languages
        .filter((language) => language.shipped === 'pack' && !language.draft)
        .map((language) => language.code),
    ],
    /** Every language but the source: lit-localize's targets. */
    targets: languages.filter((language) => !language.source).map((language) => language.code),
    rtl: languages.filter((language) => language.dir === 'rtl').map((language) => language.code),
    /** A language by its code. */
    language: (code) => languages.find((language) => language.code === code),
  };
}

export const registry = readRegistry();
