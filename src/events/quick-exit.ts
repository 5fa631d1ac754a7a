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
