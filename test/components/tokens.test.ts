// The CSS custom properties each element documents (src/styles/tokens.json, from
// which the manifest and the docs are generated) are exactly those it uses:
// through its own styles, the private `--_*` values the shared host styles map
// them to, and the elements it renders inside itself.
import { expect } from '@open-wc/testing';
import type { CSSResultOrNative } from 'lit';
import '../../src/define/service-card.js';
import '../../src/define/service-list.js';
import '../../src/define/report-finder.js';
import '../../src/define/emergency-numbers.js';
import '../../src/define/quick-exit.js';
import { renderMarkup } from '../helpers/render.js';
import { ELEMENT_TAGS } from '../../src/generated/registry.js';

interface TokenFile {
  tokens: Record<string, { light: string; dark?: string; summary: string; writtenBy?: string }>;
  elements: Record<string, { tokens: Record<string, string>; parts: Record<string, string> }>;
}

const TAGS: readonly string[] = ELEMENT_TAGS;
const fetchText = async (path: string) => (await fetch(new URL(path, import.meta.url))).text();
const file = JSON.parse(await fetchText('../../src/styles/tokens.json')) as TokenFile;

function cssText(tag: string): string {
  const styles = (customElements.get(tag) as unknown as { elementStyles: CSSResultOrNative[] }).elementStyles;
  return styles
    .map((style) =>
      style instanceof CSSStyleSheet
        ? Array.from(style.cssRules)
            .map((rule) => rule.cssText)
            .join('\n')
        : style.cssText,
    )
    .join('\n');
}

/** `--_x: var(--guichet-y, …)` declarations: the private value each public token feeds. */
function privateMap(text: string): Map<string, string> {
  return new Map(
    Array.from(text.matchAll(/(--_[\w-]+)\s*:\s*var\((--guichet-[\w-]+)/g), (match) => [match[1], match[2]]),
  );
}

/** The public tokens an element's own styles read. */
function ownUse(tag: string): Set<string> {
  const text = cssText(tag);
  const map = privateMap(text);
  const reading = text.replace(/--_[\w-]+\s*:\s*var\(--guichet-[\w-]+[^;]*;/g, '');
  const used = new Set<string>();
  for (const match of reading.matchAll(/var\((--guichet-[\w-]+)/g)) used.add(match[1]);
  for (const match of reading.matchAll(/var\((--_[\w-]+)/g)) {
    const token = map.get(match[1]);
    if (token) used.add(token);
  }
  return used;
}

/** The library's elements an element renders inside itself (read from its source, as the test server serves it). */
async function nested(tag: string): Promise<string[]> {
  const source = await fetchText(`../../src/components/${tag}/${tag}.ts`);
  return [...new Set(Array.from(source.matchAll(/ownTag\(['"]([a-z-]+)['"]/g), (match) => match[1]))].filter(
    (name) => name !== tag,
  );
}

async function use(tag: string, seen = new Set<string>()): Promise<Set<string>> {
  seen.add(tag);
  const used = ownUse(tag);
  for (const inner of await nested(tag))
    if (!seen.has(inner)) for (const token of await use(inner, seen)) used.add(token);
  return used;
}

describe('CSS custom properties: documented once, used as documented', () => {
  it('every element has its entry, and every token it lists is described', () => {
    expect(Object.keys(file.elements).sort()).to.deep.equal([...TAGS].sort());
    for (const [tag, element] of Object.entries(file.elements)) {
      for (const token of Object.keys(element.tokens)) expect(file.tokens[token], `${tag} lists ${token}`).to.exist;
      expect(Object.keys(element.parts).length, `${tag} parts`).to.be.greaterThan(0);
    }
  });

  for (const tag of TAGS) {
    it(`<${tag}> documents exactly the tokens it reads`, async () => {
      const used = [...(await use(tag))].sort();
      const written = Object.entries(file.tokens)
        .filter(([, token]) => token.writtenBy === tag)
        .map(([name]) => name);
      const documented = Object.keys(file.elements[tag].tokens)
        .filter((name) => !written.includes(name))
        .sort();
      expect(
        used.filter((name) => !documented.includes(name)),
        'used, not documented',
      ).to.deep.equal([]);
      expect(
        documented.filter((name) => !used.includes(name)),
        'documented, not used',
      ).to.deep.equal([]);
    });

    it(`<${tag}> documents exactly its parts`, async () => {
      const source = await fetchText(`../../src/components/${tag}/${tag}.ts`);
      const inSource = new Set<string>();
      for (const match of source.matchAll(/part=\\?"([^"$\\]+)\\?"/g))
        for (const name of match[1].split(/\s+/)) inSource.add(name);
      const documented = Object.keys(file.elements[tag].parts).sort();
      expect(inSource.size, 'parts found in the source').to.be.greaterThan(0);
      expect(
        [...inSource].filter((name) => name && !documented.includes(name)),
        'in the markup, not documented',
      ).to.deep.equal([]);
    });
  }

  it('the shared styles give the documented light and dark defaults', () => {
    const text = cssText('service-card');
    for (const [name, token] of Object.entries(file.tokens)) {
      if (token.writtenBy) continue;
      const defaults = Array.from(text.matchAll(new RegExp(`var\\(${name},\\s*([^)]+)\\)`, 'g')), (match) =>
        match[1].trim(),
      );
      expect(defaults[0], `${name} light default`).to.equal(token.light);
      if (token.dark) expect(defaults, `${name} dark default`).to.include(token.dark);
    }
  });

  it('a fixed <quick-exit> writes --guichet-quick-exit-block-size on the page root, and removes it when it goes', async () => {
    const wrapper = await renderMarkup('<div><quick-exit fixed></quick-exit></div>');
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const value = document.documentElement.style.getPropertyValue('--guichet-quick-exit-block-size');
    expect(parseFloat(value), value).to.be.greaterThan(0);
    wrapper.remove();
    expect(document.documentElement.style.getPropertyValue('--guichet-quick-exit-block-size')).to.equal('');
  });
});
