/**
 * Each element class of this library carries the library's version as a static
 * `guichetSecuriteVersion` (set once, on `GuichetElement`), so that the guarded
 * registration (`src/define/define-element.ts`) and the elements that render
 * others (`own-tag.ts`) recognise a class of another copy of the library on the page.
 */
export interface VersionMarked {
  readonly guichetSecuriteVersion?: unknown;
}

/** The guichet-securite version that made `ctor`, or `undefined` for another script's class (or none). */
export function markedVersion(ctor: unknown): string | undefined {
  const version = (ctor as VersionMarked | null | undefined)?.guichetSecuriteVersion;
  return typeof version === 'string' ? version : undefined;
}
