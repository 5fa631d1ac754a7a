import type { LocalizedText } from '../catalogue/types.js';

export type Next = { readonly question: string } | { readonly outcome: string };

export interface FinderOption {
  readonly id: string;
  readonly label: LocalizedText;
  readonly help?: LocalizedText;
  readonly next: Next;
}

export interface FinderQuestion {
  readonly id: string;
  readonly text: LocalizedText;
  readonly help?: LocalizedText;
  readonly options: readonly FinderOption[];
}

export interface FinderStepBefore {
  readonly text: LocalizedText;
  /** Catalogue id of the service that performs this step. */
  readonly service?: string;
}

export interface FinderOutcome {
  readonly id: string;
  readonly title: LocalizedText;
  readonly summary?: LocalizedText;
  /** Recommended catalogue ids, the first one first. */
  readonly services: readonly string[];
  readonly alternatives: readonly string[];
  readonly before: readonly FinderStepBefore[];
  readonly advice: readonly LocalizedText[];
  readonly prepare: readonly LocalizedText[];
  readonly helpLines: readonly string[];
  /** A question the person may go on to from here. */
  readonly continueTo?: string;
  /** Show the whole catalogue: the situation is not covered. */
  readonly showCatalogue?: boolean;
}

/** The finder's decision tree. */
export interface FinderData {
  readonly version: string;
  readonly start: string;
  readonly entryPoints?: Readonly<Record<string, string>>;
  /** Catalogue ids of the numbers shown at every step. */
  readonly emergency: readonly string[];
  readonly questions: readonly FinderQuestion[];
  readonly outcomes: readonly FinderOutcome[];
}

/** One answer: the option chosen at a question (or `continue` at an outcome with `continueTo`). */
export interface FinderAnswer {
  readonly questionId: string;
  readonly optionId: string;
}
