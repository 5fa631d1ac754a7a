// The phone lines' English texts (src/catalogue/lines.ts), parsed when first asked for, as the
// rest of the data's (english-texts.ts): the lines register them with their own texts. The
// drop-ins replace this module with one whose `englishLines` is undefined (the drop-in has all
// the data's English at once, the French-only one none).
import { texts } from '../generated/packs/en-lines.js';

/** The phone lines' English texts, each at its place in a pack's order (LINE_TEXT_PLACES), parsed when first called. */
export const englishLines: (() => readonly string[]) | undefined = texts;
