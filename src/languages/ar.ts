// The Arabic language pack, as a module: import it once, after the elements'
// modules (`import 'guichet-securite/languages/ar.js'`). The drop-in's pack is
// dist/guichet-securite.ar.js.
import { templates } from '../generated/locales/ar.js';
import { fingerprint, texts } from '../generated/packs/ar.js';
import { registerLanguagePack, type LanguagePack } from '../i18n/packs.js';
import { ar as calendar } from './calendars.js';

export const pack: LanguagePack = { locale: 'ar', templates, texts, fingerprint, calendar };
registerLanguagePack(pack);
