/**
 * What the generated readers of host data (src/generated/local-contact-reader.ts, from
 * data/local-contacts.schema.json by scripts/contract.mjs) call: the refusal that names a field,
 * own properties only, and the hooks that carry the checks written by hand (decision 0034).
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

/** What a hook is told by the schema: the longest text accepted, and the message of a refusal. */
export interface HookOptions {
  readonly maxLength?: number;
  readonly message?: string;
}

/** The semantic checks, by the `format` the schema names: each returns the value as kept, or throws. */
export type Hooks = Readonly<Record<string, (value: unknown, field: string, options: HookOptions) => unknown>>;
