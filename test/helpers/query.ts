// What a test may look for inside our elements: only what is public. That is
// the parts documented with `@csspart`, roles and accessible names (a button by
// its label, a heading by its level or text, a link by its name or address, a
// live region, a disclosure by its summary, a form field by its label), the
// visible text, and our own elements nested inside another (by tag, with their
// public attributes). Never a private class or id: the elements' internals may
// change without a test breaking, as long as nothing a person or a page author
// notices changes.
//
// Each query takes a root: an element with a shadow root is searched inside
// its shadow root (not its light DOM), any other element, shadow root or
// document inside itself. `{ deep: true }` also searches the shadow roots of
// the elements found on the way (our elements nested in another), in tree
// order, each nested tree right after its host.
//
// Text is compared whitespace-collapsed and trimmed (a no-break space counts
// as a space). A string matches when the text contains it; a RegExp when it
// matches the text; `exactly(text)` makes the RegExp of the whole text.

/** Where to search, and what to search for. */
export type Root = Element | ShadowRoot | Document | DocumentFragment;
export type Matcher = string | RegExp;
export interface QueryOptions {
  /** Also search the shadow roots of nested elements. */
  deep?: boolean;
}
/** A form field, as labelled. */
export type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const BUTTONS = 'button, [role="button"], input[type="button"], input[type="submit"], input[type="reset"]';
// Every <a>: one without an address is still a link a person sees (and a broken one).
const LINKS = 'a, area[href], [role="link"]';
const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
const LIVE_REGIONS = '[role="status"], [role="alert"], [role="log"], output, [aria-live]:not([aria-live="off"])';
const FIELDS = 'input:not([type="hidden"]), select, textarea';
const NAME_FROM_CONTENT = `${BUTTONS}, ${HEADINGS}, a, summary, legend, caption, label, option, td, th, [role="link"], [role="tab"], [role="option"], [role="menuitem"], [role="checkbox"], [role="radio"], [role="switch"], [role="treeitem"], [role="cell"], [role="tooltip"]`;
const LANDMARKS =
  'main, nav, aside, form, section, [role="main"], [role="navigation"], [role="complementary"], [role="form"], [role="region"], [role="search"]';

/** Text as compared: whitespace (no-break spaces included) collapsed, trimmed. */
export function normalize(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** A matcher for exactly this text (after normalizing), not text that merely contains it. */
export function exactly(text: string): RegExp {
  return new RegExp(`^${normalize(text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

/** Whether a text matches: contains the string, or matches the RegExp. */
export function matches(text: string | null | undefined, matcher: Matcher): boolean {
  const value = normalize(text);
  if (typeof matcher === 'string') return value.includes(normalize(matcher));
  matcher.lastIndex = 0;
  return matcher.test(value);
}

/** The shadow root of one of our elements (an error if it has none yet). */
export function shadow(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`<${element.localName}> has no shadow root`);
  return element.shadowRoot;
}

function scope(root: Root): ParentNode {
  return root instanceof Element && root.shadowRoot ? root.shadowRoot : root;
}

/** Every element matching a public selector (a tag, a role, an ARIA attribute), in tree order. */
function all<T extends Element = HTMLElement>(root: Root, selector: string, options: QueryOptions = {}): T[] {
  const start = scope(root);
  if (!options.deep) return Array.from(start.querySelectorAll<T>(selector));
  const found: T[] = [];
  const visit = (node: ParentNode) => {
    for (const element of Array.from(node.querySelectorAll('*'))) {
      if (element.matches(selector)) found.push(element as T);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(start);
  return found;
}

/** Elements referenced by id from an attribute (`aria-labelledby`, `aria-describedby`, `aria-controls`), in the element's own tree. */
function referenced(element: Element, attribute: string): HTMLElement[] {
  const root = element.getRootNode() as Document | ShadowRoot;
  return (element.getAttribute(attribute) ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => root.getElementById(id))
    .filter((found): found is HTMLElement => found !== null);
}

/** The text a screen reader takes from content: hidden content (`hidden`, `aria-hidden`) left out. */
function contentText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element)) return '';
  if (
    node.hasAttribute('hidden') ||
    node.getAttribute('aria-hidden') === 'true' ||
    ['script', 'style', 'template'].includes(node.localName)
  )
    return '';
  if (node.localName === 'br') return ' ';
  return Array.from(node.childNodes).map(contentText).join('');
}

/**
 * The accessible name, as far as our elements need it: `aria-labelledby`,
 * `aria-label`, a field's `<label>`, a fieldset's `<legend>`, an image's `alt`,
 * else, for a button, link, heading, summary…, its content (visually hidden
 * text included, as a screen reader reads it); '' for an unnamed list, region….
 */
export function accessibleName(element: Element): string {
  const labelledBy = referenced(element, 'aria-labelledby');
  if (labelledBy.length) return normalize(labelledBy.map(contentText).join(' '));
  const label = element.getAttribute('aria-label');
  if (label && normalize(label)) return normalize(label);
  if (
    element instanceof HTMLInputElement ||
    element instanceof HTMLSelectElement ||
    element instanceof HTMLTextAreaElement
  ) {
    const labels = Array.from(element.labels ?? []);
    if (labels.length) return normalize(labels.map(contentText).join(' '));
    return normalize(element.getAttribute('title') ?? element.getAttribute('placeholder'));
  }
  if (element instanceof HTMLFieldSetElement) {
    const legend = element.querySelector(':scope > legend');
    if (legend) return normalize(contentText(legend));
  }
  if (element instanceof HTMLImageElement) return normalize(element.alt);
  // Only some roles take their name from their content (a list or a region does not).
  return element.matches(NAME_FROM_CONTENT) ? normalize(contentText(element)) : '';
}

/** What `aria-describedby` points to. */
export function describedBy(element: Element): HTMLElement[] {
  return referenced(element, 'aria-describedby');
}

/** The accessible description: the text of what `aria-describedby` points to. */
export function description(element: Element): string {
  return normalize(describedBy(element).map(contentText).join(' '));
}

/** What a control's `aria-controls` points to (the content a disclosure button shows or hides). */
export function controlled(element: Element): HTMLElement | null {
  return referenced(element, 'aria-controls')[0] ?? null;
}

const named = <T extends Element>(elements: T[], name: Matcher | undefined): T[] =>
  name === undefined ? elements : elements.filter((element) => matches(accessibleName(element), name));

/** Every element exposed as the part `name` (a documented `@csspart`). */
export function parts<T extends Element = HTMLElement>(root: Root, name: string, options?: QueryOptions): T[] {
  return all<T>(root, `[part~="${CSS.escape(name)}"]`, options);
}

/** The first element exposed as the part `name`, or the first whose accessible name also matches `accessibleNameMatch`. */
export function part<T extends Element = HTMLElement>(
  root: Root,
  name: string,
  accessibleNameMatch?: Matcher,
  options?: QueryOptions,
): T | null {
  return named(parts<T>(root, name, options), accessibleNameMatch)[0] ?? null;
}

/** Every button (role button), in tree order. */
export function buttons<T extends HTMLElement = HTMLButtonElement>(root: Root, options?: QueryOptions): T[] {
  return all<T>(root, BUTTONS, options);
}

/** The first button whose accessible name matches (its label, visually hidden words included). */
export function button<T extends HTMLElement = HTMLButtonElement>(
  root: Root,
  name: Matcher,
  options?: QueryOptions,
): T | null {
  return named(buttons<T>(root, options), name)[0] ?? null;
}

/** Every link, in tree order (every `<a>`, with or without an address). */
export function links<T extends HTMLElement = HTMLAnchorElement>(root: Root, options?: QueryOptions): T[] {
  return all<T>(root, LINKS, options);
}

/** The first link whose accessible name matches. */
export function link<T extends HTMLElement = HTMLAnchorElement>(
  root: Root,
  name: Matcher,
  options?: QueryOptions,
): T | null {
  return named(links<T>(root, options), name)[0] ?? null;
}

/** The first link to an address: `href` as written, exactly (a string) or matching (a RegExp). */
export function linkTo<T extends HTMLElement = HTMLAnchorElement>(
  root: Root,
  href: string | RegExp,
  options?: QueryOptions,
): T | null {
  return (
    links<T>(root, options).find((element) => {
      const value = element.getAttribute('href');
      if (value === null) return false;
      return typeof href === 'string' ? value === href : ((href.lastIndex = 0), href.test(value));
    }) ?? null
  );
}

/** The level of a heading (`<hN>` or `role="heading"` with `aria-level`). */
export function headingLevel(element: Element): number | undefined {
  const level = /^h([1-6])$/.exec(element.localName)?.[1] ?? element.getAttribute('aria-level');
  return level ? Number(level) : undefined;
}

/** Every heading, in tree order. */
export function headings<T extends HTMLElement = HTMLHeadingElement>(root: Root, options?: QueryOptions): T[] {
  return all<T>(root, HEADINGS, options);
}

/** The first heading: of this level (a number), or whose text matches, or the first of all. */
export function heading<T extends HTMLElement = HTMLHeadingElement>(
  root: Root,
  levelOrName?: number | Matcher,
  options?: QueryOptions,
): T | null {
  const found = headings<T>(root, options);
  if (typeof levelOrName === 'number') return found.find((element) => headingLevel(element) === levelOrName) ?? null;
  return named(found, levelOrName)[0] ?? null;
}

/** Every live region (`role="status"`, `alert`, `log`, `<output>`, `aria-live`). */
export function liveRegions<T extends HTMLElement = HTMLElement>(root: Root, options?: QueryOptions): T[] {
  return all<T>(root, LIVE_REGIONS, options);
}

/** The first live region, or the first whose current text matches. */
export function liveRegion<T extends HTMLElement = HTMLElement>(
  root: Root,
  text?: Matcher,
  options?: QueryOptions,
): T | null {
  return (
    liveRegions<T>(root, options).find((region) => text === undefined || matches(region.textContent, text)) ?? null
  );
}

/** Every disclosure (`<details>`), in tree order. */
export function disclosures(root: Root, options?: QueryOptions): HTMLDetailsElement[] {
  return all<HTMLDetailsElement>(root, 'details', options);
}

/** The `<summary>` of a disclosure: what a person reads, focuses and clicks to open it. */
export function summary(details: HTMLDetailsElement): HTMLElement {
  const found = details.querySelector<HTMLElement>(':scope > summary');
  if (!found) throw new Error('a <details> without <summary>');
  return found;
}

/** The first disclosure whose summary's text matches. */
export function disclosure(root: Root, summaryText: Matcher, options?: QueryOptions): HTMLDetailsElement | null {
  return disclosures(root, options).find((details) => matches(summary(details).textContent, summaryText)) ?? null;
}

/** Every form field (input, select, textarea), in tree order. */
export function fields<T extends Field = HTMLInputElement>(root: Root, options?: QueryOptions): T[] {
  return all<T>(root, FIELDS, options);
}

/** The first form field whose label (its `<label>`, `aria-label` or `aria-labelledby`) matches. */
export function field<T extends Field = HTMLInputElement>(
  root: Root,
  label: Matcher,
  options?: QueryOptions,
): T | null {
  return named(fields<T>(root, options), label)[0] ?? null;
}

/** The first group of fields (`<fieldset>` or `role="group"`) whose name (its `<legend>`) matches. */
export function group(root: Root, name: Matcher, options?: QueryOptions): HTMLElement | null {
  return named(all(root, 'fieldset, [role="group"]', options), name)[0] ?? null;
}

/** The first landmark or named region (`<nav>`, a labelled `<section>`, `role="region"`…) whose name matches. */
export function landmark(root: Root, name: Matcher, options?: QueryOptions): HTMLElement | null {
  return named(all(root, LANDMARKS, options), name)[0] ?? null;
}

/** Every item of a list (`<li>`, `role="listitem"`), in tree order. */
export function listItems(root: Root, options?: QueryOptions): HTMLElement[] {
  return all(root, 'li, [role="listitem"]', options);
}

/**
 * The innermost element whose text matches (as a person finds words on the
 * screen): none of its child elements' text matches too. The root itself
 * counts when it is an element without a shadow root. With a string, the
 * element containing it; with `exactly(…)` or a RegExp, the whole text.
 */
export function byText<T extends HTMLElement = HTMLElement>(
  root: Root,
  text: Matcher,
  options?: QueryOptions,
): T | null {
  // An element without a shadow root is a candidate itself (the text may be its own).
  const candidates =
    root instanceof Element && !root.shadowRoot
      ? [root as T, ...all<T>(root, '*', options)]
      : all<T>(root, '*', options);
  const found = candidates.filter(
    (element) => !['script', 'style', 'template'].includes(element.localName) && matches(element.textContent, text),
  );
  return found.find((element) => !found.some((other) => other !== element && element.contains(other))) ?? null;
}

/** The first of our elements nested inside another (by its public tag). */
export function nested<K extends keyof HTMLElementTagNameMap>(
  root: Root,
  tag: K,
  options?: QueryOptions,
): HTMLElementTagNameMap[K] | null {
  return all<HTMLElementTagNameMap[K]>(root, tag, options)[0] ?? null;
}

/** Every one of our elements of this tag nested inside another. */
export function nestedAll<K extends keyof HTMLElementTagNameMap>(
  root: Root,
  tag: K,
  options?: QueryOptions,
): HTMLElementTagNameMap[K][] {
  return all<HTMLElementTagNameMap[K]>(root, tag, options);
}

/** The element that has the focus, through shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * The service a link reaches, as the host page learns it: the `serviceId` of
 * the `guichet-link-follow` event fired when the link is followed (the
 * navigation itself is cancelled). Undefined when no event comes.
 */
export function followedService(linkElement: HTMLElement): string | undefined {
  let serviceId: string | undefined;
  const listen = (event: Event) => (serviceId = (event as CustomEvent<{ serviceId: string }>).detail.serviceId);
  const stay = (event: Event) => event.preventDefault();
  document.addEventListener('guichet-link-follow', listen);
  linkElement.addEventListener('click', stay);
  try {
    linkElement.click();
  } finally {
    document.removeEventListener('guichet-link-follow', listen);
    linkElement.removeEventListener('click', stay);
  }
  return serviceId;
}

/** The text of an element's shadow tree, flattened (nested shadow roots included), whitespace collapsed. */
export function shadowText(element: Element): string {
  const texts: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) texts.push(node.textContent ?? '');
    const el = node as Element;
    if (el.shadowRoot) visit(el.shadowRoot);
    node.childNodes.forEach(visit);
  };
  visit(element.shadowRoot ?? element);
  return texts.join(' ').replace(/\s+/g, ' ').trim();
}
