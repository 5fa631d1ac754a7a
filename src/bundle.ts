// The drop-in: registers every element and exposes one global, `GuichetSecurite`
// (rollup's IIFE output names it). Locales are bundled statically.
import './define/service-card.js';
import './define/service-list.js';
import './define/report-finder.js';
import './define/emergency-numbers.js';
import './define/quick-exit.js';

export * from './index.js';
