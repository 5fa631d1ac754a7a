import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '../helpers/commands.js';
import type { QuickExit } from '../../src/components/quick-exit/quick-exit.js';
import { renderMarkup } from '../helpers/render.js';
import { byText, deepActiveElement, exactly, part } from '../helpers/query.js';

// GOV.UK Frontend's "Exit this page" states its behaviour in its own browser tests
// (exit-this-page.puppeteer.test.js). The same expectations, restated for <quick-exit> in our
// words and with our helpers, each named after the behaviour; run in Chromium, Firefox and WebKit.
// Leaving for real would end the test page: the exit address here is this page with a hash, so
// "leaving" changes the address without unloading anything.

const here = () => `${location.origin}${location.pathname}${location.search}`;
const statusOf = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[role="status"]')!;
const said = (el: Element) => statusOf(el).textContent!.trim();
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('<quick-exit>, held to GOV.UK\u2019s "Exit this page" behaviour', () => {
  afterEach(() => {
    document.documentElement.style.removeProperty('visibility');
    history.replaceState(null, '', here());
  });

  describe('without the script', () => {
    it('the link the page put inside leaves for its address', async () => {
      // A page where the library never ran: the same markup in a frame of its own.
      const frame = await fixture<HTMLIFrameElement>(html`<iframe title="page sans script"></iframe>`);
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      frame.srcdoc = `<quick-exit fixed><a href="${location.origin}/__neutre__">Quitter ce site</a></quick-exit>`;
      await loaded;
      const link = frame.contentDocument!.querySelector('quick-exit a')!;
      expect(link.getClientRects().length, 'the link is shown').to.be.above(0);
      const left = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      (link as HTMLAnchorElement).click();
      await left;
      expect(frame.contentWindow!.location.pathname).to.equal('/__neutre__');
    });
  });

  describe('with the script', () => {
    it('the button leaves for its address', async () => {
      const el = await renderMarkup<QuickExit>(`<quick-exit href="${here()}#left"></quick-exit>`);
      part(el, 'button')!.click();
      await el.updateComplete;
      expect(location.hash).to.equal('#left');
    });

    it('the page is covered at once when the button is used', async () => {
      const el = await renderMarkup<QuickExit>(`<quick-exit href="${here()}#left"></quick-exit>`);
      part(el, 'button')!.click();
      expect(getComputedStyle(document.documentElement).visibility, 'before the next frame').to.equal('hidden');
    });

    it('the first Tab from the top of the page reaches the exit', async () => {
      const page = await renderMarkup(
        `<div><button type="button">navigateur</button><header><quick-exit fixed href="${here()}#left"></quick-exit><a href="#accueil">Mairie</a></header></div>`,
      );
      page.querySelector<HTMLButtonElement>('button')!.focus();
      await sendKeys({ press: 'Tab' });
      const exit = part(page.querySelector('quick-exit')!, 'button');
      expect(deepActiveElement()).to.equal(exit);
    });

    describe('the keyboard shortcut', () => {
      it('Shift pressed three times leaves', async () => {
        const el = await renderMarkup<QuickExit>(`<quick-exit href="${here()}#left"></quick-exit>`);
        for (let i = 0; i < 3; i += 1) await sendKeys({ press: 'Shift' });
        await el.updateComplete;
        expect(location.hash).to.equal('#left');
      });

      it('one press is announced', async () => {
        const el = await renderMarkup<QuickExit>(`<quick-exit href="${here()}#left"></quick-exit>`);
        await sendKeys({ press: 'Shift' });
        await el.updateComplete;
        expect(said(el)).to.equal('Appui 1 sur 3');
      });

      it('two presses are announced', async () => {
        const el = await renderMarkup<QuickExit>(`<quick-exit href="${here()}#left"></quick-exit>`);
        await sendKeys({ press: 'Shift' });
        await sendKeys({ press: 'Shift' });
        await el.updateComplete;
        expect(said(el)).to.equal('Appui 2 sur 3');
      });

      it('the exit is announced as it happens', async () => {
        const el = await renderMarkup<QuickExit>(`<quick-exit href="${here()}#left"></quick-exit>`);
        for (let i = 0; i < 3; i += 1) await sendKeys({ press: 'Shift' });
        await el.updateComplete;
        expect(said(el)).to.equal('Chargement d’une autre page…');
        expect(getComputedStyle(statusOf(el)).visibility, 'heard on the covered page').to.equal('visible');
      });

      it('a count that runs out of time is announced, and no pending count stays on screen', async () => {
        const el = await renderMarkup<QuickExit>(`<quick-exit href="${here()}#left"></quick-exit>`);
        await sendKeys({ press: 'Shift' });
        await el.updateComplete;
        expect(byText(el, exactly('1/3'))).to.exist;
        // The default window is two seconds.
        await wait(2600);
        await el.updateComplete;
        expect(said(el)).to.equal('Délai dépassé : le compte des appuis repart de zéro.');
        expect(byText(el, exactly('1/3'))).not.to.exist;
        expect(location.hash, 'nothing left').to.equal('');
      });
    });
  });
});
