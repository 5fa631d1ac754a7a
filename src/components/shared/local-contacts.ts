import { html, nothing, type TemplateResult } from 'lit';
import { str } from '../../i18n/str.js';
import type { Msg } from '../../i18n/msg.js';
import { catalogue } from '../../catalogue/catalogue.js';
import { formatProblem } from '../../catalogue/check.js';
import { parseLocalContacts, withLocalContacts } from '../../catalogue/local-contacts.js';
import type { CatalogueData } from '../../catalogue/types.js';
import { warnOnce } from '../../console.js';

export interface LocalContactsSource {
  /** What the contacts were read from, to know when to read again. */
  readonly key: unknown;
  readonly data: CatalogueData;
  readonly refused: number;
}

/**
 * A short notice for the page author when entries were refused, written at
 * render time so it follows the element's language and string overrides.
 */
export function renderLocalNotice(source: LocalContactsSource | undefined, msg: Msg): TemplateResult | typeof nothing {
  const refused = source?.refused ?? 0;
  if (!refused) return nothing;
  return html`<p class="notice" part="notice">
    ${msg(str`${refused} contact(s) local(aux) refusé(s) : la console du navigateur dit pourquoi.`, { id: 'local.refused' })}
  </p>`;
}

/**
 * The catalogue with an element's local contacts: from its `contacts`
 * property, else from a child `<script type="application/json" data-contacts>`
 * (for a list or a card, any child JSON script). Parsed once
 * per input; refused entries are reported in the console once.
 */
export function localContactsSource(
  host: HTMLElement,
  property: unknown,
  cached: LocalContactsSource | undefined,
  tag: string,
): LocalContactsSource {
  // `data-contacts` marks the list of contacts; a list or card also takes a plain JSON script.
  const script =
    host.querySelector(':scope > script[type="application/json"][data-contacts]') ??
    (tag === 'report-finder' ? null : host.querySelector(':scope > script[type="application/json"]'));
  const key = property ?? script?.textContent ?? null;
  if (cached && cached.key === key) return cached;
  if (key === null) return { key, data: catalogue, refused: 0 };
  const { entries, problems } = parseLocalContacts(key, catalogue);
  if (problems.length) {
    const report = problems.map(formatProblem).join('\n  ');
    // Said once per set of refused entries, whichever element reads them first.
    warnOnce(`<${tag}>: local contacts refused:\n  ${report}`, { key: `local contacts refused: ${report}` });
  }
  return { key, data: withLocalContacts(catalogue, entries), refused: problems.length };
}
