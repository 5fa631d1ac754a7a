// Writes a new element's files, following the anatomy of the others (CONTRIBUTING.md):
// its component, styles and examples (src/components/<tag>/), its define module, a first
// test, its demo page, its entry in registry.json and src/styles/tokens.json, and the
// static imports that name every element (src/bundle.ts, src/index.ts, the test helpers), and its
// line in both demo homes (demo/index.html with --purpose-fr, demo/index.en.html with --purpose).
// What it cannot know (what the element does, its words, its tokens, its README section)
// is left for you: see CONTRIBUTING.md, "Adding an element".
//
// Usage: npm run new:element -- <tag> [--class ClassName] [--purpose "one line"] [--purpose-fr "une ligne"] [--contacts]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readRegistry } from './registry.mjs';

const root = new URL('../', import.meta.url);
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    class: { type: 'string' },
    purpose: { type: 'string' },
    'purpose-fr': { type: 'string' },
    contacts: { type: 'boolean', default: false },
  },
});
const [tag] = positionals;
const fail = (message) => {
  console.error(`new:element: ${message}`);
  process.exit(1);
};
if (!tag || !/^[a-z]+(-[a-z]+)+$/.test(tag))
  fail('give a tag: lower-case words joined by dashes, at least two (npm run new:element -- safety-tips)');
const registry = readRegistry(root);
if (registry.tags.includes(tag)) fail(`<${tag}> is already in registry.json`);
const words = tag.split('-');
const className = values.class ?? words.map((word) => word[0].toUpperCase() + word.slice(1)).join('');
const camel = words[0] + className.slice(words[0].length);
const purpose = values.purpose ?? 'TODO: what it is for, in one line';

const path = (file) => new URL(file, root);
const write = (file, text) => {
  if (existsSync(path(file))) fail(`${file} exists already`);
  mkdirSync(new URL('.', path(file)), { recursive: true });
  writeFileSync(path(file), text);
  console.log(`wrote ${file}`);
};
/** Inserts `line` after the last line of `file` that matches `after`. */
const insertAfter = (file, after, line) => {
  const lines = readFileSync(path(file), 'utf8').split('\n');
  const index = lines.findLastIndex((candidate) => after.test(candidate));
  if (index === -1) fail(`${file}: no line to add to (${after})`);
  lines.splice(index + 1, 0, line);
  writeFileSync(path(file), lines.join('\n'));
  console.log(`updated ${file}`);
};
const updateJson = (file, change) => {
  const data = JSON.parse(readFileSync(path(file), 'utf8'));
  change(data);
  writeFileSync(path(file), `${JSON.stringify(data, null, 2)}\n`);
  console.log(`updated ${file}`);
};

write(
  `src/components/${tag}/${tag}.ts`,
  `import { html, type TemplateResult } from 'lit';
import { hostStyles } from '../../styles/host.styles.js';
import { GuichetElement } from '../shared/guichet-element.js';
import { renderLanguageNotice } from '../shared/language-notice.js';
import { ${camel}Styles } from './${tag}.styles.js';
// Its English messages (src/generated/english/, written by npm run generate).
import '../../generated/english/${tag}.js';

// CSS parts and custom properties: listed once in src/styles/tokens.json (the
// manifest and the docs are generated from that list).
/**
 * TODO: what the element shows and for whom, what a page author sets, what it
 * does not do. Every text through msg() with an id (CONTRIBUTING.md, "Anatomy of an element").
 *
 * @tagname ${tag}
 * @summary ${purpose}
 */
export class ${className} extends GuichetElement {
  static override styles = [hostStyles, ${camel}Styles];

  protected override renderContent(): TemplateResult {
    // The element's own msg(), in its language and with its strings.
    const { msg } = this.i18n;
    return html\`\${renderLanguageNotice(this.i18n.unsupportedOwnLanguage, msg)}
      <div class="${tag}" part="content"><slot></slot></div>\`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    '${tag}': ${className};
  }
}
`,
);
write(
  `src/components/${tag}/${tag}.styles.ts`,
  `import { css } from 'lit';

// Colours only through the private --_* values of src/styles/host.styles.ts.
export const ${camel}Styles = css\`
  .${tag} {
    color: var(--_text);
  }
\`;
`,
);
write(
  `src/components/${tag}/${tag}.examples.ts`,
  `import type { ElementExample } from '../shared/example.js';

// Each example drives the demo page and the accessibility tests (both themes, both languages).
export const ${camel}Examples: readonly ElementExample[] = [
  {
    id: 'default',
    title: '${className}',
    description: '${purpose.replace(/'/g, "\\'")}',
    html: '<${tag}></${tag}>',
  },
];
`,
);
write(
  `src/define/${tag}.ts`,
  `import { ${className} } from '../components/${tag}/${tag}.js';
import { defineElement } from './define-element.js';

defineElement('${tag}', ${className});
`,
);
write(
  `test/components/${tag}.test.ts`,
  `import { expect } from '@open-wc/testing';
import { ${camel}Examples } from '../../src/components/${tag}/${tag}.examples.js';
import type { ${className} } from '../../src/components/${tag}/${tag}.js';
import { renderMarkup } from '../helpers/render.js';
import { expectAccessible } from '../helpers/axe.js';

// TODO: keyboard only, 320 px reflow, what a page author sets (attributes, properties, events),
// bad input (one warning, nothing thrown): CONTRIBUTING.md, "Adding an element".
describe('<${tag}>', () => {
  for (const example of ${camel}Examples) {
    it(\`is accessible: \${example.id}\`, async () => {
      const wrapper = await renderMarkup(\`<div>\${example.html}</div>\`);
      const el = wrapper.querySelector<${className}>('${tag}')!;
      expect(el.shadowRoot).to.exist;
      await expectAccessible(wrapper);
    });
  }
});
`,
);
write(
  `demo/${tag}.ts`,
  `import { ${camel}Examples } from '../src/components/${tag}/${tag}.examples.js';
import { renderExamples, renderHeader, wireSwitches } from './demo.js';

renderHeader('<${tag}>');
renderExamples(document.querySelector('#examples')!, ${camel}Examples);
wireSwitches();
`,
);
write(
  `demo/${tag}.html`,
  `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>&lt;${tag}&gt; – guichet-securite</title>
    <link rel="stylesheet" href="./demo.css" />
    <script type="module" src="./${tag}.ts"></script>
  </head>
  <body>
    <main id="examples"></main>
  </body>
</html>
`,
);

// The lists that stay written out (test/scripts/registry.node.test.mjs checks them).
insertAfter('src/bundle.ts', /^import '\.\/define\/[a-z-]+\.js';$/, `import './define/${tag}.js';`);
insertAfter(
  'src/index.ts',
  /^export \{ \w+[^}]*\} from '\.\/components\/[a-z-]+\/[a-z-]+\.js';$/,
  `export { ${className} } from './components/${tag}/${tag}.js';`,
);
for (const file of ['test/helpers/render.ts', 'test/components/tokens.test.ts'])
  insertAfter(file, /^import '\.\.\/\.\.\/src\/define\/[a-z-]+\.js';$/, `import '../../src/define/${tag}.js';`);
updateJson('src/styles/tokens.json', (tokens) => {
  tokens.elements[tag] = {
    // What the shared host styles read; the token test compares the list with the element's styles.
    tokens: {
      '--guichet-color-text': 'Text colour.',
      '--guichet-color-surface': 'Background of notices.',
      '--guichet-color-accent': 'Links.',
      '--guichet-color-danger': 'Warnings.',
      '--guichet-color-focus': 'Focus outline.',
      '--guichet-font-family': 'Font; inherited from the page by default.',
      '--guichet-font-size': 'Base size.',
      '--guichet-radius': 'Corner radius.',
    },
    parts: { content: 'The content.', notice: 'A message for the page author.' },
  };
});
// Its line in the demo homes, after the last element's.
const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const elementLine = new RegExp(`^\\s*<li><a href="\\./(${registry.tags.join('|')})\\.html(\\?ui=en)?">`);
insertAfter(
  'demo/index.html',
  elementLine,
  `        <li><a href="./${tag}.html">&lt;${tag}&gt;</a> : ${escapeHtml(values['purpose-fr'] ?? 'À REMPLIR (--purpose-fr)')}.</li>`,
);
insertAfter(
  'demo/index.en.html',
  elementLine,
  `        <li><a href="./${tag}.html?ui=en">&lt;${tag}&gt;</a>: ${escapeHtml(purpose)}.</li>`,
);
updateJson('registry.json', (data) => {
  data.elements.push({ tag, class: className, purpose, contacts: values.contacts });
});
console.log(`
<${tag}> written. Next (CONTRIBUTING.md, "Adding an element"):
  npm run generate && npm run typecheck
  write the element (src/components/${tag}/), its words (msg() with ids, then npm run localize:extract
  and the English in xliff/en.xlf), its tokens and parts (src/styles/tokens.json), its tests;
  check its line in demo/index.html and demo/index.en.html; README section and CHANGELOG line.`);
