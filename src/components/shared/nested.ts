import { html as staticHtml, type StaticValue } from 'lit/static-html.js';
import type { TemplateResult } from 'lit';
import type { StringOverrides } from '../../i18n/msg.js';
import type { CatalogueData } from '../../catalogue/types.js';
import type { Theme } from './color-scheme.js';

/** What an element passes on to the elements it renders (cards, a list, a finder), so that they look and read like it. */
export interface PassedOn {
  /** The theme in effect (the element's own or the page's): one reading per element the page placed. */
  readonly theme: Theme;
  readonly newWindow: boolean;
  readonly strings: StringOverrides | undefined;
}

/** One card of a list of cards (`<li>`), rendered under `tag` (see `ownTag`) with what its element passes on. */
export function renderCardItem(
  tag: StaticValue,
  passed: PassedOn,
  card: {
    readonly service: string;
    readonly variant: 'full' | 'compact';
    readonly level: number;
    readonly data: CatalogueData;
  },
): TemplateResult {
  return staticHtml`<li>
    <${tag}
      variant=${card.variant}
      service=${card.service}
      .headingLevel=${card.level}
      .theme=${passed.theme}
      ?new-window=${passed.newWindow}
      .strings=${passed.strings}
      .data=${card.data}
    ></${tag}>
  </li>`;
}
