// The data's English texts, shipped with the library like a language pack and parsed when
// first asked for (see ensureEnglish). The catalogue and the finder's tree register them with
// their own texts (registerEnglishTexts); the drop-in, French only, replaces this module with one
// whose `englishTexts` is undefined: its English comes in dist/guichet-securite.en.js.
import { texts } from '../generated/packs/en.js';

/** All the data's English texts, in a pack's order, parsed when first called. */
export const englishTexts: (() => readonly string[]) | undefined = texts;
