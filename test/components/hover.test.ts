import { expect } from '@open-wc/testing';
import { renderMarkup } from '../helpers/render.js';
import { shadow } from '../helpers/query.js';

// Hover styles only where the device hovers: on a touch screen, a tapped answer
// must not leave the next question's option looking selected.

function hoverRulesOutsideHoverMedia(rules: CSSRuleList, insideHover = false): string[] {
  const found: string[] = [];
  for (const rule of Array.from(rules)) {
    if (rule instanceof CSSMediaRule) {
      found.push(
        ...hoverRulesOutsideHoverMedia(rule.cssRules, insideHover || /\(hover:\s*hover\)/.test(rule.conditionText)),
      );
    } else if (rule instanceof CSSStyleRule && rule.selectorText.includes(':hover') && !insideHover) {
      found.push(rule.selectorText);
    } else if ('cssRules' in rule && (rule as CSSGroupingRule).cssRules) {
      found.push(...hoverRulesOutsideHoverMedia((rule as CSSGroupingRule).cssRules, insideHover));
    }
  }
  return found;
}

describe('hover styles', () => {
  for (const markup of [
    '<service-card service="thesee"></service-card>',
    '<service-list services="thesee"></service-list>',
    '<report-finder></report-finder>',
    '<emergency-numbers></emergency-numbers>',
    '<quick-exit></quick-exit>',
  ]) {
    it(`${markup}: every :hover rule sits in @media (hover: hover)`, async () => {
      const el = await renderMarkup(markup);
      const sheets = shadow(el).adoptedStyleSheets.length
        ? shadow(el).adoptedStyleSheets
        : Array.from(shadow(el).querySelectorAll('style')).map((style) => style.sheet!);
      const rules = sheets.flatMap((sheet) => hoverRulesOutsideHoverMedia(sheet.cssRules));
      expect(sheets.length).to.be.greaterThan(0);
      expect(rules).to.deep.equal([]);
    });
  }
});
