import { sourceLocale, targetLocales } from '../generated/locale-codes.js';

/** A language the library ships, its interface and its data alike (see `lit-localize.json`). */
export type Locale = typeof sourceLocale | (typeof targetLocales)[number];

/** Locales the UI and the data ship in, source first. */
export const SUPPORTED_LOCALES: readonly Locale[] = [sourceLocale, ...targetLocales];
