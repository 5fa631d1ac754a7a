import { expect, oneEvent } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { sendKeys } from '../helpers/commands.js';
import { quickExitExamples } from '../../src/components/quick-exit/quick-exit.examples.js';
import type { QuickExit } from '../../src/components/quick-exit/quick-exit.js';
import { captureWarnings, renderMarkup, shadowText } from '../helpers/render.js';
import { byText, describedBy, disclosure, disclosures, exactly, link, part } from '../helpers/query.js';
import { expectAccessible } from '../helpers/axe.js';

/** Keeps the test page: cancels the navigation (the page is then left as it is). */
function stayHere(el: Element): void {
  el.addEventListener('guichet-quick-exit', (event) => event.preventDefault());
}

describe('<quick-exit>', () => {
  afterEach(() => document.documentElement.style.removeProperty('visibility'));

  it('leaves by pointer: fires a cancelable event with the address; cancelled, the page stays usable', async () => {
    const el = await renderMarkup<QuickExit>('<quick-exit href="https://fr.wikipedia.org"></quick-exit>');
    stayHere(el);
    const button = part(el, 'button')!;
    expect(button.textContent).to.contain('Quitter ce site');
    setTimeout(() => button.click());
    const event = await oneEvent(el, 'guichet-quick-exit');
    expect(event.detail).to.deep.equal({ href: 'https://fr.wikipedia.org' });
    expect(event.cancelable).to.be.true;
    await el.updateComplete;
    // A single-page app that cancels navigates itself: nothing is left blanked.
    expect(getComputedStyle(document.documentElement).visibility).to.equal('visible');
    expect(
      document.elementFromPoint(window.innerWidth - 2, window.innerHeight - 2),
      'nothing of the element covers the page',
    ).not.to.equal(el);
    expect(document.elementFromPoint(5, 5), 'the page can still be used').not.to.equal(null);
  });

  it('leaves with a real pointer click on a target large enough for a finger', async () => {
    const el = await renderMarkup<QuickExit>('<quick-exit></quick-exit>');
    stayHere(el);
    const button = part(el, 'button')!;
    const box = button.getBoundingClientRect();
    expect(box.height).to.be.at.least(44);
    expect(box.width).to.be.at.least(44);
    setTimeout(
      () =>
        void sendMouse({
          type: 'click',
          position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
        }),
    );
    const event = await oneEvent(el, 'guichet-quick-exit');
    expect(event.detail.href).to.equal('https://www.service-public.gouv.fr');
  });

  it('leaves when Shift is pressed three times, not twice, and not with other keys in between', async () => {
    const el = await renderMarkup<QuickExit>('<quick-exit></quick-exit>');
    stayHere(el);
    let exits = 0;
    el.addEventListener('guichet-quick-exit', () => (exits += 1));
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    await el.updateComplete;
    expect(byText(el, exactly('2/3')), 'the count of presses shown').to.exist;
    await sendKeys({ press: 'a' });
    await sendKeys({ press: 'Shift' });
    expect(exits).to.equal(0);
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    expect(exits).to.equal(1);
  });

  it('a Shift held while the focus or the selection moves (a screen reader’s Shift+letter command) or while another key goes down is not counted; a plain press is', async () => {
    const el = await renderMarkup<QuickExit>(
      '<div><quick-exit></quick-exit><p>Un paragraphe</p><button type="button">Un bouton</button></div>',
    );
    const exit = el.querySelector<QuickExit>('quick-exit')!;
    stayHere(exit);
    const key = (type: 'keydown' | 'keyup', name = 'Shift') =>
      document.dispatchEvent(
        new KeyboardEvent(type, { key: name, shiftKey: name !== 'Shift' || type === 'keydown', bubbles: true }),
      );
    const counted = async () => {
      await exit.updateComplete;
      return exit.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
    };
    // Orca's Shift+h: the page sees Shift go down and up, and the caret moved to a heading meanwhile.
    key('keydown');
    const moved = new Promise((resolve) => document.addEventListener('selectionchange', resolve, { once: true }));
    getSelection()!.selectAllChildren(el.querySelector('p')!);
    await moved;
    key('keyup');
    expect(await counted(), 'the selection moved').to.equal('');
    // Its Shift+Tab, or a link reached with Shift+letter: the focus moved.
    key('keydown');
    el.querySelector('button')!.focus();
    key('keyup');
    expect(await counted(), 'the focus moved').to.equal('');
    // Shift+Tab as the page sees it.
    key('keydown');
    key('keydown', 'Tab');
    key('keyup', 'Tab');
    key('keyup');
    expect(await counted(), 'another key went down').to.equal('');
    key('keydown');
    key('keyup');
    expect(await counted(), 'a plain press').to.equal('Appui 1 sur 3');
    getSelection()!.removeAllRanges();
  });

  it('the count expires with its window: the digits go, the status region says so once, and a new press starts again', async () => {
    const el = await renderMarkup<QuickExit>('<quick-exit exit-key-window="500"></quick-exit>');
    stayHere(el);
    let exits = 0;
    el.addEventListener('guichet-quick-exit', () => (exits += 1));
    const status = el.shadowRoot!.querySelector<HTMLElement>('[role="status"]')!;
    await sendKeys({ press: 'Shift' });
    await el.updateComplete;
    expect(byText(el, exactly('1/3'))).to.exist;
    expect(status.textContent!.trim()).to.equal('Appui 1 sur 3');
    await new Promise((resolve) => setTimeout(resolve, 700));
    await el.updateComplete;
    expect(byText(el, exactly('1/3')), 'no pending count once the window has ended').not.to.exist;
    expect(status.textContent!.trim()).to.equal('Délai dépassé : le compte des appuis repart de zéro.');
    await sendKeys({ press: 'Shift' });
    await el.updateComplete;
    expect(status.textContent!.trim(), 'a new count').to.equal('Appui 1 sur 3');
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    expect(exits, 'three presses within the window still leave').to.equal(1);
  });

  it('says that another page is loading as it leaves, where a screen reader still hears it on the blanked page', async () => {
    // An address on this page: leaving only changes the hash, and the test page stays.
    const here = `${location.origin}${location.pathname}${location.search}#left`;
    const el = await renderMarkup<QuickExit>(`<quick-exit href="${here}"></quick-exit>`);
    const status = el.shadowRoot!.querySelector<HTMLElement>('[role="status"]')!;
    part(el, 'button')!.click();
    await el.updateComplete;
    expect(getComputedStyle(document.documentElement).visibility).to.equal('hidden');
    expect(status.textContent!.trim()).to.equal('Chargement d’une autre page…');
    expect(getComputedStyle(status).visibility, 'the status region is not hidden with the page').to.equal('visible');
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('a plain link inside (the exit before the script) gives way to the button, one way out, and lends its address', async () => {
    const el = await renderMarkup<QuickExit>(
      '<quick-exit fixed><a href="https://fr.wikipedia.org/">Quitter ce site</a></quick-exit>',
    );
    stayHere(el);
    const plain = el.querySelector('a')!;
    expect(plain.getClientRects().length, 'the plain link is not shown once the button is').to.equal(0);
    expect(el.shadowRoot!.querySelectorAll('a, button').length, 'one way out').to.equal(1);
    setTimeout(() => part(el, 'button')!.click());
    const event = await oneEvent(el, 'guichet-quick-exit');
    expect(event.detail.href).to.equal('https://fr.wikipedia.org/');
    el.remove();
    const own = await renderMarkup<QuickExit>(
      '<quick-exit href="https://www.service-public.gouv.fr/"><a href="https://fr.wikipedia.org/">Quitter ce site</a></quick-exit>',
    );
    expect(own.exitUrl, 'href, when set, wins').to.equal('https://www.service-public.gouv.fr/');
  });

  it('the key and the count are configurable', async () => {
    const el = await renderMarkup<QuickExit>('<quick-exit exit-key="Escape" presses="1"></quick-exit>');
    stayHere(el);
    expect(shadowText(el)).to.contain('Ou appuyez sur la touche Échap.');
    setTimeout(() => void sendKeys({ press: 'Escape' }));
    await oneEvent(el, 'guichet-quick-exit');
  });

  it('RGAA 7.5, 13.5 — the count of presses is said in words in a status region, its digits hidden from screen readers', async () => {
    for (const markup of [
      '<quick-exit exit-key="Escape"></quick-exit>',
      '<quick-exit fixed exit-key="Escape"></quick-exit>',
    ]) {
      const el = await renderMarkup<QuickExit>(markup);
      stayHere(el);
      const status = el.shadowRoot!.querySelector<HTMLElement>('[role="status"]');
      expect(status, 'a status region, present before the first press').to.exist;
      expect(status!.textContent!.trim()).to.equal('');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(status!.textContent!.trim()).to.equal('Appui 1 sur 3');
      const digits = byText(el, exactly('1/3'))!;
      expect(digits, 'the count shown').to.exist;
      expect(digits.closest('[aria-hidden="true"]'), 'the digits are not read as "1 slash 3"').to.exist;
      el.remove();
    }
  });

  it('RGAA 12.10 — a character key is refused as the exit key (typed or dictated by accident): Shift is used, and said', async () => {
    let el!: QuickExit;
    const warnings = await captureWarnings(async () => {
      el = await renderMarkup<QuickExit>('<quick-exit exit-key="q" presses="1"></quick-exit>');
    });
    expect(warnings.join()).to.contain('exit-key "q" is a character key');
    stayHere(el);
    let exits = 0;
    el.addEventListener('guichet-quick-exit', () => (exits += 1));
    expect(shadowText(el)).to.contain('Ou appuyez sur la touche Maj.');
    await sendKeys({ press: 'q' });
    expect(exits, 'q does not leave').to.equal(0);
    await sendKeys({ press: 'Shift' });
    expect(exits, 'Shift leaves').to.equal(1);
  });

  it('is reachable with Tab and works with Enter', async () => {
    const el = await renderMarkup<QuickExit>('<quick-exit exit-key=""></quick-exit>');
    stayHere(el);
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'button'));
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    await oneEvent(el, 'guichet-quick-exit');
  });

  it('refuses an address that is not https, with a notice, and uses the default', async () => {
    let el!: QuickExit;
    const warnings = await captureWarnings(async () => {
      el = await renderMarkup<QuickExit>('<quick-exit href="javascript:alert(1)"></quick-exit>');
      expect(el.exitUrl).to.equal('https://www.service-public.gouv.fr');
    });
    expect(warnings.join()).to.contain('not an https: address');
    expect(part(el, 'notice')).to.exist;
  });

  it('says honestly what it does not do, and where to learn to erase traces', async () => {
    const el = await renderMarkup('<quick-exit></quick-exit>');
    const text = shadowText(el);
    expect(text).to.contain('Il n’efface pas votre historique de navigation');
    expect(
      link(disclosure(el, 'Ce que fait ce bouton')!, 'arretonslesviolences.gouv.fr')!.getAttribute('href'),
    ).to.equal('https://arretonslesviolences.gouv.fr');
  });

  it('fixed: only the button floats, the hint is its accessible description, and its height is published for the page', async () => {
    const el = await renderMarkup<QuickExit>('<quick-exit fixed></quick-exit>');
    const button = part(el, 'button')!;
    expect(disclosures(el), 'no explanation in the floating panel').to.be.empty;
    const description = describedBy(button)[0];
    expect(description.textContent).to.contain('Ou appuyez 3 fois sur la touche Maj.');
    expect(description.getBoundingClientRect().width).to.be.at.most(1);
    const host = el.getBoundingClientRect();
    const box = button.getBoundingClientRect();
    expect(host.width * host.height, 'the element takes no more room than its button').to.be.at.most(
      box.width * box.height + 1,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    const reserved = parseFloat(
      getComputedStyle(document.documentElement).getPropertyValue('--guichet-quick-exit-block-size'),
    );
    expect(reserved).to.be.at.least(box.bottom);
    el.remove();
    expect(getComputedStyle(document.documentElement).getPropertyValue('--guichet-quick-exit-block-size')).to.equal('');
  });

  it("about: the explanation alone, with the key of the page's button, and no second way to leave", async () => {
    const page = await renderMarkup(
      '<div><quick-exit fixed exit-key="Escape" presses="2"></quick-exit><quick-exit about></quick-exit></div>',
    );
    const about = page.querySelector<QuickExit>('quick-exit[about]')!;
    await about.requestUpdate();
    await about.updateComplete;
    expect(part(about, 'button')).to.equal(null);
    expect(shadowText(about)).to.contain('Ou appuyez 2 fois sur la touche Échap.');
    expect(shadowText(about)).to.contain('Il n’efface pas votre historique de navigation');
    let exits = 0;
    page.addEventListener('guichet-quick-exit', (event) => {
      exits += 1;
      event.preventDefault();
    });
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    expect(exits, 'the fixed button leaves once, the companion never').to.equal(1);
  });

  for (const example of quickExitExamples) {
    for (const theme of ['light', 'dark']) {
      it(`example "${example.id}" has no axe violation (${theme})`, async () => {
        const wrapper = await renderMarkup(
          `<div style="background:${theme === 'dark' ? '#17191d' : '#fff'};padding:8px">${example.html.replace('<quick-exit', `<quick-exit theme="${theme}"`)}</div>`,
        );
        const details = disclosures(wrapper.querySelector('quick-exit')!)[0];
        if (details) details.open = true;
        await expectAccessible(wrapper);
      });
    }
  }
});

describe('<quick-exit> on a device without a mouse or trackpad', () => {
  const original = window.matchMedia;
  let fine = false;
  const listeners = new Set<() => void>();
  before(() => {
    window.matchMedia = (query: string) => {
      if (query !== '(pointer: coarse) and (hover: none)') return original.call(window, query);
      return {
        get matches() {
          return !fine;
        },
        media: query,
        addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
        removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
      } as unknown as MediaQueryList;
    };
  });
  after(() => {
    window.matchMedia = original;
  });

  it('says nothing of a key a touch phone does not have, until a key is pressed or a mouse is plugged in', async () => {
    fine = false;
    const el = await renderMarkup<QuickExit>('<quick-exit></quick-exit>');
    expect(shadowText(el)).not.to.contain('touche Maj');
    expect(part(el, 'button')).to.exist;
    await sendKeys({ press: 'Shift' });
    await el.updateComplete;
    expect(shadowText(el), 'a keyboard is there after all: the hint and the count').to.contain('touche Maj');
    el.remove();

    const fixed = await renderMarkup<QuickExit>('<quick-exit fixed></quick-exit>');
    expect(describedBy(part(fixed, 'button')!), 'no description of a key').to.be.empty;
    fine = true;
    for (const listener of listeners) listener();
    await fixed.updateComplete;
    expect(describedBy(part(fixed, 'button')!)[0].textContent).to.contain('Ou appuyez 3 fois sur la touche Maj.');
    fixed.remove();
    expect(listeners.size, 'the element stops listening when removed').to.equal(0);
  });

  it('the about companion leaves the key out too', async () => {
    fine = false;
    const page = await renderMarkup('<div><quick-exit fixed></quick-exit><quick-exit about></quick-exit></div>');
    const about = page.querySelector<QuickExit>('quick-exit[about]')!;
    await about.updateComplete;
    expect(shadowText(about)).not.to.contain('touche Maj');
    expect(shadowText(about)).to.contain('Il n’efface pas votre historique de navigation');
  });
});
