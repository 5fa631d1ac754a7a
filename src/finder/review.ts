import { getService } from '../catalogue/catalogue.js';
import { isOnDomains } from '../catalogue/check.js';
import { normalizeForSearch } from '../catalogue/search.js';
import type { CatalogueData, LocalizedText, Source } from '../catalogue/types.js';
import { SUPPORTED_LOCALES, type Locale } from '../i18n/locales.js';
import { textIn } from '../i18n/packs.js';
import { outcomeActions, type ResolvedAction } from './actions.js';
import type { FinderOutcome, FinderData } from './types.js';
import type { FinderProblem } from './check.js';

// Rules for the library's own tree, beyond what makes a tree valid (checkFinder):
// what a frightened person sees first must be short, actionable and said once, and
// every source behind it official. Run by `npm run check:data`; a page's own tree
// is not held to them.

export interface ReviewOptions {
  /** Domains whose pages may be cited (data/official-domains.json). */
  readonly officialDomains: readonly string[];
  /** Words allowed before the first disclosure of an outcome (title, summary, steps, buttons). Default 120. */
  readonly maxFirstScreenWords?: number;
  readonly locales?: readonly Locale[];
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** What a button says, as the element writes it (for counting words). */
function buttonText(action: ResolvedAction, data: CatalogueData, locale: Locale): string {
  const service = getService(action.serviceId, data);
  const name = service ? textIn(service.shortName ?? service.name, locale) : '';
  const label = action.label && textIn(action.label, locale);
  if (label) return label;
  if (action.channel === 'phone')
    return locale === 'fr' ? `Appeler le ${action.phone?.display}` : `Call ${action.phone?.display}`;
  if (action.channel === 'sms')
    return locale === 'fr' ? `Envoyer un SMS au ${action.phone?.display}` : `Text ${action.phone?.display}`;
  return locale === 'fr' ? `Ouvrir : ${name}` : `Open: ${name}`;
}

/** The text an outcome shows before its first disclosure, in one language. */
export function firstScreenText(outcome: FinderOutcome, data: CatalogueData, locale: Locale): string {
  const parts = [
    textIn(outcome.title, locale) ?? '',
    (outcome.summary && textIn(outcome.summary, locale)) ?? '',
    ...(outcome.steps ?? []).map((step) => textIn(step.text, locale) ?? ''),
  ];
  for (const action of outcomeActions(outcome, data)) {
    parts.push(buttonText(action, data, locale));
    if (action.channel === 'website' || action.channel === 'chat')
      parts.push(new URL(action.href).hostname.replace(/^www\./, ''));
  }
  return parts.filter(Boolean).join(' ');
}

function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\s+;\s+/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/** Two sentences say the same thing when most of their words are shared (small words aside). */
export function similar(a: string, b: string): boolean {
  const words = (text: string) =>
    new Set(
      normalizeForSearch(text)
        .split(' ')
        .filter((word) => word.length > 3),
    );
  const left = words(a);
  const right = words(b);
  if (left.size < 4 || right.size < 4) return false;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared += 1;
  return shared / Math.min(left.size, right.size) >= 0.75;
}

export function reviewFinder(finder: FinderData, data: CatalogueData, options: ReviewOptions): FinderProblem[] {
  const problems: FinderProblem[] = [];
  const maxWords = options.maxFirstScreenWords ?? 120;
  const locales = options.locales ?? SUPPORTED_LOCALES;
  for (const outcome of finder.outcomes) {
    const at = `outcome ${outcome.id}`;
    const add = (message: string) => problems.push({ at, message });
    const sources: { field: string; source: Source }[] = [
      ...(outcome.sources ?? []).map((source, index) => ({ field: `sources[${index}]`, source })),
      ...(outcome.steps ?? []).flatMap((step, stepIndex) =>
        (step.sources ?? []).map((source, index) => ({ field: `steps[${stepIndex}].sources[${index}]`, source })),
      ),
    ];
    for (const { field, source } of sources) {
      if (!isOnDomains(source.url, options.officialDomains)) add(`${field}: "${source.url}" is not an official page`);
    }
    if (outcomeActions(outcome, data).length === 0) add('no main button: give an action whose service can be reached');
    for (const locale of locales) {
      const words = wordCount(firstScreenText(outcome, data, locale));
      if (words > maxWords) add(`${words} words (${locale}) before the first disclosure; at most ${maxWords}`);
    }
    // Nothing said twice on one result: the outcome's own texts and the cards it opens.
    const texts: [string, LocalizedText | undefined][] = [
      ['summary', outcome.summary],
      ...(outcome.steps ?? []).map((step, index): [string, LocalizedText] => [`steps[${index}]`, step.text]),
      ...(outcome.advice ?? []).map((item, index): [string, LocalizedText] => [`advice[${index}]`, item]),
      ...(outcome.prepare ?? []).map((item, index): [string, LocalizedText] => [`prepare[${index}]`, item]),
      ...outcome.services.flatMap((id) => {
        const service = getService(id, data);
        // A card's advice (its notes and what to prepare), not its description.
        return [...(service?.notes ?? []), ...(service?.prepare ?? [])].map((item, index): [string, LocalizedText] => [
          `card ${id} text ${index}`,
          item,
        ]);
      }),
    ];
    const sentences = texts.flatMap(([field, text]) =>
      text ? sentencesOf(text.fr).map((sentence) => ({ field, sentence })) : [],
    );
    sentences.forEach((a, i) => {
      for (const b of sentences.slice(i + 1)) {
        // Cards stand on their own elsewhere: only the outcome's own texts are held against them.
        const bothCards = a.field.startsWith('card ') && b.field.startsWith('card ');
        if (a.field !== b.field && !bothCards && similar(a.sentence, b.sentence))
          add(`${b.field} repeats ${a.field}: "${b.sentence}"`);
      }
    });
  }
  return problems;
}
