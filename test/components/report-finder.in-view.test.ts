import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { isChromium, isWebKit, setViewport } from '../helpers/commands.js';
import type { ReportFinder } from '../../src/components/report-finder/report-finder.js';
import { finder } from '../../src/finder/finder.js';
import { allPaths, walk } from '../../src/finder/engine.js';
import type { FinderAnswer } from '../../src/finder/types.js';
import { renderMarkup, settle } from '../helpers/render.js';
import { links, nested, part } from '../helpers/query.js';

// A result is judged where it lives: on a town hall's page, a banner and a menu
// above the finder, a long page below it, a fixed <quick-exit> over its top, on
// a small phone. After each answer (and after Back, a restart, a language
// change) the new step's heading and, on a result, its main button must be
// fully in view and clear of the quick exit, the page having been scrolled
// the way a person scrolls to tap an answer.

const SIZES = [
  { width: 320, height: 568 },
  { width: 360, height: 740 },
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];
const HEADERS = [120, 300];

/** A town hall's page: its header (banner and menu) of the given height, the finder, then a long page. */
function hostPage(header: number, finderAttributes = ''): string {
  return `<div>
    <quick-exit fixed></quick-exit>
    <header style="block-size: ${header}px; margin: 0; background: #dde">
      <p style="margin: 0">Mairie de Saint-Exemple</p>
      <nav><a href="#a">Accueil</a> <a href="#b">Démarches</a></nav>
    </header>
    <main><h1 style="margin: 0">Victimes : être aidé</h1><report-finder ${finderAttributes}></report-finder>
    <p style="block-size: 2400px">La suite de la page de la mairie.</p></main>
  </div>`;
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** The finder and the elements it shows (its strip of numbers) have rendered. */
async function rendered(el: ReportFinder): Promise<void> {
  await el.updateComplete;
  await nested(el, 'emergency-numbers')?.updateComplete;
  await frame();
}

/** Resolves once the page and the step stop moving (a smooth scroll has ended). */
async function stillness(el: ReportFinder): Promise<void> {
  const where = () => `${window.scrollY} ${part(el, 'finder')!.getBoundingClientRect().top}`;
  let last = where();
  let still = 0;
  // Three frames alike and 120 ms without a move: on a loaded machine a smooth scroll may start a few frames late.
  let since = performance.now();
  for (let tries = 0; tries < 240 && (still < 3 || performance.now() - since < 120); tries += 1) {
    await frame();
    const now = where();
    if (now === last) still += 1;
    else {
      still = 0;
      since = performance.now();
    }
    last = now;
  }
}

/** The heading of the step shown. */
const stepHeading = (el: ReportFinder) => (part(el, 'question') ?? part(el, 'outcome'))!;
/** The result's main button. */
const mainButton = (el: ReportFinder) => {
  const actions = part(el, 'actions');
  return actions ? links(actions)[0] : undefined;
};

/** Where the fixed quick exit ends: nothing of the step may sit above it. */
const reserved = (page: Element) => part(page.querySelector('quick-exit')!, 'button')!.getBoundingClientRect().bottom;

/** That `target` is fully in the window, below the quick exit, and is what a finger meets at its corners and centre. */
function expectUncovered(el: ReportFinder, target: HTMLElement, top: number, what: string): void {
  const box = target.getBoundingClientRect();
  expect(box.top, `${what}: top below the quick exit`).to.be.at.least(top - 0.5);
  expect(box.bottom, `${what}: bottom in the window`).to.be.at.most(window.innerHeight + 0.5);
  expect(box.right, `${what}: within the width`).to.be.at.most(window.innerWidth + 0.5);
  for (const [x, y] of [
    [box.left + 3, box.top + 3],
    [box.right - 3, box.top + 3],
    [box.left + 3, box.bottom - 3],
    [box.right - 3, box.bottom - 3],
    [(box.left + box.right) / 2, (box.top + box.bottom) / 2],
  ]) {
    expect(
      document.elementFromPoint(x, y),
      `${what}: the finder, not the quick exit, at (${x | 0}, ${y | 0})`,
    ).to.equal(el);
    const hit = el.shadowRoot!.elementFromPoint(x, y);
    expect(hit === target || target.contains(hit), `${what}: itself at (${x | 0}, ${y | 0})`).to.be.true;
  }
}

/** The emergency links in view, by number: none shown twice on one screen. */
function numbersInView(el: ReportFinder): string[] {
  const roots: (ShadowRoot | null)[] = [el.shadowRoot, nested(el, 'emergency-numbers')?.shadowRoot ?? null];
  return roots
    .flatMap((root) => Array.from(root?.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"], a[href^="sms:"]') ?? []))
    .filter((a) => {
      const box = a.getBoundingClientRect();
      return box.height > 0 && box.bottom > 0 && box.top < window.innerHeight;
    })
    .map((a) => a.getAttribute('href')!.replace(/^(tel|sms):/, ''));
}

/** The answers to every path of the tree that ends on a result (answers to questions and "continue"). */
function everyPath(): FinderAnswer[][] {
  return allPaths(finder);
}

/** One path per outcome, for the engines that check every outcome at every size. */
function onePathPerOutcome(): FinderAnswer[][] {
  const seen = new Map<string, FinderAnswer[]>();
  for (const path of everyPath()) {
    const state = walk(finder, finder.start, path);
    if (state.position.kind === 'outcome' && !seen.has(state.position.outcome.id))
      seen.set(state.position.outcome.id, path);
  }
  return [...seen.values()];
}

/** Taps the last answer of `path` the way a person does: scrolled to it first, at the window's bottom or top edge. */
async function tapLast(el: ReportFinder, path: FinderAnswer[], edge: 'end' | 'start'): Promise<void> {
  el.answers = path.slice(0, -1);
  await rendered(el);
  const last = path[path.length - 1];
  const state = walk(finder, finder.start, path.slice(0, -1));
  let control: HTMLElement | undefined;
  if (state.position.kind === 'question') {
    const index = state.position.question.options.findIndex((option) => option.id === last.optionId);
    control = el.shadowRoot!.querySelectorAll<HTMLElement>('[part="option"]')[index];
  } else {
    // "Continue" from a result.
    control = Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('.step > div > button')).at(-1);
  }
  expect(control, `the answer ${last.optionId}`).to.exist;
  control!.scrollIntoView({ block: edge });
  control!.click();
  await rendered(el);
  await stillness(el);
}

async function expectStepInView(page: Element, el: ReportFinder, what: string): Promise<void> {
  const top = reserved(page);
  const heading = stepHeading(el);
  expect(el.shadowRoot!.activeElement, `${what}: the focus on the new heading`).to.equal(heading);
  expectUncovered(el, heading, top, `${what}: heading`);
  const main = mainButton(el);
  if (part(el, 'outcome')) {
    expect(main, `${what}: a main button`).to.exist;
    expectUncovered(el, main!, top, `${what}: main button`);
  }
  const seen = numbersInView(el);
  expect(new Set(seen).size, `${what}: no number twice on one screen (${seen.join(', ')})`).to.equal(seen.length);
}

/** Reduced motion where the driver can emulate it (Chromium): the many checks below then need not wait for smooth scrolls. */
async function reduceMotion(reduce: boolean): Promise<boolean> {
  try {
    await emulateMedia({ reducedMotion: reduce ? 'reduce' : 'no-preference' });
  } catch {
    // Firefox over WebDriver BiDi and WebKit over classic WebDriver emulate no media.
  }
  return matchMedia('(prefers-reduced-motion: reduce)').matches === reduce;
}

describe('<report-finder>: the step in view on a town hall page, with a fixed quick exit', function () {
  this.timeout(600000);
  let fast = false;
  before(async () => {
    fast = await reduceMotion(true);
  });
  after(async () => {
    await reduceMotion(false);
    await setViewport({ width: 800, height: 600 });
  });

  // Every result at every size under both headers; every path of the tree once, each at one of
  // the sizes and headers in turn (the result's layout does not depend on the way it was reached).
  // Where the motion cannot be reduced (Firefox, WebKit: smooth scrolls to wait for), every result
  // at the judged phone size and at a desktop size, the headers alternating (each size took about
  // a minute per engine; Chromium checks the four).
  for (const [sizeIndex, size] of SIZES.entries()) {
    if (!isChromium && size.width !== 360 && size.width !== 1280) continue;
    it(`${size.width} × ${size.height}: after the last answer, the result's heading and main button are fully in view and uncovered, under a 120 px and a 300 px header`, async () => {
      await setViewport(size);
      const outcomes = onePathPerOutcome();
      const paths = everyPath();
      const failures: string[] = [];
      for (const [headerIndex, header] of HEADERS.entries()) {
        const page = await renderMarkup(hostPage(header));
        const el = page.querySelector<ReportFinder>('report-finder')!;
        const config = sizeIndex * HEADERS.length + headerIndex;
        const chosen = fast
          ? [...outcomes, ...paths.filter((_, index) => index % (SIZES.length * HEADERS.length) === config)]
          : outcomes.filter((_, index) => index % HEADERS.length === headerIndex);
        for (const [index, path] of chosen.entries()) {
          const edge = index % 2 ? 'start' : 'end';
          await tapLast(el, path, edge);
          const outcome = walk(finder, finder.start, path).position;
          // Every result is checked, and every failure named, before the test fails.
          try {
            await expectStepInView(
              page,
              el,
              `${size.width}×${size.height}, ${header} px header, ${outcome.kind === 'outcome' ? outcome.outcome.id : ''} (${path.map((a) => a.optionId).join('.')}, tapped at the ${edge})`,
            );
          } catch (error) {
            failures.push((error as Error).message);
          }
        }
        page.remove();
      }
      expect(failures, failures.join('\n')).to.deep.equal([]);
    });
  }

  it('after each question too, the heading and the first answer are in view, in French and English', async () => {
    await setViewport({ width: 320, height: 568 });
    for (const lang of ['fr', 'en']) {
      const page = await renderMarkup(hostPage(300, `lang="${lang}"`));
      const el = page.querySelector<ReportFinder>('report-finder')!;
      const questionPaths = new Map<string, FinderAnswer[]>();
      for (const path of everyPath())
        for (let length = 1; length < path.length; length += 1) {
          const state = walk(finder, finder.start, path.slice(0, length));
          if (state.position.kind === 'question' && !questionPaths.has(state.position.question.id))
            questionPaths.set(state.position.question.id, path.slice(0, length));
        }
      for (const [id, path] of questionPaths) {
        await tapLast(el, path, 'end');
        expect(stepHeading(el).id).to.equal('step-heading');
        expectUncovered(el, stepHeading(el), reserved(page), `${lang} ${id}: heading`);
        expectUncovered(el, part(el, 'option')!, reserved(page), `${lang} ${id}: first answer`);
      }
      page.remove();
    }
  });

  it('after Back, Start again and a language change, the step is in view again', async () => {
    await setViewport({ width: 360, height: 740 });
    const page = await renderMarkup(hostPage(300));
    const el = page.querySelector<ReportFinder>('report-finder')!;
    const path = onePathPerOutcome().find((answers) => {
      const state = walk(finder, finder.start, answers);
      return state.position.kind === 'outcome' && state.position.outcome.id === 'card-stolen-unknown';
    })!;
    await tapLast(el, path, 'end');
    await expectStepInView(page, el, 'the result');
    // The reader scrolls down to the answers so far, then goes back.
    const back = Array.from(el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.nav button'))[0];
    back.scrollIntoView({ block: 'end' });
    back.click();
    await settle(el);
    await stillness(el);
    await expectStepInView(page, el, 'after Back');
    expectUncovered(el, part(el, 'option')!, reserved(page), 'after Back: first answer');
    await tapLast(el, path, 'start');
    const restart = Array.from(el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.nav button'))[1];
    restart.scrollIntoView({ block: 'end' });
    restart.click();
    await settle(el);
    await stillness(el);
    await expectStepInView(page, el, 'after Start again');
    // A result, then the page switches to English, its main button scrolled out of view.
    await tapLast(el, path, 'end');
    const heading = stepHeading(el);
    window.scrollBy(0, 600);
    el.lang = 'en';
    await settle(el);
    await stillness(el);
    expect(stepHeading(el).textContent).to.match(/card/i);
    expectUncovered(el, stepHeading(el), reserved(page), 'after a language change: heading');
    expectUncovered(el, mainButton(el)!, reserved(page), 'after a language change: main button');
    expect(el.shadowRoot!.activeElement, 'the focus stays on the heading').to.equal(heading);
    page.remove();
  });

  it('the danger result shows 17 and 112 once on the screen: its own buttons, without the strip above them', async () => {
    await setViewport({ width: 360, height: 740 });
    const page = await renderMarkup(hostPage(120));
    const el = page.querySelector<ReportFinder>('report-finder')!;
    await tapLast(el, [{ questionId: 'danger', optionId: 'yes' }], 'end');
    await expectStepInView(page, el, 'the danger result');
    expect(numbersInView(el).sort()).to.deep.equal(['112', '114', '17']);
    expect(nested(el, 'emergency-numbers'), 'no strip of numbers on the danger result').to.equal(null);
    // A result calling the 17 itself keeps the other numbers in its strip.
    const burglary = onePathPerOutcome().find((answers) => {
      const state = walk(finder, finder.start, answers);
      return state.position.kind === 'outcome' && state.position.outcome.id === 'burglary-now';
    })!;
    await tapLast(el, burglary, 'end');
    const strip = nested(el, 'emergency-numbers')!;
    expect(links(strip.shadowRoot!).map((a) => a.getAttribute('href'))).to.not.include('tel:17');
    expect(numbersInView(el).filter((number) => number === '17')).to.have.length(1);
    page.remove();
  });

  it('scrolls smoothly when the reader allows motion, at once when they ask for less', async function () {
    // Chromium only: the others cannot emulate the reader's setting.
    if (isWebKit || !(await reduceMotion(false))) this.skip();
    await setViewport({ width: 360, height: 740 });
    const page = await renderMarkup(hostPage(300));
    const el = page.querySelector<ReportFinder>('report-finder')!;
    const path = onePathPerOutcome()[3];
    const positions = async () => {
      const seen: number[] = [];
      for (let frame = 0; frame < 40; frame += 1) {
        seen.push(Math.round(window.scrollY));
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      return new Set(seen).size;
    };
    el.answers = path.slice(0, -1);
    await settle(el);
    window.scrollTo(0, document.documentElement.scrollHeight);
    const tap = () => {
      const options = el.shadowRoot!.querySelectorAll<HTMLElement>('[part="option"]');
      const state = walk(finder, finder.start, path.slice(0, -1));
      const index =
        state.position.kind === 'question'
          ? state.position.question.options.findIndex((option) => option.id === path[path.length - 1].optionId)
          : 0;
      options[index].click();
    };
    tap();
    expect(await positions(), 'the page passes through positions on its way').to.be.greaterThan(2);
    if (!(await reduceMotion(true))) this.skip();
    el.answers = path.slice(0, -1);
    await settle(el);
    window.scrollTo(0, document.documentElement.scrollHeight);
    tap();
    expect(await positions(), 'the page jumps: one position after the start').to.be.at.most(2);
    page.remove();
  });
});
