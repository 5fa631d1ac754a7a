import { html, type TemplateResult } from 'lit';
import type { Msg } from '../../i18n/msg.js';
import type { Locale } from '../../i18n/locales.js';
import { isOpenAt } from '../../catalogue/hours.js';
import type { Hours, LocalizedText } from '../../catalogue/types.js';
import { renderHeading } from './heading.js';
import { localizeMarked } from './french-names.js';

// Small pieces of markup that several elements render the same way.

/** A section under its own heading (`<section class="section">`), the heading at `level` (with an id, and focusable, when given). */
export function renderSection(
  level: number,
  title: string,
  content: unknown,
  heading: { id?: string; focusable?: boolean } = {},
): TemplateResult {
  return html`<section class="section">${renderHeading(level, title, heading)} ${content}</section>`;
}

/** Texts as a bulleted list, in `locale` (French service names marked as French). */
export function renderTextList(items: readonly LocalizedText[], locale: Locale): TemplateResult {
  return html`<ul>
    ${items.map((item) => html`<li>${localizeMarked(item, locale)}</li>`)}
  </ul>`;
}

/** "Open now" or "Closed now" for published hours at an instant (`.status.open`, `.status.closed`, see `openStatusStyles`). */
export function renderOpenStatus(hours: Hours | undefined, now: Date, msg: Msg): TemplateResult {
  const open = isOpenAt(hours, now);
  return html`<span class="status ${open ? 'open' : 'closed'}"
    >${open ? msg('Ouvert en ce moment', { id: 'hours.openNow' }) : msg('Fermé en ce moment', { id: 'hours.closedNow' })}</span
  >`;
}
