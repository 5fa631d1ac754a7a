// Static tags from lit/static-html are the documented way to choose a tag name; the Lit lint rules do not know them.
/* eslint-disable lit/binding-positions, lit/no-invalid-html */
import { html, literal, type StaticValue } from 'lit/static-html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';

const TAGS: Record<number, StaticValue> = {
  1: literal`h1`,
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
};

/** A heading level kept within 1–6 (a page author may pass anything in an attribute). */
export function clampHeadingLevel(level: unknown, fallback = 3): number {
  const value = Math.round(Number(level));
  return Number.isFinite(value) ? Math.min(6, Math.max(1, value)) : fallback;
}

/** A real `<hN>` element, so the element fits the host page's outline. */
export function renderHeading(
  level: number,
  content: unknown,
  options: { id?: string; className?: string; part?: string; focusable?: boolean } = {},
): TemplateResult {
  const tag = TAGS[clampHeadingLevel(level)];
  return html`<${tag}
    id=${ifDefined(options.id || undefined)}
    class=${ifDefined(options.className || undefined)}
    part=${ifDefined(options.part || undefined)}
    tabindex=${ifDefined(options.focusable ? '-1' : undefined)}
  >${content}</${tag}>`;
}

const HEADING = /^H([1-6])$/;

/**
 * One level below the nearest heading before `element` in the page (`<h1>`…`<h6>`
 * or `role="heading"` with `aria-level`), so an element placed under an `<h1>`
 * starts at `<h2>`; 2 when there is none.
 */
export function levelBelowPreviousHeading(element: Element): number {
  const root = element.getRootNode() as Node;
  const walker = (element.ownerDocument ?? document).createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  walker.currentNode = element;
  // A page of thousands of elements without a heading is not worth walking to its start.
  for (let node = walker.previousNode(), seen = 0; node && seen < 5000; node = walker.previousNode(), seen += 1) {
    const heading = node as Element;
    const level =
      HEADING.exec(heading.tagName)?.[1] ??
      (heading.getAttribute('role') === 'heading' ? heading.getAttribute('aria-level') : null);
    const value = Number(level);
    if (level && value >= 1 && value <= 6) return Math.min(6, value + 1);
  }
  return 2;
}

type HeadedHost = ReactiveControllerHost & HTMLElement & { headingLevel?: number | undefined };

/** The heading level an element uses: its own `heading-level`, else one below the page's nearest heading before it (read at the first update after it connects). */
export class HeadingLevelController implements ReactiveController {
  /**
   * One below the page's nearest heading before the element: walked at the first update after it
   * connects, so never for an element given its level (the cards of a list or a finder).
   */
  private readPageLevel: number | undefined;

  constructor(private readonly host: HeadedHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.readPageLevel = undefined;
  }

  /** Before each render: the page walked once per connection, only when the element's own level does not say. */
  hostUpdate(): void {
    if (this.readPageLevel === undefined && !Number.isFinite(Math.round(Number(this.host.headingLevel ?? NaN))))
      this.readPageLevel = levelBelowPreviousHeading(this.host);
  }

  private get pageLevel(): number {
    return this.readPageLevel ?? 2;
  }

  get level(): number {
    const own = this.host.headingLevel;
    if (own === undefined || own === null) return this.pageLevel;
    // A valid level needs no fallback: the page is not walked.
    const value = Math.round(Number(own));
    return Number.isFinite(value) ? clampHeadingLevel(value) : this.pageLevel;
  }
}
