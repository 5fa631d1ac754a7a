import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, type StringOverrides } from '../../i18n/msg.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { VERSION } from '../../version.js';
import { ColorSchemeController, type Theme } from './color-scheme.js';
import { HeadingLevelController } from './heading.js';
import { jsonObjectConverter } from './safe-json.js';
import type { PassedOn } from './nested.js';
// English is part of every element (left out of the French-only drop-in).
import '../../languages/english.js';

// The anatomy every element of the library shares (see CONTRIBUTING.md, "Anatomy
// of an element"): three small classes, each adding what its elements have in
// common. Behaviour lives in controllers; these only declare the common
// properties (their doc comments feed the manifest) and hold the controllers
// that read them.

/**
 * Every element: the version marker, the language (`lang`) and the string
 * overrides (`strings`, through I18nController), and the theme (`theme`,
 * through ColorSchemeController). `render()` runs `renderContent()` in the
 * element's language.
 */
export abstract class GuichetElement extends LitElement {
  /** Marks the classes of this library, so a second copy on the page is recognised. */
  static readonly guichetSecuriteVersion = VERSION;

  protected readonly i18n = new I18nController(this);
  // Sets the theme the page supports (see ColorSchemeController).
  protected readonly scheme = new ColorSchemeController(this);

  /**
   * `light`, `dark`, or `auto` (the reader's system setting). By default light,
   * unless the page declares it supports dark (its `color-scheme`): dark-only
   * pages get dark, pages that support both follow the reader.
   */
  @property({ reflect: true }) theme: Theme | undefined = undefined;

  /** Replacements for UI strings, by message id. Also settable as a JSON attribute. */
  @property({ converter: jsonObjectConverter<StringOverrides>('strings') }) strings: StringOverrides | undefined =
    undefined;

  /**
   * Renders `renderContent()` with `msg()` answering in the element's language, with its `strings`,
   * inside a box that carries that language, and its direction when it is written right to left
   * (Arabic), so that screen readers read it in the right language whatever the page says; a
   * left-to-right language keeps the page's direction (a right-to-left page mirrors the layout).
   */
  override render(): TemplateResult {
    return html`<div class="language" lang=${this.i18n.locale} dir=${ifDefined(this.i18n.dir === 'rtl' ? 'rtl' : undefined)}>
      ${this.i18n.render(() => this.renderContent())}
    </div>`;
  }

  /** What the element shows; `msg()` answers in its language. */
  protected abstract renderContent(): TemplateResult;
}

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

  /** What this element passes on to the cards, list or finder it renders. */
  protected get passedOn(): PassedOn {
    return { theme: this.scheme.theme, newWindow: this.newWindow, strings: this.strings };
  }

  /** Where an official link opens, and the words that say so when it is a new window. */
  protected linkTarget(): { target: string | typeof nothing; note: TemplateResult | typeof nothing } {
    if (!this.newWindow) return { target: nothing, note: nothing };
    return {
      target: '_blank',
      note: html`<span class="visually-hidden">${msg('(nouvelle fenêtre)', { id: 'link.newWindow' })}</span>`,
    };
  }
}
