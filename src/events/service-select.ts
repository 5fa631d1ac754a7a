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
