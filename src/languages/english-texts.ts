// The data's English texts, shipped with the library like a language pack and parsed when
// first asked for (see ensureEnglish). The catalogue and the finder's tree import this module;
// the French-only drop-in (dist/guichet-securite.fr.min.js) replaces it with nothing.
import { texts } from '../generated/packs/en.js';
import { registerEnglishTexts } from '../i18n/packs.js';

registerEnglishTexts(texts);
