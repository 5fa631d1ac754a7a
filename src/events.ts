// The library's events. Each is declared in its own module (src/events/), which the element that
// fires it imports: a bundler keeps only the events of the elements a page imports. This module
// gathers them all for the npm entry, and declares them on the global event maps.
import type { GuichetLinkFollowEvent } from './events/link-follow.js';
import type { GuichetServiceSelectEvent } from './events/service-select.js';
import type { GuichetFinderStepEvent } from './events/finder-step.js';
import type { GuichetFinderOutcomeEvent } from './events/finder-outcome.js';
import type { GuichetQuickExitEvent } from './events/quick-exit.js';

export { GuichetLinkFollowEvent } from './events/link-follow.js';
export { GuichetServiceSelectEvent } from './events/service-select.js';
export { GuichetFinderStepEvent } from './events/finder-step.js';
export { GuichetFinderOutcomeEvent } from './events/finder-outcome.js';
export { GuichetQuickExitEvent } from './events/quick-exit.js';
export type { ContactChannel, LinkFollowDetail } from './events/link-follow.js';
export type { ServiceSelectDetail } from './events/service-select.js';
export type { FinderStepDetail } from './events/finder-step.js';
export type { FinderOutcomeDetail } from './events/finder-outcome.js';
export type { QuickExitDetail } from './events/quick-exit.js';

declare global {
  interface GlobalEventHandlersEventMap {
    'guichet-link-follow': GuichetLinkFollowEvent;
    'guichet-service-select': GuichetServiceSelectEvent;
    'guichet-finder-step': GuichetFinderStepEvent;
    'guichet-finder-outcome': GuichetFinderOutcomeEvent;
    'guichet-quick-exit': GuichetQuickExitEvent;
  }
}
