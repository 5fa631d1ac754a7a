// The library writes English into its data when first asked for (an element in
// English, a search): tests that read or check the data's English texts directly
// import this module first.
import '../../src/languages/english.js';
import { ensureEnglish } from '../../src/i18n/packs.js';

ensureEnglish();
