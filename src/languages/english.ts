// English, shipped with the library: all the interface's messages at once, as the drop-in takes
// them (src/bundle.ts). An element imported from the npm modules brings only the messages it uses
// (src/generated/english/<tag>.ts). The data's English texts come with the catalogue and the tree
// (english-texts.ts). The French-only drop-in (dist/guichet-securite.fr.min.js) replaces all of
// them with nothing.
import { templates } from '../generated/locales/en.js';
import { registerEnglish } from '../i18n/packs.js';

registerEnglish(templates);
