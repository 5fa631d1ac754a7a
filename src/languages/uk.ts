// The Ukrainian language pack, as a module: import it once, after the elements'
// modules (`import 'guichet-securite/languages/uk.js'`). The drop-in's pack is
// dist/guichet-securite.uk.js.
import { templates } from '../generated/locales/uk.js';
import { fingerprint, texts } from '../generated/packs/uk.js';
import { registerLanguagePack, type LanguagePack } from '../i18n/packs.js';
import { uk as calendar } from './calendars.js';

export const pack: LanguagePack = { locale: 'uk', templates, texts, fingerprint, calendar };
registerLanguagePack(pack);
