// The README's quick start, followed to the letter on a town-hall page that
// knows nothing of the module (the town-hall demo without its own rule for the
// quick exit, with a search box at the right of its header, as town halls
// have): the script line and the snippet pasted into the page's content. The
// fixed "Quitter ce site" button must cover nothing of the page, at 360 and
// 1280 px: no text, no link, no field, no button of the host or of the elements.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startServer } from '../../scripts/static-server.mjs';
import { launchBrowser, watchConsole } from './browser.mjs';
import { quickStart } from './snippets.mjs';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');


/** The town-hall demo as its webmaster had it before adding the module. */
function townHall({ file, integrity, snippet }) {
  const css = read('demo/city-hall.css').replace(
    /\/\* The fixed <quick-exit> publishes its height[^]*?\n\}\n/,
    '',
  );
  assert.doesNotMatch(css, /quick-exit-block-size/, 'the host page has no rule of its own for the button');
  const search = `<form class="site-search" role="search" action="/search">
        <label for="q">Rechercher sur le site</label> <input id="q" name="q" type="search" /> <button>OK</button>
      </form>`;
  const html = read('demo/city-hall.html')
    .replace(/<link rel="stylesheet" href="\.\/city-hall\.css" \/>/, `<style>${css}
      .site-header { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 1rem; }
      .site-search input { font: inherit; }
    </style>`)
    .replace(/\s*<!-- The only line a webmaster adds: -->\s*<script src="[^"]+"><\/script>/, `\n    <script src="/dist/${file}" integrity="${integrity}" crossorigin="anonymous"></script>`)
    .replace(/\s*<quick-exit fixed>.*?<\/quick-exit>/, '')
    .replace('</header>', `  ${search}\n    </header>`)
    .replace(/<div class="columns">[\s\S]*<\/div>\s*<\/main>/, `${snippet}\n    </main>`);
  assert.doesNotMatch(html, /<service-list>|<emergency-numbers/, 'only the snippet\u2019s elements');
  assert.equal(html.match(/<quick-exit fixed>/g)?.length, 1, 'one fixed quick exit: the snippet\u2019s');
  return html;
}

/** What of the page lies under the fixed button: text, links, fields and buttons, in the page and in the elements. */
async function covered(page) {
  return page.evaluate(() => {
    const exit = document.querySelector('quick-exit[fixed]');
    const button = exit.shadowRoot.querySelector('a, button');
    const box = button.getBoundingClientRect();
    const overlaps = (rect) =>
      rect.width > 0 && rect.height > 0 && rect.left < box.right && rect.right > box.left && rect.top < box.bottom && rect.bottom > box.top;
    const found = [];
    const walk = (root) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.nodeType === Node.TEXT_NODE) {
          if (!node.textContent.trim() || node.parentElement?.closest('style, script')) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          if ([...range.getClientRects()].some(overlaps)) found.push(`text "${node.textContent.trim().slice(0, 40)}"`);
          continue;
        }
        if (node === exit) continue;
        if (node.matches('a, input, button, select, textarea, summary') && overlaps(node.getBoundingClientRect()))
          found.push(`<${node.localName}> ${node.textContent.trim().slice(0, 40)}`);
        if (node.shadowRoot) walk(node.shadowRoot);
      }
    };
    walk(document.body);
    return { found, box: { top: box.top, bottom: box.bottom, left: box.left, right: box.right } };
  });
}

const pages = {};
let server;
let browser;
before(async () => {
  for (const [name, path] of [
    ['en', 'README.md'],
    ['fr', 'docs/fr/LISEZ-MOI.md'],
  ])
    pages[`/town-hall-${name}.html`] = townHall(quickStart(read(path)));
  server = await startServer(pages);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

for (const lang of ['en', 'fr'])
  for (const [width, height] of [
    [360, 740],
    [1280, 800],
  ])
    test(`the ${lang === 'en' ? 'README' : 'LISEZ-MOI'} snippet pasted into the town-hall page: the quick exit covers nothing at ${width} px`, async () => {
      const page = await browser.newPage();
      await page.setViewport({ width, height });
      const { errors } = watchConsole(page);
      await page.goto(`${server.url}/town-hall-${lang}.html`, { waitUntil: 'load' });
      await page.waitForFunction(() => document.querySelector('report-finder')?.shadowRoot?.querySelector('.option'));
      // The elements are there (the script ran, the hash matched), the button is shown.
      const { found, box } = await covered(page);
      assert.ok(box.bottom > box.top, 'the button is shown');
      assert.deepEqual(found, [], `under the button (${JSON.stringify(box)})`);
      assert.deepEqual(errors, []);
      await page.close();
    });
