import type { LocalizedText, Source } from '../catalogue/types.js';

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

/** One of an outcome's first steps: short, in the order to take them. */
export interface FinderStep {
  readonly text: LocalizedText;
  /** Catalogue id of the service that performs this step. */
  readonly service?: string;
  /** Official pages that state this step (for reviewers; not shipped in the drop-in). */
  readonly sources?: readonly Source[];
}

/** How an action reaches its service: its website, its chat, a call or a text message. */
export type ActionChannel = 'website' | 'chat' | 'phone' | 'sms';

/** A button of an outcome, labelled by what it does ("Porter plainte sur THESEE", "Appeler le 17"). */
export interface FinderAction {
  /** Catalogue id of the service the button reaches. */
  readonly service: string;
  readonly channel: ActionChannel;
  /** What the button does; by default the service's own label for that channel, or "Appeler le …" / "Envoyer un SMS au …". */
  readonly label?: LocalizedText;
}

export interface FinderOutcome {
  readonly id: string;
  /** The result as an action: "Portez plainte sur THESEE". */
  readonly title: LocalizedText;
  /** One short sentence under the title, when the steps need it. */
  readonly summary?: LocalizedText;
  /** At most three first steps, numbered, shown before anything else. */
  readonly steps?: readonly FinderStep[];
  /** The one main button; by default the first service's main way in. */
  readonly action?: FinderAction;
  /** Other buttons beside it, where a call or a chat is a main route too (at most two). */
  readonly also?: readonly FinderAction[];
  /** Recommended catalogue ids, the first one first (their full cards are one tap away). */
  readonly services: readonly string[];
  readonly alternatives?: readonly string[];
  readonly advice?: readonly LocalizedText[];
  readonly prepare?: readonly LocalizedText[];
  readonly helpLines?: readonly string[];
  /** Official pages behind the outcome's advice (for reviewers; not shipped in the drop-in). */
  readonly sources?: readonly Source[];
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
