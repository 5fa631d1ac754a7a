import type { Availability, CatalogueData, Locale, ServiceEntry } from './types.js';
import { catalogue } from './catalogue.js';

/** Lower case, no accents, only letters and digits separated by single spaces. */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function words(texts: readonly string[]): string[] {
  return texts.flatMap((text) => normalizeForSearch(text).split(' ')).filter(Boolean);
}

const LOCALES: readonly Locale[] = ['fr', 'en'];

interface SearchIndexEntry {
  readonly nameWords: string[];
  readonly otherWords: string[];
}

const indexCache = new WeakMap<ServiceEntry, SearchIndexEntry>();

function indexOf(service: ServiceEntry): SearchIndexEntry {
  let entry = indexCache.get(service);
  if (!entry) {
    entry = {
      nameWords: words([...LOCALES.map((locale) => service.name[locale]), ...service.aliases, service.seed?.name ?? '']),
      otherWords: words(LOCALES.map((locale) => service.summary[locale])),
    };
    indexCache.set(service, entry);
  }
  return entry;
}

/**
 * How well an entry matches a query: 0 when it does not. Every word of the
 * query must begin a word of the entry's names, earlier names, search words
 * or summary (in any language), ignoring case and accents.
 */
export function scoreService(service: ServiceEntry, query: string): number {
  const tokens = normalizeForSearch(query).split(' ').filter(Boolean);
  if (tokens.length === 0) return 1;
  const { nameWords, otherWords } = indexOf(service);
  let score = 0;
  for (const token of tokens) {
    if (nameWords.some((word) => word === token)) score += 3;
    else if (nameWords.some((word) => word.startsWith(token))) score += 2;
    else if (otherWords.some((word) => word.startsWith(token))) score += 1;
    else return 0;
  }
  return score;
}

/** Entries matching the query, best first (catalogue order among equals). */
export function searchServices(query: string, services: readonly ServiceEntry[] = catalogue.services): ServiceEntry[] {
  return services
    .map((service, order) => ({ service, order, score: scoreService(service, query) }))
    .filter((result) => result.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map((result) => result.service);
}

/** Whether an entry can be used from the given département (code such as `35`, `2A`, `974`). */
export function isAvailableIn(availability: Availability, department: string | undefined): boolean {
  if (!department || 'national' in availability) return true;
  return availability.departments.includes(department);
}

const DEPARTMENT_PATTERN = /^(0[1-9]|[1-8]\d|9[0-5]|2A|2B|97[1-6])$/;

/** A département code in its canonical form (`2a` → `2A`, `5` → `05`), or `undefined` if it is not one. */
export function normalizeDepartment(input: string | null | undefined): string | undefined {
  if (input == null) return undefined;
  let code = input.trim().toUpperCase();
  if (/^\d$/.test(code)) code = `0${code}`;
  return DEPARTMENT_PATTERN.test(code) ? code : undefined;
}

export interface ServiceFilter {
  /** Only these ids, in this order. */
  readonly ids?: readonly string[];
  /** Entries in at least one of these categories. */
  readonly categories?: readonly string[];
  /** Entries of one of these kinds. */
  readonly kinds?: readonly string[];
  /** Entries available in this département. */
  readonly department?: string;
  /** Free-text search (see {@link scoreService}). */
  readonly query?: string;
}

/** The entries that pass every part of the filter. */
export function filterServices(filter: ServiceFilter, data: CatalogueData = catalogue): ServiceEntry[] {
  let services: ServiceEntry[] = filter.ids?.length
    ? filter.ids.flatMap((id) => data.services.filter((service) => service.id === id))
    : [...data.services];
  if (filter.categories?.length) {
    const wanted = filter.categories;
    services = services.filter((service) => service.categories.some((category) => wanted.includes(category)));
  }
  if (filter.kinds?.length) {
    const wanted = filter.kinds;
    services = services.filter((service) => wanted.includes(service.kind));
  }
  if (filter.department) {
    const department = filter.department;
    services = services.filter((service) => isAvailableIn(service.availability, department));
  }
  if (filter.query?.trim()) {
    services = searchServices(filter.query, services);
  }
  return services;
}
