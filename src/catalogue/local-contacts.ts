import type { CatalogueData, Label, LocalizedText, ServiceEntry } from './types.js';
import type { CatalogueProblem } from './check.js';
import { checkPhone, isHttpsUrl } from './check.js';
import { type HookOptions, type Hooks, Refused, isRecord, own, refuse } from './read.js';
import { readLocalContact } from '../generated/local-contact-reader.js';

/** Limits that keep a page author's mistake (or an attacker's input) from hurting the page. */
const MAX_CONTACTS = 50;

/** Replaces lone surrogates (broken Unicode) with U+FFFD. */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** A text, or { fr, en } (English defaults to French): trimmed, not empty, at most `maxLength` characters. */
function text(value: unknown, field: string, { maxLength = 600 }: HookOptions): LocalizedText {
  const read = (item: unknown, where: string): string => {
    if (typeof item !== 'string' || item.trim() === '') throw refuse(where, 'must be a non-empty text');
    if (item.length > maxLength) throw refuse(where, `is longer than ${maxLength} characters`);
    return wellFormed(item.trim());
  };
  if (typeof value === 'string') {
    const same = read(value, field);
    return { fr: same, en: same };
  }
  if (!isRecord(value)) throw refuse(field, 'must be a text, or { "fr": …, "en": … }');
  const fr = read(own(value, 'fr'), `${field}.fr`);
  const en = own(value, 'en') === undefined ? fr : read(own(value, 'en'), `${field}.en`);
  return { fr, en };
}

/**
 * The checks data/local-contacts.schema.json names by `format`, which a shape cannot say: ids not
 * taken, the catalogue's kinds and categories, https: addresses, dialable phones, dates not in the future.
 */
function hooks(
  known: { ids: Set<string>; kinds: readonly Label[]; categories: readonly Label[] },
  today: string,
): Hooks {
  const oneOf = (labels: readonly Label[]) => (value: unknown, field: string) => {
    if (typeof value !== 'string' || !labels.some((label) => label.id === value))
      throw refuse(field, `must be one of ${labels.map((label) => label.id).join(', ')}`);
    return value;
  };
  return {
    'new-id': (id, field) => {
      if (known.ids.has(id as string)) throw refuse(field, `"${id as string}" is already used`);
      return id;
    },
    kind: oneOf(known.kinds),
    category: oneOf(known.categories),
    text,
    alias: (value, field, options) => text(value, field, options).fr,
    'https-url': (value, field, { message = '' }) => {
      if (!isHttpsUrl(value)) throw refuse(field, message);
      return value;
    },
    phone: (value, field) => {
      const { number, display, cost } = value as { number: string; display: string; cost?: string };
      const problems = checkPhone({ number, display });
      if (problems.length) throw refuse(field, problems[0]);
      return cost ? { number, display, cost } : { number, display };
    },
    'not-future': (value, field, { message = '' }) => {
      if ((value as string) > today) throw refuse(field, message);
      return value;
    },
    'opening-range': (value, field) => {
      const range = value as { opens: string; closes: string };
      if (range.opens >= range.closes) throw refuse(field, 'opens and closes must be HH:MM, opens before closes');
      return value;
    },
  };
}

export interface LocalContactsResult {
  /** The entries accepted, as catalogue entries (marked `local`). */
  readonly entries: ServiceEntry[];
  /** Why each refused entry was refused, by entry and field. */
  readonly problems: CatalogueProblem[];
}

/**
 * Reads a page author's local contacts (the town's police municipale, the local
 * victim-support office…): a JSON text or a value, holding a list of entries
 * shaped like catalogue entries (texts may be plain strings, used for both
 * languages). Each entry is checked on its own; an invalid one is refused
 * whole, with the reason, and the others are kept. Only own properties are
 * read, only known fields are copied, addresses must be `https:`, phones
 * dialable, e-mails plain; nothing is ever interpreted as HTML.
 */
export function parseLocalContacts(
  input: unknown,
  data: CatalogueData,
  today = new Date().toISOString().slice(0, 10),
): LocalContactsResult {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      return {
        entries: [],
        problems: [
          { entry: '(local contacts)', field: '(json)', message: `not valid JSON: ${(error as Error).message}` },
        ],
      };
    }
  }
  if (isRecord(value) && Array.isArray(own(value, 'contacts'))) value = own(value, 'contacts');
  if (!Array.isArray(value))
    return {
      entries: [],
      problems: [{ entry: '(local contacts)', field: '(root)', message: 'must be a list of contacts' }],
    };
  const entries: ServiceEntry[] = [];
  const problems: CatalogueProblem[] = [];
  const known = {
    ids: new Set(data.services.map((service) => service.id)),
    kinds: data.kinds,
    categories: data.categories,
  };
  const checks = hooks(known, today);
  value.slice(0, MAX_CONTACTS).forEach((item, index) => {
    const rawId = isRecord(item) ? own(item, 'id') : undefined;
    const name = typeof rawId === 'string' && rawId.length <= 64 ? rawId : `#${index + 1}`;
    try {
      // The shape and its messages come from data/local-contacts.schema.json; a local contact has no
      // exclusions nor audience of its own.
      const accepted: ServiceEntry = { ...readLocalContact(item, '', checks), notFor: [], audience: [], local: true };
      known.ids.add(accepted.id);
      entries.push(accepted);
    } catch (error) {
      if (error instanceof Refused) problems.push({ entry: name, field: error.field, message: error.message });
      else problems.push({ entry: name, field: '(entry)', message: 'could not be read' });
    }
  });
  if (value.length > MAX_CONTACTS) {
    problems.push({
      entry: '(local contacts)',
      field: '(root)',
      message: `only the first ${MAX_CONTACTS} contacts are read`,
    });
  }
  return { entries, problems };
}

/** The catalogue with local contacts added first. */
export function withLocalContacts(data: CatalogueData, entries: readonly ServiceEntry[]): CatalogueData {
  return entries.length ? { ...data, services: [...entries, ...data.services] } : data;
}
