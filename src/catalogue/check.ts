import type { CatalogueData, LocalizedText, Phone, ServiceEntry } from './types.js';
import { SEED_SERVICE_NAMES } from './seed.js';
import { SUPPORTED_LOCALES } from '../i18n/locales.js';
import { textIn } from '../i18n/packs.js';

/** One thing wrong with the catalogue, named by entry and field. */
export interface CatalogueProblem {
  /** The entry's id, or `(catalogue)` for the file as a whole. */
  readonly entry: string;
  /** Path of the field inside the entry, e.g. `access.website.url`. */
  readonly field: string;
  readonly message: string;
}

export interface CheckOptions {
  /** `YYYY-MM-DD`; dates after it are refused. Defaults to today (UTC). */
  readonly today?: string;
  /** Names of the seed services that must each be continued by an entry. */
  readonly seedNames?: readonly string[];
  readonly locales?: readonly string[];
  /**
   * Domains whose pages may be shown to the public (see `data/official-domains.json`).
   * When given, every public source and every link of an entry must be on one of them.
   */
  readonly officialDomains?: readonly string[];
}

export function formatProblem(problem: CatalogueProblem): string {
  return `${problem.entry}: ${problem.field}: ${problem.message}`;
}

/** Whether a string is an `https:` address without credentials. */
export function isHttpsUrl(value: unknown): value is string {
  if (typeof value !== 'string' || /\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.username === '' && url.password === '' && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** Whether an address is on one of the domains (the domain itself or a subdomain). */
export function isOnDomains(url: string, domains: readonly string[]): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return false;
  }
  return domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/** The digits a person would dial for a phone entry, in French national form. */
function dialledDigits(number: string): string {
  return number.startsWith('+33') ? `0${number.slice(3)}` : number.replace(/^\+/, '');
}

/** Problems of one phone entry: a dialable value, and a display form that shows the same number. */
export function checkPhone(phone: Phone): string[] {
  const problems: string[] = [];
  if (!/^(\d{2,6}|\+[1-9]\d{7,14})$/.test(phone.number)) {
    problems.push(`"${phone.number}" is not a short number or an E.164 number`);
  } else if (phone.number.startsWith('+33') && phone.number.length !== 12) {
    problems.push(`"${phone.number}" is not a French number (+33 and nine digits)`);
  }
  const shown = phone.display.replace(/\s/g, '');
  if (!/^\+?\d+$/.test(shown)) {
    problems.push(`display "${phone.display}" has characters other than digits and spaces`);
  } else if (shown.replace(/^\+/, '') !== phone.number.replace(/^\+/, '') && shown !== dialledDigits(phone.number)) {
    problems.push(`display "${phone.display}" does not show the number "${phone.number}"`);
  }
  return problems;
}

function walkTexts(value: unknown, path: string, visit: (text: Record<string, unknown>, path: string) => void): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => walkTexts(item, `${path}[${index}]`, visit));
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if ('fr' in record || 'en' in record) {
      visit(record, path);
      return;
    }
    for (const [key, child] of Object.entries(record)) walkTexts(child, path ? `${path}.${key}` : key, visit);
  }
}

function isLocalizedText(value: unknown): value is LocalizedText {
  return !!value && typeof value === 'object' && 'fr' in value;
}

function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

function checkEntry(
  service: ServiceEntry,
  data: CatalogueData,
  options: Required<CheckOptions>,
  problems: CatalogueProblem[],
): void {
  const add = (field: string, message: string) => problems.push({ entry: service.id, field, message });
  const ids = new Set(data.services.map((s) => s.id));

  if (!data.kinds.some((kind) => kind.id === service.kind)) add('kind', `unknown kind "${service.kind}"`);
  service.categories.forEach((category, index) => {
    if (!data.categories.some((known) => known.id === category))
      add(`categories[${index}]`, `unknown category "${category}"`);
  });

  service.notFor.forEach((exclusion, index) => {
    exclusion.useInstead.forEach((target, targetIndex) => {
      const field = `notFor[${index}].useInstead[${targetIndex}]`;
      if (target === service.id) add(field, 'points to the entry itself');
      else if (!ids.has(target)) add(field, `unknown entry "${target}"`);
    });
  });

  const { access } = service;
  if (!access.website && !access.chat && !access.phones?.length && !access.email)
    add('access', 'no way to reach the service');
  for (const key of ['website', 'chat', 'moreInfo'] as const) {
    const link = access[key];
    if (link && !isHttpsUrl(link.url)) add(`access.${key}.url`, `"${link.url}" is not an https: address`);
  }
  access.phones?.forEach((phone, index) => {
    for (const message of checkPhone(phone)) add(`access.phones[${index}]`, message);
  });
  const official = options.officialDomains;
  if (official.length) {
    for (const key of ['website', 'chat', 'moreInfo'] as const) {
      const link = access[key];
      if (link && isHttpsUrl(link.url) && !isOnDomains(link.url, official))
        add(`access.${key}.url`, `"${link.url}" is not on an official domain`);
    }
  }
  service.sources.forEach((source, index) => {
    if (!isHttpsUrl(source.url)) add(`sources[${index}].url`, `"${source.url}" is not an https: address`);
    else if (official.length && !isOnDomains(source.url, official)) {
      add(
        `sources[${index}].url`,
        `"${source.url}" is not an official page: move it to maintainerSources, or add its domain to data/official-domains.json if it is the State's or the operator's own`,
      );
    }
    if (source.date && source.date > options.today) add(`sources[${index}].date`, `${source.date} is in the future`);
  });
  if (service.sources.length === 0) add('sources', 'no source');

  if (!/^\d{4}-\d{2}-\d{2}$/.test(service.checked)) add('checked', `"${service.checked}" is not a date (YYYY-MM-DD)`);
  else if (service.checked > options.today) add('checked', `${service.checked} is in the future`);

  if (service.hours && 'weekly' in service.hours) {
    service.hours.weekly.forEach((range, index) => {
      if (range.opens >= range.closes)
        add(`hours.weekly[${index}]`, `opens (${range.opens}) is not before closes (${range.closes})`);
    });
  }

  walkTexts(service, '', (text, path) => {
    for (const locale of options.locales) {
      const value = textIn(text, locale);
      if (typeof value !== 'string' || value.trim() === '') add(path, `missing ${locale} text`);
    }
  });
  if (!isLocalizedText(service.name)) add('name', 'missing');
}

/**
 * Checks what the JSON Schema cannot: unique ids, references that resolve,
 * `https:` addresses only, phone numbers that dial what they show, no date in
 * the future, every text in every locale, every seed service continued, and,
 * with `officialDomains`, public sources and links on official domains only.
 */
export function checkCatalogue(data: CatalogueData, options: CheckOptions = {}): CatalogueProblem[] {
  const settings: Required<CheckOptions> = {
    today: options.today ?? todayUtc(),
    seedNames: options.seedNames ?? SEED_SERVICE_NAMES,
    locales: options.locales ?? SUPPORTED_LOCALES,
    officialDomains: options.officialDomains ?? [],
  };
  const problems: CatalogueProblem[] = [];
  for (const [list, name] of [
    [data.kinds, 'kinds'],
    [data.categories, 'categories'],
    [data.services, 'services'],
  ] as const) {
    const listSeen = new Set<string>();
    list.forEach((item, index) => {
      if (listSeen.has(item.id))
        problems.push({ entry: item.id, field: `${name}[${index}].id`, message: 'duplicate id' });
      listSeen.add(item.id);
    });
  }
  for (const label of [...data.kinds, ...data.categories]) {
    walkTexts(label.name, 'name', (text, path) => {
      for (const locale of settings.locales) {
        const value = textIn(text, locale);
        if (typeof value !== 'string' || value.trim() === '') {
          problems.push({ entry: label.id, field: path, message: `missing ${locale} text` });
        }
      }
    });
  }
  (data.emergency ?? []).forEach((id, index) => {
    if (!data.services.some((service) => service.id === id))
      problems.push({ entry: '(catalogue)', field: `emergency[${index}]`, message: `unknown entry "${id}"` });
  });
  if (data.version > settings.today)
    problems.push({ entry: '(catalogue)', field: 'version', message: `${data.version} is in the future` });
  for (const service of data.services) checkEntry(service, data, settings, problems);
  for (const seedName of settings.seedNames) {
    if (!data.services.some((service) => service.seed?.name === seedName)) {
      problems.push({
        entry: '(catalogue)',
        field: 'services',
        message: `no entry continues the seed service "${seedName}"`,
      });
    }
  }
  return problems;
}
