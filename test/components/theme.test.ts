import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { sendKeys } from '../helpers/commands.js';
import type { ReportFinder } from '../../src/components/report-finder/report-finder.js';
import { themeFromColorScheme } from '../../src/components/shared/color-scheme.js';
import { renderMarkup, settle } from '../helpers/render.js';
import { disclosures, field, nested, nestedAll, part, summary } from '../helpers/query.js';
import { textContrasts } from '../helpers/contrast.js';

// A good guest: light unless the page says it supports dark, and every text we
// draw readable against what is painted behind it, in every theme.

/** Every element, in the states that show the most text: a list that found nothing, a result with its details open. */
const ELEMENTS = `
  <service-list services="thesee,perceval"></service-list>
  <service-list class="empty"></service-list>
  <service-card service="aide-aux-victimes-116006"></service-card>
  <report-finder start="scam"></report-finder>
  <emergency-numbers lines="3919,116006"></emergency-numbers>
  <quick-exit></quick-exit>
`;

async function renderAll(pageStyle: string): Promise<HTMLElement> {
  const page = await renderMarkup<HTMLElement>(`<div style="${pageStyle}">${ELEMENTS}</div>`);
  const empty = page.querySelector('service-list.empty')!;
  const search = field(empty, 'Rechercher un service')!;
  search.focus();
  await sendKeys({ type: 'xyzzy' });
  const finder = page.querySelector<ReportFinder>('report-finder')!;
  finder.answers = [
    { questionId: 'scam-online', optionId: 'online' },
    { questionId: 'scam-type', optionId: 'shop' },
  ];
  await settle(page);
  for (const disclosure of disclosures(part(finder, 'details')!)) summary(disclosure).click();
  await settle(page);
  return page;
}

const frameBackground = (page: Element) =>
  getComputedStyle(part(page.querySelector('report-finder')!, 'finder')!).backgroundColor;
const WHITE = 'rgb(255, 255, 255)';
const DARK = 'rgb(23, 25, 29)';

function expectReadable(page: Element): void {
  const texts = Array.from(page.children).flatMap((element) => textContrasts(element));
  expect(texts.length, 'texts checked').to.be.greaterThan(100);
  const low = texts.filter((item) => item.ratio < 4.5);
  expect(
    low.map((item) => `${item.where} "${item.text}" ${item.color} on ${item.background}: ${item.ratio.toFixed(2)}`),
  ).to.deep.equal([]);
  // No text of ours is drawn on the host page's own background.
  expect(texts.filter((item) => !item.ownBackground).map((item) => `${item.where} "${item.text}"`)).to.deep.equal([]);
}

/**
 * Emulates the reader's system setting; false where the engine's driver cannot
 * (Firefox over WebDriver BiDi, WebKit over classic WebDriver: no media emulation):
 * those checks run in Chromium.
 */
async function systemScheme(colorScheme: 'light' | 'dark'): Promise<boolean> {
  try {
    await emulateMedia({ colorScheme });
    return true;
  } catch {
    return false;
  }
}

describe('theme: the host page decides', () => {
  afterEach(() => systemScheme('light'));

  it('reads what a page says it supports', () => {
    expect(themeFromColorScheme('normal')).to.equal('light');
    expect(themeFromColorScheme('light')).to.equal('light');
    expect(themeFromColorScheme('only light')).to.equal('light');
    expect(themeFromColorScheme('dark')).to.equal('dark');
    expect(themeFromColorScheme('only dark')).to.equal('dark');
    expect(themeFromColorScheme('light dark')).to.equal('auto');
    expect(themeFromColorScheme('dark light')).to.equal('auto');
  });

  it("a light page, the reader's system in dark mode: light widgets, every text readable", async function () {
    if (!(await systemScheme('dark'))) this.skip();
    const page = await renderAll('background: #ffffff; color: #222222');
    expect(frameBackground(page)).to.equal(WHITE);
    expectReadable(page);
  });

  it('a dark page (color-scheme: dark): dark widgets, every text readable', async () => {
    const page = await renderAll('color-scheme: dark; background: #101214; color: #eeeeee');
    expect(frameBackground(page)).to.equal(DARK);
    expectReadable(page);
  });

  it('a page that supports both follows the reader; so does theme="auto"', async function () {
    if (!(await systemScheme('dark'))) this.skip();
    const page = await renderMarkup('<div style="color-scheme: light dark"><report-finder></report-finder></div>');
    expect(frameBackground(page)).to.equal(DARK);
    const auto = await renderMarkup('<div><report-finder theme="auto"></report-finder></div>');
    expect(frameBackground(auto)).to.equal(DARK);
    await systemScheme('light');
    expect(frameBackground(page)).to.equal(WHITE);
    expect(frameBackground(auto)).to.equal(WHITE);
  });

  it("the element's own theme wins over the page, and reaches the elements it renders", async () => {
    const page = await renderMarkup(
      '<div style="color-scheme: dark"><report-finder theme="light" start="procedure"></report-finder></div>',
    );
    expect(frameBackground(page)).to.equal(WHITE);
    const strip = nested(page.querySelector('report-finder')!, 'emergency-numbers')!;
    expect(strip.getAttribute('theme')).to.equal('light');
    const dark = await renderMarkup('<div><report-finder theme="dark"></report-finder></div>');
    expect(frameBackground(dark)).to.equal(DARK);
  });

  it('a list asks the page for its colour scheme once, not once per card: its cards take the theme it passes on', async () => {
    // Each reading of a computed style forces a style pass of the page: one per card inserted made the list slow.
    const original = window.getComputedStyle;
    let reads = 0;
    window.getComputedStyle = ((...args: Parameters<typeof original>) => {
      reads += 1;
      return original.apply(window, args);
    }) as typeof original;
    try {
      const page = await renderMarkup('<div style="color-scheme: dark"><service-list></service-list></div>');
      const cards = nestedAll(page.querySelector('service-list')!, 'service-card');
      expect(cards.length).to.be.greaterThan(40);
      expect(cards.every((card) => card.getAttribute('theme') === 'dark')).to.equal(true);
      expect(reads).to.equal(1);
    } finally {
      window.getComputedStyle = original;
    }
  });

  it('a light page, light system: light, readable', async () => {
    const page = await renderAll('background: #ffffff; color: #222222');
    expect(frameBackground(page)).to.equal(WHITE);
    expectReadable(page);
  });
});
