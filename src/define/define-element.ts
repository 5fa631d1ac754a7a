import { VERSION } from '../version.js';
import { say } from '../console.js';
import { markedVersion } from '../components/shared/version-marker.js';
import { definePrivateTag, privateTagOf, type ComposedTag } from '../components/shared/own-tag.js';

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
    const existing = registry.get(tag);
    if (!existing) {
      registry.define(tag, ctor);
      return true;
    }
    if (existing === ctor) return true;
    const version = markedVersion(existing);
    if (version) {
      if (version !== VERSION)
        say('info', `<${tag}> is already defined by guichet-securite ${version}; this copy (${VERSION}) uses it.`);
      return true;
    }
    say(
      'warn',
      `<${tag}> is already defined by another script on this page, so guichet-securite's <${tag}> is not registered. The library's other elements still work.`,
    );
    return false;
  } catch (error) {
    say('warn', `<${tag}> could not be registered.`, error);
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
  try {
    definePrivateTag(tag, ctor);
  } catch (error) {
    say('warn', `<${privateTagOf(tag)}> could not be registered.`, error);
  }
}
