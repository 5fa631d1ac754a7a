// The `str` tag of @lit/localize, from its own module: the package's root module brings its
// whole runtime along (its initialisation, the id hashing), which the library does not use (it
// looks its messages up itself, src/i18n/msg.ts). lit-localize still recognises the tag by its
// type, so extraction is unchanged.
export { str } from '@lit/localize/internal/str-tag.js';
