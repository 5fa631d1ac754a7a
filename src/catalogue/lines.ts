import { LINE_TEXT_PLACES, linesData } from '../generated/lines-data.js';
// Their English texts (undefined in the drop-ins, which have all the data's English or none).
import { englishLines } from '../languages/english-lines.js';
import type { PhoneLine } from './types.js';
import { registerDataTexts, registerEnglishTexts } from '../i18n/packs.js';
import { collectTexts } from '../i18n/text-keys.js';

// The catalogue's entries with a number to call, as <emergency-numbers> shows them, without the
// rest of the catalogue: the element imported alone carries these. The catalogue is built on the
// same objects (src/catalogue/catalogue.ts), so a text translated here is translated there.

/** The phone lines shipped with the library, by id. */
export const phoneLines: ReadonlyMap<string, PhoneLine> = new Map(linesData.services.map((line) => [line.id, line]));
// Their texts sit here and there in a language pack.
registerDataTexts(LINE_TEXT_PLACES, () => collectTexts(linesData));
if (englishLines) registerEnglishTexts(englishLines, LINE_TEXT_PLACES);

/** The emergency numbers shown wherever help must be one glance away (17, 112, 114), in order. */
export function emergencyLines(): PhoneLine[] {
  return linesData.emergency.flatMap((id) => phoneLines.get(id) ?? []);
}

/**
 * A line by id or by the number people dial (`3919`, `116006`, `0 805 805 817`),
 * so a page author can name help lines the way they know them.
 */
export function findLine(key: string, lines: Iterable<PhoneLine> = phoneLines.values()): PhoneLine | undefined {
  const trimmed = key.trim();
  const all = [...lines];
  const byId = all.find((line) => line.id === trimmed);
  if (byId) return byId;
  const digits = trimmed.replace(/[\s.]/g, '');
  if (!/^\+?\d{2,15}$/.test(digits)) return undefined;
  return all.find((line) =>
    (line.access.phones ?? []).some((phone) => phone.number === digits || phone.display.replace(/\s/g, '') === digits),
  );
}
