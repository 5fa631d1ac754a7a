import { finderData } from '../generated/finder-data.js';
// English texts and messages (left out of the French-only drop-in).
import '../languages/english.js';
import type { FinderData } from './types.js';

/** The finder tree shipped with the library. */
export const finder: FinderData = finderData;
