import type { Locale } from '../i18n/locales.js';
import type { CatalogueData as CatalogueFile, CatalogueEntry } from '../generated/catalogue-types.js';

/**
 * The catalogue's types come from data/catalogue.schema.json (scripts/contract.mjs, `npm run generate`,
 * decision 0034): change the schema, not a type. Only what the schema does not describe is written here.
 */
export type {
  Audience,
  Availability,
  Exclusion,
  Hours,
  Label,
  Link,
  LocalizedText,
  Phone,
  Source,
  WeeklyRange,
} from '../generated/catalogue-types.js';
export type { LocalContact } from '../generated/local-contact-types.js';

/** Locales every text in the catalogue exists in (owned by `src/i18n`, re-exported here as before). */
export type { Locale };

/** An entry of the catalogue, or a local contact a page added (read by src/catalogue/local-contacts.ts). */
export interface ServiceEntry extends CatalogueEntry {
  /** Added by the page (a local contact), not part of the shipped catalogue. */
  readonly local?: boolean;
  /** For a local contact: ids of the finder outcomes it should appear with. */
  readonly outcomes?: readonly string[];
}

/** The catalogue as the library holds it: the shipped entries, and the page's local contacts first. */
export interface CatalogueData extends Omit<CatalogueFile, 'services'> {
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
