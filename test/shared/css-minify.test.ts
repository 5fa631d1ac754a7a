import { expect } from '@open-wc/testing';
import type { CSSResult, CSSResultGroup } from 'lit';
import { minifyCss } from '../../scripts/css-minify.mjs';
import { EmergencyNumbers } from '../../src/components/emergency-numbers/emergency-numbers.js';
import { QuickExit } from '../../src/components/quick-exit/quick-exit.js';
import { ReportFinder } from '../../src/components/report-finder/report-finder.js';
import { ServiceCard } from '../../src/components/service-card/service-card.js';
import { ServiceList } from '../../src/components/service-list/service-list.js';

// The build minifies the CSS of every css`` literal (scripts/css-literals.mjs): here, in each
// browser, every stylesheet of every element reads the same, rule for rule, once minified.

const flat = (styles: CSSResultGroup | undefined): CSSResult[] =>
  Array.isArray(styles)
    ? styles.flatMap((style) => flat(style as CSSResultGroup))
    : styles
      ? [styles as CSSResult]
      : [];

/** The rules a browser reads from `text`, as it writes them back (nested rules included). */
function rules(text: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return [...sheet.cssRules].map((rule) => rule.cssText);
}

describe('minified styles', () => {
  for (const element of [QuickExit, EmergencyNumbers, ServiceCard, ServiceList, ReportFinder]) {
    it(`<${element.name}>: each stylesheet reads the same once minified, and is smaller`, () => {
      const sheets = flat(element.styles);
      expect(sheets.length).to.be.above(1);
      for (const sheet of sheets) {
        const minified = minifyCss(sheet.cssText);
        expect(rules(minified)).to.deep.equal(rules(sheet.cssText));
        expect(rules(minified).length).to.be.above(0);
        expect(minified.length).to.be.below(sheet.cssText.length * 0.9);
      }
    });
  }

  it('keeps what a browser needs: the spaces of calc() and of a descendant selector', () => {
    const text = '.a :focus-visible { inline-size: calc(100vw - 1em); } /* note */\n  .b + .c > .d { margin: 0 }';
    expect(minifyCss(text)).to.equal('.a :focus-visible{inline-size:calc(100vw - 1em);}\n.b + .c>.d{margin:0}');
    expect(rules(minifyCss(text))).to.deep.equal(rules(text));
  });
});
