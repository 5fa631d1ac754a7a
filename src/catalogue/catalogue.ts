import { CATALOGUE_FIELDS, parseCatalogueData } from '../generated/catalogue-data.js';
// English texts (undefined in the drop-in, which is French only: English comes in its own file).
import { englishTexts } from '../languages/english-texts.js';
import type { CatalogueData, Label, ServiceEntry } from './types.js';
import { phoneLines } from './lines.js';
import { registerDataTexts, registerEnglishTexts } from '../i18n/packs.js';
import { collectTexts } from '../i18n/text-keys.js';

export { localize } from './localize.js';

/** Fills the places the generated catalogue keeps with a 0 from the same fields of `from`, whole objects shared. */
function fillPlaces(into: Record<string, unknown>, from: Record<string, unknown>): void {
  for (const [field, value] of Object.entries(from)) {
    const place = into[field];
    if (place === 0) into[field] = value;
    else if (place && typeof place === 'object' && value && typeof value === 'object')
      fillPlaces(place as Record<string, unknown>, value as Record<string, unknown>);
  }
}

/** The page's one parsed catalogue, once an element has read it (a page-wide cache of the shipped data). */
const parsed: { data?: CatalogueData } = {};

/** The catalogue, parsed and completed when an element first reads it (not while the script loads). */
function build(): CatalogueData {
  if (parsed.data) return parsed.data;
  const data = parseCatalogueData();
  // The phone lines' fields come from src/catalogue/lines.ts (the objects themselves, so a text
  // translated for <emergency-numbers> is translated here), in the places the catalogue kept for them.
  for (const service of data.services) {
    const line = phoneLines.get(service.id);
    if (line) fillPlaces(service as unknown as Record<string, unknown>, line as unknown as Record<string, unknown>);
  }
  parsed.data = data;
  return data;
}

/** The catalogue shipped with the library: each field read from the catalogue built on first use. */
export const catalogue = {} as CatalogueData;
for (const field of CATALOGUE_FIELDS)
  Object.defineProperty(catalogue, field, { enumerable: true, get: () => build()[field] });
// Its texts come first in a language pack; its English, parsed when first asked for.
registerDataTexts(0, () => collectTexts(catalogue));
if (englishTexts) registerEnglishTexts(englishTexts);

/** All entries, in catalogue order. */
export function getServices(data: CatalogueData = catalogue): readonly ServiceEntry[] {
  return data.services;
}

/** One entry by id, or `undefined`. */
export function getService(id: string, data: CatalogueData = catalogue): ServiceEntry | undefined {
  return data.services.find((service) => service.id === id);
}

/** Every id of the catalogue, in order. */
export function getServiceIds(data: CatalogueData = catalogue): string[] {
  return data.services.map((service) => service.id);
}

export function getCategory(id: string, data: CatalogueData = catalogue): Label | undefined {
  return data.categories.find((category) => category.id === id);
}

export function getKind(id: string, data: CatalogueData = catalogue): Label | undefined {
  return data.kinds.find((kind) => kind.id === id);
}

/** The emergency numbers shown wherever help must be one glance away (17, 112, 114), in order. */
export function getEmergencyNumbers(data: CatalogueData = catalogue): ServiceEntry[] {
  return data.emergency.flatMap((id) => data.services.filter((service) => service.id === id));
}

/**
 * An entry by id or by the number people dial (`3919`, `116006`, `0 805 805 817`),
 * so a page author can name help lines the way they know them.
 */
export function findServiceByIdOrNumber(key: string, data: CatalogueData = catalogue): ServiceEntry | undefined {
  const trimmed = key.trim();
  const byId = data.services.find((service) => service.id === trimmed);
  if (byId) return byId;
  const digits = trimmed.replace(/[\s.]/g, '');
  if (!/^\+?\d{2,15}$/.test(digits)) return undefined;
  return data.services.find((service) =>
    (service.access.phones ?? []).some(
      (phone) => phone.number === digits || phone.display.replace(/\s/g, '') === digits,
    ),
  );
}
