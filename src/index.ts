// The npm entry point: classes, types and functions, no side effects.
// Register the elements with `import 'guichet-securite/define/service-card.js'` (and so on),
// or call `defineElement` with your own tag names.
export { ServiceCard } from './components/service-card/service-card.js';
export { ServiceList } from './components/service-list/service-list.js';
export { ReportFinder } from './components/report-finder/report-finder.js';
export { EmergencyNumbers } from './components/emergency-numbers/emergency-numbers.js';
export { QuickExit, DEFAULT_QUICK_EXIT_URL } from './components/quick-exit/quick-exit.js';
export { defineElement } from './define/define-element.js';
export {
  GuichetLinkFollowEvent,
  GuichetServiceSelectEvent,
  GuichetFinderStepEvent,
  GuichetFinderOutcomeEvent,
  GuichetQuickExitEvent,
  type QuickExitDetail,
  type FinderStepDetail,
  type FinderOutcomeDetail,
  type ContactChannel,
  type LinkFollowDetail,
  type ServiceSelectDetail,
} from './events.js';
export type { StringOverrides } from './i18n/msg.js';
export { registerLanguagePack, availableLocales, ensureEnglish, type LanguagePack } from './i18n/packs.js';
export { BUNDLED_LOCALES, PACK_LOCALES, type Locale, type BundledLocale, type PackLocale } from './i18n/locales.js';
export {
  catalogue,
  getCategory,
  getEmergencyNumbers,
  findServiceByIdOrNumber,
  getKind,
  getService,
  getServiceIds,
  getServices,
  localize,
} from './catalogue/catalogue.js';
export {
  filterServices,
  isAvailableIn,
  normalizeDepartment,
  normalizeForSearch,
  searchServices,
  type ServiceFilter,
} from './catalogue/search.js';
export { isOpenAt } from './catalogue/hours.js';
export { parseLocalContacts, withLocalContacts, type LocalContactsResult } from './catalogue/local-contacts.js';
export { checkCatalogue, formatProblem, type CatalogueProblem } from './catalogue/check.js';
export type * from './catalogue/types.js';
export { finder } from './finder/finder.js';
export { allPaths, decodeAnswers, encodeAnswers, resolveStart, walk, type FinderState } from './finder/engine.js';
export { checkFinder, formatFinderProblem, type FinderProblem } from './finder/check.js';
export type * from './finder/types.js';
export { VERSION } from './version.js';
