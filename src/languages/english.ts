// English, shipped with the library (the drop-in and the npm modules): the interface's
// messages, which every element imports. The data's English texts come with the catalogue
// and the tree (english-texts.ts). The French-only drop-in
// (dist/guichet-securite.fr.min.js) replaces both modules with nothing.
import { templates } from '../generated/locales/en.js';
import { registerEnglish } from '../i18n/packs.js';

registerEnglish(templates);
