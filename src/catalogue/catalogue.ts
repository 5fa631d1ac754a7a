import { catalogueData } from '../generated/catalogue-data.js';
import type { CatalogueData, Label, Locale, LocalizedText, ServiceEntry } from './types.js';

/** The catalogue shipped with the library. */
export const catalogue: CatalogueData = catalogueData;

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

/** The emergency numbers, as the catalogue lists them. */
export function getEmergencyNumbers(data: CatalogueData = catalogue): ServiceEntry[] {
  return data.services.filter((service) => service.kind === 'emergency-number');
}

/** A text in the given locale, falling back to French. */
export function localize(text: LocalizedText | undefined, locale: Locale): string {
  if (!text) return '';
  return text[locale] || text.fr;
}
