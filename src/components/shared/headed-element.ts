import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { GuichetElement } from './guichet-element.js';
import { HeadingLevelController } from './heading.js';
import type { PassedOn } from './nested.js';

// The two other classes of an element's anatomy (see guichet-element.ts), in a module of their own:
// an element without headings (<quick-exit>) imported alone carries neither them nor the heading code.

/** An element with headings of its own: `heading-level`, read through HeadingLevelController. */
export abstract class HeadedElement extends GuichetElement {
  protected readonly headings = new HeadingLevelController(this);

  /**
   * Level of the element's headings (1–6); the headings under them use the next levels.
   * By default, one below the nearest heading before the element in the page (2 when there is none).
   */
  @property({ attribute: 'heading-level', type: Number }) headingLevel: number | undefined = undefined;
}

/** An element with links to official services: `new-window`. */
export abstract class LinkingElement extends HeadedElement {
  /** Open official links in a new window (the link text then says so). */
  @property({ attribute: 'new-window', type: Boolean }) newWindow = false;

  override connectedCallback(): void {
    super.connectedCallback();
    // Upgraded while the page is still parsed (the drop-in in the page's head), the element may render
    // before its children are: its local contacts or tree (a JSON script inside it) are then read once the
    // page is (DOMContentLoaded fires once). Only an element with such a child renders again: not the cards
    // of a list, which have no children (a list of 45 would otherwise render all of them twice on load).
    if (document.readyState === 'loading')
      document.addEventListener('DOMContentLoaded', () => {
        if (this.querySelector(':scope > script[type="application/json"]')) this.requestUpdate();
      });
  }

  /** What this element passes on to the cards, list or finder it renders. */
  protected get passedOn(): PassedOn {
    return { theme: this.scheme.theme, newWindow: this.newWindow, strings: this.strings };
  }

  /** Where an official link opens, and the words that say so when it is a new window. */
  protected linkTarget(): { target: string | typeof nothing; note: TemplateResult | typeof nothing } {
    if (!this.newWindow) return { target: nothing, note: nothing };
    const { msg } = this.i18n;
    return {
      target: '_blank',
      note: html`<span class="visually-hidden">${msg('(nouvelle fenêtre)', { id: 'link.newWindow' })}</span>`,
    };
  }
}
