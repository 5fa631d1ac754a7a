// Renders the documented examples of an element (the same ones the tests run
// axe over), with switches for language and theme.
import '../src/define/service-card.js';
import '../src/define/service-list.js';
import '../src/define/report-finder.js';
import '../src/define/emergency-numbers.js';
import '../src/define/quick-exit.js';
import type { ElementExample } from '../src/components/shared/example.js';

const PAGES: readonly [string, string][] = [
  ['./index.html', 'Accueil de la démo'],
  ['./service-card.html', '<service-card>'],
  ['./service-list.html', '<service-list>'],
  ['./report-finder.html', '<report-finder>'],
  ['./emergency-numbers.html', '<emergency-numbers>'],
  ['./quick-exit.html', '<quick-exit>'],
  ['./city-hall.html', 'Page de mairie (script unique)'],
  ['./configurator.html', 'Configurateur'],
];

/** The page header every element page shares: navigation, title, language and theme switches. */
export function renderHeader(title: string, { switches: withSwitches = true } = {}): void {
  const header = document.createElement('header');
  const nav = document.createElement('nav');
  nav.setAttribute('aria-label', 'Démo');
  const list = document.createElement('ul');
  for (const [href, label] of PAGES) {
    const link = Object.assign(document.createElement('a'), { href, textContent: label });
    if (location.pathname.endsWith(href.slice(1))) link.setAttribute('aria-current', 'page');
    const item = document.createElement('li');
    item.append(link);
    list.append(item);
  }
  nav.append(list);
  const heading = Object.assign(document.createElement('h1'), { textContent: title });
  const switches = document.createElement('div');
  switches.className = 'switches';
  const select = (id: string, label: string, options: [string, string][]) => {
    const wrapper = document.createElement('label');
    wrapper.append(label);
    const control = Object.assign(document.createElement('select'), { id });
    for (const [value, text] of options) control.append(Object.assign(document.createElement('option'), { value, textContent: text }));
    wrapper.append(control);
    return wrapper;
  };
  switches.append(
    select('lang', 'Langue / Language', [['fr', 'Français'], ['en', 'English']]),
    select('theme', 'Thème / Theme', [['', 'Système / System'], ['light', 'Clair / Light'], ['dark', 'Sombre / Dark']]),
  );
  header.append(nav, heading);
  if (withSwitches) header.append(switches);
  document.body.prepend(header);
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
    const value = theme?.value ?? '';
    document.documentElement.dataset.theme = value;
    document.querySelectorAll('service-card, service-list, report-finder, emergency-numbers, quick-exit').forEach((element) => {
      if (element.closest('.stage') && !element.hasAttribute('data-own-theme')) {
        if (value) element.setAttribute('theme', value);
        else element.removeAttribute('theme');
      }
    });
    const url = new URL(location.href);
    url.searchParams.set('lang', document.documentElement.lang);
    if (value) url.searchParams.set('theme', value);
    else url.searchParams.delete('theme');
    history.replaceState(null, '', url);
  };
  if (lang && params.get('lang')) lang.value = params.get('lang')!;
  if (theme && params.get('theme')) theme.value = params.get('theme')!;
  // Examples that set their own theme keep it.
  document.querySelectorAll('.stage [theme]').forEach((element) => element.setAttribute('data-own-theme', ''));
  lang?.addEventListener('change', apply);
  theme?.addEventListener('change', apply);
  apply();
}
