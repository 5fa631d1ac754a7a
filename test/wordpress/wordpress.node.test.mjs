// The WordPress plugin in a real WordPress (Debian's 6.1, MariaDB, Apache,
// PHP 8.2), driven in Chromium as its users would: an administrator saves the
// site's contacts (valid and hostile); an author inserts the block in the block
// editor; an author writes the shortcode in the classic editor and opens the
// Visual tab; an author writes an element as HTML. On every public page: the
// element upgraded, the script in the head with its hash, no console error, no
// stray JSON or fallback text, and a finder path that ends on a local contact.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { launchBrowser, watchConsole } from '../dist/browser.mjs';
import { missingPackages, startWordPress } from '../../scripts/wordpress/environment.mjs';
import { catalogue } from '../../dist/catalogue/catalogue.js';
import { parseLocalContacts } from '../../dist/catalogue/local-contacts.js';
import { corpus, valid } from '../fixtures/local-contacts-corpus.mjs';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const release = JSON.parse(readFileSync(new URL('../../dist/release.json', import.meta.url), 'utf8'));
const zip = new URL(`../../dist/guichet-securite-wordpress-${pkg.version}.zip`, import.meta.url).pathname;

let wp;
let browser;
const missing = missingPackages();
const seconds = (start) => `${((Date.now() - start) / 1000).toFixed(1)} s`;

before(async () => {
  if (missing.length)
    throw new Error(
      `WordPress tests need Debian's ${missing.join(', ')} (apt-get install ${missing.join(' ')}; .ci/run installs them)`,
    );
  const start = Date.now();
  wp = await startWordPress({ plugins: [zip], log: (line) => console.log(`# ${line}`) });
  // A second author who writes with the classic editor (WordPress 6.1 has no switch of its own: a must-use plugin of the test site).
  await wp.php(`
    $id = wp_insert_user(array('user_login' => 'auteur-classique', 'user_pass' => 'classique-2026', 'role' => 'author', 'user_email' => 'classique@example.org'));
    if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message()); exit(1); }
    update_user_meta($id, 'guichet_test_classic', 1);
    // A French site, as a town hall's: the admin in French (the plugin's own strings), the pages in French.
    update_option('WPLANG', 'fr_FR');
    @mkdir(WP_CONTENT_DIR . '/mu-plugins');
    file_put_contents(WP_CONTENT_DIR . '/mu-plugins/classic-editor-for-tests.php', '<?php add_filter("use_block_editor_for_post", function ($use) { return get_user_meta(get_current_user_id(), "guichet_test_classic", true) ? false : $use; });');
    // No welcome guide over the block editor.
    foreach (get_users() as $user) update_user_meta($user->ID, $GLOBALS['wpdb']->get_blog_prefix() . 'persisted_preferences', array('core/edit-post' => array('welcomeGuide' => false), '_modified' => gmdate('c')));
  `);
  browser = await launchBrowser();
  console.log(`# wordpress: ready for the browser (${seconds(start)})`);
});

after(async () => {
  await browser?.close();
  await wp?.stop();
});

/** A browser context logged in as a user. */
async function logIn(login, password) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  // The block editor and its server-rendered previews are slow on a loaded machine: a minute, not puppeteer's 30 s.
  page.setDefaultTimeout(60_000);
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${wp.url}/wp-login.php`, { waitUntil: 'networkidle0' });
  // wp-login.php selects the field 200 ms after loading, which would swallow typed characters: set the values.
  await page.$eval('#user_login', (input, value) => (input.value = value), login);
  await page.$eval('#user_pass', (input, value) => (input.value = value), password);
  await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.click('#wp-submit')]);
  assert.ok(await page.$('#wpadminbar'), `${login} is logged in`);
  return { context, page };
}

/** A public page as a visitor sees it, at 360 × 740: what the plugin printed and what the elements made of it. */
async function visit(url) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  await page.setViewport({ width: 360, height: 740 });
  const console = watchConsole(page);
  const elsewhere = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(wp.url) && !request.url().startsWith('data:')) elsewhere.push(request.url());
  });
  await page.goto(url, { waitUntil: 'networkidle0' });
  const state = await page.evaluate((file) => {
    const script = [...document.querySelectorAll('script[src]')].find((item) => item.src.endsWith(`/${file}`));
    const elements = [
      ...document.querySelectorAll('report-finder, service-list, service-card, emergency-numbers, quick-exit'),
    ];
    return {
      script: script
        ? {
            inHead: script.parentElement === document.head,
            integrity: script.integrity,
            crossOrigin: script.crossOrigin,
          }
        : null,
      elements: elements.map((element) => ({
        tag: element.localName,
        upgraded: Boolean(element.shadowRoot),
        attributes: Object.fromEntries([...element.attributes].map((a) => [a.name, a.value])),
      })),
      text: document.body.innerText,
      pwned: window.__pwned,
    };
  }, release.file);
  return { context, page, state, errors: console.errors, elsewhere };
}

/**
 * Publishes in the classic editor and returns the post's address. (Publishing a new post first
 * rewrites the address in place, which is not the page load to wait for.)
 */
async function publishClassic(page) {
  await page.click('#publish');
  // The published post's edit page, with its notice (WordPress then removes ?message= from the address).
  await page.waitForFunction(
    () =>
      /post\.php\?post=\d+/.test(location.href) &&
      document.querySelector('#message') &&
      document.readyState === 'complete',
    { timeout: 30000 },
  );
  return page.$eval('#sample-permalink a, #view-post-btn a', (anchor) => anchor.href);
}

function assertCleanPage({ state, errors, elsewhere }, what) {
  assert.deepEqual(elsewhere, [], `${what}: no request to any other site`);
  assert.ok(state.script, `${what}: the drop-in is loaded`);
  assert.deepEqual(
    state.script,
    { inHead: true, integrity: release.integrity, crossOrigin: 'anonymous' },
    `${what}: in the head, with its hash`,
  );
  assert.ok(
    state.elements.length > 0 && state.elements.every((element) => element.upgraded),
    `${what}: every element upgraded`,
  );
  assert.doesNotMatch(
    state.text,
    /"id"|\{|data-contacts|Toutes les démarches en ligne|Affiché si le script/,
    `${what}: no stray JSON or fallback text`,
  );
  assert.deepEqual(errors, [], `${what}: no console error`);
  assert.equal(state.pwned, undefined);
}

const contact = {
  ...valid,
  availability: { national: true },
  id: 'aide-victimes-exempleville',
  name: { fr: 'Association d’aide aux victimes d’Exempleville', en: 'Exempleville victim support' },
  outcomes: ['violence-victim'],
};

test('an administrator saves the site contacts: valid ones kept, hostile ones named with their field, what was typed kept', async () => {
  const start = Date.now();
  const { context, page } = await logIn(wp.users.admin.login, wp.users.admin.password);
  await page.goto(`${wp.url}/wp-admin/options-general.php?page=guichet-securite`, { waitUntil: 'networkidle0' });
  // Without the two entries a form would never carry (a 1 MB summary, 5 000 levels): the PHP reader's own test has them.
  const hostile = corpus
    .map(([, input]) => input)
    .filter((input) => input !== undefined && !(input && ['a37', 'a40'].includes(input.id)));
  const typed = JSON.stringify([contact, ...hostile], null, 1);
  await page.$eval(
    '#guichet-securite-contacts',
    (area, text) => {
      area.value = text;
    },
    typed,
  );
  await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.click('#submit')]);
  const result = await page.evaluate(() => ({
    errors: [...document.querySelectorAll('.notice-error, .error')].map((notice) => notice.textContent.trim()),
    saved: [...document.querySelectorAll('.notice-success, .updated, .notice-warning')].map((notice) =>
      notice.textContent.trim(),
    ),
    typed: document.querySelector('#guichet-securite-contacts').value,
    shown: [...document.querySelectorAll('.wrap ul li code')].map((code) => code.textContent),
    pwned: window.__pwned,
  }));
  assert.equal(result.typed.trim(), typed.trim(), 'what was typed is kept');
  // The same verdicts as the elements' own reader.
  const expected = parseLocalContacts(typed, catalogue, new Date().toISOString().slice(0, 10));
  assert.deepEqual(
    result.shown,
    expected.entries.map((entry) => entry.id),
    'the accepted contacts are listed',
  );
  assert.equal(result.errors.length, expected.problems.length, 'each refused entry has its message');
  assert.ok(
    result.errors.some((text) => /Contact a4 refusé \(champ access\.website\) : must be an https: address/.test(text)),
    "entry and field named, in the admin's language",
  );
  assert.equal(result.pwned, undefined);
  // An editor cannot open the page.
  const editor = await logIn(wp.users.editor.login, wp.users.editor.password);
  const response = await editor.page.goto(`${wp.url}/wp-admin/options-general.php?page=guichet-securite`);
  assert.ok(
    [403, 500].includes(response.status()) || (await editor.page.content()).includes('not allowed'),
    'editors may not change the contacts',
  );
  await editor.context.close();
  // Too long: nothing changes, and it is said.
  await page.$eval('#guichet-securite-contacts', (area) => {
    area.value = `[${'"x",'.repeat(30000)}"x"]`;
  });
  await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.click('#submit')]);
  const tooLong = await page.evaluate(() => ({
    errors: [...document.querySelectorAll('.notice-error')].map((notice) => notice.textContent.trim()),
    shown: [...document.querySelectorAll('.wrap ul li code')].map((code) => code.textContent),
  }));
  assert.match(tooLong.errors.join(' '), /dépassent 100\s+000 octets : rien n’a été modifié/);
  assert.deepEqual(
    tooLong.shown,
    expected.entries.map((entry) => entry.id),
    'the contacts saved before are still there',
  );
  // Keep only the valid contact for the next scenarios.
  await page.$eval(
    '#guichet-securite-contacts',
    (area, text) => {
      area.value = text;
    },
    JSON.stringify([contact], null, 2),
  );
  await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.click('#submit')]);
  await context.close();
  console.log(`# wordpress: settings scenario (${seconds(start)})`);
});

test('an author inserts the block in the block editor; the public page shows the finder, which ends on the local contact', async () => {
  const start = Date.now();
  const { context, page } = await logIn(wp.users.author.login, wp.users.author.password);
  await page.goto(`${wp.url}/wp-admin/post-new.php`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => window.wp?.data?.select('core/editor')?.getCurrentPostId());
  await page.evaluate(() => window.wp.data.dispatch('core/editor').editPost({ title: 'Victimes de violences' }));
  // As an author does: the inserter, a search, the block; then its first question in the sidebar.
  await page.click('.edit-post-header-toolbar__inserter-toggle');
  await page.waitForSelector('.block-editor-inserter__search input');
  await page.type('.block-editor-inserter__search input', 'Guichet');
  await page.waitForSelector('.editor-block-list-item-guichet-securite-element');
  await page.click('.editor-block-list-item-guichet-securite-element');
  // The settings sidebar (the gear), if it is closed.
  const gear = await page.waitForSelector('.interface-pinned-items button');
  if ((await gear.evaluate((button) => button.getAttribute('aria-expanded'))) !== 'true') await gear.click();
  const selectByLabel = async (label, value) => {
    const id = await page.waitForFunction(
      (text) =>
        [...document.querySelectorAll('.block-editor-block-inspector label')].find(
          (item) => item.textContent.trim() === text,
        )?.htmlFor,
      {},
      label,
    );
    await page.select(`#${await id.jsonValue()}`, value);
  };
  await selectByLabel('Première question', 'violence');
  // A second block, a list with the page's own contacts (one of them refused).
  await page.evaluate(
    (pageContacts) => {
      window.wp.data.dispatch('core/block-editor').insertBlocks(
        window.wp.blocks.createBlock('guichet-securite/element', {
          element: 'service-list',
          category: 'help-support',
          contacts: pageContacts,
        }),
      );
    },
    JSON.stringify([
      {
        ...valid,
        id: 'permanence-juridique',
        name: 'Permanence juridique de la mairie',
        availability: { national: true },
      },
      { ...valid, id: 'Bad Id' },
    ]),
  );
  // The preview is the server's rendering, upgraded by the drop-in in the editor.
  // (A REST request each, debounced: slow on a loaded machine.)
  await page.waitForFunction(
    () => document.querySelector('.wp-block-guichet-securite-element report-finder')?.shadowRoot,
    { timeout: 60000 },
  );
  // A page's own contacts go through the same check: the refused one is named above the preview.
  await page.waitForFunction(() => document.querySelector('.guichet-securite-notice'), { timeout: 60000 });
  const notice = await page.$eval('.guichet-securite-notice', (element) => element.textContent);
  assert.match(notice, /Bad Id: id: must be lower-case letters, digits and dashes/);
  await page.evaluate(() => {
    const [first] = window.wp.data.select('core/block-editor').getBlocks();
    window.wp.data.dispatch('core/block-editor').selectBlock(first.clientId);
  });
  // The sidebar speaks the site's language (the block editor's script translations); it shows the first block's
  // settings once React has rendered the selection.
  await page.waitForFunction(
    () => document.querySelector('.block-editor-block-inspector .block-editor-panel-color-gradient-settings__dropdown'),
    { timeout: 30000 },
  );
  const labels = await page.evaluate(() =>
    [...document.querySelectorAll('.block-editor-block-inspector option')].map((option) => option.textContent),
  );
  assert.ok(
    labels.includes('Questionnaire d’orientation (trouve le bon service)'),
    `the sidebar in French (${labels.slice(0, 3).join(' / ')})`,
  );
  // The colours panel: the accent, from the theme's palette, reaches the preview's element.
  const colourLabels = await page.$$eval(
    '.block-editor-block-inspector .block-editor-panel-color-gradient-settings__dropdown',
    (buttons) => buttons.map((button) => button.textContent.trim()),
  );
  assert.deepEqual(colourLabels, ['Accent (liens, actions principales)', 'Texte sur l’accent', 'Fond', 'Texte']);
  await page.click('.block-editor-block-inspector .block-editor-panel-color-gradient-settings__dropdown');
  await (await page.waitForSelector('.components-popover .components-circular-option-picker__option')).click();
  const chosen = await page.evaluate(
    () => window.wp.data.select('core/block-editor').getBlocks()[0].attributes.colorAccent,
  );
  assert.match(chosen, /^#[0-9a-f]{3}([0-9a-f]{3})?$/i, 'a colour from the palette');
  await page.waitForFunction(
    (colour) =>
      document
        .querySelector('.wp-block-guichet-securite-element report-finder')
        ?.getAttribute('style')
        ?.includes(`--guichet-color-accent:${colour};`),
    // The editor's preview is rendered again by the server (a REST request, debounced): slow on a loaded machine.
    { timeout: 60000 },
    chosen,
  );
  await page.keyboard.press('Escape');
  await page.evaluate(() => window.wp.data.dispatch('core/editor').editPost({ status: 'publish' }));
  await page.evaluate(() => window.wp.data.dispatch('core/editor').savePost());
  await page.waitForFunction(
    () =>
      !window.wp.data.select('core/editor').isSavingPost() &&
      window.wp.data.select('core/editor').getCurrentPostAttribute('status') === 'publish',
    { timeout: 60000 },
  );
  const link = await page.evaluate(() => window.wp.data.select('core/editor').getPermalink());
  await context.close();

  const visitor = await visit(link);
  assertCleanPage(visitor, 'block');
  assert.deepEqual(
    visitor.state.elements.map((element) => element.attributes.start ?? element.attributes.category),
    ['violence', 'help-support'],
  );
  assert.equal(visitor.state.elements[0].attributes.style, `--guichet-color-accent:${chosen};`, 'the chosen accent');
  // Local contacts come first in the list: the page's own, then the site's.
  const listed = await visitor.page.evaluate(() =>
    [...document.querySelector('service-list').shadowRoot.querySelectorAll('[service]')]
      .slice(0, 2)
      .map((card) => card.getAttribute('service')),
  );
  assert.deepEqual(
    listed,
    ['permanence-juridique', 'aide-victimes-exempleville'],
    "the page's own contact, then the site's, first in the list",
  );
  await visitor.page.evaluate(async () => {
    const finder = document.querySelector('report-finder');
    finder.shadowRoot.querySelectorAll('.option')[0].click(); // Violence in the couple or family, or sexual or sexist violence
    await finder.updateComplete;
    finder.shadowRoot.querySelectorAll('.option')[0].click(); // The victim, 18 or over
    await finder.updateComplete;
    [...finder.shadowRoot.querySelectorAll('details.more summary')]
      .find((summary) => /Près de chez vous|Near you/.test(summary.textContent))
      ?.click();
  });
  // The card renders on its own update: wait for its text rather than for a fixed time.
  const outcome = await visitor.page
    .waitForFunction(
      () => {
        const local = document
          .querySelector('report-finder')
          .shadowRoot.querySelector('[service="aide-victimes-exempleville"]');
        return /Exempleville/.test(local?.shadowRoot?.textContent ?? '') && local.shadowRoot.textContent;
      },
      { timeout: 10000 },
    )
    .then((handle) => handle.jsonValue())
    .catch(() => '(no local contact shown within 10 s)');
  assert.match(outcome, /Association d’aide aux victimes d’Exempleville/, 'the local contact is shown with the result');
  await visitor.context.close();
  console.log(`# wordpress: block editor scenario (${seconds(start)})`);
});

test('an author writes the shortcode in the classic editor, opens the Visual tab and comes back: the list works on the page', async () => {
  const start = Date.now();
  const { context, page } = await logIn('auteur-classique', 'classique-2026');
  await page.goto(`${wp.url}/wp-admin/post-new.php`, { waitUntil: 'networkidle0' });
  assert.ok(await page.$('#content'), 'the classic editor');
  await page.type('#title', 'Porter plainte');
  await page.click('#content-html');
  await page.type(
    '#content',
    'Les services pour porter plainte :\n\n[guichet element="service-list" category="report-crime" heading-level="2"]\n\nEt les numéros :\n\n[guichet element="emergency-numbers" lines="3919,0000"]\n',
  );
  await page.click('#content-tmce');
  await page.waitForFunction(() => window.tinymce?.activeEditor && !window.tinymce.activeEditor.isHidden());
  await page.click('#content-html');
  const text = await page.$eval('#content', (area) => area.value);
  assert.match(
    text,
    /\[guichet element="service-list" category="report-crime" heading-level="2"\]/,
    'the shortcode survives the Visual tab',
  );
  const link = await publishClassic(page);
  // The author sees what the shortcode ignored; a visitor does not.
  await page.goto(link, { waitUntil: 'networkidle0' });
  assert.match(
    await page.$eval('.guichet-securite-notice', (notice) => notice.textContent),
    /Ignoré \(inconnu ou invalide\) : 0000/,
  );
  await context.close();

  const visitor = await visit(link);
  assertCleanPage(visitor, 'shortcode');
  assert.equal(await visitor.page.$('.guichet-securite-notice'), null);
  // The attributes written (the elements add their own reflected ones, such as variant="full").
  assert.deepEqual(
    visitor.state.elements.map((element) => [
      element.tag,
      element.attributes.category,
      element.attributes['heading-level'],
      element.attributes.lines,
    ]),
    [
      ['service-list', 'report-crime', '2', undefined],
      ['emergency-numbers', undefined, undefined, '3919'],
    ],
  );
  const list = await visitor.page.evaluate(() => {
    const element = document.querySelector('service-list');
    return {
      parent: element.parentElement.localName,
      cards: element.shadowRoot.querySelectorAll('[part="grid"] > *').length,
    };
  });
  assert.notEqual(list.parent, 'p', 'no paragraph around the element');
  assert.ok(list.cards > 3, `the list shows services (${list.cards}), the local contact first`);
  await visitor.context.close();
  console.log(`# wordpress: classic editor scenario (${seconds(start)})`);
});

test('an author writes an element as HTML: it is kept and works; a script is removed', async () => {
  const start = Date.now();
  const { context, page } = await logIn('auteur-classique', 'classique-2026');
  await page.goto(`${wp.url}/wp-admin/post-new.php`, { waitUntil: 'networkidle0' });
  await page.type('#title', 'En HTML');
  await page.click('#content-html');
  await page.$eval('#content', (area) => {
    area.value =
      '<service-card service="thesee" variant="compact"></service-card><script>window.__pwned = 1</script><p>Fin.</p>';
  });
  const link = await publishClassic(page);
  await context.close();
  const visitor = await visit(link);
  assert.deepEqual(
    visitor.state.elements.map((element) => [
      element.tag,
      element.attributes.service,
      element.attributes.variant,
      element.upgraded,
    ]),
    [['service-card', 'thesee', 'compact', true]],
  );
  assert.equal(visitor.state.pwned, undefined, 'the script was removed');
  assert.deepEqual(visitor.errors, []);
  await visitor.context.close();
  console.log(`# wordpress: HTML scenario (${seconds(start)})`);
});

test('a page in Arabic: the shortcode asks for the pack, which comes in the head after the drop-in, with its hash; the finder reads right to left', async () => {
  const id = await wp.php(`
    echo wp_insert_post(array('post_title' => 'بالعربية', 'post_status' => 'publish', 'post_type' => 'page',
      'post_content' => '[guichet element="report-finder" lang="ar"]'));
  `);
  const visitor = await visit(`${wp.url}/?page_id=${id.trim()}`);
  const state = await visitor.page.evaluate((file) => {
    const scripts = [...document.querySelectorAll('script[src]')];
    const pack = scripts.find((item) => item.src.endsWith(`/${file}`));
    const finder = document.querySelector('report-finder');
    return {
      pack: pack && {
        inHead: pack.parentElement === document.head,
        integrity: pack.integrity,
        after: scripts.indexOf(pack) > scripts.findIndex((item) => /guichet-securite-[\d.]+\.min\.js$/.test(item.src)),
      },
      lang: finder.getAttribute('lang'),
      box: finder.shadowRoot.querySelector('[lang]').getAttribute('dir'),
      question: finder.shadowRoot.querySelector('[part~="question"]').textContent.trim(),
    };
  }, release.packs.ar.file);
  assert.deepEqual(state.pack, { inHead: true, integrity: release.packs.ar.integrity, after: true });
  assert.equal(state.lang, 'ar');
  assert.equal(state.box, 'rtl');
  assert.match(state.question, /[\u0600-\u06ff]/, 'the first question in Arabic');
  assert.deepEqual(visitor.errors, []);
  await visitor.context.close();
});

test('a site in English: the English file comes after the drop-in, with its hash, and the elements follow the page in English', async () => {
  const id = await wp.php(`
    update_option('WPLANG', '');
    echo wp_insert_post(array('post_title' => 'In English', 'post_status' => 'publish', 'post_type' => 'page',
      'post_content' => '[guichet element="report-finder"]'));
  `);
  try {
    const visitor = await visit(`${wp.url}/?page_id=${id.trim()}`);
    const state = await visitor.page.evaluate((file) => {
      const scripts = [...document.querySelectorAll('script[src]')];
      const english = scripts.find((item) => item.src.endsWith(`/${file}`));
      const finder = document.querySelector('report-finder');
      return {
        page: document.documentElement.lang,
        english: english && {
          integrity: english.integrity,
          after:
            scripts.indexOf(english) > scripts.findIndex((item) => /guichet-securite-[\d.]+\.min\.js$/.test(item.src)),
        },
        question: finder.shadowRoot.querySelector('[part~="question"]').textContent.trim(),
      };
    }, release.packs.en.file);
    assert.equal(state.page, 'en-US');
    assert.deepEqual(state.english, { integrity: release.packs.en.integrity, after: true });
    assert.equal(state.question, 'Is it happening right now, or is anyone in danger?');
    assert.deepEqual(visitor.errors, []);
    await visitor.context.close();
  } finally {
    await wp.php(`update_option('WPLANG', 'fr_FR');`);
  }
});

test('the renderer: one line, tag names from the fixed list, only known values, every value escaped', async () => {
  const out = JSON.parse(
    await wp.php(`
      $cases = array(
        array('element' => 'service-list', 'services' => 'thesee,"><script>window.__pwned=1</script>', 'category' => 'report-crime', 'lang' => '"onmouseover="x', 'heading-level' => '2"><b>'),
        array('element' => 'script', 'start' => 'violence'),
        array('element' => 'service-card', 'service' => 'pharos', 'new_window' => '1', 'variant' => 'compact', 'theme' => 'dark'),
        array('element' => 'emergency-numbers', 'lines' => '3919, 116 006 17'),
        array('element' => 'quick-exit', 'fixed' => true, 'href' => 'javascript:alert(1)'),
      );
      echo wp_json_encode(array_map(function ($atts) { return Guichet_Securite_Renderer::render($atts); }, $cases));
    `),
  );
  for (const html of out) assert.doesNotMatch(html, /\n/, 'one line');
  // The site's contacts (saved by the administrator above) come first, as inert JSON, then in the fallback list.
  const contacts =
    /^<service-list services="thesee" category="report-crime"><script type="application\/json" data-contacts>([^<]*)<\/script>/.exec(
      out[0],
    );
  assert.ok(contacts, out[0].slice(0, 200));
  assert.deepEqual(
    JSON.parse(contacts[1]).map((entry) => entry.id),
    ['aide-victimes-exempleville'],
  );
  const list = out[0].slice(contacts[0].length);
  assert.match(
    list,
    /^<ul><li><a href="https:\/\/exempleville\.example\.org\/police">[^<]*<\/a><\/li><li><a href="https:\/\/www\.service-public\.gouv\.fr[^"]*">/,
  );
  assert.doesNotMatch(list, /<script|onmouseover|<b>|lang=/);
  assert.match(
    out[1],
    /^<report-finder start="violence">(<script type="application\/json" data-contacts>[^<]*<\/script>)?<p>En cas de danger/,
    'an unknown tag name falls back to the finder',
  );
  assert.match(
    out[2],
    /^<service-card service="pharos" variant="compact" new-window theme="dark">(<script type="application\/json" data-contacts>[^<]*<\/script>)?<p><a href="https:\/\/www\.internet-signalement\.gouv\.fr/,
  );
  assert.match(
    out[3],
    /^<emergency-numbers lines="3919,116006">(<script type="application\/json" data-contacts>[^<]*<\/script>)?<p>/,
    'help lines by number or id, commas or spaces, a number written as displayed; an emergency number is not a help line',
  );
  assert.match(
    out[4],
    /^<quick-exit fixed><p><a href="https:\/\/www\.service-public\.gouv\.fr">Quitter ce site<\/a><\/p><\/quick-exit>$/,
  );
});

/** Writes a must-use plugin of the test site (a fresh file name each time, so no cached copy is run); returns a remover. */
async function muPlugin(name, code) {
  const file = `${name}-${Date.now()}.php`;
  await wp.php(
    `file_put_contents(WP_CONTENT_DIR . '/mu-plugins/${file}', base64_decode('${Buffer.from(code).toString('base64')}'));`,
  );
  return () => wp.php(`unlink(WP_CONTENT_DIR . '/mu-plugins/${file}');`);
}

/** Publishes a page with this content; returns its address. */
async function publishPage(title, content) {
  const id = await wp.php(`
    echo wp_insert_post(array('post_title' => ${JSON.stringify(title)}, 'post_status' => 'publish', 'post_type' => 'page',
      'post_content' => base64_decode('${Buffer.from(content).toString('base64')}')));
  `);
  return `${wp.url}/?page_id=${id.trim()}`;
}

/** The opening tag of each element in a page's HTML as the server sent it. */
async function openingTags(url, tag) {
  const html = await (await fetch(url)).text();
  return [...html.matchAll(new RegExp(`<${tag}[\\s>][^>]*>`, 'g'))].map((match) => match[0]);
}

test("a plugin's filters add a contact and change an element's attributes on a real page; what they return is checked again", async () => {
  const start = Date.now();
  // A site's own plugin, as its developer would write it: only for the shortcodes marked test="filtres".
  const remove = await muPlugin(
    'guichet-filters-for-tests',
    `<?php
add_filter('guichet_securite_contacts', function ($contacts, $element, $attributes, $context) {
  if (empty($context['attributes']['test'])) return $contacts;
  // Removes the site's contact, adds one, and tries two that the settings page would refuse.
  $contacts = array_values(array_filter($contacts, function ($contact) { return 'aide-victimes-exempleville' !== $contact['id']; }));
  $contacts[] = array(
    'id' => 'permanence-filtre', 'kind' => 'phone-line', 'categories' => array('help-support'),
    'name' => 'Permanence ajoutée par un filtre', 'summary' => 'Écoute et orientation, du lundi au vendredi.',
    'access' => array('phones' => array(array('number' => '+33199000001', 'display' => '01 99 00 00 01'))),
  );
  $contacts[] = array(
    'id' => 'filtre-hostile', 'kind' => 'online-service', 'categories' => array('help-support'),
    'name' => '<img src=x onerror="window.__pwned=1">', 'summary' => 'x',
    'access' => array('website' => 'javascript:window.__pwned=1'),
  );
  $contacts[] = 'pas un contact';
  return $contacts;
}, 10, 4);
add_filter('guichet_securite_element_attributes', function ($attributes, $element, $context) {
  if (empty($context['attributes']['test'])) return $attributes;
  $attributes['category'] = 'help-support';
  $attributes['heading-level'] = '3';
  $attributes['color-text'] = '#123456';
  // None of these may reach the page.
  $attributes['onclick'] = 'window.__pwned=1';
  $attributes['onmouseover'] = 'window.__pwned=1';
  $attributes['href'] = 'javascript:window.__pwned=1';
  $attributes['style'] = 'background:url(javascript:window.__pwned=1)';
  $attributes['color-accent'] = 'red;background:url(javascript:window.__pwned=1)';
  $attributes['lang'] = 'fr" onfocus="window.__pwned=1';
  $attributes['ELEMENT'] = 'script';
  return $attributes;
}, 10, 3);
`,
  );
  try {
    const link = await publishPage(
      'Filtres',
      '[guichet element="service-list" category="report-crime" test="filtres"]\n\n[guichet element="service-list" category="help-support"]',
    );
    // What the server printed: the filtered attributes that pass the rules, nothing else.
    const tags = await openingTags(link, 'service-list');
    assert.deepEqual(tags, [
      '<service-list category="help-support" heading-level="3" style="--guichet-color-text:#123456;">',
      '<service-list category="help-support">',
    ]);
    const html = await (await fetch(link)).text();
    assert.doesNotMatch(html, /onerror|__pwned|javascript:/, 'no hostile value anywhere on the page');

    const visitor = await visit(link);
    assertCleanPage(visitor, 'filters');
    const shown = await visitor.page.evaluate(() =>
      [...document.querySelectorAll('service-list')].map((list) => {
        const cards = [...list.shadowRoot.querySelectorAll('[service]')];
        return {
          ids: cards.map((card) => card.getAttribute('service')),
          first: cards[0]?.shadowRoot?.textContent ?? '',
          color: getComputedStyle(list).color,
        };
      }),
    );
    // The visitor sees the contact the filter added, first in the list, and not the one it removed or the refused ones.
    assert.equal(shown[0].ids[0], 'permanence-filtre');
    assert.match(shown[0].first, /Permanence ajoutée par un filtre/);
    assert.ok(!shown[0].ids.includes('aide-victimes-exempleville'), 'the contact the filter removed is not shown');
    assert.ok(!shown[0].ids.includes('filtre-hostile'), 'the refused contact is not shown');
    assert.equal(shown[0].color, 'rgb(18, 52, 86)', "the filter's text colour");
    // The other list, without the mark: the site's contact, untouched.
    assert.equal(shown[1].ids[0], 'aide-victimes-exempleville');
    assert.ok(!shown[1].ids.includes('permanence-filtre'));
    assert.equal(visitor.state.pwned, undefined);
    await visitor.context.close();

    // Those who can edit the page are told what the filters' results lost, as for what an author typed.
    const notice = await wp.php(`
      echo Guichet_Securite_Renderer::render(array('element' => 'service-list'), '', false, true,
        array('source' => 'shortcode', 'attributes' => array('test' => 'filtres')));
    `);
    assert.match(notice, /^<div class="guichet-securite-notice" role="status"><ul>/);
    assert.match(notice, /filtre-hostile: access\.website: must be an https: address/);
    assert.match(notice, /#\d+: \(entry\): must be an object/);
    assert.match(notice, /: lang, color-accent</, 'the invalid values are named');
    assert.doesNotMatch(notice, /<img|onerror=|javascript:/);
  } finally {
    await remove();
  }
  console.log(`# wordpress: filters scenario (${seconds(start)})`);
});

test("the script's address can be filtered (a copy of the same file); a bad address falls back to the bundled file; the hash still guards the file; the action fires once", async () => {
  const start = Date.now();
  const remove = await muPlugin(
    'guichet-script-for-tests',
    `<?php
add_filter('guichet_securite_script_url', function ($url, $handle, $file) {
  $option = get_option('guichet_test_script_url');
  if (!$option) return $url;
  return is_string($option) ? str_replace('%file%', $file, $option) : $option;
}, 10, 3);
add_filter('guichet_securite_script_integrity', function ($integrity) {
  $option = get_option('guichet_test_integrity');
  return false === $option ? $integrity : $option;
});
add_action('guichet_securite_enqueued', function ($handle, $url) {
  wp_add_inline_script($handle, 'window.__guichetEnqueued = (window.__guichetEnqueued || []).concat(' . wp_json_encode($url) . ');', 'before');
  wp_add_inline_script($handle, 'window.__guichetDefined = Boolean(customElements.get("service-card"));');
}, 10, 2);
`,
  );
  const set = (name, value) =>
    wp.php(
      value === undefined
        ? `delete_option('${name}');`
        : `update_option('${name}', json_decode(base64_decode('${Buffer.from(JSON.stringify(value)).toString('base64')}'), true));`,
    );
  const bundled = `/wp-content/plugins/guichet-securite/assets/${release.file}`;
  try {
    // A copy of the same file, and an altered one, elsewhere on the site (as a CDN would serve them).
    await wp.php(`
      $source = WP_PLUGIN_DIR . '/guichet-securite/assets/${release.file}';
      foreach (array('copy' => '', 'altered' => "\\n/* altered */\\n") as $folder => $tail) {
        wp_mkdir_p(WP_CONTENT_DIR . "/uploads/guichet-$folder");
        file_put_contents(WP_CONTENT_DIR . "/uploads/guichet-$folder/${release.file}", file_get_contents($source) . $tail);
      }
    `);
    const link = await publishPage('Script ailleurs', '[guichet element="service-card" service="thesee"]');
    const look = async (what) => {
      const visitor = await visit(link);
      const extra = await visitor.page.evaluate((file) => {
        const scripts = [...document.head.querySelectorAll('script')];
        const drop = scripts.find((item) => item.src.endsWith(`/${file}`));
        return {
          src: drop && new URL(drop.src).pathname,
          enqueued: window.__guichetEnqueued,
          defined: window.__guichetDefined,
          // The inline script the action added before the drop-in carries no hash: the hash is on the file's tag.
          inlineWithIntegrity: scripts.filter((item) => !item.src && item.hasAttribute('integrity')).length,
        };
      }, release.file);
      await visitor.context.close();
      return { ...visitor, ...extra, what };
    };

    await set('guichet_test_script_url', '/wp-content/uploads/guichet-copy/%file%');
    const copy = await look('a copy');
    assertCleanPage(copy, 'a copy of the file');
    assert.equal(copy.src, `/wp-content/uploads/guichet-copy/${release.file}`, 'the filtered address');
    assert.deepEqual(copy.enqueued, [`/wp-content/uploads/guichet-copy/${release.file}`], 'the action fired once');
    assert.equal(copy.defined, true, "the action's inline code runs after the drop-in");
    assert.equal(copy.inlineWithIntegrity, 0);

    // An altered copy with the bundled hash: the browser refuses it.
    await set('guichet_test_script_url', '/wp-content/uploads/guichet-altered/%file%');
    const altered = await look('altered');
    assert.equal(altered.state.script.integrity, release.integrity, 'the bundled hash stays on a moved file');
    assert.ok(!altered.state.elements.some((element) => element.upgraded), 'an altered copy does not run');
    assert.match(altered.errors.join('\n'), /integrity/i);
    // Unless the integrity filter gives its own hash.
    const hash = `sha384-${createHash('sha384')
      .update(
        Buffer.concat([
          readFileSync(new URL(`../../dist/${release.file}`, import.meta.url)),
          Buffer.from('\n/* altered */\n'),
        ]),
      )
      .digest('base64')}`;
    await set('guichet_test_integrity', hash);
    const own = await look('own hash');
    assert.equal(own.state.script.integrity, hash);
    assert.ok(own.state.elements.every((element) => element.upgraded));
    assert.deepEqual(own.errors, []);
    await set('guichet_test_integrity', 'md5-not-a-hash" onload="window.__pwned=1');
    const garbage = await look('a bad hash');
    assert.equal(garbage.state.script.integrity, release.integrity, 'a bad hash is ignored');
    await set('guichet_test_integrity', undefined);

    // A bad address: the bundled file, with its hash.
    await set('guichet_test_script_url', 'javascript:window.__pwned=1//%file%');
    const bad = await look('a bad address');
    assertCleanPage(bad, 'a bad address');
    assert.equal(bad.src, bundled, 'javascript: falls back to the bundled file');
    assert.deepEqual(bad.enqueued, [`${wp.url}${bundled}`], 'the action names the address used');
    // Others, as printed by WordPress.
    for (const [value, expected] of [
      ['data:text/javascript,window.__pwned=1;//%file%', bundled],
      ['wp-content/uploads/guichet-copy/%file%', bundled],
      ['/\\elsewhere.example/%file%', bundled],
      ['https://cdn.example.org/guichet/%file%" onload="x', bundled],
      [['not', 'a', 'string'], bundled],
      ['https://cdn.example.org/guichet/%file%', `https://cdn.example.org/guichet/${release.file}`],
      ['//cdn.example.org/guichet/%file%', `//cdn.example.org/guichet/${release.file}`],
    ]) {
      await set('guichet_test_script_url', value);
      const tag = await wp.php(`ob_start(); wp_scripts()->do_item('guichet-securite'); echo ob_get_clean();`);
      const src = /<script[^>]*\ssrc='([^']*)'/.exec(tag)?.[1];
      assert.equal(src?.replace(wp.url, ''), expected, `${JSON.stringify(value)}: ${tag}`);
      assert.match(
        tag,
        new RegExp(`integrity="${release.integrity.replace(/[+/]/g, '\\$&')}" crossorigin="anonymous"`),
      );
    }
  } finally {
    await set('guichet_test_script_url', undefined);
    await set('guichet_test_integrity', undefined);
    await remove();
  }
  console.log(`# wordpress: script address scenario (${seconds(start)})`);
});

test('colours: the block and the shortcode print the custom properties (hexadecimal only), and the elements take them', async () => {
  const link = await publishPage(
    'Couleurs',
    [
      '<!-- wp:guichet-securite/element {"element":"service-card","service":"thesee","colorAccent":"#8a1538","colorText":"#123456","colorBackground":"url(x)","colorOnAccent":"#fff;color:red"} /-->',
      '[guichet element="service-card" service="pharos" color-accent="#8A1538" color-background="red" color-focus="#ff0"]',
      '[guichet element="service-card" service="pharos"]',
    ].join('\n\n'),
  );
  assert.deepEqual(await openingTags(link, 'service-card'), [
    '<service-card service="thesee" style="--guichet-color-text:#123456;--guichet-color-accent:#8a1538;">',
    '<service-card service="pharos" style="--guichet-color-accent:#8A1538;--guichet-color-focus:#ff0;">',
    '<service-card service="pharos">',
  ]);
  const visitor = await visit(link);
  assertCleanPage(visitor, 'colours');
  const colours = await visitor.page.evaluate(() =>
    [...document.querySelectorAll('service-card')].map((card) => ({
      accent: getComputedStyle(card).getPropertyValue('--_accent').trim(),
      text: getComputedStyle(card).color,
      // The colours the card draws with: its accent among them.
      drawn: [...new Set([...card.shadowRoot.querySelectorAll('*')].map((node) => getComputedStyle(node).color))],
    })),
  );
  assert.equal(colours[0].accent, '#8a1538');
  assert.equal(colours[0].text, 'rgb(18, 52, 86)');
  assert.ok(colours[0].drawn.includes('rgb(138, 21, 56)'), `the accent is drawn: ${colours[0].drawn.join(' ')}`);
  assert.ok(colours[1].drawn.includes('rgb(138, 21, 56)'), 'the shortcode too');
  assert.equal(colours[2].accent, '#0b5a6e', 'without colours, the default');
  assert.ok(!colours[2].drawn.includes('rgb(138, 21, 56)'));
  assert.equal(colours[2].text, 'rgb(29, 33, 39)');
  await visitor.context.close();
});

// Uninstalls the plugin: stays the last test of this file.
test('a page without an element does not load the script; uninstalling removes the option', async () => {
  const visitor = await visit(`${wp.url}/hello-world/`);
  assert.equal(visitor.state.script, null, 'no drop-in where no element is used');
  await visitor.context.close();
  const before = await wp.php(
    `echo wp_json_encode(array_column(get_option('guichet_securite_contacts')['entries'], 'id'));`,
  );
  assert.deepEqual(JSON.parse(before), ['aide-victimes-exempleville']);
  const after = await wp.php(`
    require_once ABSPATH . 'wp-admin/includes/plugin.php';
    deactivate_plugins('guichet-securite/guichet-securite.php');
    uninstall_plugin('guichet-securite/guichet-securite.php');
    echo wp_json_encode(get_option('guichet_securite_contacts', 'absent'));
  `);
  assert.equal(JSON.parse(after), 'absent');
});
