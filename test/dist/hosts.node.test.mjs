// The built drop-in on the hostile host pages of demo/hosts/, in Chromium, and in
// WebKit with GUICHET_DIST_ENGINE=webkit (see browser.mjs for what differs there).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../../scripts/static-server.mjs';
import { ENGINE, answerFinderAndSearch, chromiumOnly, launchEngine, serverOptions, watchConsole } from './browser.mjs';

let server;
let browser;
before(async () => {
  server = await startServer({}, serverOptions);
  browser = await launchEngine();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a host page, collecting CSP violations, errors and warnings from the first byte. */
async function open(path, viewport = { width: 1024, height: 800 }) {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  const { errors, warnings } = watchConsole(page);
  // In WebKit, the watch script the server puts first in the page records the violations.
  if (ENGINE === 'chromium') {
    await page.evaluateOnNewDocument(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        window.__violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`),
      );
    });
  }
  const response = await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => customElements.get('report-finder') !== undefined);
  await new Promise((resolve) => setTimeout(resolve, 200));
  return { page, errors, warnings, response };
}

test('strict CSP and Trusted Types: no violation, everything renders and works', async () => {
  const { page, errors, response } = await open('/demo/hosts/strict-csp.html');
  assert.match(response.headers()['content-security-policy'], /require-trusted-types-for 'script'/);
  // Use the finder and the list under the policy.
  await answerFinderAndSearch(page, '3919', 100);
  const state = await page.evaluate(() => ({
    violations: window.__violations,
    finder: document.querySelector('report-finder').shadowRoot.querySelector('#step-heading').textContent,
    card: document.querySelector('body service-card').shadowRoot.querySelector('#title').textContent,
    list: document.querySelector('service-list').shadowRoot.querySelectorAll('service-card').length,
    numbers: document.querySelector('emergency-numbers').shadowRoot.querySelectorAll('a[href^="tel:"], a[href^="sms:"]').length,
    exit: !!document.querySelector('quick-exit').shadowRoot.querySelector('[part="button"]'),
  }));
  assert.deepEqual(state.violations, []);
  assert.deepEqual(errors, []);
  assert.equal(state.finder, 'Portez plainte sur THESEE');
  assert.match(state.card, /PERCEVAL/);
  assert.equal(state.list, 1);
  assert.equal(state.numbers, 4);
  assert.equal(state.exit, true);
  await page.close();
});

for (const [path, root] of [['/demo/hosts/aggressive-css.html', '62.5 %'], ['/demo/hosts/aggressive-css-24.html', '24 px']]) {
  test(`aggressive global CSS (html font-size ${root}): sizes, spacing, contrast and layout hold`, async () => {
    const { page, errors } = await open(path, { width: 390, height: 844 });
    const m = await page.evaluate(() => {
      const luminance = (rgb) => {
        const [r, g, b] = rgb.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number).map((v) => {
          const c = v / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const contrast = (a, b) => {
        const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
        return (x + 0.05) / (y + 0.05);
      };
      const card = document.querySelector('body service-card').shadowRoot;
      const frame = card.querySelector('.card');
      const summary = card.querySelector('.summary');
      const title = card.querySelector('#title');
      const finder = document.querySelector('report-finder').shadowRoot;
      const option = finder.querySelector('.option');
      const host = document.querySelector('body service-card');
      return {
        titleSize: parseFloat(getComputedStyle(title).fontSize),
        textSize: parseFloat(getComputedStyle(summary).fontSize),
        lineHeight: parseFloat(getComputedStyle(summary).lineHeight),
        letterSpacing: getComputedStyle(summary).letterSpacing,
        transform: getComputedStyle(summary).textTransform,
        style: getComputedStyle(summary).fontStyle,
        contrast: contrast(getComputedStyle(summary).color, getComputedStyle(frame).backgroundColor),
        linkContrast: contrast(getComputedStyle(card.querySelector('a.button.primary, a[href^="tel:"]')).color, getComputedStyle(card.querySelector('a[href^="tel:"]')).backgroundColor === 'rgba(0, 0, 0, 0)' ? getComputedStyle(frame).backgroundColor : getComputedStyle(card.querySelector('a[href^="tel:"]')).backgroundColor),
        overflow: frame.scrollWidth - frame.clientWidth,
        beyondHost: frame.getBoundingClientRect().right - host.getBoundingClientRect().right,
        optionHeight: option.getBoundingClientRect().height,
        optionFillsWidth: Math.abs(option.getBoundingClientRect().width - finder.querySelector('.options').getBoundingClientRect().width) < 1,
        pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      };
    });
    assert.deepEqual(errors, []);
    assert.equal(m.textSize, 16, 'text stays at the reader’s default size');
    assert.equal(m.titleSize, 20);
    assert.equal(m.lineHeight, 24);
    assert.equal(m.letterSpacing, 'normal');
    assert.equal(m.transform, 'none');
    assert.equal(m.style, 'normal');
    assert.ok(m.contrast >= 4.5, `text contrast ${m.contrast.toFixed(2)}`);
    assert.ok(m.linkContrast >= 4.5, `call link contrast ${m.linkContrast.toFixed(2)}`);
    assert.ok(m.overflow <= 1, `card overflows by ${m.overflow}px`);
    assert.ok(m.beyondHost <= 1, `card extends ${m.beyondHost}px beyond its host`);
    assert.ok(m.optionHeight >= 44, `answer button ${m.optionHeight}px high`);
    assert.ok(m.optionFillsWidth);
    assert.ok(m.pageOverflow <= 1, `page scrolls sideways by ${m.pageOverflow}px`);
    await page.close();
  });
}

test('twice and crowded: the drop-in three times, 200 cards, 5 lists, 5 finders — no exception, no warning', async () => {
  const { page, errors, warnings } = await open('/demo/hosts/crowded.html');
  await new Promise((resolve) => setTimeout(resolve, 500));
  const state = await page.evaluate(async () => {
    const finders = [...document.querySelectorAll('report-finder')];
    const lists = [...document.querySelectorAll('service-list')];
    const cards = [...document.querySelectorAll('#crowd > service-card')];
    await Promise.all([...finders, ...lists, ...cards].map((element) => element.updateComplete));
    finders[3].shadowRoot.querySelectorAll('.option')[3].click();
    await finders[3].updateComplete;
    return {
      finders: finders.filter((f) => f.shadowRoot?.querySelector('#step-heading')).length,
      lists: lists.filter((l) => l.shadowRoot?.querySelectorAll('service-card').length > 0).length,
      cards: cards.filter((c) => c.shadowRoot?.querySelector('#title')).length,
      moved: finders[3].shadowRoot.querySelector('#step-heading').textContent,
      others: finders[2].shadowRoot.querySelector('#step-heading').textContent,
    };
  });
  assert.deepEqual(errors, []);
  assert.deepEqual(warnings, []);
  assert.deepEqual(state, { finders: 5, lists: 5, cards: 200, moved: "Que s'est-il passé ?", others: "Est-ce que ça se passe en ce moment, ou quelqu'un est-il en danger ?" });
  await page.close();
});

test('a tag taken by another library: one clear warning, the other elements work', async () => {
  const { page, errors, warnings } = await open('/demo/hosts/taken.html');
  assert.deepEqual(errors, []);
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /<service-card> is already defined by another script/);
  const state = await page.evaluate(() => ({
    card: document.querySelector('body service-card').textContent,
    finder: document.querySelector('report-finder').shadowRoot.querySelector('#step-heading').textContent,
    numbers: document.querySelector('emergency-numbers').shadowRoot.querySelectorAll('a[href^="tel:"], a[href^="sms:"]').length,
  }));
  assert.deepEqual(state, { card: 'other library', finder: 'Quelle démarche voulez-vous faire ?', numbers: 3 });
  // A whole finder path: its result's cards, and its catalogue's cards, are this library's, not the other library's.
  const path = await page.evaluate(async () => {
    const finder = document.querySelector('report-finder');
    const wait = () => new Promise((resolve) => setTimeout(resolve, 100));
    [...finder.shadowRoot.querySelectorAll('.option')].find((button) => button.textContent.includes('points')).click();
    await wait();
    finder.shadowRoot.querySelector('details.more summary').click();
    await wait();
    const card = finder.shadowRoot.querySelector('details.more [service]');
    [...finder.shadowRoot.querySelectorAll('.link-button')].find((button) => button.textContent.includes('voir tous les services')).click();
    await wait();
    const list = finder.shadowRoot.querySelector('[part~="finder"] .section').lastElementChild;
    await wait();
    const listCards = [...list.shadowRoot.querySelectorAll('[service]')];
    return {
      result: finder.shadowRoot.querySelector('#step-heading').textContent,
      cardTag: card.localName,
      cardTitle: card.shadowRoot?.querySelector('#title')?.textContent,
      listCards: listCards.length,
      listCardsOurs: listCards.every((element) => element.shadowRoot?.querySelector('#title')),
      otherLibraryText: [...finder.shadowRoot.querySelectorAll('*')].some((element) => element.textContent === 'other library'),
    };
  });
  assert.equal(path.result, 'Consultez vos points sur Mes Points Permis');
  assert.equal(path.cardTag, 'guichet-securite-service-card');
  assert.equal(path.cardTitle, 'Mes Points Permis');
  assert.ok(path.listCards > 30, `the catalogue lists ${path.listCards} cards`);
  assert.ok(path.listCardsOurs, "every card of the finder's catalogue is this library's");
  assert.equal(path.otherLibraryText, false);
  assert.equal(warnings.length, 1, 'still one warning');
  await page.close();
});

test('right-to-left host: the layout mirrors', async () => {
  const { page, errors } = await open('/demo/hosts/rtl.html');
  const m = await page.evaluate(() => {
    const card = document.querySelector('service-card').shadowRoot;
    const list = card.querySelector('.section ul');
    const numbers = document.querySelector('emergency-numbers').shadowRoot;
    const exit = document.querySelector('quick-exit');
    return {
      direction: getComputedStyle(card.querySelector('.card')).direction,
      paddingRight: parseFloat(getComputedStyle(list).paddingRight),
      paddingLeft: parseFloat(getComputedStyle(list).paddingLeft),
      seventeenRight: numbers.querySelector('a[href="tel:17"]').getBoundingClientRect().right,
      oneOneTwoRight: numbers.querySelector('a[href="tel:112"]').getBoundingClientRect().right,
      exitLeft: exit.getBoundingClientRect().left,
      width: window.innerWidth,
    };
  });
  assert.deepEqual(errors, []);
  assert.equal(m.direction, 'rtl');
  assert.ok(m.paddingRight > 0 && m.paddingLeft === 0, 'list indents on the right');
  assert.ok(m.seventeenRight > m.oneOneTwoRight, '17 comes first, on the right');
  assert.ok(m.exitLeft < m.width / 2, 'the fixed quick exit sits at the inline end, on the left');
  await page.close();
});

test('fallback content: replaced on upgrade without a layout shift over 0.05', { skip: chromiumOnly('WebKit has no layout-shift entries') }, async (t) => {
  const page = await browser.newPage();
  await page.setViewport({ width: 390, height: 844 });
  await page.evaluateOnNewDocument(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${server.url}/demo/hosts/fallback.html`, { waitUntil: 'networkidle0' });
  await new Promise((resolve) => setTimeout(resolve, 500));
  const state = await page.evaluate(() => ({
    cls: window.__cls,
    upgraded: !!document.querySelector('report-finder').shadowRoot?.querySelector('#step-heading'),
    fallbackVisible: document.querySelector('service-list ul').getBoundingClientRect().height,
  }));
  assert.ok(state.upgraded);
  assert.equal(state.fallbackVisible, 0, 'the fallback is not shown once the element has rendered');
  t.diagnostic(`cumulative layout shift ${state.cls.toFixed(4)}`);
  assert.ok(state.cls < 0.05, `cumulative layout shift ${state.cls}`);
  await page.close();
});

test('the town-hall page: the fixed quick exit and the page\u2019s rule for it move nothing as the page loads (360 and 1280 px)', { skip: chromiumOnly('WebKit has no layout-shift entries') }, async (t) => {
  // The button's height reaches the page's padding before its first frame: no shift of the header, heading or content.
  for (const width of [360, 1280]) {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 740 });
    await page.evaluateOnNewDocument(() => {
      window.__shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts.push(entry.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${server.url}/demo/city-hall.html`, { waitUntil: 'networkidle0' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const state = await page.evaluate(() => ({
      shifts: window.__shifts,
      reserved: document.documentElement.style.getPropertyValue('--guichet-quick-exit-block-size'),
      headingTop: document.querySelector('h1').getBoundingClientRect().top,
      buttonBottom: document.querySelector('quick-exit[fixed]').shadowRoot.querySelector('[part="button"]').getBoundingClientRect().bottom,
    }));
    t.diagnostic(`${width} px: layout shifts ${JSON.stringify(state.shifts)}`);
    assert.ok(parseFloat(state.reserved) > 0, 'the quick exit published its height');
    assert.ok(state.headingTop >= state.buttonBottom, 'the heading is below the button');
    assert.deepEqual(state.shifts, [], `no layout shift at ${width} px`);
    await page.close();
  }
});

test('no script: the fallback links are there and usable', async () => {
  const page = await browser.newPage();
  server.block('/dist/guichet-securite.min.js');
  await page.goto(`${server.url}/demo/hosts/fallback.html`, { waitUntil: 'networkidle0' });
  server.unblock('/dist/guichet-securite.min.js');
  assert.equal(await page.evaluate(() => customElements.get('report-finder')), undefined, 'the script did not run');
  const links = await page.evaluate(() =>
    [...document.querySelectorAll('report-finder a, service-list a')].filter((a) => a.getBoundingClientRect().height > 0).map((a) => a.getAttribute('href')),
  );
  assert.deepEqual(links, [
    'tel:17',
    'tel:112',
    'sms:114',
    'https://masecurite.interieur.gouv.fr',
    'https://plainte-en-ligne.masecurite.interieur.gouv.fr',
    'https://www.internet-signalement.gouv.fr',
    'https://17cyber.gouv.fr',
  ]);
  await page.close();
});

for (const framework of ['react', 'vue']) {
  test(`${framework} host: properties set by the framework, events received by it`, async () => {
    const { page, errors } = await open(`/demo/hosts/frameworks/${framework}.html`);
    await page.waitForFunction(() => document.querySelector('report-finder')?.shadowRoot?.querySelector('.option'));
    const before = await page.evaluate(() => {
      const finder = document.querySelector('report-finder');
      return {
        strings: finder.strings,
        heading: finder.shadowRoot.querySelector('#step-heading').textContent,
        list: document.querySelector('service-list').shadowRoot.querySelectorAll('service-card').length,
      };
    });
    assert.deepEqual(errors, []);
    assert.equal(before.heading, 'Quelle démarche voulez-vous faire ?');
    assert.ok(before.strings && Object.values(before.strings)[0].startsWith('Recommencer ('), 'strings set as a property');
    assert.equal(before.list, 2);
    await page.evaluate(() => document.querySelector('report-finder').shadowRoot.querySelectorAll('.option')[2].click());
    await page.waitForFunction(() => document.querySelector('#outcome').textContent !== '');
    assert.equal(await page.evaluate(() => document.querySelector('#outcome').textContent), 'licence-points: mes-points-permis');
    const restart = await page.evaluate(() => [...document.querySelector('report-finder').shadowRoot.querySelectorAll('.nav .button')].map((b) => b.textContent.trim()));
    assert.ok(restart.some((text) => text.startsWith('Recommencer (')), 'the framework’s strings are used');
    await page.close();
  });
}
