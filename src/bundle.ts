// The drop-in: registers every element and exposes one global, `GuichetSecurite`
// (rollup's IIFE output names it). French only: English and the other languages come as packs.
import './define/service-card.js';
import './define/service-list.js';
import './define/report-finder.js';
import './define/emergency-numbers.js';
import './define/quick-exit.js';

// English is not in the drop-in: dist/guichet-securite.en.js brings it, as a pack brings its
// language (rollup.config.mjs leaves out every module that carries English).
import { registerLanguagePack } from './i18n/packs.js';

export * from './index.js';

// Language packs loaded before the drop-in left themselves on the global (see src/languages/deliver.ts).
const pending = (globalThis as { GuichetSecurite?: { pendingLanguagePacks?: unknown } }).GuichetSecurite
  ?.pendingLanguagePacks;
if (Array.isArray(pending)) for (const pack of pending) registerLanguagePack(pack);
