import type { Availability, CatalogueData, ServiceEntry } from './types.js';
import { catalogue } from './catalogue.js';
import { ensureEnglish, translationsChanged, translationsOf } from '../i18n/packs.js';
import { synonymsOf } from './synonyms.js';

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

// Words that carry no meaning in a query ("vol DE voiture", "MON ex ME menace",
// "QUE FAIRE SI on me menace"), in the two shipped languages, written as
// normalizeForSearch leaves them. Made a set on the first search, not while the script loads.
const built: { stopWords?: ReadonlySet<string> } = {};
const stopWordSet = (): ReadonlySet<string> =>
  (built.stopWords ??= new Set(
    (
      'a ai alors apres as au aussi aux avant avec avez avoir c ca ce cela ces cet cette chose comme comment d dans de des deja dois doit du elle elles en encore est et etais etait ete etre fais faire fait faut il ils j je l la le les leur leurs lui m ma mais me mes moi mon ne nous on ont ou par pas peut peux plus pour qu quand que quelqu quelque quelqu quoi qui s sa sans se ses si son sont sur svp t ta te tes ton tout tres tu un une va vais veux voudrais vous y ' +
      'about am an and any are as at be been being but by can could did do does for from get got had has have he her him his how i if im in into is it its just me my not of on or our out she should so some someone somebody than that the their them there they this to too up us very was we were what when where which who will with would you your'
    ).split(' '),
  ));

/**
 * A word reduced to a rough stem, so plurals and feminine forms meet:
 * "volée", "volés", "voler" and "vol" all become "vol"; "menaces" and
 * "menace" become "menac". Numbers and short words are kept whole.
 */
export function stemWord(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let stem = word.replace(/(?<=...)[sx]$/, '');
  for (const suffix of ['ing', 'ee', 'es', 'er', 'ed', 'e']) {
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
    .filter((word) => word && !stopWordSet().has(word))
    .map(stemWord);
}

interface SearchIndexEntry {
  /** Words of the names, earlier names and search words. */
  readonly nameWords: readonly string[];
  /** Each name, earlier name and search word as a whole, its words joined by single spaces. */
  readonly phrases: readonly string[];
  /** Words of the entry's own names (not its search words): a tie goes to the entry a word names. */
  readonly titleWords: readonly string[];
  /** Words of the summaries. */
  readonly otherWords: readonly string[];
}

/**
 * Each entry's index, kept with the state of the translations it was made from (see
 * translationsChanged): a language pack loaded later adds texts to the entries, which are then
 * indexed again, in every language they now have. A page-wide cache keyed by the data's own objects.
 */
const indexCache = new WeakMap<ServiceEntry, { readonly index: SearchIndexEntry; readonly from: number }>();

function indexOf(service: ServiceEntry): SearchIndexEntry {
  // People search in English on French pages too.
  ensureEnglish();
  const from = translationsChanged();
  const cached = indexCache.get(service);
  if (cached?.from === from) return cached.index;
  const names = [...translationsOf(service.name), ...service.aliases, service.seed?.name ?? ''];
  const index = {
    nameWords: names.flatMap(searchTokens),
    titleWords: [...translationsOf(service.name), ...translationsOf(service.shortName ?? {})].flatMap(searchTokens),
    phrases: names.map((name) => ` ${searchTokens(name).join(' ')} `),
    otherWords: translationsOf(service.summary).flatMap((summary) => searchTokens(summary)),
  };
  indexCache.set(service, { index, from });
  return index;
}

/** How one word matches an entry: 4 a whole name or search word, 2 the start of one or a whole summary word, 1 the start of a summary word, 0 none. */
function wordScore(token: string, index: SearchIndexEntry): number {
  if (index.nameWords.includes(token)) return 4;
  if (index.otherWords.includes(token)) return 2;
  if (index.nameWords.some((word) => word.startsWith(token))) return 2;
  if (index.otherWords.some((word) => word.startsWith(token))) return 1;
  return 0;
}

/**
 * How many slips of the keyboard separate two words: a letter missing, added,
 * changed, or two swapped ("harcelemnt", "cambriollage", "escroquerrie").
 * Words of five letters or more may have one slip, of eight or more two; short
 * words and numbers none (`Infinity` beyond what is allowed).
 */
export function slipsBetween(a: string, b: string): number {
  if (a === b) return 0;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 5 || /\d/.test(a) || /\d/.test(b)) return Infinity;
  const allowed = shorter >= 8 ? 2 : 1;
  if (Math.abs(a.length - b.length) > allowed) return Infinity;
  // Damerau–Levenshtein distance (optimal string alignment), stopped once over the allowance.
  let before = Array.from({ length: b.length + 1 }, (_, j) => j);
  let previous = before;
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2] + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > allowed) return Infinity;
    before = previous;
    previous = row;
  }
  return previous[b.length] <= allowed ? previous[b.length] : Infinity;
}

/** Whether two words are at most the allowed slips apart (see slipsBetween). */
export function nearlySame(a: string, b: string): boolean {
  return slipsBetween(a, b) !== Infinity;
}

/** How one query word matches an entry: by itself (see wordScore), else by a word of the same meaning ("piqué" for "vol"), one point lower. */
function tokenScore(token: string, index: SearchIndexEntry): number {
  const direct = wordScore(token, index);
  if (direct >= 4) return direct;
  let other = 0;
  for (const synonym of synonymsOf(token, searchTokens)) {
    // Whole words only: a short synonym ("ex", "tel") must not match the start of another word.
    if (index.nameWords.includes(synonym)) other = 3;
    else if (!other && index.otherWords.includes(synonym)) other = 1;
  }
  return Math.max(direct, other);
}

/**
 * The query's words with their slips mended: a word no entry of `vocabulary`
 * knows becomes the nearest word they use ("harcelemnt" → "harcelement"), when
 * one is close enough; otherwise it stays as typed.
 */
function mendSlips(tokens: readonly string[], vocabulary: readonly ServiceEntry[]): string[] {
  return tokens.map((token) => {
    if (vocabulary.some((service) => tokenScore(token, indexOf(service)) > 0)) return token;
    let best = token;
    let fewest = Infinity;
    for (const service of vocabulary) {
      const index = indexOf(service);
      for (const word of [...index.nameWords, ...index.otherWords]) {
        const slips = slipsBetween(token, word);
        if (slips < fewest) {
          fewest = slips;
          best = word;
        }
      }
    }
    return best;
  });
}

export interface SearchMatch {
  /** How many words of the query the entry matches. */
  readonly matched: number;
  /** The sum of each word's score (see {@link tokenScore}). */
  readonly score: number;
}

/**
 * How well an entry matches a query, as people type it: case, accents,
 * plurals, word order, small words ("de", "mon", "the"), words of the same
 * meaning ("piqué", "vol") and one slip of the keyboard do not count. Names
 * and search words weigh more than summaries. `undefined` when the entry does
 * not match: a query of one or two words must match whole, a longer one
 * ("quelqu'un essaie d'entrer chez moi") by half of its words. Words that no
 * entry of `vocabulary` knows ("métro", "hier") are left out of that count.
 */
export function matchService(
  service: ServiceEntry,
  query: string,
  vocabulary: readonly ServiceEntry[] = catalogue.services,
): SearchMatch | undefined {
  const tokens = mendSlips(searchTokens(query), vocabulary);
  return matchTokens(service, tokens, knownTokens(tokens, vocabulary));
}

/**
 * The query's words that some entry knows (by itself or a word of the same meaning), each with its
 * weight: a word few entries use ("cambriolage") tells more than one many use ("victime").
 */
function knownTokens(tokens: readonly string[], vocabulary: readonly ServiceEntry[]): ReadonlyMap<string, number> {
  const known = new Map<string, number>();
  for (const token of tokens) {
    const users = vocabulary.filter((service) => tokenScore(token, indexOf(service)) > 0).length;
    if (users) known.set(token, Math.log2(1 + vocabulary.length / users));
  }
  return known;
}

function matchTokens(
  service: ServiceEntry,
  tokens: readonly string[],
  known: ReadonlyMap<string, number>,
): SearchMatch | undefined {
  if (tokens.length === 0) return { matched: 0, score: 1 };
  if (known.size === 0) return undefined;
  const index = indexOf(service);
  let matched = 0;
  let score = 0;
  for (const token of tokens) {
    const points = tokenScore(token, index);
    if (points) matched += 1;
    score += (points + (points && index.titleWords.includes(token) ? 1 : 0)) * (known.get(token) ?? 1);
  }
  // One known word must match; of more, half ("cambriolage maison", "quelqu'un essaie d'entrer chez moi").
  const needed = Math.ceil(known.size / 2);
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
  // What counts as a known word: the whole catalogue, not only the part shown.
  const vocabulary = services === catalogue.services ? services : [...catalogue.services, ...services];
  const tokens = mendSlips(searchTokens(query), vocabulary);
  const known = knownTokens(tokens, vocabulary);
  return services
    .map((service, order) => ({ service, order, match: matchTokens(service, tokens, known) }))
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
