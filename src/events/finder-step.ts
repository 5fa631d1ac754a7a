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
