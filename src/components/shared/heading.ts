// Static tags from lit/static-html are the documented way to choose a tag name; the Lit lint rules do not know them.
/* eslint-disable lit/binding-positions, lit/no-invalid-html */
import { html, literal, type StaticValue } from 'lit/static-html.js';
import type { TemplateResult } from 'lit';

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
    id=${options.id ?? ''}
    class=${options.className ?? ''}
    part=${options.part ?? ''}
    tabindex=${options.focusable ? '-1' : ''}
  >${content}</${tag}>`;
}
