import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { renderInLocale } from './localization.js';
import { RTL_LOCALES, type Locale } from './locales.js';
import { availableLocales, ensureEnglish, onLanguagePack } from './packs.js';
import { resolveLanguage, type ResolvedLanguage } from './language.js';
import { renderWithOverrides, type StringOverrides } from './msg.js';
import { warnOnce } from '../console.js';

interface LocalizedHost extends ReactiveControllerHost, HTMLElement {
  strings?: StringOverrides;
}

const hosts = new Set<I18nController>();
let observer: MutationObserver | undefined;

let stopPackWatch: (() => void) | undefined;

function watchLanguageChanges(): void {
  // A pack added later makes its language available to every element already shown.
  stopPackWatch ??= onLanguagePack(() => hosts.forEach((controller) => controller.refresh()));
  if (observer || typeof MutationObserver === 'undefined') return;
  // One observer for the whole page: any lang change may change any element's language.
  observer = new MutationObserver(() => hosts.forEach((controller) => controller.refresh()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * Gives an element its language (own `lang`, nearest ancestor, page, French),
 * re-renders it when any `lang` on the page changes, and renders it with its
 * per-instance string overrides.
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
    if (hosts.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
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
        `Language "${missingPack}" needs its language pack: add <script src="guichet-securite.${missingPack}.js"></script> after the drop-in (or import 'guichet-securite/languages/${missingPack}.js'); showing ${this.resolved.locale} meanwhile.`,
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

  /** Runs a render function with `msg()` answering in this element's locale, with its string overrides. */
  render<T>(render: () => T): T {
    return renderInLocale(this.resolved.locale, () => renderWithOverrides(this.host.strings, render));
  }
}
