import { html, nothing, type TemplateResult } from 'lit';
import { str } from '../../i18n/str.js';
import type { Msg } from '../../i18n/msg.js';

/** A notice for the page author when the element's own lang is not available. */
export function renderLanguageNotice(requested: string | null, msg: Msg): TemplateResult | typeof nothing {
  if (!requested) return nothing;
  return html`<p class="notice" part="notice">
    ${msg(str`La langue « ${requested} » n'est pas disponible : affichage en français.`, { id: 'notice.language' })}
  </p>`;
}
