/**
 * Every text of the data (an object with `fr`, and the other languages) with a stable key from
 * its place: ids rather than positions where the item has an id
 * (`catalogue/services/thesee/summary`, `finder/outcomes/pharos/steps/0/text`).
 * The one walk of the data's texts: the library's languages follow its order, and the scripts
 * that make and check the language packs (scripts/i18n-texts.mjs) import this module.
 * Plain code, no import: scripts load it as it is (scripts/ts-import.mjs).
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

/** The text objects of the data, in the order of {@link forEachText}. */
export function collectTexts(value: unknown): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  forEachText(value, '', (_key, text) => found.push(text));
  return found;
}
