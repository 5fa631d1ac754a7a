import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { str } from '../../i18n/str.js';
import type { Msg } from '../../i18n/msg.js';
import { isPackLocale, type Locale } from '../../i18n/locales.js';
import {
  catalogue,
  getEmergencyNumbers,
  getKind,
  getService,
  getServiceIds,
  localize,
} from '../../catalogue/catalogue.js';
import type { Audience, CatalogueData, Exclusion, Phone, ServiceEntry } from '../../catalogue/types.js';
import { smsHref, telHref } from '../../catalogue/links.js';
import { GuichetLinkFollowEvent, type ContactChannel } from '../../events/link-follow.js';
import { GuichetServiceSelectEvent } from '../../events/service-select.js';
import { warnOnce } from '../../console.js';
import { hostStyles } from '../../styles/host.styles.js';
import { controlStyles } from '../../styles/control.styles.js';
import { LinkingElement } from '../shared/headed-element.js';
import { ClockController } from '../shared/clock.js';
import { renderOpenStatus, renderSection, renderTextList } from '../shared/blocks.js';
import { localContactsSource, renderLocalNotice, type LocalContactsSource } from '../shared/local-contacts.js';
import { emergencyStyles, openStatusStyles } from '../shared/shared.styles.js';
import {
  callLabel,
  domainOf,
  pageOf,
  phoneDetails,
  renderDomain,
  renderEmergencyNumbers,
  renderLanguageNotice,
  phoneDisplays,
  renderNumber,
  renderWithNumbers,
  smsLabel,
} from '../shared/contact-links.js';
import { renderHeading } from '../shared/heading.js';
import { localizeMarked, markFrench } from '../shared/french-names.js';
import { describeHours, formatDate } from '../shared/format.js';
import { serviceCardStyles } from './service-card.styles.js';
// Its English messages (src/generated/english/, left out of the drop-in, which is French only).
import '../../generated/english/service-card.js';

/** One way to reach a service, as the card shows it: what it does, and under it where it leads or what it costs. */
interface CardAction {
  readonly href: string;
  readonly label: string;
  readonly detail?: unknown;
  readonly channel: ContactChannel;
  /** A site or a chat (opens in a new window with `new-window`), not a call, a text or an e-mail. */
  readonly web: boolean;
  /** The number a call or a text dials, said in its spoken form (`renderNumberedLabel`). */
  readonly phone?: Phone;
}

/**
 * The ways to reach the service, in order: the emergency number's call first,
 * else the site, the chat, then calls and texts, then e-mail; and the numbers
 * that can be neither called nor texted from a link (shown as text).
 */
function cardActions(
  entry: ServiceEntry,
  locale: Locale,
  msg: Msg,
): { actions: CardAction[]; unreachable: { phone: Phone; detail?: string }[] } {
  const { website, chat, phones, email } = entry.access;
  const web: CardAction[] = [];
  if (website) {
    const label = website.label ? localize(website.label, locale) : msg('Site officiel', { id: 'link.website' });
    web.push({ href: website.url, label, detail: renderDomain(website.url), channel: 'website', web: true });
  }
  if (chat && chat.url !== website?.url) {
    const label = chat.label ? localize(chat.label, locale) : msg('Ouvrir le tchat', { id: 'link.chat' });
    web.push({ href: chat.url, label, detail: renderDomain(chat.url), channel: 'chat', web: true });
  }
  const calls: CardAction[] = [];
  const unreachable: { phone: Phone; detail?: string }[] = [];
  for (const phone of phones ?? []) {
    const detail = phoneDetails(phone, locale, msg) || undefined;
    const tel = phone.voice === false ? undefined : telHref(phone.number);
    const sms = phone.sms ? smsHref(phone.number) : undefined;
    if (tel)
      calls.push({ href: tel, label: callLabel(phone, locale, msg), detail, channel: 'phone', web: false, phone });
    if (sms) calls.push({ href: sms, label: smsLabel(phone, locale, msg), detail, channel: 'sms', web: false, phone });
    if (!tel && !sms) unreachable.push({ phone, detail });
  }
  const actions = entry.kind === 'emergency-number' ? [...calls, ...web] : [...web, ...calls];
  if (email) {
    const href = `mailto:${email.address}`;
    actions.push({
      href,
      label: msg(str`Écrire à ${email.address}`, { id: 'link.email' }),
      channel: 'email',
      web: false,
    });
  }
  return { actions, unreachable };
}

// CSS parts and custom properties: listed once in src/styles/tokens.json (the
// manifest and the docs are generated from that list).
/**
 * One official service, number or site: what it is for, when to use it and
 * when not (with the entry to use instead), how to reach it, its hours and
 * whether it is open now, what it requires and what to prepare, and when the
 * information was checked.
 *
 * @tagname service-card
 * @summary One official service, with when to use it and how to reach it.
 *
 * @fires {GuichetLinkFollowEvent} guichet-link-follow - A link to the official service (site, chat, phone, e-mail) was followed. `detail`: `{ serviceId, channel, href }`.
 * @fires {GuichetServiceSelectEvent} guichet-service-select - The person opened the entry suggested instead. `detail`: `{ serviceId, fromServiceId }`.
 *
 * @attr heading-level - Level of the card's heading (1–6); sub-headings use the next level. By default, one below the nearest heading before the element in the page (2 when there is none).
 * @prop headingLevel - Level of the card's heading (1–6); sub-headings use the next level. By default, one below the nearest heading before the element in the page (2 when there is none).
 * @attr strings - Replacements for UI strings, by message id (see the README). Also settable as a JSON attribute.
 * @prop strings - Replacements for UI strings, by message id (see the README). Also settable as a JSON attribute.
 */
export class ServiceCard extends LinkingElement {
  static override styles = [hostStyles, controlStyles, emergencyStyles, openStatusStyles, serviceCardStyles];

  // Renders again each minute only while it says whether its entry is open now (in a list of 45, a few).
  private readonly clock = new ClockController(this, () =>
    saysOpenNow(getService(this.shownServiceId, this.catalogueData)),
  );
  private focusTitleAfterUpdate = false;

  /** Entries opened through "use instead", most recent last, for the Back button. */
  @state() private trail: string[] = [];
  @state() private expanded = false;

  /** Id of the catalogue entry to show, e.g. `thesee`. */
  @property({ reflect: true }) service = '';

  /** `full` shows everything; `compact` shows the essentials and a "More details" button. */
  @property({ reflect: true }) variant: 'full' | 'compact' = 'full';

  /** The instant used for "open now" (defaults to the current time, refreshed every minute). */
  @property({ attribute: false }) now: Date | undefined = undefined;

  /** Local contacts to add, as for `<service-list>` (also from a child `<script type="application/json">`). */
  @property({ attribute: false }) contacts: unknown = undefined;

  /** The catalogue to read from, given by a list or finder that holds local contacts. */
  @property({ attribute: false }) data: CatalogueData | undefined = undefined;

  private localCache?: LocalContactsSource;

  /** The catalogue read from (`data`, else the built-in one with this card's local contacts), derived in willUpdate. */
  private catalogueData: CatalogueData = catalogue;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('service')) {
      this.trail = [];
      this.expanded = false;
    }
    if (this.data) this.catalogueData = this.data;
    else {
      this.localCache = localContactsSource(this, this.contacts, this.localCache, 'service-card');
      this.catalogueData = this.localCache.data;
    }
  }

  protected override updated(): void {
    if (this.focusTitleAfterUpdate) {
      this.focusTitleAfterUpdate = false;
      this.renderRoot.querySelector<HTMLElement>('#title')?.focus();
    }
  }

  /** The entry shown now: the `service` attribute's, or one opened through "use instead". */
  get shownServiceId(): string {
    return this.trail.at(-1) ?? this.service.trim();
  }

  private onFollow(serviceId: string, href: string, channel: ContactChannel = 'phone'): void {
    this.dispatchEvent(new GuichetLinkFollowEvent({ serviceId, channel, href }));
  }

  private openInstead(targetId: string): void {
    const fromServiceId = this.shownServiceId;
    this.trail = [...this.trail, targetId];
    this.expanded = true;
    this.focusTitleAfterUpdate = true;
    this.dispatchEvent(new GuichetServiceSelectEvent({ serviceId: targetId, fromServiceId }));
  }

  private goBack(): void {
    this.trail = this.trail.slice(0, -1);
    this.focusTitleAfterUpdate = true;
  }

  protected override renderContent(): TemplateResult {
    const { locale, msg } = this.i18n;
    const entry = getService(this.shownServiceId, this.catalogueData);
    if (!entry) return this.renderUnknown(locale);
    const level = this.headings.level;
    const kind = getKind(entry.kind);
    const compact = this.variant === 'compact';
    // Collapsed details are not rendered at all: a list of compact cards stays cheap.
    const details = compact && !this.expanded ? nothing : this.renderDetails(entry, locale, Math.min(6, level + 1));
    return html`<article class="card" part="card" aria-labelledby="title">
      ${renderLanguageNotice(this.i18n.unsupportedOwnLanguage, msg)} ${renderLocalNotice(this.localCache, msg)} ${this.renderBack(locale)}
      ${renderHeading(level, localizeMarked(entry.name, locale), { id: 'title', className: 'title', part: 'title', focusable: true })}
      ${
        isPackLocale(locale) && !localize(entry.name, locale).includes(entry.name.fr)
          ? html`<p class="official-name">
              ${msg('Nom officiel :', { id: 'card.officialName' })} <span lang="fr">${entry.name.fr}</span>
            </p>`
          : nothing
      }
      <p class="kind">${kind ? localize(kind.name, locale) : nothing}</p>
      <p class="summary">${localizeMarked(entry.summary, locale)}</p>
      ${entry.history ? html`<p class="history">${localizeMarked(entry.history, locale)}</p>` : nothing}
      ${this.renderActions(entry, locale)} ${this.renderHours(entry, locale)}
      ${
        compact
          ? html`<button
              class="button more"
              type="button"
              aria-expanded=${this.expanded ? 'true' : 'false'}
              aria-controls="details"
              @click=${() => (this.expanded = !this.expanded)}
            >
              ${
                this.expanded
                  ? msg('Moins de détails', { id: 'card.lessDetails' })
                  : msg('Plus de détails', { id: 'card.moreDetails' })
              }
              <span class="visually-hidden">: ${localizeMarked(entry.name, locale)}</span>
            </button>
            <div id="details" class="details" ?hidden=${!this.expanded}>${details}</div>`
          : details
      }
    </article>`;
  }

  private renderBack(locale: Locale): TemplateResult | typeof nothing {
    const { msg } = this.i18n;
    if (this.trail.length === 0) return nothing;
    const previousId = this.trail.at(-2) ?? this.service;
    const previous = getService(previousId, this.catalogueData);
    const name = previous ? localize(previous.name, locale) : previousId;
    return html`<button class="link-button back" type="button" @click=${this.goBack}>
      <span class="arrow" aria-hidden="true">←</span> ${markFrench(msg(str`Retour : ${name}`, { id: 'card.back' }), locale)}
    </button>`;
  }

  private renderUnknown(locale: Locale): TemplateResult {
    const { msg } = this.i18n;
    const id = this.shownServiceId;
    const valid = `Valid ids: ${getServiceIds(this.catalogueData).join(', ')}.`;
    warnOnce(
      id
        ? `<service-card>: unknown service "${id}". ${valid}`
        : `<service-card>: the service attribute is missing. ${valid}`,
      {
        key: `<service-card> unknown service "${id}"`,
      },
    );
    return html`<div class="card" part="card">
      <p class="notice" part="notice" role="note">
        ${
          id
            ? msg(str`Service « ${id} » introuvable : vérifiez l'attribut service de cet élément.`, {
                id: 'card.unknown',
              })
            : msg("Aucun service choisi : ajoutez l'attribut service à cet élément.", { id: 'card.missing' })
        }
      </p>
      ${renderEmergencyNumbers(getEmergencyNumbers(), locale, msg, (_event, serviceId, href, channel) => this.onFollow(serviceId, href, channel))}
    </div>`;
  }

  /**
   * The ways to reach the service (see `cardActions`). The first is the main
   * button (filled); all share one anatomy: what it does, and under it where
   * it leads (the domain) or what it costs.
   */
  private renderActions(entry: ServiceEntry, locale: Locale): TemplateResult {
    const { msg } = this.i18n;
    const { actions, unreachable } = cardActions(entry, locale, msg);
    const main = entry.kind === 'emergency-number' ? 'danger' : 'primary';
    return html`<div class="actions" part="actions">
      ${actions.map((action, index) => this.renderAction(entry, action, index === 0 ? main : ''))}
      ${unreachable.map(
        ({ phone, detail }) =>
          html`<p class="action"><strong dir="ltr">${renderNumber(phone.display)}</strong>${
            detail
              ? html` <span class="phone-details">(${renderWithNumbers(detail, phoneDisplays(entry), locale)})</span>`
              : nothing
          }</p>`,
      )}
      ${this.renderMoreInfo(entry)}
    </div>`;
  }

  private renderAction(entry: ServiceEntry, action: CardAction, style: string): TemplateResult {
    const { target, note } = this.linkTarget();
    return html`<a
      class="button action-button ${style}"
      href=${action.href}
      target=${action.web ? target : nothing}
      rel=${action.web ? 'noopener noreferrer' : nothing}
      @click=${() => this.onFollow(entry.id, action.href, action.channel)}
      ><span class="action-label">${
        action.phone
          ? renderWithNumbers(action.label, phoneDisplays(entry), this.i18n.locale)
          : markFrench(action.label, this.i18n.locale)
      }</span
      ><span class=${action.web ? 'domain' : 'phone-details'}>${
        typeof action.detail === 'string'
          ? renderWithNumbers(action.detail, phoneDisplays(entry), this.i18n.locale)
          : (action.detail ?? nothing)
      }</span
      >${action.web ? note : nothing}</a
    >`;
  }

  private renderMoreInfo(entry: ServiceEntry): TemplateResult | typeof nothing {
    const { msg } = this.i18n;
    const { moreInfo } = entry.access;
    if (!moreInfo) return nothing;
    const { target, note } = this.linkTarget();
    return html`<a href=${moreInfo.url} target=${target} rel="noopener noreferrer" @click=${() => this.onFollow(entry.id, moreInfo.url, 'more-info')}
      >${
        moreInfo.label
          ? localizeMarked(moreInfo.label, this.i18n.locale)
          : msg('En savoir plus (site officiel)', { id: 'link.moreInfo' })
      }${note}</a
    >`;
  }

  private renderHours(entry: ServiceEntry, locale: Locale): TemplateResult | typeof nothing {
    const { msg } = this.i18n;
    // Hours that cannot be confirmed are not given as hours: only their note, which says what is known.
    if (!entry.hours)
      return entry.hoursNote
        ? html`<div class="hours"><p class="hours-note">${localizeMarked(entry.hoursNote, locale)}</p></div>`
        : nothing;
    const live = saysOpenNow(entry);
    const always = 'always' in entry.hours;
    return html`<div class="hours">
      ${live ? renderOpenStatus(entry.hours, this.clock.now, msg) : nothing}
      <span
        >${live ? msg('Horaires :', { id: 'hours.label' }) : msg('Disponible :', { id: 'hours.availableLabel' })}
        ${describeHours(entry.hours, locale, msg)}</span
      >
      ${always ? nothing : html`<span class="paris-time">${msg('(heure de Paris)', { id: 'hours.parisTime' })}</span>`}
      ${entry.hoursNote ? html`<p class="hours-note">${localizeMarked(entry.hoursNote, locale)}</p>` : nothing}
    </div>`;
  }

  /** What the compact card keeps behind "More details": when to use it and not, for whom, what it takes, then its sources. */
  private renderDetails(entry: ServiceEntry, locale: Locale, level: number): TemplateResult {
    const { msg } = this.i18n;
    const texts = (title: string, items: ServiceEntry['useWhen']) =>
      items.length ? renderSection(level, title, renderTextList(items, locale)) : nothing;
    return html`
      ${texts(
        entry.useWhenAll
          ? msg('Quand l’utiliser (toutes ces conditions)', { id: 'card.useWhenAll' })
          : msg('Quand l’utiliser', { id: 'card.useWhen' }),
        entry.useWhen,
      )}
      ${this.renderNotFor(entry, locale, level)}
      ${
        entry.audience.length
          ? renderSection(
              level,
              msg('Pour qui', { id: 'card.audience' }),
              html`<p>${entry.audience.map((a) => audienceLabel(a, msg)).join(', ')}</p>`,
            )
          : nothing
      }
      ${texts(msg('Conditions et prérequis', { id: 'card.requirements' }), entry.requirements)}
      ${texts(msg('À préparer', { id: 'card.prepare' }), entry.prepare)} ${texts(msg('Bon à savoir', { id: 'card.notes' }), entry.notes)}
      ${this.renderFooter(entry, locale)}
    `;
  }

  /** When not to use it, each case with the entries to use instead (opened in this card). */
  private renderNotFor(entry: ServiceEntry, locale: Locale, level: number): TemplateResult | typeof nothing {
    const { msg } = this.i18n;
    if (!entry.notFor.length) return nothing;
    return renderSection(
      level,
      msg('Quand ne pas l’utiliser', { id: 'card.notFor' }),
      html`<ul>
        ${entry.notFor.map(
          (exclusion) =>
            html`<li>
              ${localizeMarked(exclusion.text, locale)} ${exclusion.useInstead.length ? this.renderInstead(exclusion, locale) : nothing}
            </li>`,
        )}
      </ul>`,
    );
  }

  private renderInstead(exclusion: Exclusion, locale: Locale): TemplateResult {
    const { msg } = this.i18n;
    return html`<span class="instead"
      >${exclusion.useInstead.map((id) => {
        const target = getService(id, this.catalogueData);
        if (!target) return nothing;
        const name = localize(target.shortName ?? target.name, locale);
        return html`<button class="link-button" type="button" @click=${() => this.openInstead(id)}>
          ${markFrench(msg(str`Voir : ${name}`, { id: 'card.seeInstead' }), locale)}
        </button>`;
      })}</span
    >`;
  }

  /**
   * When the entry was checked, whether the page added it, and its sources. A
   * screen reader hears which card the sources button belongs to, and each
   * source link's whole address (the page after the domain shown): several
   * cards or pages of one site never give two controls one name.
   */
  private renderFooter(entry: ServiceEntry, locale: Locale): TemplateResult {
    const { msg } = this.i18n;
    return html`<div class="footer">
      ${
        entry.checked
          ? html`<p class="checked">${msg(str`Informations vérifiées le ${formatDate(entry.checked, locale)}.`, { id: 'card.checked' })}</p>`
          : nothing
      }
      ${entry.local ? html`<p class="checked">${msg('Contact ajouté par ce site.', { id: 'card.local' })}</p>` : nothing}
      ${
        entry.sources.length
          ? html`<details>
            <summary>
              ${msg(str`Sources (${entry.sources.length})`, { id: 'card.sources' })}
              <span class="visually-hidden">: ${localizeMarked(entry.name, locale)}</span>
            </summary>
            <ul>
              ${entry.sources.map(
                (source) =>
                  html`<li>
                    <a href=${source.url} rel="noopener noreferrer" @click=${() => this.onFollow(entry.id, source.url, 'source')}
                      >${domainOf(source.url)}<span class="visually-hidden">${pageOf(source.url)}</span></a
                    >${source.date ? ` (${formatDate(source.date, locale)})` : ''}
                  </li>`,
              )}
            </ul>
          </details>`
          : nothing
      }
    </div>`;
  }
}

/** Whether a card says if the entry is open now: a line or a chat with hours, not a site or an online service. */
function saysOpenNow(entry: ServiceEntry | undefined): boolean {
  return !!entry?.hours && entry.kind !== 'online-service' && entry.kind !== 'information-site';
}

function audienceLabel(audience: Audience, msg: Msg): string {
  switch (audience) {
    case 'adults':
      return msg('adultes', { id: 'audience.adults' });
    case 'minors':
      return msg('mineurs', { id: 'audience.minors' });
    case 'victims':
      return msg('victimes', { id: 'audience.victims' });
    case 'witnesses':
      return msg('témoins', { id: 'audience.witnesses' });
    case 'professionals':
      return msg('professionnels', { id: 'audience.professionals' });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'service-card': ServiceCard;
  }
}
