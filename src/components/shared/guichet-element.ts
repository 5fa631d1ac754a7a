import { LitElement, html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { StringOverrides } from '../../i18n/msg.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { VERSION } from '../../version.js';
import { ColorSchemeController, type Theme } from './color-scheme.js';
import { jsonObjectConverter } from './safe-json.js';

// The anatomy every element of the library shares (see CONTRIBUTING.md, "Anatomy
// of an element"): three small classes, each adding what its elements have in
// common (GuichetElement here, HeadedElement and LinkingElement in
// headed-element.ts, so an element without headings carries neither). Behaviour lives in controllers; these only declare the common
// properties (their doc comments feed the manifest) and hold the controllers
// that read them.

/**
 * Every element: the version marker, the language (`lang`) and the string
 * overrides (`strings`, through I18nController), and the theme (`theme`,
 * through ColorSchemeController). `renderContent()` writes its messages with the
 * element's own `msg()` (`const { msg } = this.i18n`), in its language.
 */
export abstract class GuichetElement extends LitElement {
  /** Marks the classes of this library, so a second copy on the page is recognised. */
  static readonly guichetSecuriteVersion = VERSION;

  /**
   * The element's internals, attached once here and shared by the controllers that need them
   * (the theme's custom states today); a subclass or controller never calls attachInternals().
   */
  protected readonly internals: ElementInternals | undefined = attachInternalsOf(this);

  protected readonly i18n = new I18nController(this);
  // Sets the theme the page supports (see ColorSchemeController).
  protected readonly scheme = new ColorSchemeController(this, this.internals);

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
   * Renders `renderContent()` (whose `msg()`, the I18nController's, answers in the element's
   * language, with its `strings`) inside a box that carries that language, and its direction when it is written right to left
   * (Arabic), so that screen readers read it in the right language whatever the page says; a
   * left-to-right language keeps the page's direction (a right-to-left page mirrors the layout).
   */
  override render(): TemplateResult {
    return html`<div class="language" lang=${this.i18n.locale} dir=${ifDefined(this.i18n.dir === 'rtl' ? 'rtl' : undefined)}>
      ${this.renderContent()}
    </div>`;
  }

  /** What the element shows; its `msg()` (`this.i18n.msg`) answers in its language. */
  protected abstract renderContent(): TemplateResult;
}

/** The element's internals, or none in an engine without them (the element then stays light unless `theme` is set). */
function attachInternalsOf(element: HTMLElement): ElementInternals | undefined {
  try {
    return element.attachInternals();
  } catch {
    return undefined;
  }
}
