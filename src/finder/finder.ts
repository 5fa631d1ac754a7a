import { finderData } from '../generated/finder-data.js';
// English texts (undefined in the drop-in, which is French only: English comes in its own file).
import { englishTexts } from '../languages/english-texts.js';
import type { FinderData } from './types.js';
import { CATALOGUE_TEXT_COUNT } from '../generated/data-fingerprint.js';
import { registerDataTexts, registerEnglishTexts } from '../i18n/packs.js';
import { collectTexts } from '../i18n/text-keys.js';

/** The finder tree shipped with the library. */
export const finder: FinderData = finderData;
// Its texts follow the catalogue's in a language pack.
registerDataTexts(CATALOGUE_TEXT_COUNT, () => collectTexts(finderData));
// Its English, with the catalogue's: registered once, whichever registers it first.
if (englishTexts) registerEnglishTexts(englishTexts);
