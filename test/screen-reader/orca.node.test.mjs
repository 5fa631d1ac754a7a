// What a real screen reader says: Orca (Debian's), reading the built drop-in in Firefox ESR
// on the town-hall page (demo/city-hall.html), in French and in an English copy of it, driven
// from the keyboard as a person would (Tab, Return, Shift, Orca's own keys: h for the next
// heading, 2 for the next level 2 heading, Down for the next line). Each assertion is on the
// words Orca spoke, read from its transcript (test/screen-reader/orca.mjs). What it said on
// each path is written to .test-results/screen-reader.json, from which
// scripts/screen-reader-docs.mjs writes docs/accessibility/screen-reader.md.
// Needs `npm run build` first (the drop-in in dist/).
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { startServer } from '../../scripts/static-server.mjs';
import { missingTools, startSession } from './orca.mjs';

const missing = missingTools();
const skip = missing.length ? `needs ${missing.join(', ')} (.ci/run installs them)` : false;

const french = readFileSync(new URL('../../demo/city-hall.html', import.meta.url), 'utf8');
const absolute = (html) => html.replaceAll('href="./', 'href="/demo/').replaceAll('"../dist/', '"/dist/');

/** The town-hall page in English: the page's language, its title and its own words, and the English file; the elements follow the page. */
const english = absolute(french)
  .replace('<html lang="fr">', '<html lang="en">')
  // The drop-in is French: English comes in its own file, after it.
  .replace(
    '<script src="/dist/guichet-securite.min.js"></script>',
    '<script src="/dist/guichet-securite.min.js"></script><script src="/dist/guichet-securite.en.js"></script>',
  )
  .replace(/<title>.*<\/title>/, '<title>Safety and prevention – Exampleville town hall</title>')
  .replace('>Quitter ce site<', '>Leave this site<')
  .replace('<h1>Sécurité et prévention</h1>', '<h1>Safety and prevention</h1>')
  .replace('<h2>Que vous est-il arrivé ?</h2>', '<h2>What happened to you?</h2>')
  .replace('<h2>Trouver le bon service</h2>', '<h2>Find the right service</h2>')
  .replace('<h2>Partir en vacances</h2>', '<h2>Going on holiday</h2>')
  .replace('<h2>Victimes de violences</h2>', '<h2>Victims of violence</h2>')
  .replace('<h2>Quitter rapidement ce site</h2>', '<h2>Leave this site quickly</h2>');

/**
 * A copy of the French page where a script takes the quick exit's name away (its button keeps
 * its role, its words are gone): the harness must notice, or it proves nothing.
 */
const broken = absolute(french).replace(
  '</body>',
  `<script type="module">
    await customElements.whenDefined('quick-exit');
    const exit = document.querySelector('quick-exit');
    await exit.updateComplete;
    const button = exit.shadowRoot.querySelector('button');
    button.replaceChildren();
    button.removeAttribute('aria-label');
  </script></body>`,
);

let server;
let orca;
/** What Orca said on each path: `{ path: [{ action, said: [] }] }`, for the documentation. */
const transcript = {};

before(async () => {
  if (skip) return;
  server = await startServer({
    '/demo/city-hall.en.html': english,
    '/demo/city-hall.broken.html': broken,
  });
  orca = await startSession();
});

after(async () => {
  if (orca) transcript.browserStarts = orca.startAttempts;
  await orca?.stop();
  await server?.close();
  if (skip || !Object.keys(transcript).length) return;
  const results = new URL('../../.test-results/', import.meta.url);
  mkdirSync(results, { recursive: true });
  writeFileSync(new URL('screen-reader.json', results), `${JSON.stringify(transcript, null, 2)}\n`);
});

const pageLanguage = (name) => (name === 'en' ? 'en' : 'fr');

/** One path: the actions taken and what Orca said after each, recorded for the documentation and for failures. */
function path(name) {
  const steps = (transcript[name] = []);
  const heardSince = (from) => orca.since(from).map((utterance) => utterance.text);
  return {
    steps,
    /** Runs `action`; what Orca said from its start to its end is this step's. */
    async step(action, run) {
      const from = orca.utterances().length;
      const since = Date.now() / 1000;
      try {
        await run(from);
      } finally {
        const parts = orca.languageParts(since);
        steps.push({
          action,
          said: heardSince(from),
          // The pieces Orca was told are in another language than the page's, and the voice it used.
          otherLanguage: parts
            .filter((part) => part.requested !== pageLanguage(name))
            .map(({ text, requested }) => ({ text, requested })),
          voices: [...new Set(orca.since(from).map((utterance) => utterance.voice ?? 'default'))],
        });
      }
      return [...steps.at(-1).said];
    },
    /** Everything said on this path, for a failing assertion's message. */
    heard: () => steps.flatMap(({ action, said }) => [`[${action}]`, ...said.map((text) => `  «${text}»`)]).join('\n'),
  };
}

/** A subtest per spoken fact; a failure shows everything Orca said on the path. */
async function expectSaid(t, journey, name, check) {
  await t.test(name, () => {
    try {
      check();
    } catch (error) {
      error.message += `\nOrca said on this path:\n${journey.heard()}`;
      throw error;
    }
  });
}

const count = (said, pattern) => said.filter((text) => pattern.test(text)).length;
const includes = (said, pattern) => said.some((text) => pattern.test(text));
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** An utterance that is exactly `text` (Orca ends it with a full stop). */
const exactly = (text) => new RegExp(`^${escape(text)}\\.?$`);

/**
 * The quick exit, first on the page, focused the way a person comes back to it: Tab to the next
 * link, then Shift+Tab. Orca does not always present it by itself once the page has loaded (its
 * page summary and the first line can be cut short), and a Tab onto the control Orca already
 * presents says nothing.
 */
async function backToQuickExit() {
  await orca.pressUntil(/^Mairie d'Exempleville link/, { max: 4 });
  await orca.pressUntil(/push button/, { key: 'shift+Tab', max: 2 });
}

/** Presses Return on the control Orca presents, then waits until it has finished speaking what follows. */
async function press(from, key = 'Return', quiet = 1200) {
  orca.keys(key);
  await orca.waitFor(() => true, { from, timeout: 15000, what: `anything after ${key}` });
  await orca.settle({ from, quiet });
}

test(
  'French: the quick exit, the emergency numbers and the finder, from the first question to a result',
  { skip },
  async (t) => {
    const journey = path('fr-finder');
    const loaded = await journey.step('Opening the page', async () => {
      const from = await orca.open(`${server.url}/demo/city-hall.html`, 'Sécurité et prévention');
      await orca.settle({ from, quiet: 1500 });
    });
    loaded.push(...(await journey.step('Tab, then Shift+Tab back to the quick exit', backToQuickExit)));
    const shift = await journey.step('Shift, once', (from) => press(from, 'shift'));
    const top = await journey.step('Tab until the first question’s last answer', async () => {
      await orca.pressUntil(/^Non, pas en ce moment/);
    });
    const second = await journey.step('Return on “Non, pas en ce moment”', (from) => press(from));
    await journey.step('Tab until “Une arnaque…”', () => orca.pressUntil(/^Une arnaque/));
    const third = await journey.step('Return', (from) => press(from));
    await journey.step('Tab until “Une autre arnaque…”', () => orca.pressUntil(/^Une autre arnaque/));
    await journey.step('Return', (from) => press(from));
    await journey.step('Tab until “Entièrement sur internet…”', () => orca.pressUntil(/^Entièrement sur internet/));
    await journey.step('Return', (from) => press(from));
    await journey.step('Tab until “Un faux site de vente…”', () => orca.pressUntil(/^Un faux site de vente/));
    const result = await journey.step('Return', (from) => press(from));
    const steps = await journey.step('Down, line by line, to the third step', () =>
      orca.pressUntil(/Pour porter plainte/, { key: 'Down', max: 12 }),
    );
    const action = await journey.step('Tab to the main action', () => orca.pressUntil(/link|push button/));
    const trail = await journey.step('Tab until “Question précédente”', () =>
      orca.pressUntil(/^Question précédente push button/, { max: 60 }),
    );
    const back = await journey.step('Return on “Question précédente”', (from) => press(from));

    await expectSaid(t, journey, 'the quick exit is spoken first, with its name and role, and its Shift hint', () => {
      assert.ok(includes(loaded, /^Urgence : Quitter ce site push button\./));
      assert.ok(includes(loaded, /^Ou appuyez 3 fois sur la touche Maj/));
    });
    await expectSaid(t, journey, 'the first Shift press is counted aloud, once', () => {
      assert.equal(count(shift, /^Appui 1 sur 3\.?$/), 1);
    });
    await expectSaid(t, journey, 'the emergency numbers are spoken as numbers with their names, as links', () => {
      for (const line of [
        '17 Police secours link',
        '112 Toutes urgences link',
        '114 Urgence par SMS, tchat, visio link',
      ])
        assert.ok(includes(top, exactly(line)), line);
    });
    await expectSaid(t, journey, 'the first question’s answers are spoken as buttons of a list of 4', () => {
      assert.ok(includes(top, exactly('List with 4 items')));
      assert.ok(includes(top, /^Oui : une agression, une intrusion, des violences ou un vol en cours push button\.$/));
      assert.ok(includes(top, /^Oui, et je ne peux pas parler .* push button\.$/));
      assert.ok(includes(top, exactly('Non, pas en ce moment push button')));
    });
    await expectSaid(t, journey, 'choosing an answer speaks the new question, as the focused heading', () => {
      assert.ok(includes(second, exactly("Que s'est-il passé ? heading level 3")));
      assert.ok(includes(third, exactly("De quoi s'agit-il ? heading level 3")));
    });
    await expectSaid(
      t,
      journey,
      'choosing an answer never leaves the new question unsaid, nor says another step',
      () => {
        for (const said of [second, third])
          assert.ok(!includes(said, /Question 1|Est-ce que ça se passe/), said.join(' | '));
        assert.equal(count(third, /Que s'est-il passé/), 0);
      },
    );
    await expectSaid(t, journey, 'choosing an answer speaks the new question once', () => {
      assert.equal(count(third, /De quoi s'agit-il/), 1, third.join(' | '));
    });
    await expectSaid(t, journey, 'a result speaks its heading', () => {
      assert.ok(includes(result, exactly('Portez plainte sur THESEE heading level 3')));
    });
    await expectSaid(t, journey, 'a result speaks its numbered first steps', () => {
      const said = steps.join(' ');
      assert.match(said, /1\.\s*Gardez les preuves/);
      assert.match(said, /2\.\s*Vous avez payé par carte ou par virement/);
      assert.match(said, /3\.\s*Pour porter plainte/);
    });
    await expectSaid(t, journey, 'the main action speaks its name and role', () => {
      assert.ok(includes(action, /THESEE.* link\.$/), action.join(' | '));
    });
    await expectSaid(
      t,
      journey,
      'the trail is a navigation named “Vos réponses”, each answer a button that says where it goes',
      () => {
        assert.ok(includes(trail, exactly('navigation Vos réponses')));
        assert.ok(
          includes(
            trail,
            /^Revenir à la question : Est-ce que ça se passe en ce moment, ou quelqu'un est-il en danger \? — Non, pas en ce moment push button\.$/,
          ),
        );
        assert.equal(count(trail, /^Revenir à la question : .* push button\.$/), 5);
      },
    );
    await expectSaid(t, journey, 'Back is a named button, and going back speaks the previous question', () => {
      assert.ok(includes(trail, exactly('Question précédente push button')));
      assert.ok(includes(back, exactly("De quelle arnaque s'agit-il ? heading level 3")), back.join(' | '));
    });
  },
);

test('French: a card’s actions, the helplines and the list’s search', { skip }, async (t) => {
  const journey = path('fr-list-card');
  // The same page, still open. Orca's 2 key goes to the next level 2 heading; its Shift+2
  // (the previous one) is not used: the page sees only Shift, and the quick exit counts it.
  await journey.step('2 (next level 2 heading) until “Trouver le bon service”', () =>
    orca.pressUntil(/^Trouver le bon service heading level 2/, { key: '2', max: 8 }),
  );
  const field = await journey.step('Tab to the search field', () => orca.pressUntil(/entry/, { max: 4 }));
  const typed = await journey.step('Typing “vol”', async (from) => {
    orca.type('vol');
    await orca.waitFor(/^\d+ services?\.?$/, { from, what: 'the count of results' });
    await orca.settle({ from, quiet: 1500 });
  });
  await journey.step('Tab, out of the field', () => orca.pressUntil(/Browse mode|check box/, { max: 3 }));
  const heading = await journey.step('2 until “Partir en vacances”', () =>
    orca.pressUntil(/^Partir en vacances heading level 2/, { key: '2', max: 8 }),
  );
  const card = await journey.step('Tab through the card', () => orca.pressUntil(/^Sources/, { max: 8 }));
  const lines = await journey.step('Tab through the emergency numbers and the helplines', () =>
    orca.pressUntil(/^116 0 0 6/, { max: 12 }),
  );
  const compact = await journey.step('Tab to the 3919 card', () => orca.pressUntil(/39 19/, { max: 4 }));

  await expectSaid(t, journey, 'the card’s main action says what it does and where, as a link', () => {
    assert.ok(includes(heading, exactly('Partir en vacances heading level 2')));
    assert.ok(includes(card, /^S'inscrire à Tranquillité Vacances service-public\.gouv\.fr link\.$/), card.join(' | '));
  });
  await expectSaid(t, journey, 'the card’s sources button names its service and says it is collapsed', () => {
    assert.ok(includes(card, exactly('En savoir plus (site officiel) link')));
    assert.ok(includes(card, /^Sources \(3\) : Opération Tranquillité Vacances \(OTV\) collapsed push button\.$/));
  });
  await expectSaid(t, journey, 'the card’s related services are buttons that say where they lead', () => {
    assert.ok(includes(card, exactly('Voir : Trouver un commissariat push button')));
    assert.ok(includes(card, exactly('Voir : Plainte en ligne push button')));
  });
  await expectSaid(t, journey, 'the helplines are spoken as numbers with their names', () => {
    assert.ok(includes(lines, exactly('17 Police secours link')), lines.join(' | '));
    assert.ok(includes(lines, /^39 19 Violences Femmes Info link\.$/), lines.join(' | '));
    assert.ok(includes(lines, /^116 0 0 6 .*link\.$/), lines.join(' | '));
  });
  await expectSaid(t, journey, 'a card’s call link says what it does and a number a listener can dial', () => {
    assert.ok(includes(compact, /^Appeler le 39 19 gratuit link\.$/), compact.join(' | '));
  });
  await expectSaid(t, journey, 'phone numbers reach Orca as digit groups, never as a quantity', () => {
    // Speech engines read "3919" as "trois mille neuf cent dix-neuf" and a space before three
    // digits as a thousands separator ("116 006": "cent seize mille six").
    for (const said of [...lines, ...compact].filter((text) => /link\.$/.test(text))) {
      assert.doesNotMatch(said, /\d{4}/, said);
      assert.doesNotMatch(said, /\d[ \u00a0]\d{3}(?!\d)/, said);
    }
  });
  await expectSaid(t, journey, 'the search field speaks its label and its example', () => {
    assert.ok(includes(field, exactly('Rechercher un service entry')));
    assert.ok(includes(field, /^Par exemple : voiture volée, arnaque sms, carte perdue, 3919\.?$/), field.join(' | '));
  });
  await expectSaid(t, journey, 'typing a query speaks the count of results once', () => {
    assert.equal(count(typed, /^\d+ services?\.?$/), 1, typed.join(' | '));
  });
});

test(
  'English: the quick exit, the finder (a question, Back, a result) and the list’s search, with French names',
  { skip },
  async (t) => {
    const journey = path('en');
    const loaded = await journey.step('Opening the English page', async () => {
      const from = await orca.open(`${server.url}/demo/city-hall.en.html`, 'Safety and prevention');
      await orca.settle({ from, quiet: 1500 });
    });
    loaded.push(...(await journey.step('Tab, then Shift+Tab back to the quick exit', backToQuickExit)));
    const shift = await journey.step('Shift, once', (from) => press(from, 'shift'));
    const top = await journey.step('Tab until “No, not right now”', () => orca.pressUntil(/^No, not right now/));
    const second = await journey.step('Return', (from) => press(from));
    await journey.step('Tab until “Previous question”', () =>
      orca.pressUntil(/^Previous question push button/, { max: 30 }),
    );
    const back = await journey.step('Return on “Previous question”', (from) => press(from));
    await journey.step('Tab until “Yes, and I cannot speak…”', () => orca.pressUntil(/^Yes, and I cannot speak/));
    const result = await journey.step('Return', (from) => press(from));
    const lines = await journey.step('Down, line by line, through the result', () =>
      orca.pressUntil(/^Write where you are|1\.\s*Write where you are/, { key: 'Down', max: 12 }),
    );
    const action = await journey.step('Tab to the main action', () => orca.pressUntil(/link|push button/));
    await journey.step('2 (next level 2 heading) until “Find the right service”', () =>
      orca.pressUntil(/^Find the right service heading level 2/, { key: '2', max: 8 }),
    );
    const field = await journey.step('Tab to the search field', () => orca.pressUntil(/entry/, { max: 4 }));
    const typed = await journey.step('Typing “plainte”', async (from) => {
      orca.type('plainte');
      await orca.waitFor(/^\d+ services?\.?$/, { from, what: 'the count of results' });
      await orca.settle({ from, quiet: 1500 });
    });
    await journey.step('Tab to the first result', () => orca.pressUntil(/link\.$/, { max: 10 }));
    const heading = await journey.step('Shift+H (previous heading): the first card’s name', () =>
      orca.pressUntil(/heading level/, { key: 'shift+h', max: 2 }),
    );

    await expectSaid(
      t,
      journey,
      'the quick exit speaks its English name and role, and the first Shift press is counted',
      () => {
        assert.ok(includes(loaded, /^Emergency: Leave this site push button\./));
        assert.equal(count(shift, /^Press 1 of 3\.?$/), 1);
      },
    );
    await expectSaid(
      t,
      journey,
      'the emergency numbers and the first answers are spoken in English with their roles',
      () => {
        assert.ok(includes(top, exactly('17 Police link')));
        assert.ok(includes(top, exactly('112 Any emergency link')));
        assert.ok(includes(top, exactly('No, not right now push button')));
      },
    );
    await expectSaid(
      t,
      journey,
      'choosing an answer speaks the new question as the focused heading; Back speaks the first one',
      () => {
        assert.ok(includes(second, exactly('What happened? heading level 3')));
        assert.ok(
          includes(back, exactly('Is it happening right now, or is anyone in danger? heading level 3')),
          back.join(' | '),
        );
      },
    );
    await expectSaid(t, journey, 'the result speaks its heading, its steps and its main action', () => {
      assert.ok(includes(result, exactly('Text 114: a text message is enough heading level 3')), result.join(' | '));
      assert.match(lines.join(' '), /Write where you are/);
      assert.ok(includes(action, /114.*(link|push button)\.$/), action.join(' | '));
    });
    await expectSaid(t, journey, 'the search field speaks its label, and typing speaks the count once', () => {
      assert.ok(includes(field, exactly('Search for a service entry')));
      assert.equal(count(typed, /^\d+ services?\.?$/), 1, typed.join(' | '));
    });
    await expectSaid(t, journey, 'Orca’s Shift+h (previous heading) is not counted as a press of the exit key', () => {
      assert.equal(count(heading, /^Press \d of 3/), 0, heading.join(' | '));
    });
    await expectSaid(t, journey, 'a French service name in the English page reaches Orca marked as French', () => {
      const { otherLanguage } = journey.steps.at(-1);
      assert.ok(
        heading.some((text) => /Plainte en ligne/.test(text)),
        heading.join(' | '),
      );
      const french = otherLanguage.filter((part) => part.requested === 'fr').map((part) => part.text);
      assert.ok(
        french.some((text) => /Plainte en ligne/.test(text)),
        `French parts: ${french.join(' | ')}`,
      );
    });
  },
);

test('the harness fails when a control loses its accessible name', { skip }, async (t) => {
  const journey = path('broken');
  const loaded = await journey.step('Opening a copy of the page whose quick exit has no name', async () => {
    const from = await orca.open(`${server.url}/demo/city-hall.broken.html`, 'Sécurité et prévention');
    await orca.settle({ from, quiet: 1500 });
  });
  loaded.push(...(await journey.step('Tab, then Shift+Tab back to the quick exit', backToQuickExit)));
  const tabbed = await journey.step('Tab', () => orca.pressUntil(/push button|link/, { max: 3 }));
  await t.test('the assertion the group makes on the quick exit fails on this copy', () => {
    assert.throws(() => assert.ok(includes([...loaded, ...tabbed], /^Urgence : Quitter ce site push button\./)));
  });
  await t.test('Orca says a button without its name there (only its description)', () => {
    const said = [...loaded, ...tabbed];
    assert.ok(includes(said, exactly('Ou appuyez 3 fois sur la touche Maj. push button')), said.join(' | '));
    assert.ok(!includes(said, /Quitter ce site/), said.join(' | '));
  });
});
