// The CSS of an element's styles, smaller and the same to the browser: comments gone, each line's
// indentation, the spaces around `{ } ; >`, before `,` and after `:` gone, runs of spaces made one. Lines are kept,
// so a source map still points at the right line. Spaces around `+` and `-` stay (calc() needs
// them), and so do the space before `:` (in a selector it means a descendant) and the one after
// `,` (a custom property keeps its value as written, spaces included).
// Used by scripts/css-literals.mjs on the build's css`` literals; test/styles/css-minify.test.ts
// checks, in each browser, that every stylesheet of the library reads the same once minified.

/** `css`, minified line by line (one part of a css`` literal: the text between two `${}`). */
export function minifyCss(css) {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ''))
    .split('\n')
    .map((line) =>
      line
        .replace(/\s+/g, ' ')
        .replace(/ ?([{};>]) ?/g, '$1')
        .replace(/ ,/g, ',')
        .replace(/: /g, ':')
        .trim(),
    )
    .join('\n');
}
