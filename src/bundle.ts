// The drop-in: registers every element and exposes one global, `GuichetSecurite`
// (rollup's IIFE output names it). Locales are bundled statically.
import './define/service-card.js';
import './define/service-list.js';
import './define/report-finder.js';
import './define/emergency-numbers.js';
import './define/quick-exit.js';

// The interface's English messages, all at once: the build leaves out each element's own share
// (src/generated/english/), which would repeat them.
import './languages/english.js';
import { registerLanguagePack } from './i18n/packs.js';

export * from './index.js';

// Language packs loaded before the drop-in left themselves on the global (see src/languages/deliver.ts).
const pending = (globalThis as { GuichetSecurite?: { pendingLanguagePacks?: unknown } }).GuichetSecurite
  ?.pendingLanguagePacks;
if (Array.isArray(pending)) for (const pack of pending) registerLanguagePack(pack);
