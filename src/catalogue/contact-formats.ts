import type { Label, LocalizedText } from './types.js';
import { checkPhone, isHttpsUrl } from './check.js';
import { isRecord, own, refuse } from './read.js';

/**
 * The checks data/local-contacts.schema.json names by `format`, which a shape cannot say: ids not
 * taken, the catalogue's kinds and categories, https: addresses, dialable phones, dates not in the
 * future, opening before closing, texts trimmed and well formed. The generated reader
 * (src/generated/local-contact-reader.ts) calls them once the shape is read (decision 0034); the
 * WordPress plugin has their PHP twins (includes/class-guichet-securite-contacts.php).
 */
export interface FormatContext {
  /** Ids already taken: the catalogue's and the contacts read before. */
  readonly ids: Set<string>;
  readonly kinds: readonly Label[];
  readonly categories: readonly Label[];
  /** `YYYY-MM-DD`. */
  readonly today: string;
}

/** What the schema tells a format: the longest text accepted, and the message of a refusal. */
export interface FormatOptions {
  readonly maxLength?: number;
  readonly message?: string;
}

/** Replaces lone surrogates (broken Unicode) with U+FFFD. */
function wellFormed(value: string): string {
  return value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** A text, or { fr, en } (English defaults to French): trimmed, not empty, at most `maxLength` characters. */
export function text(
  value: unknown,
  field: string,
  _context: FormatContext,
  { maxLength = 600 }: FormatOptions = {},
): LocalizedText {
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

/** A search word: a text, kept in French. */
export function alias(value: unknown, field: string, context: FormatContext, options?: FormatOptions): string {
  return text(value, field, context, options).fr;
}

export function newId(id: unknown, field: string, context: FormatContext, _options?: FormatOptions): unknown {
  if (context.ids.has(id as string)) throw refuse(field, `"${id as string}" is already used`);
  return id;
}

function oneOf(value: unknown, field: string, labels: readonly Label[]): unknown {
  if (typeof value !== 'string' || !labels.some((label) => label.id === value))
    throw refuse(field, `must be one of ${labels.map((label) => label.id).join(', ')}`);
  return value;
}

export function kind(value: unknown, field: string, context: FormatContext): unknown {
  return oneOf(value, field, context.kinds);
}

export function category(value: unknown, field: string, context: FormatContext): unknown {
  return oneOf(value, field, context.categories);
}

export function httpsUrl(
  value: unknown,
  field: string,
  _context: FormatContext,
  { message = '' }: FormatOptions = {},
): unknown {
  if (!isHttpsUrl(value)) throw refuse(field, message);
  return value;
}

/** A phone that dials what it shows. */
export function phone(value: unknown, field: string, _context?: FormatContext): unknown {
  const problems = checkPhone(value as { number: string; display: string });
  if (problems.length) throw refuse(field, problems[0]);
  return value;
}

/** A date (the schema checked its form) not after today. */
export function notFuture(value: unknown, field: string, context: FormatContext): unknown {
  if ((value as string) > context.today) throw refuse(field, 'must be a date (YYYY-MM-DD), not in the future');
  return value;
}

export function openingRange(value: unknown, field: string, _context?: FormatContext): unknown {
  const range = value as { opens: string; closes: string };
  if (range.opens >= range.closes) throw refuse(field, 'opens and closes must be HH:MM, opens before closes');
  return value;
}
