// The phone lines' English texts (src/catalogue/lines.ts), parsed when first asked for, as the
// rest of the data's (english-texts.ts): the lines register them with their own texts. The
// drop-in replaces this module with one whose `englishLines` is undefined (it is French only; its
// English file, dist/guichet-securite.en.js, has all the data's English at once).
import { texts } from '../generated/packs/en-lines.js';

/** The phone lines' English texts, each at its place in a pack's order (LINE_TEXT_PLACES), parsed when first called. */
export const englishLines: (() => readonly string[]) | undefined = texts;
