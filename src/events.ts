/** How a person reached a service. */
export type ContactChannel = 'website' | 'chat' | 'phone' | 'sms' | 'email' | 'more-info' | 'source';

export interface LinkFollowDetail {
  /** Id of the catalogue entry the link belongs to. */
  readonly serviceId: string;
  readonly channel: ContactChannel;
  /** The address followed (`https:`, `tel:`, `sms:` or `mailto:`). */
  readonly href: string;
}

/**
 * Fired when a person follows a link to an official service (site, chat,
 * phone, e-mail). Nothing is sent anywhere: the host page may count it.
 */
export class GuichetLinkFollowEvent extends CustomEvent<LinkFollowDetail> {
  static readonly eventName = 'guichet-link-follow';
  constructor(detail: LinkFollowDetail) {
    super(GuichetLinkFollowEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

export interface ServiceSelectDetail {
  /** Id of the entry now shown. */
  readonly serviceId: string;
  /** Id of the entry the person came from. */
  readonly fromServiceId: string;
}

/** Fired when a person opens the entry suggested instead of another ("use this instead"). */
export class GuichetServiceSelectEvent extends CustomEvent<ServiceSelectDetail> {
  static readonly eventName = 'guichet-service-select';
  constructor(detail: ServiceSelectDetail) {
    super(GuichetServiceSelectEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'guichet-link-follow': GuichetLinkFollowEvent;
    'guichet-service-select': GuichetServiceSelectEvent;
  }
}

export interface FinderStepDetail {
  /** The question answered (or the outcome continued from). */
  readonly questionId: string;
  readonly optionId: string;
  /** 1-based number of the question answered. */
  readonly step: number;
}

/** Fired when the visitor answers a question of `<report-finder>`. */
export class GuichetFinderStepEvent extends CustomEvent<FinderStepDetail> {
  static readonly eventName = 'guichet-finder-step';
  constructor(detail: FinderStepDetail) {
    super(GuichetFinderStepEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

export interface FinderOutcomeDetail {
  readonly outcomeId: string;
  /** Recommended catalogue ids, the first one first, then the alternatives. */
  readonly serviceIds: readonly string[];
}

/** Fired when the visitor's answers lead `<report-finder>` to an outcome. */
export class GuichetFinderOutcomeEvent extends CustomEvent<FinderOutcomeDetail> {
  static readonly eventName = 'guichet-finder-outcome';
  constructor(detail: FinderOutcomeDetail) {
    super(GuichetFinderOutcomeEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'guichet-finder-step': GuichetFinderStepEvent;
    'guichet-finder-outcome': GuichetFinderOutcomeEvent;
  }
}

export interface QuickExitDetail {
  /** Where the page is about to go. */
  readonly href: string;
}

/**
 * Fired by `<quick-exit>` just before it blanks the page and leaves. Cancel it
 * (`preventDefault()`) to navigate yourself, e.g. in a single-page app.
 */
export class GuichetQuickExitEvent extends CustomEvent<QuickExitDetail> {
  static readonly eventName = 'guichet-quick-exit';
  constructor(detail: QuickExitDetail) {
    super(GuichetQuickExitEvent.eventName, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'guichet-quick-exit': GuichetQuickExitEvent;
  }
}
