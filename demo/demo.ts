// Renders the documented examples of an element (the same ones the tests run
// axe over), with switches for language and theme.
import '../src/define/service-card.js';
import '../src/define/service-list.js';
import '../src/define/report-finder.js';
import '../src/define/emergency-numbers.js';
import '../src/define/quick-exit.js';
import type { ElementExample } from '../src/components/shared/example.js';

/** The demo's own language: `?ui=en` (or, on an element page, `?lang=en`); French otherwise. */
export function demoLang(): 'fr' | 'en' {
  const params = new URLSearchParams(location.search);
  return (params.get('ui') ?? params.get('lang')) === 'en' ? 'en' : 'fr';
}

const PAGES: readonly [string, string, string][] = [
  ['./index.html', 'Accueil de la démo', 'Demo home'],
  ['./service-card.html', '<service-card>', '<service-card>'],
  ['./service-list.html', '<service-list>', '<service-list>'],
  ['./report-finder.html', '<report-finder>', '<report-finder>'],
  ['./emergency-numbers.html', '<emergency-numbers>', '<emergency-numbers>'],
  ['./quick-exit.html', '<quick-exit>', '<quick-exit>'],
  ['./city-hall.html', 'Page de mairie (script unique)', 'Town-hall page (single script)'],
  ['./configurator.html', 'Configurateur', 'Configurator'],
];

/** A demo page's address in a language: the English home is its own file; other pages take `?ui=en`. */
function inLanguage(href: string, lang: 'fr' | 'en'): string {
  if (href === './index.html') return lang === 'en' ? './index.en.html' : href;
  return lang === 'en' ? `${href}?ui=en` : href;
}

/**
 * Fills the navigation in a language; with `languageLink`, ends with a link to this page in the other language.
 * Without `pages` (the release archive's configurator, alone in its folder), the language link only.
 */
function fillNav(list: HTMLUListElement, lang: 'fr' | 'en', languageLink: boolean, pages = true): void {
  list.replaceChildren();
  const label = pages ? (lang === 'en' ? 'Demo' : 'Démo') : lang === 'en' ? 'Language' : 'Langue';
  (list.parentElement as HTMLElement).setAttribute('aria-label', label);
  const add = (link: HTMLAnchorElement) => {
    const item = document.createElement('li');
    item.append(link);
    list.append(item);
  };
  for (const [href, fr, en] of pages ? PAGES : []) {
    const link = Object.assign(document.createElement('a'), {
      href: inLanguage(href, lang),
      textContent: lang === 'en' ? en : fr,
    });
    const here =
      location.pathname.endsWith(href.slice(1)) ||
      (href === './index.html' && location.pathname.endsWith('/index.en.html'));
    if (here) link.setAttribute('aria-current', 'page');
    add(link);
  }
  if (languageLink) {
    const other = lang === 'en' ? 'fr' : 'en';
    const url = new URL(location.href);
    if (other === 'en') url.searchParams.set('ui', 'en');
    else url.searchParams.delete('ui');
    add(
      Object.assign(document.createElement('a'), {
        href: url.href,
        textContent: other === 'en' ? 'English' : 'Français',
        lang: other,
        hreflang: other,
      }),
    );
  }
}

/**
 * The page header every demo page shares: navigation, title, and (element pages) language and theme switches.
 * Without switches (the configurator), the navigation ends with a link to the page in the other language.
 */
export function renderHeader(title: string, { switches: withSwitches = true, pages = true } = {}): void {
  // The page's header, if it has one (holding its fixed quick exit, first for the first Tab), else a new one.
  const header = document.querySelector<HTMLElement>('body > header') ?? document.createElement('header');
  if (!header.isConnected) document.body.prepend(header);
  const nav = document.createElement('nav');
  const list = document.createElement('ul');
  list.id = 'demo-nav';
  nav.append(list);
  fillNav(list, demoLang(), !withSwitches, pages);
  const heading = Object.assign(document.createElement('h1'), { textContent: title });
  const switches = document.createElement('div');
  switches.className = 'switches';
  const select = (id: string, label: string, options: [string, string][]) => {
    const wrapper = document.createElement('label');
    wrapper.append(label);
    const control = Object.assign(document.createElement('select'), { id });
    for (const [value, text] of options)
      control.append(Object.assign(document.createElement('option'), { value, textContent: text }));
    wrapper.append(control);
    return wrapper;
  };
  switches.append(
    select('lang', 'Langue / Language', [
      ['fr', 'Français'],
      ['en', 'English'],
    ]),
    select('theme', 'Thème / Theme', [
      ['', 'Système / System'],
      ['light', 'Clair / Light'],
      ['dark', 'Sombre / Dark'],
    ]),
  );
  header.append(nav, heading);
  if (withSwitches) header.append(switches);
}

export function renderExamples(container: HTMLElement, examples: readonly ElementExample[]): void {
  for (const example of examples) {
    const section = document.createElement('section');
    section.className = 'example';
    section.id = example.id;
    const title = document.createElement('h2');
    title.textContent = example.title;
    const description = document.createElement('p');
    description.textContent = example.description;
    const stage = document.createElement('div');
    stage.className = 'stage';
    // Static, trusted example markup written in this repository.
    stage.append(document.createRange().createContextualFragment(example.html));
    const code = document.createElement('pre');
    // Focusable: a long line scrolls sideways from the keyboard too.
    code.tabIndex = 0;
    code.append(Object.assign(document.createElement('code'), { textContent: example.html }));
    section.append(title, description, stage, code);
    container.append(section);
  }
}

export function wireSwitches(): void {
  const params = new URLSearchParams(location.search);
  const lang = document.querySelector<HTMLSelectElement>('#lang');
  const theme = document.querySelector<HTMLSelectElement>('#theme');
  const apply = () => {
    document.documentElement.lang = lang?.value ?? 'fr';
    const nav = document.querySelector<HTMLUListElement>('#demo-nav');
    if (nav) fillNav(nav, document.documentElement.lang === 'en' ? 'en' : 'fr', false);
    const value = theme?.value ?? '';
    document.documentElement.dataset.theme = value;
    document
      .querySelectorAll('service-card, service-list, report-finder, emergency-numbers, quick-exit')
      .forEach((element) => {
        if (element.closest('.stage') && !element.hasAttribute('data-own-theme')) {
          if (value) element.setAttribute('theme', value);
          else element.removeAttribute('theme');
        }
      });
    const url = new URL(location.href);
    url.searchParams.delete('ui');
    url.searchParams.set('lang', document.documentElement.lang);
    if (value) url.searchParams.set('theme', value);
    else url.searchParams.delete('theme');
    history.replaceState(null, '', url);
  };
  const initial = params.get('lang') ?? params.get('ui');
  if (lang && initial) lang.value = initial;
  if (theme && params.get('theme')) theme.value = params.get('theme')!;
  // Examples that set their own theme keep it.
  document.querySelectorAll('.stage [theme]').forEach((element) => element.setAttribute('data-own-theme', ''));
  lang?.addEventListener('change', apply);
  theme?.addEventListener('change', apply);
  apply();
}
