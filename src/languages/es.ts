// The Spanish language pack, as a module: import it once, after the elements'
// modules (`import 'guichet-securite/languages/es.js'`). The drop-in's pack is
// dist/guichet-securite.es.js.
import { templates } from '../generated/locales/es.js';
import { fingerprint, texts } from '../generated/packs/es.js';
import { registerLanguagePack, type LanguagePack } from '../i18n/packs.js';
import { es as calendar } from './calendars.js';

export const pack: LanguagePack = { locale: 'es', templates, texts, fingerprint, calendar };
registerLanguagePack(pack);
