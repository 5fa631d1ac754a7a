// The elements' CSS custom properties and parts come from one list,
// src/styles/tokens.json: this analyzer plugin writes them into
// custom-elements.json (docs/api.md, the editor data and the README's table are
// generated from there and from the list). test/components/tokens.test.ts checks
// the list against what each element's styles read.
import { readFileSync } from 'node:fs';

export function readTokens() {
  return JSON.parse(readFileSync(new URL('../src/styles/tokens.json', import.meta.url), 'utf8'));
}

/** The manifest's `cssProperties` of one element. */
export function cssPropertiesOf(tag, file = readTokens()) {
  return Object.entries(file.elements[tag]?.tokens ?? {}).map(([name, description]) => {
    const token = file.tokens[name];
    const dark = token.dark ? ` Dark theme: \`${token.dark}\`.` : '';
    return { name, default: token.light, description: `${description}${dark}` };
  });
}

/** The manifest's `cssParts` of one element. */
export function cssPartsOf(tag, file = readTokens()) {
  return Object.entries(file.elements[tag]?.parts ?? {}).map(([name, description]) => ({ name, description }));
}

/** For custom-elements-manifest.config.mjs: fills every element's CSS properties and parts from the list. */
export function tokensPlugin() {
  return {
    name: 'tokens-from-one-list',
    packageLinkPhase({ customElementsManifest }) {
      const file = readTokens();
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.tagName) continue;
          if (!file.elements[declaration.tagName])
            throw new Error(`src/styles/tokens.json has no entry for <${declaration.tagName}>`);
          declaration.cssProperties = cssPropertiesOf(declaration.tagName, file);
          declaration.cssParts = cssPartsOf(declaration.tagName, file);
        }
      }
    },
  };
}

/** The README's table of tokens and its list of parts (between markers). */
export function readmeLook(file = readTokens()) {
  const table = ['| property | light default | dark default | used for |', '| --- | --- | --- | --- |'];
  for (const [name, token] of Object.entries(file.tokens)) {
    table.push(`| \`${name}\` | \`${token.light}\` | ${token.dark ? `\`${token.dark}\`` : ''} | ${token.summary} |`);
  }
  const parts = Object.entries(file.elements)
    .map(
      ([tag, element]) =>
        `\`<${tag}>\`: ${Object.keys(element.parts)
          .map((part) => `\`${part}\``)
          .join(', ')}`,
    )
    .join('; ');
  return { table: table.join('\n'), parts: `Parts: ${parts}.` };
}
