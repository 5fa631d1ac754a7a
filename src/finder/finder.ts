import { finderData } from '../generated/finder-data.js';
import type { FinderData } from './types.js';

/** The finder tree shipped with the library. */
export const finder: FinderData = finderData;
