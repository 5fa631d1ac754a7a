import type { Locale } from '../i18n/locales.js';

/** Locales every text in the catalogue exists in (owned by `src/i18n`, re-exported here as before). */
export type { Locale };

/** A human-readable text: in French always, in English and a pack's language once registered (data/*.json has French and English). */
export type LocalizedText = Readonly<{ fr: string }> & Readonly<Partial<Record<Exclude<Locale, 'fr'>, string>>>;

export type KindId = 'online-service' | 'chat' | 'phone-line' | 'emergency-number' | 'information-site';

export type Audience = 'adults' | 'minors' | 'victims' | 'witnesses' | 'professionals';

export interface Label {
  readonly id: string;
  readonly name: LocalizedText;
}

export interface Link {
  /** An `https:` address. */
  readonly url: string;
  readonly label?: LocalizedText;
}

export interface Phone {
  /** Dialable value for a `tel:` link: a short number or an E.164 number. */
  readonly number: string;
  /** The number as people read it, e.g. `0 800 005 696`. */
  readonly display: string;
  readonly cost?: 'free' | 'premium';
  /** Text messages are accepted. */
  readonly sms?: boolean;
  /** Voice calls are accepted (default true). */
  readonly voice?: boolean;
  readonly label?: LocalizedText;
}

export interface WeeklyRange {
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  readonly days: readonly number[];
  /** `HH:MM`, Europe/Paris time. */
  readonly opens: string;
  /** `HH:MM` (or `24:00`), Europe/Paris time. */
  readonly closes: string;
}

export type Hours = { readonly always: true } | { readonly weekly: readonly WeeklyRange[] };

export type Availability = { readonly national: true } | { readonly departments: readonly string[] };

export interface Exclusion {
  readonly text: LocalizedText;
  /** Ids of the entries to use instead. */
  readonly useInstead: readonly string[];
}

export interface Source {
  readonly url: string;
  /** The date the source carries, when it has one (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
  readonly date?: string;
}

/** One service, number or site of the catalogue. */
export interface ServiceEntry {
  readonly id: string;
  readonly kind: KindId | string;
  readonly categories: readonly string[];
  readonly name: LocalizedText;
  /** A short name for compact lists. */
  readonly shortName?: LocalizedText;
  readonly summary: LocalizedText;
  readonly history?: LocalizedText;
  readonly useWhenAll?: boolean;
  readonly useWhen: readonly LocalizedText[];
  readonly notFor: readonly Exclusion[];
  readonly access: {
    readonly website?: Link;
    readonly chat?: Link;
    readonly moreInfo?: Link;
    readonly phones?: readonly Phone[];
    readonly email?: { readonly address: string };
  };
  readonly hours?: Hours;
  readonly hoursNote?: LocalizedText;
  readonly availability: Availability;
  readonly audience: readonly Audience[];
  readonly requirements: readonly LocalizedText[];
  readonly prepare: readonly LocalizedText[];
  readonly notes: readonly LocalizedText[];
  readonly aliases: readonly string[];
  readonly seed?: { readonly name: string; readonly address?: string };
  readonly sources: readonly Source[];
  /** `YYYY-MM-DD`: when this entry was last checked against its sources. */
  readonly checked: string;
  /** For maintainers only; never shown. */
  readonly reviewNotes?: string;
  /** Added by the page (a local contact), not part of the shipped catalogue. */
  readonly local?: boolean;
  /** For a local contact: ids of the finder outcomes it should appear with. */
  readonly outcomes?: readonly string[];
}

export interface CatalogueData {
  readonly version: string;
  /** Ids of the emergency numbers shown wherever help must be one glance away. */
  readonly emergency: readonly string[];
  readonly kinds: readonly Label[];
  readonly categories: readonly Label[];
  readonly services: readonly ServiceEntry[];
}

/** What `<emergency-numbers>` shows of an entry with a number to call: the catalogue's phone lines, apart. */
export type PhoneLine = Pick<ServiceEntry, 'id' | 'kind' | 'name' | 'shortName' | 'summary' | 'hours'> & {
  readonly access: Pick<ServiceEntry['access'], 'phones'>;
};

/** The phone lines of the catalogue (src/generated/lines-data.ts): the emergency numbers' ids, and every entry with a phone. */
export interface LinesData {
  readonly emergency: readonly string[];
  readonly services: readonly PhoneLine[];
}
