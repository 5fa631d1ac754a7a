import type { Availability, CatalogueData, ServiceEntry } from './types.js';
import { catalogue } from './catalogue.js';
import { ensureEnglish, onLanguagePack } from '../i18n/packs.js';

/**
 * Lower case, no accents (nor Arabic short vowels, and one alif for its forms),
 * only letters and digits of any script separated by single spaces.
 */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670]/g, '')
    .replace(/[\u0622\u0623\u0625]/g, '\u0627')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// Words that carry no meaning in a query ("vol DE voiture", "MON ex ME menace"),
// in the two shipped languages, written as normalizeForSearch leaves them.
const STOP_WORDS = new Set(
  (
    'a ai as au aux avec c ce ces cet cette comment d dans de des du elle elles en est et etre il ils j je l la le les leur leurs m ma me mes moi mon ne nous on ou par pas pour qu quand que qui s sa se ses son sont sur t ta te tes ton tu un une vous y ' +
    'an and are at be by did do for from has have how i in is it its me my not of on or the this that to was what when where with you your'
  ).split(' '),
);

/**
 * A word reduced to a rough stem, so plurals and feminine forms meet:
 * "volée", "volés", "voler" and "vol" all become "vol"; "menaces" and
 * "menace" become "menac". Numbers and short words are kept whole.
 */
export function stemWord(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let stem = word.replace(/(?<=...)[sx]$/, '');
  for (const suffix of ['ee', 'es', 'er', 'e']) {
    if (stem.endsWith(suffix) && stem.length - suffix.length >= 3) {
      stem = stem.slice(0, -suffix.length);
      break;
    }
  }
  return stem;
}

/** The words of a text that count for search: normalised, stop words left out, stemmed. */
export function searchTokens(text: string): string[] {
  return normalizeForSearch(text)
    .split(' ')
    .filter((word) => word && !STOP_WORDS.has(word))
    .map(stemWord);
}

interface SearchIndexEntry {
  /** Words of the names, earlier names and search words. */
  readonly nameWords: readonly string[];
  /** Each name, earlier name and search word as a whole, its words joined by single spaces. */
  readonly phrases: readonly string[];
  /** Words of the summaries. */
  readonly otherWords: readonly string[];
}

let indexCache = new WeakMap<ServiceEntry, SearchIndexEntry>();
// A language pack adds texts to the entries: index them again, in every language they now have.
onLanguagePack(() => {
  indexCache = new WeakMap();
});

function indexOf(service: ServiceEntry): SearchIndexEntry {
  // People search in English on French pages too.
  ensureEnglish();
  let entry = indexCache.get(service);
  if (!entry) {
    const names = [...Object.values(service.name), ...service.aliases, service.seed?.name ?? ''];
    entry = {
      nameWords: names.flatMap(searchTokens),
      phrases: names.map((name) => ` ${searchTokens(name).join(' ')} `),
      otherWords: Object.values(service.summary).flatMap((summary) => searchTokens(summary)),
    };
    indexCache.set(service, entry);
  }
  return entry;
}

/** How one query word matches an entry: 4 a whole name or search word, 2 the start of one or a whole summary word, 1 the start of a summary word, 0 none. */
function tokenScore(token: string, index: SearchIndexEntry): number {
  if (index.nameWords.includes(token)) return 4;
  if (index.otherWords.includes(token)) return 2;
  if (index.nameWords.some((word) => word.startsWith(token))) return 2;
  if (index.otherWords.some((word) => word.startsWith(token))) return 1;
  return 0;
}

export interface SearchMatch {
  /** How many words of the query the entry matches. */
  readonly matched: number;
  /** The sum of each word's score (see {@link tokenScore}). */
  readonly score: number;
}

/**
 * How well an entry matches a query, as people type it: case, accents,
 * plurals, word order and small words ("de", "mon", "the") do not count.
 * Names and search words weigh more than summaries. `undefined` when the
 * entry does not match: every word must match, or every word but one in a
 * query of three words or more ("carte d'identité perdue à Paris").
 */
export function matchService(service: ServiceEntry, query: string): SearchMatch | undefined {
  const tokens = searchTokens(query);
  if (tokens.length === 0) return { matched: 0, score: 1 };
  const index = indexOf(service);
  let matched = 0;
  let score = 0;
  for (const token of tokens) {
    const points = tokenScore(token, index);
    if (points) matched += 1;
    score += points;
  }
  const needed = tokens.length >= 3 ? tokens.length - 1 : tokens.length;
  if (matched < needed) return undefined;
  // The query's words in a row inside one name or search word ("voiture volée") weigh more than scattered ones.
  const phrase = ` ${tokens.join(' ')} `;
  if (tokens.length > 1 && index.phrases.some((name) => name.includes(phrase))) score += 3;
  return { matched, score };
}

/** A single number for an entry's match (0 when it does not match), kept for callers of earlier versions. */
export function scoreService(service: ServiceEntry, query: string): number {
  const match = matchService(service, query);
  return match ? match.matched * 100 + match.score : 0;
}

/** Entries matching the query, best first: most words matched, then the best matches, then catalogue order. */
export function searchServices(query: string, services: readonly ServiceEntry[] = catalogue.services): ServiceEntry[] {
  return services
    .map((service, order) => ({ service, order, match: matchService(service, query) }))
    .filter(
      (result): result is { service: ServiceEntry; order: number; match: SearchMatch } => result.match !== undefined,
    )
    .sort((a, b) => b.match.matched - a.match.matched || b.match.score - a.match.score || a.order - b.order)
    .map((result) => result.service);
}

/** Whether an entry can be used from the given département (code such as `35`, `2A`, `974`). */
export function isAvailableIn(availability: Availability, department: string | undefined): boolean {
  if (!department || 'national' in availability) return true;
  return availability.departments.includes(department);
}

export { normalizeDepartment } from './department.js';

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
