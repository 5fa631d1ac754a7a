// Static tags from lit/static-html are the documented way to choose a tag name at run time.
import { unsafeStatic, type StaticValue } from 'lit/static-html.js';
import { markedVersion } from './version-marker.js';

const chosen = new Map<string, StaticValue>();

/** The elements this library renders inside its other elements. */
export type ComposedTag = 'service-card' | 'service-list' | 'emergency-numbers';

/** The private tag of a composed element, used when another library owns the public one. */
export function privateTagOf(tag: ComposedTag): string {
  return `guichet-securite-${tag}`;
}

/**
 * Defines a subclass of `ctor` under the private tag of `tag`, unless that tag is
 * already defined; returns the private tag. Throws what the registry throws.
 */
export function definePrivateTag(tag: ComposedTag, ctor: CustomElementConstructor): string {
  const privateName = privateTagOf(tag);
  if (!globalThis.customElements.get(privateName)) {
    globalThis.customElements.define(
      privateName,
      class extends (ctor as unknown as typeof HTMLElement) {} as CustomElementConstructor,
    );
  }
  return privateName;
}

/**
 * The tag under which this library's element `ctor` can be rendered by another
 * of its elements: the public tag when the page's registry holds this class (or
 * another copy of this library), or nothing holds it yet; otherwise, when another
 * library owns the public tag, a private tag (`guichet-securite-<tag>`) defined
 * for a subclass (by the define modules when they find the tag taken, or here on
 * first use). A finder's cards are then always this library's cards, whatever
 * the page registered.
 *
 * Only the library's own constant tag names reach `unsafeStatic`.
 */
export function ownTag(tag: ComposedTag, ctor: CustomElementConstructor): StaticValue {
  const registry = globalThis.customElements;
  const existing = registry?.get(tag);
  if (!registry || !existing || existing === ctor || markedVersion(existing)) return publicTag(tag);
  const privateName = privateTagOf(tag);
  let value = chosen.get(privateName);
  if (!value) {
    try {
      definePrivateTag(tag, ctor);
    } catch {
      // Not definable now (the drop-in defines it at load time, see define/): the public tag is all there is.
      return publicTag(tag);
    }
    value = unsafeStatic(privateName);
    chosen.set(privateName, value);
  }
  return value;
}

function publicTag(tag: string): StaticValue {
  let value = chosen.get(tag);
  if (!value) {
    value = unsafeStatic(tag);
    chosen.set(tag, value);
  }
  return value;
}
