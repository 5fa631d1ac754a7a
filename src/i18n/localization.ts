// Not re-exported from the package root in 0.12.
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import type { Locale } from './locales.js';
import { packTemplates } from './packs.js';

type LocaleModule = ReturnType<Parameters<typeof configureReentrantLocalization>[0]['loadLocaleSync']>;
import { say } from '../console.js';

/** The locale `msg()` reads while an element renders. */
let renderLocale: Locale = sourceLocale;
let configured = false;

/**
 * Installs the library's `msg()` implementation once. It is re-entrant: each
 * element renders in its own language, so two elements in two languages can
 * sit on one page. If another script on the page has already configured
 * @lit/localize in the same module instance, the UI stays in French and a
 * warning says why.
 */
export function ensureLocalization(): void {
  if (configured) return;
  configured = true;
  try {
    configureReentrantLocalization({
      sourceLocale,
      targetLocales: [...targetLocales],
      getLocale: () => renderLocale,
      // English and the packs, as registered (src/i18n/packs.ts); French is the source.
      loadLocaleSync: (locale: string) => {
        const templates = packTemplates(locale);
        return templates ? ({ templates } as unknown as LocaleModule) : undefined;
      },
    });
  } catch (error) {
    say(
      'warn',
      '@lit/localize was already configured by another script on this page; the interface will be shown in French.',
      error,
    );
  }
}

/** The locale of the element rendering now (French outside a render). */
export function currentRenderLocale(): Locale {
  return renderLocale;
}

/** Runs `render` with `msg()` answering in `locale`. */
export function renderInLocale<T>(locale: Locale, render: () => T): T {
  const previous = renderLocale;
  renderLocale = locale;
  try {
    return render();
  } finally {
    renderLocale = previous;
  }
}
