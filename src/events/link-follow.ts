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
