// The German language pack, as a module: import it once, after the elements'
// modules (`import 'guichet-securite/languages/de.js'`). The drop-in's pack is
// dist/guichet-securite.de.js.
import { templates } from '../generated/locales/de.js';
import { fingerprint, texts } from '../generated/packs/de.js';
import { registerLanguagePack, type LanguagePack } from '../i18n/packs.js';
import { de as calendar } from './calendars.js';

export const pack: LanguagePack = { locale: 'de', templates, texts, fingerprint, calendar };
registerLanguagePack(pack);
