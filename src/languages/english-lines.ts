// The phone lines' English texts (src/catalogue/lines.ts), parsed when first asked for, as the
// rest of the data's (english-texts.ts); the French-only drop-in replaces this module with nothing.
import { texts } from '../generated/packs/en-lines.js';
import { LINE_TEXT_PLACES } from '../generated/lines-data.js';
import { registerEnglishTexts } from '../i18n/packs.js';

registerEnglishTexts(texts, LINE_TEXT_PLACES);
