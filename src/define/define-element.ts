import { VERSION } from '../version.js';
import { privateTagOf, type ComposedTag } from '../components/shared/own-tag.js';

interface MarkedConstructor extends CustomElementConstructor {
  guichetSecuriteVersion?: string;
}

/**
 * Registers a custom element without ever throwing:
 * - the tag is free: it is defined;
 * - the same class already holds it, or another copy of this library does
 *   (the drop-in loaded twice): nothing happens;
 * - a foreign class holds it: one console warning, and the rest of the
 *   library keeps working.
 *
 * Returns whether `ctor` now serves the tag (or an equivalent copy of it does).
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): boolean {
  try {
    const registry = globalThis.customElements;
    if (!registry) return false;
    const existing = registry.get(tag) as MarkedConstructor | undefined;
    if (!existing) {
      registry.define(tag, ctor);
      return true;
    }
    if (existing === ctor) return true;
    if (existing.guichetSecuriteVersion) {
      if (existing.guichetSecuriteVersion !== VERSION) {
        console.info(
          `[guichet-securite] <${tag}> is already defined by guichet-securite ${existing.guichetSecuriteVersion}; this copy (${VERSION}) uses it.`,
        );
      }
      return true;
    }
    console.warn(
      `[guichet-securite] <${tag}> is already defined by another script on this page, so guichet-securite's <${tag}> is not registered. The library's other elements still work.`,
    );
    return false;
  } catch (error) {
    console.warn(`[guichet-securite] <${tag}> could not be registered.`, error);
    return false;
  }
}

/**
 * Registers `ctor` under its public tag; when another library already owns that
 * tag, registers a subclass under the library's private tag instead, so this
 * library's elements that render it (a finder's cards) keep rendering its own.
 * Done at load time: the drop-in removes Lit's globals afterwards, and a Lit
 * class cannot be defined without them.
 */
export function defineComposed(tag: ComposedTag, ctor: CustomElementConstructor): void {
  if (defineElement(tag, ctor)) return;
  const privateTag = privateTagOf(tag);
  try {
    if (!globalThis.customElements.get(privateTag)) {
      globalThis.customElements.define(privateTag, class extends (ctor as unknown as typeof HTMLElement) {} as CustomElementConstructor);
    }
  } catch (error) {
    console.warn(`[guichet-securite] <${privateTag}> could not be registered.`, error);
  }
}
