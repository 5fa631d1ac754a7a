import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ensureLocalization, renderInLocale } from './localization.js';
import { SUPPORTED_LOCALES, type Locale } from './locales.js';
import { resolveLanguage, type ResolvedLanguage } from './language.js';
import { renderWithOverrides, type StringOverrides } from './msg.js';
import { warnOnce } from '../console.js';

interface LocalizedHost extends ReactiveControllerHost, HTMLElement {
  strings?: StringOverrides;
}

const hosts = new Set<I18nController>();
let observer: MutationObserver | undefined;

function watchLanguageChanges(): void {
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
  private resolved: ResolvedLanguage = { locale: SUPPORTED_LOCALES[0], requested: null, own: false, supported: true };

  constructor(host: LocalizedHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    ensureLocalization();
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

  /** The unsupported language requested on the element itself, if any (for a notice to the page author). */
  get unsupportedOwnLanguage(): string | null {
    return !this.resolved.supported && this.resolved.own ? this.resolved.requested : null;
  }

  /** Re-reads the language and re-renders if it changed. */
  refresh(): void {
    const before = this.resolved.locale;
    this.resolve();
    if (this.resolved.locale !== before) this.host.requestUpdate();
  }

  private resolve(): void {
    this.resolved = resolveLanguage(this.host, SUPPORTED_LOCALES);
    const { requested, supported } = this.resolved;
    if (!supported && requested) {
      warnOnce(
        `Language "${requested}" is not available; showing ${this.resolved.locale}. Available: ${SUPPORTED_LOCALES.join(', ')}.`,
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
