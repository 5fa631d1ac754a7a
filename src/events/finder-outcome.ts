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
