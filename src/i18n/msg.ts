// Type only: lit-localize's extraction recognises `msg()` calls by this type; the lookup is the library's own.
import type { msg as litMsg } from '@lit/localize';
import { sourceLocale } from '../generated/locale-codes.js';
import { isolateNumbers } from './bidi.js';
import { RTL_LOCALES } from './locales.js';
import type { Locale } from './locales.js';
import { packTemplates } from './packs.js';

/** Per-instance replacements for UI strings, by message id. `{0}`, `{1}`… stand for the message's values, in order. */
export type StringOverrides = Partial<Record<string, string>>;

/**
 * The type of @lit/localize's `msg()`: an element's own `msg` (its I18nController's, bound to its
 * language and its `strings`) has it, and the helpers that take one as a parameter type it so, for
 * `lit-localize extract` recognises a call by its callee's type and still finds every message.
 */
export type Msg = typeof litMsg;

/** A `str`-tagged template: in a translation, `values` are the indices of the source template's values, in the translated order. */
interface StrTemplate {
  readonly strTag: true;
  readonly strings: readonly string[];
  readonly values: readonly unknown[];
}

function isStrTemplate(value: unknown): value is StrTemplate {
  return typeof value === 'object' && value !== null && 'strTag' in value;
}

/** The strings with each value between two of them, the values taken in `order` (indices into `values`) if given. */
function join(strings: readonly string[], values: readonly unknown[], order?: readonly unknown[]): string {
  let text = strings[0] ?? '';
  for (let index = 1; index < strings.length; index += 1) {
    text += String(values[order ? Number(order[index - 1]) : index - 1]) + strings[index];
  }
  return text;
}

/**
 * The message in `locale`: its translation by id (a string, or a `str` template whose values are
 * placed in the translated order), else the French source (a string, or a `str` template joined
 * with its values). French is the source: nothing to look up.
 */
function lookUp(template: unknown, id: string | undefined, locale: Locale): unknown {
  const translated = id && locale !== sourceLocale ? packTemplates(locale)?.[id] : undefined;
  const values = isStrTemplate(template) ? template.values : [];
  // As @lit/localize does: an empty translation is no translation.
  if (typeof translated === 'string' && translated) return translated;
  if (isStrTemplate(translated)) return join(translated.strings, values, translated.values);
  return isStrTemplate(template) ? join(template.strings, values) : template;
}

/**
 * The library's `msg()` for one element: the message in `locale` (looked up by its id in English
 * or a loaded pack, French otherwise), plus the element's replacements: when `strings` has an
 * entry for the message id, that text is used, with `{0}`, `{1}`… standing for the message's
 * values in order. Each element has its own (I18nController's `msg`, which reads its language and
 * its `strings` when called): no page-wide state, so two elements in two languages render side by
 * side. @lit/localize's own runtime is not used, so another script's configuration of it does not
 * reach ours.
 */
export function translate(
  locale: Locale,
  strings: StringOverrides | undefined,
  template: Parameters<Msg>[0],
  options?: Parameters<Msg>[1],
): string {
  const localized = lookUp(template, options?.id, locale);
  const override = options?.id ? strings?.[options.id] : undefined;
  const values: readonly unknown[] =
    typeof template === 'object' && template && 'values' in template ? (template.values as unknown[]) : [];
  const text =
    typeof override === 'string'
      ? override.replace(/\{(\d+)\}/g, (match, index: string) =>
          Number(index) < values.length ? String(values[Number(index)]) : match,
        )
      : localized;
  // In a right-to-left language, a number's groups keep their order, whoever wrote the text (src/i18n/bidi.ts).
  return (typeof text === 'string' && RTL_LOCALES.includes(locale) ? isolateNumbers(text) : text) as string;
}

/** A `msg()` answering in `locale`, with these replacements (for code that renders outside an element: tests, scripts). */
export function msgIn(locale: Locale, strings?: StringOverrides): Msg {
  return ((template, options) => translate(locale, strings, template, options)) as Msg;
}
