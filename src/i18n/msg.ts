import { msg as litMsg } from '@lit/localize';
import { isolateNumbers } from './bidi.js';
import { RTL_LOCALES } from './locales.js';
import { currentRenderLocale } from './localization.js';

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

/**
 * @lit/localize's `msg()`, plus per-instance replacements: when the element
 * being rendered has a `strings` entry for the message id, that text is used,
 * with `{0}`, `{1}`… standing for the message's values in order. Extraction
 * still finds these calls (lit-localize recognises `msg` by its type).
 */
export const msg: typeof litMsg = ((template: Parameters<typeof litMsg>[0], options?: Parameters<typeof litMsg>[1]) => {
  // Called through an untyped alias, so that lit-localize does not take this line for a message.
  const localizedMsg = litMsg as unknown as (template: unknown, options?: unknown) => ReturnType<typeof litMsg>;
  const localized = localizedMsg(template, options);
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
