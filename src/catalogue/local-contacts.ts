import type { CatalogueData, ServiceEntry } from './types.js';
import type { CatalogueProblem } from './check.js';
import { Refused, isRecord, own } from './read.js';
import { readLocalContact } from '../generated/local-contact-reader.js';

/** Limits that keep a page author's mistake (or an attacker's input) from hurting the page. */
const MAX_CONTACTS = 50;

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
  // What the formats of data/local-contacts.schema.json check against (src/catalogue/contact-formats.ts).
  const context = {
    ids: new Set(data.services.map((service) => service.id)),
    kinds: data.kinds,
    categories: data.categories,
    today,
  };
  value.slice(0, MAX_CONTACTS).forEach((item, index) => {
    const rawId = isRecord(item) ? own(item, 'id') : undefined;
    const name = typeof rawId === 'string' && rawId.length <= 64 ? rawId : `#${index + 1}`;
    try {
      // The shape and its messages come from data/local-contacts.schema.json; a local contact has no
      // exclusions nor audience of its own.
      const accepted: ServiceEntry = { ...readLocalContact(item, '', context), notFor: [], audience: [], local: true };
      context.ids.add(accepted.id);
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
