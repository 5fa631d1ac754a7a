/**
 * Every text of the data (an object with `fr`, and the other languages) with a stable key from
 * its place: ids rather than positions where the item has an id
 * (`catalogue/services/thesee/summary`, `finder/outcomes/pharos/steps/0/text`).
 * The same keys as scripts/i18n-texts.mjs, which language packs are made from.
 */
export function forEachText(
  value: unknown,
  path: string,
  visit: (key: string, text: Record<string, string>) => void,
): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      const id =
        item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string'
          ? (item as { id: string }).id
          : index;
      forEachText(item, `${path}/${id}`, visit);
    });
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.fr === 'string') {
      visit(path, record as Record<string, string>);
      return;
    }
    for (const [key, child] of Object.entries(record)) forEachText(child, `${path}/${key}`, visit);
  }
}

/** The text objects of the data, in the same order as {@link forEachText}, without building keys. */
export function collectTexts(value: unknown, found: Record<string, string>[] = []): Record<string, string>[] {
  if (Array.isArray(value)) {
    for (const item of value) collectTexts(item, found);
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.fr === 'string') found.push(record as Record<string, string>);
    else for (const key in record) collectTexts(record[key], found);
  }
  return found;
}
