// Type-level tests, checked by `npm run typecheck`: the tag and event maps give
// TypeScript users the right types without casts. A wrong type fails the build.
import type {
  EmergencyNumbers,
  GuichetFinderOutcomeEvent,
  GuichetFinderStepEvent,
  GuichetLinkFollowEvent,
  GuichetQuickExitEvent,
  GuichetServiceSelectEvent,
  QuickExit,
  ReportFinder,
  ServiceCard,
  ServiceList,
} from '../../src/index.js';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function assertType<T extends true>(): T | void {}

export function queries(root: Document): unknown[] {
  const created = root.createElement('report-finder');
  const card = root.querySelector('service-card');
  const list = root.querySelector('service-list');
  const numbers = root.querySelector('emergency-numbers');
  const exit = root.querySelector('quick-exit');
  assertType<Equal<typeof created, ReportFinder>>();
  assertType<Equal<typeof card, ServiceCard | null>>();
  assertType<Equal<typeof list, ServiceList | null>>();
  assertType<Equal<typeof numbers, EmergencyNumbers | null>>();
  assertType<Equal<typeof exit, QuickExit | null>>();
  return [created, card, list, numbers, exit];
}
assertType<Equal<HTMLElementEventMap['guichet-finder-outcome'], GuichetFinderOutcomeEvent>>();
assertType<Equal<HTMLElementEventMap['guichet-link-follow'], GuichetLinkFollowEvent>>();
assertType<Equal<HTMLElementEventMap['guichet-quick-exit'], GuichetQuickExitEvent>>();
// The events bubble to the document and the window: their maps know them too.
assertType<Equal<DocumentEventMap['guichet-link-follow'], GuichetLinkFollowEvent>>();
assertType<Equal<DocumentEventMap['guichet-service-select'], GuichetServiceSelectEvent>>();
assertType<Equal<DocumentEventMap['guichet-finder-step'], GuichetFinderStepEvent>>();
assertType<Equal<DocumentEventMap['guichet-finder-outcome'], GuichetFinderOutcomeEvent>>();
assertType<Equal<WindowEventMap['guichet-quick-exit'], GuichetQuickExitEvent>>();

export function listeners(root: Document, win: Window): void {
  root.addEventListener('guichet-link-follow', (event) => {
    const channel: 'website' | 'chat' | 'phone' | 'sms' | 'email' | 'more-info' | 'source' = event.detail.channel;
    void [channel, event.detail.serviceId, event.detail.href];
  });
  root.addEventListener('guichet-service-select', (event) => void [event.detail.serviceId, event.detail.fromServiceId]);
  root.addEventListener('guichet-finder-step', (event) => void (event.detail.step + 1));
  root.addEventListener('guichet-finder-outcome', (event) => void event.detail.serviceIds.join());
  win.addEventListener('guichet-quick-exit', (event) => void event.detail.href.length);
  // @ts-expect-error — a link-follow event has no outcome.
  root.addEventListener('guichet-link-follow', (event) => void event.detail.outcomeId);
}

export function usage(finder: ReportFinder): string[] {
  finder.start = 'violence';
  finder.history = true;
  finder.addEventListener('guichet-finder-outcome', (event) => {
    // `event.detail` is typed: no cast.
    const ids: readonly string[] = event.detail.serviceIds;
    void ids;
  });
  // @ts-expect-error — start is a string, not a number.
  finder.start = 42;
  return [finder.start];
}
