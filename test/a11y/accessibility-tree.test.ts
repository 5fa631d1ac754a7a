// What a screen reader is given, read from the browser's own accessibility
// tree (Chromium's, through the DevTools protocol: scripts/wtr-ax-tree.mjs),
// not from the DOM: the name and role of every control, the outline of the
// headings, and the heading the focus moves to after each step. The finder is
// walked as a person would, clicking its answers by their names, in French and
// in English; at each result, every disclosure and every card's details are
// opened, so that every control a result can show is checked.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { ReportFinder } from '../../src/components/report-finder/report-finder.js';
import { renderMarkup, settle } from '../helpers/render.js';
import { button, buttons, disclosures, field, part, summary } from '../helpers/query.js';
import { sendKeys, setViewport } from '../helpers/commands.js';

interface AxNode {
  role: string;
  name: string;
  level?: number;
  url?: string;
  live?: string;
  expanded?: boolean;
  focused?: boolean;
  children?: AxNode[];
}

type Lang = 'fr' | 'en';
type Words = Record<Lang, string>;

/** The roles of what a person operates: each must say what it does. Chromium exposes `<summary>` as DisclosureTriangle. */
const CONTROLS = new Set([
  'button',
  'link',
  'textbox',
  'searchbox',
  'checkbox',
  'combobox',
  'radio',
  'switch',
  'DisclosureTriangle',
]);

/** Names that say nothing of what a control does, alone. */
const GENERIC = new Set(
  [
    'bouton',
    'button',
    'lien',
    'link',
    'en savoir plus',
    'learn more',
    'read more',
    'lire la suite',
    'plus',
    'more',
    'voir',
    'see',
    'ici',
    'here',
    'cliquez ici',
    'click here',
    'ok',
    'ouvrir',
    'open',
    'détails',
    'details',
    'plus de détails',
    'more details',
    'moins de détails',
    'less details',
    'sources',
  ].map((name) => name.normalize('NFC')),
);

/**
 * Buttons whose name carries their destination: "Voir : X" opens X, in
 * whichever card it is; two of them with one name lead to the same place.
 */
const NAMES_THEIR_DESTINATION = /^(Voir|See) ?: \S/;

let rootCount = 0;
/** Whether this browser can give its accessibility tree (false outside Chromium). */
let axTreeAvailable: boolean | undefined;

/**
 * Skips the suite outside Chromium: only Chromium gives its accessibility tree
 * to the test runner (the DevTools protocol); Firefox over WebDriver BiDi and
 * WebKit over classic WebDriver do not, and the command answers false there.
 * What can be read from the DOM is checked in every engine by the component
 * tests. With `tall`, the window is made as tall as the longest content: the
 * elements lay out only what is near the viewport (`content-visibility:
 * auto`), and Chromium leaves what it skipped out of its accessibility tree
 * (see the last suite), which would leave controls unchecked.
 */
function chromiumOnly(tall: boolean): void {
  before(async function () {
    axTreeAvailable ??= (await executeServerCommand('guichet-ax-tree', {})) !== false;
    if (!axTreeAvailable) this.skip();
    if (tall) await setViewport({ width: 800, height: 10000 });
  });
  after(async () => {
    if (tall && axTreeAvailable) await setViewport({ width: 800, height: 600 });
  });
}

/** The accessibility tree under `root`, as Chromium gives it to screen readers. */
async function axTree(root: Element): Promise<AxNode> {
  rootCount += 1;
  root.setAttribute('data-ax-root', String(rootCount));
  const tree = (await executeServerCommand('guichet-ax-tree', { selector: `[data-ax-root="${rootCount}"]` })) as
    AxNode | false;
  if (!tree) throw new Error('no accessibility tree');
  return tree;
}

const flatten = (node: AxNode): AxNode[] => [node, ...(node.children ?? []).flatMap(flatten)];
const normalize = (text: string) => text.replace(/\s+/g, ' ').trim().normalize('NFC');

/**
 * A disclosure's name as it says what it does. Chromium adds the "+" or "−"
 * that the finder's styles draw before a summary (`::before`); the check below
 * is about the words after it.
 */
const words = (node: AxNode) => {
  const name = normalize(node.name);
  return node.role === 'DisclosureTriangle' ? name.replace(/^[+−] /, '') : name;
};

/** Every control has a name that says what it does, and no two controls with one name lead to different places. */
function expectNamedControls(tree: AxNode, where: string): AxNode[] {
  const controls = flatten(tree).filter((node) => CONTROLS.has(node.role));
  for (const control of controls) {
    const name = words(control);
    const said = `${where}: ${control.role} "${control.name}"`;
    expect(name, `${said} has a name`).not.to.equal('');
    expect(GENERIC.has(name.toLowerCase().replace(/[\s:.()]+$/, '')), `${said} says more than a generic word`).to.be
      .false;
    expect(/\p{L}{3,}/u.test(name), `${said} has words, not only a number or a sign`).to.be.true;
  }
  const byName = new Map<string, AxNode[]>();
  for (const control of controls) byName.set(words(control), [...(byName.get(words(control)) ?? []), control]);
  for (const [name, same] of byName) {
    if (same.length < 2) continue;
    const destinations = new Set(
      same.map((node) =>
        node.role === 'link' ? `link ${node.url}` : NAMES_THEIR_DESTINATION.test(name) ? 'button' : node,
      ),
    );
    expect(destinations.size, `${where}: ${same.length} controls named "${name}" lead to different places`).to.equal(1);
  }
  return controls;
}

/** The headings start at `level` and never skip a level going down, nor rise above it. */
function expectOutline(tree: AxNode, level: number, where: string): number[] {
  const levels = flatten(tree)
    .filter((node) => node.role === 'heading')
    .map((node) => node.level!);
  expect(levels.length, `${where}: headings`).to.be.greaterThan(0);
  expect(levels[0], `${where}: the first heading`).to.equal(level);
  levels.forEach((current, index) => {
    expect(current, `${where}: heading ${index + 1} (${levels.join(', ')})`).to.be.at.least(level);
    if (index > 0)
      expect(
        current,
        `${where}: heading ${index + 1} after a level ${levels[index - 1]} (${levels.join(', ')})`,
      ).to.be.at.most(levels[index - 1] + 1);
  });
  return levels;
}

/** The text of the live region (role status), as the screen reader reads it when it changes. */
function liveText(tree: AxNode): string {
  const regions = flatten(tree).filter((node) => node.live && node.live !== 'off');
  expect(regions.map((node) => node.role)).to.deep.equal(['status']);
  return normalize(
    flatten(regions[0])
      .filter((node) => node.role === 'StaticText')
      .map((node) => node.name)
      .join(' '),
  );
}

/** Opens every disclosure and every compact card's details inside `el`, until there are none left closed. */
async function openEverything(el: Element): Promise<void> {
  for (let round = 0; round < 4; round += 1) {
    const closed = disclosures(el, { deep: true }).filter((details) => !details.open);
    const collapsed = buttons(el, { deep: true }).filter((found) => found.getAttribute('aria-expanded') === 'false');
    if (!closed.length && !collapsed.length) return;
    for (const details of closed) summary(details).click();
    for (const found of collapsed) found.click();
    await settle(el);
  }
}

// ---------------------------------------------------------------------------
// The finder, step by step.

interface Step {
  /** An answer (its words), or another button of the finder (its name). */
  readonly option?: Words;
  readonly button?: Words;
  /** What the screen reader says after it (the focused heading; the step's number is not said). */
  readonly says: Words;
}

interface Path {
  readonly name: string;
  readonly steps: readonly Step[];
}

const NO = { option: { fr: 'Non, pas en ce moment', en: 'No, not right now' } };
const WHAT = { fr: "Question 2 : Que s'est-il passé ?", en: 'Question 2: What happened?' };

const PATHS: Path[] = [
  {
    name: 'the emergency path, continued to a result, then one step back',
    steps: [
      {
        option: { fr: 'Oui : une agression', en: 'Yes: an attack' },
        says: { fr: 'Résultat : Appelez les secours maintenant', en: 'Result: Call for help now' },
      },
      { button: { fr: 'Continuer : dire ce qui s’est passé', en: 'Continue: tell us what happened' }, says: WHAT },
      {
        option: { fr: 'Un proche, un enfant', en: 'A relative, a child' },
        says: { fr: 'Question 3 : Que se passe-t-il ?', en: 'Question 3: What is happening?' },
      },
      {
        option: { fr: 'Un proche semble se radicaliser', en: 'seems to be becoming radicalised' },
        says: {
          fr: 'Résultat : Appelez le numéro vert de prévention de la radicalisation',
          en: 'Result: Call the radicalisation prevention freephone',
        },
      },
      {
        button: { fr: 'Question précédente', en: 'Previous question' },
        says: { fr: 'Question 3 : Que se passe-t-il ?', en: 'Question 3: What is happening?' },
      },
    ],
  },
  {
    name: 'a theft by an unknown thief: the online complaint, with its disclosures',
    steps: [
      { ...NO, says: WHAT },
      {
        option: { fr: 'Un vol, un cambriolage', en: 'A theft, a burglary' },
        says: { fr: "Question 3 : Qu'est-ce qui se passe ?", en: 'Question 3: What is happening?' },
      },
      {
        option: { fr: 'Un autre vol', en: 'Another theft' },
        says: { fr: 'Question 4 : Savez-vous qui a fait cela ?', en: 'Question 4: Do you know who did it?' },
      },
      {
        option: { fr: 'Non, je ne connais pas', en: 'No, I do not know' },
        says: { fr: 'Question 5 : Qui porte plainte ?', en: 'Question 5: Who is filing the complaint?' },
      },
      {
        option: { fr: "La victime : j'ai 18 ans", en: 'The victim: I am 18' },
        says: { fr: 'Résultat : Portez plainte en ligne', en: 'Result: File a complaint online' },
      },
    ],
  },
  {
    name: 'a fake online shop: THESEE, then back to the start through the answers',
    steps: [
      { ...NO, says: WHAT },
      {
        option: { fr: 'Une arnaque, une fraude', en: 'A scam, card fraud' },
        says: { fr: "Question 3 : De quoi s'agit-il ?", en: 'Question 3: What is it about?' },
      },
      {
        option: { fr: 'Une autre arnaque', en: 'Another scam' },
        says: { fr: "Question 4 : Comment l'arnaque s'est-elle passée ?", en: 'Question 4: How did the scam happen?' },
      },
      {
        option: { fr: 'Entièrement sur internet', en: 'Entirely online' },
        says: { fr: "Question 5 : De quelle arnaque s'agit-il ?", en: 'Question 5: What kind of scam is it?' },
      },
      {
        option: { fr: 'Un faux site de vente', en: 'A fake shopping site' },
        says: { fr: 'Résultat : Portez plainte sur THESEE', en: 'Result: File a complaint on THESEE' },
      },
      {
        button: {
          fr: 'Revenir à la question : Est-ce que ça se passe',
          en: 'Go back to the question: Is it happening right now',
        },
        says: {
          fr: "Question 1 : Est-ce que ça se passe en ce moment, ou quelqu'un est-il en danger ?",
          en: 'Question 1: Is it happening right now, or is anyone in danger?',
        },
      },
    ],
  },
];

/** The name of the step shown: the question's or the result's heading. */
const stepName = (el: Element) => normalize((part(el, 'question') ?? part(el, 'outcome'))!.textContent!);

/** Checks what a screen reader is given at the step shown; at a result, once more with everything opened. */
async function checkStep(wrapper: Element, el: ReportFinder, where: string, says: string): Promise<void> {
  const tree = await axTree(wrapper);
  // The finder is a region named by the step's heading.
  const region = flatten(tree).find((node) => node.role === 'region');
  expect(region?.name, `${where}: the region's name`).to.equal(stepName(el));
  expectNamedControls(tree, where);
  expectOutline(tree, 2, where);
  // What is said: the heading the focus moved to (its words, without the step's number), and no live region repeating it.
  const focused = flatten(tree).filter((node) => node.focused);
  expect(
    focused.map((node) => `${node.role} ${normalize(node.name)}`),
    `${where}: the focused heading`,
  ).to.deep.equal(says ? [`heading ${says.replace(/^(Question \d+ ?: |Résultat ?: |Result: )/, '')}`] : []);
  expect(
    flatten(tree).filter((node) => node.live && node.live !== 'off'),
    `${where}: no live region`,
  ).to.deep.equal([]);
  if (!part(el, 'outcome')) return;
  await openEverything(el);
  const opened = await axTree(wrapper);
  const controls = expectNamedControls(opened, `${where}, everything opened`);
  expect(controls.length, `${where}: more controls once opened`).to.be.greaterThan(
    flatten(tree).filter((node) => CONTROLS.has(node.role)).length,
  );
  const levels = expectOutline(opened, 2, `${where}, everything opened`);
  expect(Math.max(...levels), `${where}: the cards' sections under their cards`).to.be.at.least(4);
}

describe('accessibility tree (Chromium): <report-finder>', () => {
  chromiumOnly(true);

  for (const lang of ['fr', 'en'] as const) {
    for (const path of PATHS) {
      it(`RGAA 7.1, 9.1, 7.5 — ${path.name}: every control named by what it does, the headings in order, the live region's words, at every step (${lang})`, async () => {
        const wrapper = await renderMarkup(`<div lang="${lang}"><report-finder></report-finder></div>`);
        const el = wrapper.querySelector<ReportFinder>('report-finder')!;
        await checkStep(wrapper, el, `${lang} start`, '');
        for (const [index, step] of path.steps.entries()) {
          const where = `${lang} step ${index + 1} (${(step.option ?? step.button)![lang]})`;
          const control = step.option ? part(el, 'option', step.option[lang]) : button(el, step.button![lang]);
          expect(control, `${where}: found by its name`).to.exist;
          control!.click();
          await settle(el);
          await checkStep(wrapper, el, where, step.says[lang]);
        }
      });
    }
  }

  it('RGAA 7.1 — the finder names its answers, and nothing else, after the question (fr)', async () => {
    const wrapper = await renderMarkup('<div><report-finder></report-finder></div>');
    const tree = await axTree(wrapper);
    const names = flatten(tree)
      .filter((node) => CONTROLS.has(node.role))
      .map((node) => `${node.role}: ${normalize(node.name)}`);
    expect(names).to.deep.equal([
      'link: 17 Police secours',
      'link: 112 Toutes urgences',
      'link: 114 Urgence par SMS, tchat, visio',
      'button: Oui : une agression, une intrusion, des violences ou un vol en cours',
      "button: Oui : quelqu'un est blessé, fait un malaise, ou il y a un incendie Perte de connaissance, surdose, tentative de suicide, accident…",
      'button: Oui, et je ne peux pas parler (je dois rester discret, ou je suis sourd) Un SMS suffit : on vous répond par écrit.',
      'button: Non, pas en ce moment',
    ]);
  });
});

// ---------------------------------------------------------------------------
// The list and the card.

describe('accessibility tree (Chromium): <service-list> and <service-card>', () => {
  chromiumOnly(true);

  const LIST: Record<Lang, { search: string; count: string; none: string; categories: string[] }> = {
    fr: {
      search: 'Rechercher un service',
      count: '7 services',
      none: 'Aucun service ne correspond',
      categories: ['Urgence', 'Porter plainte', 'Signaler un contenu ou une fraude', 'Aide et écoute'],
    },
    en: {
      search: 'Search for a service',
      count: '7 services',
      none: 'No matching service',
      categories: ['Emergency', 'Report a crime', 'Report content or fraud', 'Help and support'],
    },
  };

  for (const lang of ['fr', 'en'] as const) {
    it(`RGAA 7.1, 9.1 — every control of the whole catalogue is named by what it does; one heading level for the cards (${lang})`, async () => {
      const wrapper = await renderMarkup(`<div lang="${lang}"><service-list></service-list></div>`);
      const list = wrapper.querySelector('service-list')!;
      const tree = await axTree(wrapper);
      const controls = expectNamedControls(tree, `${lang} list`);
      const named = (role: string) => controls.filter((node) => node.role === role).map((node) => normalize(node.name));
      expect(named('searchbox')).to.deep.equal([LIST[lang].search]);
      expect(named('checkbox')).to.include.members(LIST[lang].categories);
      const cards = list.shadowRoot!.querySelectorAll('service-card').length;
      expect(named('button').length, 'a "more details" button per card').to.equal(cards);
      const levels = expectOutline(tree, 2, `${lang} list`);
      expect(levels, 'one level 2 heading per card').to.deep.equal(Array(cards).fill(2));
    });

    it(`RGAA 7.1, 9.1 — cards of a list with their details opened: every control named by what it does, sections under their cards (${lang})`, async () => {
      const wrapper = await renderMarkup(
        `<div lang="${lang}"><service-list services="thesee,perceval,plainte-en-ligne,pharos,urgence-114,tranquillite-vacances"></service-list></div>`,
      );
      const list = wrapper.querySelector('service-list')!;
      await openEverything(list);
      const tree = await axTree(wrapper);
      const controls = expectNamedControls(tree, `${lang} list opened`);
      expect(controls.filter((node) => node.role === 'DisclosureTriangle').length, 'the sources of each card').to.equal(
        6,
      );
      expect(expectOutline(tree, 2, `${lang} list opened`)).to.include(3);
    });

    it(`RGAA 7.1 — every call and text link of the catalogue and the helplines gives its number as digit groups, never as a quantity (${lang})`, async () => {
      const wrapper = await renderMarkup(
        `<div lang="${lang}"><emergency-numbers></emergency-numbers><service-list></service-list></div>`,
      );
      const links = flatten(await axTree(wrapper)).filter(
        (node) => node.role === 'link' && /^(tel|sms):/.test(node.url ?? ''),
      );
      expect(links.length, 'the helplines and the cards call and text').to.be.greaterThan(15);
      for (const link of links) {
        const name = normalize(link.name);
        expect(name, `${link.url}: no four digits said as one number`).not.to.match(/\d{4}/);
        expect(name, `${link.url}: no group of three after a space, which a voice reads as thousands`).not.to.match(
          /\d[  ]\d{3}(?!\d)/,
        );
      }
      const names = links.map((link) => normalize(link.name));
      expect(
        names.some((name) => name.includes('39 19')),
        '3919 said "39 19"',
      ).to.be.true;
      expect(
        names.some((name) => name.includes('116 0 0 6')),
        '116 006 said "116 0 0 6"',
      ).to.be.true;
    });

    it(`RGAA 7.5 — the list's live region says how many services are left, once the typing settles (${lang})`, async () => {
      const wrapper = await renderMarkup(`<div lang="${lang}"><service-list></service-list></div>`);
      const list = wrapper.querySelector('service-list')!;
      // Longer than the list waits before it speaks: a count said on load would be heard here.
      await new Promise((resolve) => setTimeout(resolve, 800));
      expect(liveText(await axTree(wrapper)), 'nothing said at first, even after a while').to.equal('');
      const search = field(list, LIST[lang].search)!;
      search.focus();
      await sendKeys({ type: 'urgence' });
      await new Promise((resolve) => setTimeout(resolve, 800));
      await settle(list);
      expect(liveText(await axTree(wrapper))).to.equal(LIST[lang].count);
      await sendKeys({ type: 'zzz' });
      await new Promise((resolve) => setTimeout(resolve, 800));
      await settle(list);
      expect(liveText(await axTree(wrapper))).to.equal(LIST[lang].none);
    });

    it(`RGAA 7.1, 9.1 — a full card: its links and buttons, its sources opened, its sections under its title, and the card opened instead (${lang})`, async () => {
      const wrapper = await renderMarkup(`<div lang="${lang}"><service-card service="thesee"></service-card></div>`);
      const card = wrapper.querySelector('service-card')!;
      await openEverything(card);
      const tree = await axTree(wrapper);
      const controls = expectNamedControls(tree, `${lang} card`);
      // THESEE cites several pages of one site: each source link has a name of its own.
      const sources = controls.filter((node) => node.role === 'link' && /service-public\.gouv\.fr/.test(node.name));
      expect(sources.length, 'links to several pages of service-public.gouv.fr').to.be.greaterThan(1);
      expect(new Set(sources.map((node) => node.name)).size).to.equal(sources.length);
      expect(expectOutline(tree, 2, `${lang} card`)).to.include(3);
      const instead = controls.find((node) => NAMES_THEIR_DESTINATION.test(normalize(node.name)))!;
      expect(instead, 'a button to the entry to use instead').to.exist;
      button(card, normalize(instead.name))!.click();
      await settle(card);
      const other = await axTree(wrapper);
      const back = expectNamedControls(other, `${lang} card opened instead`).find((node) =>
        /^(Retour|Back)\b/.test(node.name),
      );
      expect(back?.name, 'the way back names the card it returns to').to.match(/THESEE/);
      expectOutline(other, 2, `${lang} card opened instead`);
    });
  }
});

// ---------------------------------------------------------------------------
// What Chromium leaves out.

describe('accessibility tree (Chromium): content below the fold', () => {
  chromiumOnly(false);

  it('RGAA 7.1 — a screen reader is given every card of a long list, not only those near the viewport', async () => {
    // The list lays out its cards only near the viewport (content-visibility:
    // auto, in service-list.styles.ts) and Chromium leaves the cards it skipped
    // out of its accessibility tree: empty list items for a screen reader.
    const wrapper = await renderMarkup('<div><service-list></service-list></div>');
    const list = wrapper.querySelector('service-list')!;
    const headings = flatten(await axTree(wrapper)).filter((node) => node.role === 'heading');
    expect(headings.length, "the cards' headings in the tree").to.equal(
      list.shadowRoot!.querySelectorAll('service-card').length,
    );
  });

  it("RGAA 7.1 — a screen reader is given a result's disclosures and answers, even below the fold", async () => {
    const wrapper = await renderMarkup('<div><report-finder start="scam"></report-finder></div>');
    const el = wrapper.querySelector<ReportFinder>('report-finder')!;
    for (const label of ['Entièrement sur internet', 'Un faux site de vente']) {
      part(el, 'option', label)!.click();
      await settle(el);
    }
    const names = flatten(await axTree(wrapper)).map(words);
    expect(names, 'the disclosures').to.include('Tout savoir sur THESEE');
    expect(names, 'the answers so far').to.include('Vos réponses');
  });
});
