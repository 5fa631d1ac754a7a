/**
 * What the generated readers of host data (src/generated/local-contact-reader.ts, from
 * data/local-contacts.schema.json by scripts/contract.mjs) call: the refusal that names a field,
 * own properties only, and the small readers the generated code is made of (decision 0034); the checks
 * written by hand, which the schema names by `format`, are in src/catalogue/contact-formats.ts.
 */

/** Thrown when a value is refused: the field it was found at, and why. */
export class Refused extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** The refusal of the value at `field` (the entry itself when the field is empty). */
export function refuse(field: string, message: string): Refused {
  return new Refused(field || '(entry)', message);
}

/** The field of `key` inside `field`. */
export function at(field: string, key: string): string {
  return field ? `${field}.${key}` : key;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads an own property only: nothing from a prototype, whatever the keys. */
export function own(record: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** A reader: a value at a field, read in a context (what the formats check against); throws a refusal. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Reader = (value: unknown, field: string, context: any) => unknown;

function check(ok: boolean, value: unknown, field: string, message: string): unknown {
  if (!ok) throw refuse(field, message);
  return value;
}

/** A string, of the pattern, at most `max` characters. */
export const string =
  (message: string, pattern?: RegExp, max = Infinity): Reader =>
  (value, field) =>
    check(typeof value === 'string' && (!pattern || pattern.test(value)) && value.length <= max, value, field, message);

/** A whole number from `min` to `max`. */
export const integer =
  (message: string, min: number, max: number): Reader =>
  (value, field) =>
    check(Number.isInteger(value) && (value as number) >= min && (value as number) <= max, value, field, message);

/** One of a few values. */
export const among =
  (message: string, values: readonly unknown[]): Reader =>
  (value, field) =>
    check(values.includes(value), value, field, message);

/** A format (a check written by hand), told the schema's options, after the shape's own reader. */
export const format =
  (
    read: (value: unknown, field: string, context: never, options?: object) => unknown,
    options?: object,
    inner?: Reader,
  ): Reader =>
  (value, field, context) =>
    read(inner ? inner(value, field, context) : value, field, context as never, options);

/**
 * How an object's property is read: its key, its reader, whether it is required (1), optional (0),
 * has a default (`d`) or takes another property's value (`s`) when absent, and whether a refusal
 * names the object's field rather than its own.
 */
export type Property = readonly [
  key: string,
  read: Reader,
  how?: 0 | 1 | { readonly d: unknown } | { readonly s: string },
  atParent?: 1,
];

/**
 * An object, its known properties read in order (others left out); a value that is not an object
 * stands for `{ [shorthand]: value }` when the schema says so; `after` reads the whole.
 */
export const record =
  (message: string, properties: readonly Property[], shorthand?: string, after?: Reader): Reader =>
  (value, field, context) => {
    if (!isRecord(value)) {
      if (shorthand === undefined) throw refuse(field, message);
      value = { [shorthand]: value };
    }
    const read: Record<string, unknown> = {};
    for (const [key, reader, how = 0, atParent] of properties) {
      let item = own(value as Record<string, unknown>, key);
      if (item === undefined) {
        if (how === 0) continue;
        if (how !== 1) item = 'd' in how ? how.d : read[how.s];
      }
      read[key] = reader(item, atParent ? field : at(field, key), context);
    }
    return after ? after(read, field, context) : read;
  };

/** At least `min` properties that hold something (an empty list holds nothing). */
export const least =
  (min: number, message: string): Reader =>
  (value, field) =>
    check(
      Object.values(value as object).filter((item) => !(Array.isArray(item) && item.length === 0)).length >= min,
      value,
      field,
      message,
    );

/**
 * A list of at most `max` items, each read by `item`; at least `min`. With `whole`, every problem
 * is the list's, with `message`; repeated items are kept once when `unique`.
 */
export const list =
  (max: number, item: Reader, min = 0, message = '', whole = 0, unique = 0): Reader =>
  (value, field, context) => {
    if (!Array.isArray(value)) throw refuse(field, whole ? message : 'must be a list');
    if (value.length > max) throw refuse(field, whole ? message : `has more than ${max} items`);
    const items = value.map((each, index) => item(each, whole ? field : `${field}[${index}]`, context));
    if (items.length < min) throw refuse(field, message);
    return unique ? [...new Set(items)] : items;
  };

/** The form (one of the schema's `oneOf`) whose telling property passes its test. */
export const pick =
  (message: string, forms: readonly [key: string, test: (item: unknown) => boolean, read: Reader][]): Reader =>
  (value, field, context) => {
    for (const [key, test, read] of forms)
      if (isRecord(value) && test(own(value, key))) return read(value, field, context);
    throw refuse(field, message);
  };
