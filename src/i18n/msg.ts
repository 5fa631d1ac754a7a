// Type only: lit-localize's extraction recognises `msg()` calls by this type; the lookup is the library's own.
import type { msg as litMsg } from '@lit/localize';
import { sourceLocale } from '../generated/locale-codes.js';
import { isolateNumbers } from './bidi.js';
import { RTL_LOCALES } from './locales.js';
import { currentRenderLocale } from './localization.js';
import { packTemplates } from './packs.js';

/** Per-instance replacements for UI strings, by message id. `{0}`, `{1}`… stand for the message's values, in order. */
export type StringOverrides = Partial<Record<string, string>>;

/** The page author's replacements in force while an element renders. */
let overrides: StringOverrides | undefined;

/** Runs `render` with these per-instance string replacements in force. */
export function renderWithOverrides<T>(strings: StringOverrides | undefined, render: () => T): T {
  const previous = overrides;
  overrides = strings;
  try {
    return render();
  } finally {
    overrides = previous;
  }
}

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
 * The message in the language of the element rendering now: its translation by id (a string, or
 * a `str` template whose values are placed in the translated order), else the French source (a
 * string, or a `str` template joined with its values). French is the source: nothing to look up.
 */
function lookUp(template: unknown, id: string | undefined): unknown {
  const locale = currentRenderLocale();
  const translated = id && locale !== sourceLocale ? packTemplates(locale)?.[id] : undefined;
  const values = isStrTemplate(template) ? template.values : [];
  // As @lit/localize does: an empty translation is no translation.
  if (typeof translated === 'string' && translated) return translated;
  if (isStrTemplate(translated)) return join(translated.strings, values, translated.values);
  return isStrTemplate(template) ? join(template.strings, values) : template;
}

/**
 * The library's `msg()`: the message in the element's language (looked up by its id in
 * English or a loaded pack, French otherwise), plus per-instance replacements: when the
 * element being rendered has a `strings` entry for the message id, that text is used,
 * with `{0}`, `{1}`… standing for the message's values in order. It has @lit/localize's
 * type, so that `lit-localize extract` still finds these calls; @lit/localize's own
 * runtime is not used, so another script's configuration of it does not reach ours.
 */
export const msg: typeof litMsg = ((template: Parameters<typeof litMsg>[0], options?: Parameters<typeof litMsg>[1]) => {
  const localized = lookUp(template, options?.id);
  const override = options?.id ? overrides?.[options.id] : undefined;
  const values: readonly unknown[] =
    typeof template === 'object' && template && 'values' in template ? (template.values as unknown[]) : [];
  const text =
    typeof override === 'string'
      ? override.replace(/\{(\d+)\}/g, (match, index: string) =>
          Number(index) < values.length ? String(values[Number(index)]) : match,
        )
      : localized;
  // In a right-to-left language, a number's groups keep their order, whoever wrote the text (src/i18n/bidi.ts).
  return typeof text === 'string' && RTL_LOCALES.includes(currentRenderLocale()) ? isolateNumbers(text) : text;
}) as typeof litMsg;
