// English, shipped with the npm modules: all the interface's messages at once, for a page that
// wants them without importing each element. An element imported alone brings only the messages it
// uses (src/generated/english/<tag>.ts). The data's English texts come with the catalogue and the
// tree (english-texts.ts). The drop-in, French only, replaces all of them with nothing; its English
// is dist/guichet-securite.en.js (rollup.config.mjs, decision 0039).
import { templates } from '../generated/locales/en.js';
import { registerEnglish } from '../i18n/packs.js';

registerEnglish(templates);
