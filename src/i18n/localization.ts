import { sourceLocale } from '../generated/locale-codes.js';
import type { Locale } from './locales.js';

/**
 * The locale `msg()` (src/i18n/msg.ts) reads while an element renders. Each
 * element renders in its own language, so two elements in two languages can
 * sit on one page; the library looks its messages up itself, so another
 * script's @lit/localize configuration on the page changes nothing here.
 */
let renderLocale: Locale = sourceLocale;

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
