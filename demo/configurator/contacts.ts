// Local contacts as a form: the configuration keeps them as JSON text (the
// form and the "Edit as JSON" view edit that same text); these pure functions
// read it as a list of contacts, change one field of one contact, and say which
// field of which contact the element would refuse, with the element's own check
// (parseLocalContacts). Fields the form does not show (hours, e-mail, notes…)
// are kept as they are.
import { catalogue } from '../../src/catalogue/catalogue.js';
import { parseLocalContacts } from '../../src/catalogue/local-contacts.js';

export type ContactRecord = Record<string, unknown>;

/** What the form shows of a contact. */
export interface ContactForm {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
  readonly summary: string;
  readonly phone: string;
  readonly phoneDisplay: string;
  readonly url: string;
  readonly categories: readonly string[];
  readonly outcomes: readonly string[];
  /** Département codes, separated by commas (empty: national). */
  readonly departments: string;
}

/** Where a problem is shown: next to a field, or for the contact as a whole. */
export type ContactSpot =
  | 'id'
  | 'kind'
  | 'name'
  | 'summary'
  | 'phone'
  | 'url'
  | 'access'
  | 'categories'
  | 'outcomes'
  | 'departments'
  | 'contact';

export interface ContactFieldProblem {
  readonly spot: ContactSpot;
  /** The field as the element names it, e.g. `access.phones[0]`. */
  readonly field: string;
  readonly message: string;
}

/** As many as the element reads. */
export const MAX_FORM_CONTACTS = 50;

const isRecord = (value: unknown): value is ContactRecord =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The contacts as a list the form can edit: empty text is none; a list of
 * objects (or `{ "contacts": [...] }`) is read; anything else (invalid JSON, a
 * list of something else) is `undefined`: only the JSON view can edit it.
 */
export function readContacts(text: string): ContactRecord[] | undefined {
  if (!text.trim()) return [];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (isRecord(value) && Array.isArray(value.contacts)) value = value.contacts;
  return Array.isArray(value) && value.every(isRecord) ? value : undefined;
}

/** The list as the configuration keeps it: indented JSON, empty for none. */
export function writeContacts(list: readonly ContactRecord[]): string {
  return list.length ? JSON.stringify(list, null, 2) : '';
}

const plain = (value: unknown): string =>
  typeof value === 'string' ? value : isRecord(value) && typeof value.fr === 'string' ? value.fr : '';
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
const access = (record: ContactRecord): ContactRecord => (isRecord(record.access) ? record.access : {});
const firstPhone = (record: ContactRecord): ContactRecord => {
  const phones = access(record).phones;
  return Array.isArray(phones) && isRecord(phones[0]) ? phones[0] : {};
};

export function formOf(record: ContactRecord): ContactForm {
  const phone = firstPhone(record);
  const website = access(record).website;
  const availability = isRecord(record.availability) ? record.availability : {};
  return {
    id: typeof record.id === 'string' ? record.id : '',
    kind: typeof record.kind === 'string' ? record.kind : '',
    name: plain(record.name),
    summary: plain(record.summary),
    phone: typeof phone.number === 'string' ? phone.number : '',
    phoneDisplay: typeof phone.display === 'string' ? phone.display : '',
    url:
      typeof website === 'string' ? website : isRecord(website) && typeof website.url === 'string' ? website.url : '',
    categories: strings(record.categories),
    outcomes: strings(record.outcomes),
    departments: strings(availability.departments).join(', '),
  };
}

/** A new contact: what the element needs, to be filled in. */
export const blankContact = (): ContactRecord => ({
  id: '',
  kind: 'phone-line',
  categories: ['help-support'],
  name: '',
  summary: '',
  access: {},
});

/** The contact with one field of the form changed; everything else kept. */
export function withField<K extends keyof ContactForm>(
  record: ContactRecord,
  field: K,
  value: ContactForm[K],
): ContactRecord {
  const next: ContactRecord = { ...record };
  const setText = (key: 'name' | 'summary', text: string) => {
    // A text given in both languages keeps its English; the form edits the French.
    next[key] = isRecord(record[key]) ? { ...record[key], fr: text } : text;
  };
  const setAccess = (patch: (draft: ContactRecord) => void) => {
    const draft = { ...access(record) };
    patch(draft);
    next.access = draft;
  };
  switch (field) {
    case 'id':
    case 'kind':
      next[field] = value;
      break;
    case 'name':
    case 'summary':
      setText(field, value as string);
      break;
    case 'phone':
    case 'phoneDisplay': {
      const form = formOf(record);
      const number = field === 'phone' ? (value as string) : form.phone;
      const display = field === 'phoneDisplay' ? (value as string) : form.phoneDisplay;
      setAccess((draft) => {
        const others = Array.isArray(draft.phones) ? draft.phones.slice(1) : [];
        const first: ContactRecord = { ...firstPhone(record), number, display };
        if (!display) delete first.display;
        const phones = number || display ? [first, ...others] : others;
        if (phones.length) draft.phones = phones;
        else delete draft.phones;
      });
      break;
    }
    case 'url':
      setAccess((draft) => {
        if (value) draft.website = { url: value };
        else delete draft.website;
      });
      break;
    case 'categories':
      next.categories = [...(value as readonly string[])];
      break;
    case 'outcomes':
      if ((value as readonly string[]).length) next.outcomes = [...(value as readonly string[])];
      else delete next.outcomes;
      break;
    case 'departments': {
      const codes = (value as string)
        .split(/[\s,;]+/)
        .map((code) => code.trim().toUpperCase())
        .filter(Boolean);
      if (codes.length) next.availability = { departments: codes };
      else delete next.availability;
      break;
    }
  }
  return next;
}

/** Where the form shows a problem the element reports on a field. */
export function spotOf(field: string): ContactSpot {
  const root = field.split(/[.[]/)[0];
  if (field === 'access') return 'access';
  if (field.startsWith('access.phones')) return 'phone';
  if (field.startsWith('access.website')) return 'url';
  if (root === 'availability') return 'departments';
  if (['id', 'kind', 'name', 'summary', 'categories', 'outcomes'].includes(root)) return root as ContactSpot;
  return 'contact';
}

/**
 * The element's verdict on each contact, in order: `undefined` when accepted,
 * else the reason. The element reads the list in order (an id already used by
 * an earlier contact is refused), so each contact is checked after those
 * before it, with parseLocalContacts itself.
 */
export function contactVerdicts(list: readonly ContactRecord[]): (ContactFieldProblem | undefined)[] {
  let accepted = 0;
  return list.slice(0, MAX_FORM_CONTACTS).map((_, index) => {
    const { entries, problems } = parseLocalContacts(list.slice(0, index + 1), catalogue);
    if (entries.length > accepted) {
      accepted = entries.length;
      return undefined;
    }
    const problem = problems[problems.length - 1];
    return problem && { spot: spotOf(problem.field), field: problem.field, message: problem.message };
  });
}
