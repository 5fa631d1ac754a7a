import type { Availability, CatalogueData, Hours, Label, LocalizedText, Phone, ServiceEntry, Source } from './types.js';
import type { CatalogueProblem } from './check.js';
import { checkPhone, isHttpsUrl } from './check.js';
import { isDepartmentCode } from './department.js';

/** Limits that keep a page author's mistake (or an attacker's input) from hurting the page. */
const MAX_CONTACTS = 50;
const MAX_TEXT = 600;
const MAX_SHORT = 160;
const MAX_LIST = 12;

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const EMAIL = /^[^\s@<>"':/\\]+@[a-z0-9.-]+\.[a-z]{2,}$/i;

class Refused extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** Replaces lone surrogates (broken Unicode) with U+FFFD. */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads an own property only: nothing from a prototype, whatever the keys. */
function own(record: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

function text(value: unknown, field: string, max = MAX_TEXT): LocalizedText {
  const read = (item: unknown, where: string): string => {
    if (typeof item !== 'string' || item.trim() === '') throw new Refused(where, 'must be a non-empty text');
    if (item.length > max) throw new Refused(where, `is longer than ${max} characters`);
    return wellFormed(item.trim());
  };
  if (typeof value === 'string') {
    const same = read(value, field);
    return { fr: same, en: same };
  }
  if (!isRecord(value)) throw new Refused(field, 'must be a text, or { "fr": …, "en": … }');
  const fr = read(own(value, 'fr'), `${field}.fr`);
  const en = own(value, 'en') === undefined ? fr : read(own(value, 'en'), `${field}.en`);
  return { fr, en };
}

function list<T>(value: unknown, field: string, read: (item: unknown, field: string) => T): T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new Refused(field, 'must be a list');
  if (value.length > MAX_LIST) throw new Refused(field, `has more than ${MAX_LIST} items`);
  return value.map((item, index) => read(item, `${field}[${index}]`));
}

function httpsLink(value: unknown, field: string): { url: string } | undefined {
  if (value === undefined) return undefined;
  const url = isRecord(value) ? own(value, 'url') : value;
  if (!isHttpsUrl(url)) throw new Refused(field, 'must be an https: address');
  return { url };
}

function phone(value: unknown, field: string): Phone {
  if (!isRecord(value)) throw new Refused(field, 'must be { "number": …, "display": … }');
  const number = own(value, 'number');
  const display = own(value, 'display') ?? number;
  if (typeof number !== 'string' || typeof display !== 'string')
    throw new Refused(field, 'number and display must be texts');
  const result: Phone = { number, display, ...(own(value, 'cost') === 'free' ? { cost: 'free' as const } : {}) };
  const problems = checkPhone(result);
  if (problems.length) throw new Refused(field, problems[0]);
  return result;
}

function hours(value: unknown, field: string): Hours | undefined {
  if (value === undefined) return undefined;
  if (isRecord(value) && own(value, 'always') === true) return { always: true };
  if (!isRecord(value) || !Array.isArray(own(value, 'weekly')))
    throw new Refused(field, 'must be { "always": true } or { "weekly": [...] }');
  const weekly = list(own(value, 'weekly'), `${field}.weekly`, (range, where) => {
    if (!isRecord(range)) throw new Refused(where, 'must be { "days", "opens", "closes" }');
    const days = own(range, 'days');
    const opens = own(range, 'opens');
    const closes = own(range, 'closes');
    if (
      !Array.isArray(days) ||
      days.length === 0 ||
      days.length > 7 ||
      !days.every((day) => Number.isInteger(day) && day >= 1 && day <= 7)
    ) {
      throw new Refused(`${where}.days`, 'must list weekdays 1 (Monday) to 7 (Sunday)');
    }
    if (
      typeof opens !== 'string' ||
      typeof closes !== 'string' ||
      !TIME.test(opens) ||
      !TIME.test(closes) ||
      opens >= closes
    ) {
      throw new Refused(where, 'opens and closes must be HH:MM, opens before closes');
    }
    return { days: [...new Set(days as number[])], opens, closes };
  });
  return { weekly };
}

function availability(value: unknown, field: string): Availability {
  if (value === undefined) return { national: true };
  if (isRecord(value) && own(value, 'national') === true) return { national: true };
  const departments = isRecord(value) ? own(value, 'departments') : undefined;
  if (!Array.isArray(departments) || departments.length === 0)
    throw new Refused(field, 'must be { "national": true } or { "departments": [...] }');
  return {
    departments: list(departments, `${field}.departments`, (item, where) => {
      if (typeof item !== 'string' || !isDepartmentCode(item))
        throw new Refused(where, 'must be a département code such as "35", "2A", "974"');
      return item;
    }),
  };
}

function entry(
  value: unknown,
  index: number,
  known: { ids: Set<string>; kinds: readonly Label[]; categories: readonly Label[] },
  today: string,
): ServiceEntry {
  if (!isRecord(value)) throw new Refused('(entry)', 'must be an object');
  const id = own(value, 'id');
  if (typeof id !== 'string' || !ID.test(id) || id.length > 64)
    throw new Refused('id', 'must be lower-case letters, digits and dashes');
  if (known.ids.has(id)) throw new Refused('id', `"${id}" is already used`);
  const kind = own(value, 'kind');
  if (typeof kind !== 'string' || !known.kinds.some((label) => label.id === kind)) {
    throw new Refused('kind', `must be one of ${known.kinds.map((label) => label.id).join(', ')}`);
  }
  const categories = list(own(value, 'categories'), 'categories', (item, where) => {
    if (typeof item !== 'string' || !known.categories.some((label) => label.id === item)) {
      throw new Refused(where, `must be one of ${known.categories.map((label) => label.id).join(', ')}`);
    }
    return item;
  });
  if (categories.length === 0) throw new Refused('categories', 'must name at least one category');
  const rawAccess = own(value, 'access');
  if (!isRecord(rawAccess)) throw new Refused('access', 'must say how to reach the contact');
  const email = own(rawAccess, 'email');
  const emailAddress = isRecord(email) ? own(email, 'address') : email;
  if (emailAddress !== undefined && (typeof emailAddress !== 'string' || !EMAIL.test(emailAddress)))
    throw new Refused('access.email', 'must be an e-mail address');
  const access = {
    website: httpsLink(own(rawAccess, 'website'), 'access.website'),
    chat: httpsLink(own(rawAccess, 'chat'), 'access.chat'),
    phones: own(rawAccess, 'phones') === undefined ? undefined : list(own(rawAccess, 'phones'), 'access.phones', phone),
    email: typeof emailAddress === 'string' ? { address: emailAddress } : undefined,
  };
  if (!access.website && !access.chat && !access.phones?.length && !access.email)
    throw new Refused('access', 'needs a website, chat, phone or e-mail');
  const checked = own(value, 'checked');
  if (
    checked !== undefined &&
    checked !== '' &&
    (typeof checked !== 'string' || !DATE.test(checked) || checked > today)
  ) {
    throw new Refused('checked', 'must be a date (YYYY-MM-DD), not in the future');
  }
  const sources = list(own(value, 'sources'), 'sources', (item, where): Source => {
    const url = isRecord(item) ? own(item, 'url') : item;
    if (!isHttpsUrl(url)) throw new Refused(where, 'must be an https: address');
    return { url };
  });
  void index;
  return {
    id,
    kind,
    categories,
    name: text(own(value, 'name'), 'name', MAX_SHORT),
    summary: text(own(value, 'summary'), 'summary'),
    useWhen: list(own(value, 'useWhen'), 'useWhen', (item, where) => text(item, where)),
    notFor: [],
    access: Object.fromEntries(
      Object.entries(access).filter(([, item]) => item !== undefined),
    ) as ServiceEntry['access'],
    hours: hours(own(value, 'hours'), 'hours'),
    availability: availability(own(value, 'availability'), 'availability'),
    audience: [],
    requirements: list(own(value, 'requirements'), 'requirements', (item, where) => text(item, where)),
    prepare: list(own(value, 'prepare'), 'prepare', (item, where) => text(item, where)),
    notes: list(own(value, 'notes'), 'notes', (item, where) => text(item, where)),
    aliases: list(own(value, 'aliases'), 'aliases', (item, where) => text(item, where, MAX_SHORT).fr),
    sources,
    checked: typeof checked === 'string' ? checked : '',
    local: true,
    outcomes: list(own(value, 'outcomes'), 'outcomes', (item, where) => {
      if (typeof item !== 'string' || !ID.test(item)) throw new Refused(where, 'must be a finder outcome id');
      return item;
    }),
  } as ServiceEntry;
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
  value.slice(0, MAX_CONTACTS).forEach((item, index) => {
    const rawId = isRecord(item) ? own(item, 'id') : undefined;
    const name = typeof rawId === 'string' && rawId.length <= 64 ? rawId : `#${index + 1}`;
    try {
      const accepted = entry(item, index, known, today);
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
