import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { RTL_LOCALES, type Locale } from './locales.js';
import { availableLocales, ensureEnglish, onLanguagePack } from './packs.js';
import { resolveLanguage, type ResolvedLanguage } from './language.js';
import { translate, type Msg, type StringOverrides } from './msg.js';
import { warnOnce } from '../console.js';

interface LocalizedHost extends ReactiveControllerHost, HTMLElement {
  strings?: StringOverrides;
}

// Page-wide, as what they watch is: the elements shown, and the one observer of every `lang` on the
// page (any lang change may change any element's language), made for the first element shown and
// let go with the last (an empty list while none is). Each element keeps its own language below.
const hosts = new Set<I18nController>();
const observers: MutationObserver[] = [];
const refreshAll = () => hosts.forEach((controller) => controller.refresh());
// A pack added later makes its language available to every element already shown.
onLanguagePack(refreshAll);

function watchLanguageChanges(): void {
  if (observers.length || typeof MutationObserver === 'undefined') return;
  const observer = new MutationObserver(refreshAll);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  observers.push(observer);
}

/**
 * Gives an element its language (own `lang`, nearest ancestor, page, French),
 * re-renders it when any `lang` on the page changes, and gives it its own
 * `msg()`, in its language and with its per-instance string overrides.
 */
export class I18nController implements ReactiveController {
  private readonly host: LocalizedHost;
  private resolved: ResolvedLanguage = {
    locale: 'fr',
    requested: null,
    own: false,
    supported: true,
    missingPack: null,
  };

  constructor(host: LocalizedHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this);
    watchLanguageChanges();
    this.resolve();
  }

  hostDisconnected(): void {
    hosts.delete(this);
    if (hosts.size === 0) observers.pop()?.disconnect();
  }

  /** The locale this element renders in. */
  get locale(): Locale {
    return this.resolved.locale;
  }

  /** The writing direction of the element's language. */
  get dir(): 'ltr' | 'rtl' {
    return RTL_LOCALES.includes(this.resolved.locale) ? 'rtl' : 'ltr';
  }

  /** The unsupported language requested on the element itself, if any (for a notice to the page author). */
  get unsupportedOwnLanguage(): string | null {
    return !this.resolved.supported && this.resolved.own ? this.resolved.requested : null;
  }

  /**
   * Re-reads the language and re-renders if it changed. The elements this one renders
   * (a finder's emergency strip, a list's cards) read their language from its box, which
   * the page's observer cannot see inside a shadow root: once this element shows its new
   * language, they read it again.
   */
  refresh(): void {
    const before = this.resolved.locale;
    this.resolve();
    if (this.resolved.locale === before) return;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      const root = this.host.shadowRoot;
      if (!root) return;
      for (const controller of hosts) if (controller !== this && root.contains(controller.host)) controller.refresh();
    });
  }

  private resolve(): void {
    const available = availableLocales();
    this.resolved = resolveLanguage(this.host, available);
    if (this.resolved.locale === 'en') ensureEnglish();
    const { requested, supported, missingPack } = this.resolved;
    if (missingPack) {
      warnOnce(
        `Language "${missingPack}" needs its language pack: add <script src="guichet-securite.${missingPack}.js"></script> after the drop-in${missingPack === 'en' ? '' : ` (or import 'guichet-securite/languages/${missingPack}.js')`}; showing ${this.resolved.locale} meanwhile.`,
        { key: `pack ${missingPack}` },
      );
    } else if (!supported && requested) {
      warnOnce(
        `Language "${requested}" is not available; showing ${this.resolved.locale}. Available: ${available.join(', ')}.`,
        {
          key: `language ${requested}`,
        },
      );
    }
  }

  /**
   * This element's `msg()`: the message in its language, with its `strings` replacements, read when
   * called (during a render, or for an announcement after it). Bound: `const { msg } = this.i18n`.
   */
  readonly msg: Msg = ((template, options) =>
    translate(this.resolved.locale, this.host.strings, template, options)) as Msg;
}
