// English, shipped with the library (the drop-in and the npm modules): its
// interface messages and the data's texts, like a language pack, parsed when
// first asked for (see ensureEnglish). The catalogue
// and the finder import this module; the French-only drop-in
// (dist/guichet-securite.fr.min.js) replaces it with nothing.
import { templates } from '../generated/locales/en.js';
import { texts } from '../generated/packs/en.js';
import { registerEnglish } from '../i18n/packs.js';

registerEnglish(() => ({ templates, texts: texts() }));
