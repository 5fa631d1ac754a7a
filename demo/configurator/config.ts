// The embed-code configurator's model: a configuration, its URL form, and the
// snippet it produces. Pure functions, no DOM: the page (configurator.ts) and
// the tests share them.
import { catalogue, getEmergencyNumbers, getService, localize } from '../../src/catalogue/catalogue.js';
import { filterServices, normalizeDepartment } from '../../src/catalogue/search.js';
import { parseLocalContacts } from '../../src/catalogue/local-contacts.js';
import { numberLink } from '../../src/catalogue/links.js';
import { finder } from '../../src/finder/finder.js';
import type { Locale, ServiceEntry } from '../../src/catalogue/types.js';
import { PACK_LOCALES, isLoadableLocale, type PackLocale } from '../../src/i18n/locales.js';

export const ELEMENTS = ['service-list', 'service-card', 'report-finder', 'emergency-numbers', 'quick-exit'] as const;
export type ElementTag = (typeof ELEMENTS)[number];

/** The colour tokens the configurator offers, with their light-theme defaults. */
export const COLOR_TOKENS = [
  ['background', '#ffffff'],
  ['text', '#1d2127'],
  ['accent', '#0b5a6e'],
  ['on-accent', '#ffffff'],
  ['border', '#767f8c'],
  ['focus', '#0b5a6e'],
  ['danger', '#a11f1a'],
  ['on-danger', '#ffffff'],
] as const;
export type ColorToken = (typeof COLOR_TOKENS)[number][0];

/** The elements that read local contacts. */
export const CONTACT_ELEMENTS: readonly ElementTag[] = ['service-list', 'service-card', 'report-finder'];

export interface Release {
  readonly version: string;
  /** The versioned file name, e.g. `guichet-securite-0.1.0.min.js`. */
  readonly file: string;
  /** `sha384-…`, or empty when the drop-in has not been built. */
  readonly integrity: string;
  /** The language packs' versioned files and hashes (absent before a build). */
  readonly packs?: Readonly<Partial<Record<PackLocale | 'en', { readonly file: string; readonly integrity: string }>>>;
}

export interface Config {
  readonly element: ElementTag;
  /** `<service-list>`: only these entries (none: all). */
  readonly services: readonly string[];
  /** `<service-card>`: the entry shown. */
  readonly service: string;
  readonly categories: readonly string[];
  readonly department: string;
  readonly noSearch: boolean;
  readonly noFilters: boolean;
  /** `<report-finder>`: starting point (empty: first question). */
  readonly start: string;
  readonly history: boolean;
  /** `<emergency-numbers>`: help lines added. */
  readonly lines: readonly string[];
  /** `<service-card>`, `<emergency-numbers>`. */
  readonly compact: boolean;
  /** `<quick-exit>`. */
  readonly exitHref: string;
  readonly fixed: boolean;
  readonly lang: '' | Locale;
  readonly theme: '' | 'light' | 'dark' | 'auto';
  /**
   * What the page around the element declares (its CSS `color-scheme`), which
   * the element follows when `theme` is not set: light only (most pages), dark
   * only, or both. Not part of the snippet: it decides which themes are checked.
   */
  readonly page: PageScheme;
  readonly colors: Readonly<Partial<Record<ColorToken, string>>>;
  readonly font: string;
  /** Local contacts as JSON text (empty: none). */
  readonly contacts: string;
  /** Where the page author puts the drop-in on their site. */
  readonly scriptUrl: string;
}

export const PAGE_SCHEMES = ['light', 'dark', 'both'] as const;
export type PageScheme = (typeof PAGE_SCHEMES)[number];

export const DEFAULT_EXIT = 'https://www.service-public.gouv.fr';

export function defaultConfig(release: Release): Config {
  return {
    element: 'service-list',
    services: [],
    service: 'plainte-en-ligne',
    categories: [],
    department: '',
    noSearch: false,
    noFilters: false,
    start: '',
    history: false,
    lines: [],
    compact: false,
    exitHref: DEFAULT_EXIT,
    fixed: false,
    lang: '',
    theme: '',
    page: 'light',
    colors: {},
    font: '',
    contacts: '',
    scriptUrl: `/js/${release.file}`,
  };
}

// ---------------------------------------------------------------------------
// What may be chosen

export const serviceChoices = (): readonly ServiceEntry[] => catalogue.services;
export const categoryChoices = () => catalogue.categories;
/** Help lines `<emergency-numbers lines>` accepts: phone lines that are not the emergency numbers. */
export const lineChoices = (): ServiceEntry[] => {
  const emergency = new Set(getEmergencyNumbers().map((entry) => entry.id));
  return catalogue.services.filter(
    (entry) => entry.kind === 'phone-line' && (entry.access.phones?.length ?? 0) > 0 && !emergency.has(entry.id),
  );
};
/** The finder's results a local contact may be shown with, by title (the id added where two titles read the same). */
export const outcomeChoices = (locale: Locale): { id: string; label: string }[] => {
  const titles = finder.outcomes.map((outcome) => localize(outcome.title, locale));
  return finder.outcomes.map((outcome, index) => ({
    id: outcome.id,
    label:
      titles.indexOf(titles[index]) === titles.lastIndexOf(titles[index])
        ? titles[index]
        : `${titles[index]} (${outcome.id})`,
  }));
};

/** The finder's first question, in a language. */
export const firstQuestion = (locale: Locale): string =>
  localize(finder.questions.find((item) => item.id === finder.start)?.text, locale);

export interface StartChoice {
  /** The name `start` takes. */
  readonly name: string;
  /** What the starting point is for: the answer that leads to its question from the start of the finder. */
  readonly purpose: string;
  /** The question the finder opens on. */
  readonly question: string;
}

/**
 * Named starting points of the finder, each with its question and what it is
 * for. The data gives a starting point no purpose of its own: it is the answer
 * that leads to its question on the shortest path from the first question
 * (breadth first, in the order of the answers), which is also what a visitor
 * would have chosen to get there. A question the first question leads to
 * directly (its "no" answer) is "every situation".
 */
export function startChoices(locale: Locale, everything: string): StartChoice[] {
  const questions = new Map(finder.questions.map((item) => [item.id, item]));
  const leadsIn = new Map<string, { from: string; label: string }>();
  const queue = [finder.start];
  const seen = new Set(queue);
  while (queue.length) {
    const current = questions.get(queue.shift()!);
    for (const option of current?.options ?? []) {
      const next = 'question' in option.next ? option.next.question : undefined;
      if (!next || seen.has(next)) continue;
      seen.add(next);
      leadsIn.set(next, { from: current!.id, label: localize(option.label, locale) });
      queue.push(next);
    }
  }
  const choices = Object.entries(finder.entryPoints ?? {}).map(([name, questionId]) => {
    const question = questions.get(questionId);
    const into = leadsIn.get(questionId);
    const purpose = !into ? name : into.from === finder.start ? everything : into.label;
    return { name, purpose, question: question ? localize(question.text, locale) : name };
  });
  // Two starting points on the same question would read the same: their names tell them apart.
  return choices.map((choice) =>
    choices.some((other) => other !== choice && other.purpose === choice.purpose && other.question === choice.question)
      ? { ...choice, purpose: `${choice.purpose} (${choice.name})` }
      : choice,
  );
}

const HEX = /^#[0-9a-f]{6}$/;
/** A CSS font-family list: names, quotes, commas, spaces and dashes only. */
const FONT = /^[\p{L}\p{N} ,'"_-]{1,120}$/u;
const isHttps = (value: string): boolean => {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
};
/** An `https:` address or a path on the page's own site (`/…`, `./…`). */
export const isScriptUrl = (value: string): boolean =>
  isHttps(value) || (/^\.{0,2}\/[^\s"'<>\\]*$/.test(value) && !value.startsWith('//'));

export const isFont = (value: string): boolean => FONT.test(value);
export const isColor = (value: string): boolean => HEX.test(value);

// ---------------------------------------------------------------------------
// URL form: only what differs from the defaults, so a shared link stays short.

const list = (value: string | null): string[] => (value ? value.split(',').filter(Boolean) : []);

export function configToParams(config: Config, release: Release): URLSearchParams {
  const defaults = defaultConfig(release);
  const params = new URLSearchParams();
  params.set('element', config.element);
  const setIf = (name: string, value: string, fallback: string) => {
    if (value !== fallback) params.set(name, value);
  };
  setIf('services', config.services.join(','), '');
  setIf('service', config.service, defaults.service);
  setIf('categories', config.categories.join(','), '');
  setIf('department', config.department, '');
  if (config.noSearch) params.set('no-search', '1');
  if (config.noFilters) params.set('no-filters', '1');
  setIf('start', config.start, '');
  if (config.history) params.set('history', '1');
  setIf('lines', config.lines.join(','), '');
  if (config.compact) params.set('compact', '1');
  setIf('exit', config.exitHref, DEFAULT_EXIT);
  if (config.fixed) params.set('fixed', '1');
  setIf('lang', config.lang, '');
  setIf('theme', config.theme, '');
  setIf('page', config.page, defaults.page);
  for (const [token] of COLOR_TOKENS) {
    const value = config.colors[token];
    if (value) params.set(`color-${token}`, value);
  }
  setIf('font', config.font, '');
  setIf('contacts', config.contacts, '');
  setIf('script', config.scriptUrl, defaults.scriptUrl);
  return params;
}

/**
 * Reads a configuration from a URL's parameters. Anything unknown or malformed
 * is dropped (and named in `ignored`), never trusted: a shared link cannot put
 * markup or a foreign script into the snippet.
 */
export function configFromParams(params: URLSearchParams, release: Release): { config: Config; ignored: string[] } {
  const defaults = defaultConfig(release);
  const ignored: string[] = [];
  const ids = new Set(catalogue.services.map((entry) => entry.id));
  const pick = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = params.get(name);
    if (value === null) return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    ignored.push(name);
    return fallback;
  };
  const idList = (name: string, allowed: Set<string>): string[] => {
    const values = list(params.get(name));
    const kept = values.filter((value) => allowed.has(value));
    if (kept.length !== values.length) ignored.push(name);
    return [...new Set(kept)];
  };
  const flag = (name: string) => params.get(name) === '1';
  const checked = (name: string, valid: (value: string) => boolean, fallback: string): string => {
    const value = params.get(name);
    if (value === null) return fallback;
    if (valid(value)) return value;
    ignored.push(name);
    return fallback;
  };

  const colors: Partial<Record<ColorToken, string>> = {};
  for (const [token] of COLOR_TOKENS) {
    const value = checked(`color-${token}`, isColor, '');
    if (value) colors[token] = value;
  }
  const service = checked('service', (value) => ids.has(value), defaults.service);
  const config: Config = {
    element: pick('element', ELEMENTS, defaults.element),
    services: idList('services', ids),
    service,
    categories: idList('categories', new Set(catalogue.categories.map((category) => category.id))),
    department: checked('department', (value) => normalizeDepartment(value) === value, ''),
    noSearch: flag('no-search'),
    noFilters: flag('no-filters'),
    start: pick('start', ['', ...Object.keys(finder.entryPoints ?? {})], ''),
    history: flag('history'),
    lines: idList('lines', new Set(lineChoices().map((entry) => entry.id))),
    compact: flag('compact'),
    exitHref: checked('exit', isHttps, DEFAULT_EXIT),
    fixed: flag('fixed'),
    lang: pick('lang', ['', 'fr', 'en', ...PACK_LOCALES] as const, ''),
    theme: pick('theme', ['', 'light', 'dark', 'auto'] as const, ''),
    page: pick('page', PAGE_SCHEMES, defaults.page),
    colors,
    font: checked('font', isFont, ''),
    contacts: checked('contacts', (value) => value.length <= 20000, ''),
    scriptUrl: checked('script', isScriptUrl, defaults.scriptUrl),
  };
  return { config, ignored };
}

// ---------------------------------------------------------------------------
// Checks shown next to the form

/** What is wrong with the local contacts, as the element would report it. */
export function contactProblems(config: Config): string[] {
  if (!config.contacts.trim() || !CONTACT_ELEMENTS.includes(config.element)) return [];
  const { problems } = parseLocalContacts(config.contacts, catalogue);
  return problems.map((problem) => `${problem.entry}: ${problem.field}: ${problem.message}`);
}

const channel = (value: number): number => {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const luminance = (hex: string): number => {
  const n = Number.parseInt(hex.slice(1), 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
};
/** WCAG contrast ratio of two `#rrggbb` colours. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** The dark theme's defaults (the light ones are in {@link COLOR_TOKENS}). */
const DARK_DEFAULTS: Record<ColorToken, string> = {
  background: '#17191d',
  text: '#eef0f3',
  accent: '#86cfe2',
  'on-accent': '#0b1a1f',
  border: '#8e96a3',
  focus: '#a6e0ef',
  danger: '#ffa59d',
  'on-danger': '#2a0705',
};

export interface ContrastProblem {
  readonly theme: 'light' | 'dark';
  readonly pair: [ColorToken, ColorToken];
  readonly ratio: number;
  readonly minimum: number;
}

/**
 * The themes the element can show with these settings, as it chooses them
 * (src/components/shared/color-scheme.ts): `theme` forces light or dark, or
 * follows the visitor's system (`auto`: both); without it, the element follows
 * what its page declares, light unless the page declares dark.
 */
export function reachableThemes(config: Pick<Config, 'theme' | 'page'>): ('light' | 'dark')[] {
  if (config.theme === 'light' || config.theme === 'dark') return [config.theme];
  if (config.theme === 'auto') return ['light', 'dark'];
  return config.page === 'both' ? ['light', 'dark'] : [config.page];
}

/**
 * Pairs involving a chosen colour that fall below WCAG AA (4.5:1 for text,
 * 3:1 for borders and focus), in each theme the element can show with these
 * settings ({@link reachableThemes}) and in no other: a colour set applies to
 * whichever theme is shown.
 */
export function contrastProblems(config: Config): ContrastProblem[] {
  const pairs: [ColorToken, ColorToken, number][] = [
    ['text', 'background', 4.5],
    ['accent', 'background', 4.5],
    ['on-accent', 'accent', 4.5],
    ['on-danger', 'danger', 4.5],
    ['danger', 'background', 4.5],
    ['border', 'background', 3],
    ['focus', 'background', 3],
  ];
  const themes = reachableThemes(config);
  return themes.flatMap((theme) => {
    const color = (token: ColorToken) =>
      config.colors[token] ??
      (theme === 'dark' ? DARK_DEFAULTS[token] : COLOR_TOKENS.find(([name]) => name === token)![1]);
    return pairs
      .filter(([a, b]) => config.colors[a] || config.colors[b])
      .map(([a, b, minimum]) => ({
        theme,
        pair: [a, b] as [ColorToken, ColorToken],
        ratio: contrast(color(a), color(b)),
        minimum,
      }))
      .filter((item) => item.ratio < item.minimum);
  });
}

// ---------------------------------------------------------------------------
// The snippet

const escapeText = (value: string): string => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (value: string): string => escapeText(value).replace(/"/g, '&quot;');

/** The element's attributes, in a stable order. */
export function elementAttributes(config: Config): [string, string | true][] {
  const attributes: [string, string | true][] = [];
  switch (config.element) {
    case 'service-list':
      if (config.services.length) attributes.push(['services', config.services.join(',')]);
      if (config.categories.length) attributes.push(['category', config.categories.join(',')]);
      if (config.department) attributes.push(['department', config.department]);
      if (config.noSearch) attributes.push(['no-search', true]);
      if (config.noFilters) attributes.push(['no-filters', true]);
      break;
    case 'service-card':
      attributes.push(['service', config.service]);
      if (config.compact) attributes.push(['variant', 'compact']);
      break;
    case 'report-finder':
      if (config.start) attributes.push(['start', config.start]);
      if (config.history) attributes.push(['history', true]);
      break;
    case 'emergency-numbers':
      if (config.lines.length) attributes.push(['lines', config.lines.join(',')]);
      if (config.compact) attributes.push(['variant', 'compact']);
      break;
    case 'quick-exit':
      if (config.exitHref !== DEFAULT_EXIT) attributes.push(['href', config.exitHref]);
      if (config.fixed) attributes.push(['fixed', true]);
      break;
  }
  if (config.lang) attributes.push(['lang', config.lang]);
  if (config.theme) attributes.push(['theme', config.theme]);
  const style = styleDeclarations(config);
  if (style) attributes.push(['style', style]);
  return attributes;
}

/** The `--guichet-*` declarations chosen, e.g. `--guichet-color-accent: #8a1538`. */
export function styleDeclarations(config: Config): string {
  const declarations = COLOR_TOKENS.filter(([token]) => config.colors[token]).map(
    ([token]) => `--guichet-color-${token}: ${config.colors[token]}`,
  );
  if (config.font) declarations.push(`--guichet-font-family: ${config.font}`);
  return declarations.join('; ');
}

/** The same look as a stylesheet rule, for sites whose CSP forbids `style` attributes. */
export function styleRule(config: Config): string {
  const declarations = styleDeclarations(config);
  return declarations ? `${config.element} {\n  ${declarations.split('; ').join(';\n  ')};\n}` : '';
}

const FALLBACK_TEXT = {
  fr: {
    danger:
      'En cas de danger, appelez le <a href="tel:17">17</a> ou le <a href="tel:112">112</a>, ou envoyez un SMS au <a href="sms:114">114</a>.',
    all: 'Toutes les démarches en ligne : <a href="https://masecurite.interieur.gouv.fr">Ma Sécurité</a>.',
    exit: 'Quitter ce site',
    shown: 'Affiché si le script ne se charge pas ; remplacé quand il se charge.',
  },
  en: {
    danger:
      'If anyone is in danger, call <a href="tel:17">17</a> or <a href="tel:112">112</a>, or text <a href="sms:114">114</a>.',
    all: 'Every online procedure: <a href="https://masecurite.interieur.gouv.fr">Ma Sécurité</a>.',
    exit: 'Leave this site',
    shown: 'Shown if the script does not load; replaced when it does.',
  },
} as const;

/** A plain link to an entry: its website, else its first phone number (a text message where the number takes them). */
function entryLink(entry: ServiceEntry, locale: Locale): string {
  const name = escapeText(localize(entry.name, locale));
  const url = entry.access.website?.url ?? entry.access.chat?.url ?? entry.access.moreInfo?.url;
  if (url) return `<a href="${escapeAttr(url)}">${name}</a>`;
  const phone = entry.access.phones?.[0];
  const link = phone && numberLink(phone);
  if (phone && link)
    return `${name}${locale === 'fr' ? ' : ' : ': '}<a href="${escapeAttr(link.href)}">${escapeText(phone.display)}</a>`;
  return name;
}

/** The fallback content: plain official links, shown if the script never loads. */
export function fallbackLines(config: Config): string[] {
  // The fallback is for a page without the script: in English for English pages, else in French.
  const locale: Locale = config.lang === 'en' ? 'en' : 'fr';
  const text = FALLBACK_TEXT[locale];
  const lines = [`<!-- ${text.shown} -->`];
  switch (config.element) {
    case 'service-list': {
      const entries = filterServices({
        ids: config.services,
        categories: config.categories,
        department: config.department || undefined,
      });
      lines.push('<ul>', ...entries.map((entry) => `  <li>${entryLink(entry, locale)}</li>`), '</ul>');
      break;
    }
    case 'service-card': {
      const entry = getService(config.service);
      if (entry) lines.push(`<p>${entryLink(entry, locale)}</p>`);
      break;
    }
    case 'report-finder':
      lines.push(`<p>${text.danger}</p>`, `<p>${text.all}</p>`);
      break;
    case 'emergency-numbers':
      lines.push(`<p>${text.danger}</p>`);
      if (config.lines.length) {
        const entries = config.lines
          .map((id) => getService(id))
          .filter((entry): entry is ServiceEntry => Boolean(entry));
        lines.push('<ul>', ...entries.map((entry) => `  <li>${entryLink(entry, locale)}</li>`), '</ul>');
      }
      break;
    case 'quick-exit':
      lines.push(`<p><a href="${escapeAttr(config.exitHref)}">${text.exit}</a></p>`);
      break;
  }
  return lines;
}

/** Local contacts as a JSON script's text: compact, and with `<` escaped so it cannot close the script. */
export function contactsScript(config: Config): string[] {
  if (!config.contacts.trim() || !CONTACT_ELEMENTS.includes(config.element)) return [];
  let text: string;
  try {
    text = JSON.stringify(JSON.parse(config.contacts), null, 2);
  } catch {
    // Kept as typed: the element reports the error on the page, as it would on the site.
    text = config.contacts;
  }
  text = text.replace(/</g, '\\u003c');
  return [
    '<script type="application/json" data-contacts>',
    ...text.split('\n').map((line) => `  ${line}`),
    '</script>',
  ];
}

/** The element with its attributes, local contacts and fallback content. */
export function elementMarkup(config: Config): string {
  const attributes = elementAttributes(config)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttr(value)}"`))
    .join('');
  const inner = [...contactsScript(config), ...fallbackLines(config)].map((line) => `  ${line}`);
  return [`<${config.element}${attributes}>`, ...inner, `</${config.element}>`].join('\n');
}

/** The address of a language pack next to the drop-in (same folder, same version). */
export function packUrl(scriptUrl: string, locale: PackLocale | 'en'): string {
  return scriptUrl.replace(/\.min\.js$/, `.${locale}.js`);
}

/** The script tags: the versioned file (French), then the language pack the element needs (English included), with their integrity hashes when known. */
export function scriptTag(config: Config, release: Release): string {
  const tag = (src: string, hash: string | undefined) =>
    `<script src="${escapeAttr(src)}"${hash ? ` integrity="${escapeAttr(hash)}" crossorigin="anonymous"` : ''}></script>`;
  const lines = [tag(config.scriptUrl, release.integrity)];
  if (config.lang && isLoadableLocale(config.lang))
    lines.push(tag(packUrl(config.scriptUrl, config.lang), release.packs?.[config.lang]?.integrity));
  return lines.join('\n');
}

/** Everything to paste into a page. */
export function snippet(config: Config, release: Release): string {
  return `${scriptTag(config, release)}\n\n${elementMarkup(config)}\n`;
}
