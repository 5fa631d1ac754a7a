import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { str } from '@lit/localize';
import { msg } from '../../i18n/msg.js';
import { getEmergencyNumbers, getKind, getService, getServiceIds, localize } from '../../catalogue/catalogue.js';
import { isOpenAt } from '../../catalogue/hours.js';
import type { Audience, CatalogueData, Locale, ServiceEntry } from '../../catalogue/types.js';
import { localContactsSource, renderLocalNotice, type LocalContactsSource } from '../shared/local-contacts.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import type { StringOverrides } from '../../i18n/msg.js';
import { hostStyles } from '../../styles/host.styles.js';
import { ColorSchemeController, type Theme } from '../shared/color-scheme.js';
import { emergencyStyles } from '../shared/shared.styles.js';
import { callLabel, domainOf, phoneDetails, renderDomain, renderEmergencyNumbers, renderLanguageNotice, smsLabel } from '../shared/contact-links.js';
import { smsHref, telHref } from '../../catalogue/links.js';
import { GuichetLinkFollowEvent, GuichetServiceSelectEvent, type ContactChannel } from '../../events.js';
import { HeadingLevelController, renderHeading } from '../shared/heading.js';
import { describeHours, formatDate } from '../shared/format.js';
import { onEveryMinute } from '../shared/clock.js';
import { jsonObjectConverter } from '../shared/safe-json.js';
import { VERSION } from '../../version.js';
import { serviceCardStyles } from './service-card.styles.js';

const warnedIds = new Set<string>();

/**
 * One official service, number or site: what it is for, when to use it and
 * when not (with the entry to use instead), how to reach it, its hours and
 * whether it is open now, what it requires and what to prepare, and when the
 * information was checked.
 *
 * @tagname service-card
 * @summary One official service, with when to use it and how to reach it.
 *
 * @fires guichet-link-follow - A link to the official service (site, chat, phone, e-mail) was followed. `detail`: `{ serviceId, channel, href }`.
 * @fires guichet-service-select - The person opened the entry suggested instead. `detail`: `{ serviceId, fromServiceId }`.
 *
 * @csspart card - The card's frame.
 * @csspart title - The service's name (a real heading).
 * @csspart actions - The links and phone numbers that reach the service.
 * @csspart notice - A message for the page author (unknown id, unsupported language).
 * @csspart emergency - The emergency numbers shown when the service is unknown.
 *
 * @cssprop [--guichet-color-background=#ffffff] - Card background (dark theme: #17191d).
 * @cssprop [--guichet-color-surface=#f4f5f7] - Background of notices (dark theme: #23262c).
 * @cssprop [--guichet-color-text=#1d2127] - Text colour (dark theme: #eef0f3).
 * @cssprop [--guichet-color-muted=#4b5360] - Secondary text (dark theme: #bcc2cc).
 * @cssprop [--guichet-color-border=#767f8c] - Borders (dark theme: #8e96a3).
 * @cssprop [--guichet-color-accent=#0b5a6e] - Links and main actions (dark theme: #86cfe2).
 * @cssprop [--guichet-color-on-accent=#ffffff] - Text on the accent colour (dark theme: #0b1a1f).
 * @cssprop [--guichet-color-danger=#a11f1a] - Emergency numbers and "closed" (dark theme: #ffa59d).
 * @cssprop [--guichet-color-on-danger=#ffffff] - Text on the danger colour (dark theme: #2a0705).
 * @cssprop [--guichet-color-success=#1b6431] - "Open now" (dark theme: #93dba6).
 * @cssprop [--guichet-color-focus=#0b5a6e] - Focus outline (dark theme: #a6e0ef).
 * @cssprop [--guichet-font-family=inherit] - Font; inherited from the page by default.
 * @cssprop [--guichet-font-size=medium] - Base size; `medium` follows the reader's browser setting, not the page's root size.
 * @cssprop [--guichet-radius=0.5em] - Corner radius.
 * @cssprop [--guichet-space=1em] - Inner spacing.
 */
export class ServiceCard extends LitElement {
  static override styles = [hostStyles, emergencyStyles, serviceCardStyles];
  /** Marks the classes of this library, so a second copy on the page is recognised. */
  static readonly guichetSecuriteVersion = VERSION;

  private readonly i18n = new I18nController(this);
  private readonly headings = new HeadingLevelController(this);
  // Sets the theme the page supports (see ColorSchemeController).
  protected readonly scheme = new ColorSchemeController(this);
  private stopClock?: () => void;
  private focusTitleAfterUpdate = false;

  /** Entries opened through "use instead", most recent last, for the Back button. */
  @state() private trail: string[] = [];
  @state() private expanded = false;

  /** Id of the catalogue entry to show, e.g. `thesee`. */
  @property({ reflect: true }) service = '';

  /** `full` shows everything; `compact` shows the essentials and a "More details" button. */
  @property({ reflect: true }) variant: 'full' | 'compact' = 'full';

  /**
   * Level of the card's heading (1–6); sub-headings use the next level. By default, one
   * below the nearest heading before the element in the page (2 when there is none).
   */
  @property({ attribute: 'heading-level', type: Number }) headingLevel: number | undefined = undefined;

  /**
   * `light`, `dark`, or `auto` (the reader's system setting). By default light,
   * unless the page declares it supports dark (its `color-scheme`): dark-only
   * pages get dark, pages that support both follow the reader.
   */
  @property({ reflect: true }) theme: Theme | undefined = undefined;

  /** Open official links in a new window (the link text then says so). */
  @property({ attribute: 'new-window', type: Boolean }) newWindow = false;

  /** Replacements for UI strings, by message id (see the README). Also settable as a JSON attribute. */
  @property({ converter: jsonObjectConverter<StringOverrides>('strings') }) strings: StringOverrides | undefined = undefined;

  /** The instant used for "open now" (defaults to the current time, refreshed every minute). */
  @property({ attribute: false }) now: Date | undefined = undefined;

  /** Local contacts to add, as for `<service-list>` (also from a child `<script type="application/json">`). */
  @property({ attribute: false }) contacts: unknown = undefined;

  /** The catalogue to read from, given by a list or finder that holds local contacts. */
  @property({ attribute: false }) data: CatalogueData | undefined = undefined;

  private localCache?: LocalContactsSource;

  private get catalogueData(): CatalogueData {
    if (this.data) return this.data;
    this.localCache = localContactsSource(this, this.contacts, this.localCache, 'service-card');
    return this.localCache.data;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopClock = onEveryMinute(() => {
      if (!this.now) this.requestUpdate();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopClock?.();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('service')) {
      this.trail = [];
      this.expanded = false;
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

  private onFollow(event: Event, serviceId: string, href: string, channel: ContactChannel = 'phone'): void {
    void event;
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

  override render(): TemplateResult {
    return this.i18n.render(() => this.renderCard());
  }

  private renderCard(): TemplateResult {
    const locale = this.i18n.locale;
    const entry = getService(this.shownServiceId, this.catalogueData);
    if (!entry) return this.renderUnknown(locale);
    const level = this.headings.level;
    const kind = getKind(entry.kind);
    const compact = this.variant === 'compact';
    // Collapsed details are not rendered at all: a list of compact cards stays cheap.
    const details = compact && !this.expanded ? nothing : this.renderDetails(entry, locale, Math.min(6, level + 1));
    return html`<article class="card" part="card" aria-labelledby="title">
      ${renderLanguageNotice(this.i18n.unsupportedOwnLanguage)} ${renderLocalNotice(this.localCache)} ${this.renderBack(locale)}
      ${renderHeading(level, localize(entry.name, locale), { id: 'title', className: 'title', part: 'title', focusable: true })}
      ${kind ? html`<p class="kind">${localize(kind.name, locale)}</p>` : nothing}
      <p class="summary">${localize(entry.summary, locale)}</p>
      ${entry.history ? html`<p class="history">${localize(entry.history, locale)}</p>` : nothing}
      ${this.renderActions(entry, locale)} ${this.renderHours(entry, locale)}
      ${compact
        ? html`<button
              class="button more"
              type="button"
              aria-expanded=${this.expanded ? 'true' : 'false'}
              aria-controls="details"
              @click=${() => (this.expanded = !this.expanded)}
            >
              ${this.expanded
                ? msg('Moins de détails', { id: 'card.lessDetails' })
                : msg('Plus de détails', { id: 'card.moreDetails' })}
              <span class="visually-hidden">: ${localize(entry.name, locale)}</span>
            </button>
            <div id="details" class="details" ?hidden=${!this.expanded}>${details}</div>`
        : details}
    </article>`;
  }

  private renderBack(locale: Locale): TemplateResult | typeof nothing {
    if (this.trail.length === 0) return nothing;
    const previousId = this.trail.at(-2) ?? this.service;
    const previous = getService(previousId, this.catalogueData);
    const name = previous ? localize(previous.name, locale) : previousId;
    return html`<button class="link-button back" type="button" @click=${this.goBack}>
      ${msg(str`← Retour : ${name}`, { id: 'card.back' })}
    </button>`;
  }

  private renderUnknown(locale: Locale): TemplateResult {
    const id = this.shownServiceId;
    if (!warnedIds.has(id)) {
      warnedIds.add(id);
      console.warn(
        id
          ? `[guichet-securite] <service-card>: unknown service "${id}". Valid ids: ${getServiceIds(this.catalogueData).join(', ')}.`
          : `[guichet-securite] <service-card>: the service attribute is missing. Valid ids: ${getServiceIds(this.catalogueData).join(', ')}.`,
      );
    }
    return html`<div class="card" part="card">
      <p class="notice" part="notice" role="note">
        ${id
          ? msg(str`Service « ${id} » introuvable : vérifiez l'attribut service de cet élément.`, { id: 'card.unknown' })
          : msg("Aucun service choisi : ajoutez l'attribut service à cet élément.", { id: 'card.missing' })}
      </p>
      ${renderEmergencyNumbers(getEmergencyNumbers(), locale, (event, serviceId, href, channel) => this.onFollow(event, serviceId, href, channel))}
    </div>`;
  }

  private linkTarget(): { target: string | typeof nothing; note: TemplateResult | typeof nothing } {
    if (!this.newWindow) return { target: nothing, note: nothing };
    return {
      target: '_blank',
      note: html`<span class="visually-hidden">${msg('(nouvelle fenêtre)', { id: 'link.newWindow' })}</span>`,
    };
  }

  /**
   * The ways to reach the service, in order: the emergency number's call first,
   * else the site, the chat, then calls and texts, then e-mail. The first is the
   * main button (filled); all share one anatomy: what it does, and under it where
   * it leads (the domain) or what it costs.
   */
  private renderActions(entry: ServiceEntry, locale: Locale): TemplateResult {
    const { website, chat, phones, email, moreInfo } = entry.access;
    const { target, note } = this.linkTarget();
    const emergency = entry.kind === 'emergency-number';
    type Action = { href: string; label: string; detail?: unknown; channel: ContactChannel; web: boolean };
    const web: Action[] = [];
    if (website) {
      const label = website.label ? localize(website.label, locale) : msg('Site officiel', { id: 'link.website' });
      web.push({ href: website.url, label, detail: renderDomain(website.url), channel: 'website', web: true });
    }
    if (chat && chat.url !== website?.url) {
      const label = chat.label ? localize(chat.label, locale) : msg('Ouvrir le tchat', { id: 'link.chat' });
      web.push({ href: chat.url, label, detail: renderDomain(chat.url), channel: 'chat', web: true });
    }
    const calls: Action[] = [];
    const unreachable: TemplateResult[] = [];
    for (const phone of phones ?? []) {
      const detail = phoneDetails(phone, locale) || undefined;
      const tel = phone.voice === false ? undefined : telHref(phone.number);
      const sms = phone.sms ? smsHref(phone.number) : undefined;
      if (tel) calls.push({ href: tel, label: callLabel(phone), detail, channel: 'phone', web: false });
      if (sms) calls.push({ href: sms, label: smsLabel(phone), detail, channel: 'sms', web: false });
      if (!tel && !sms) {
        unreachable.push(html`<p class="action"><strong>${phone.display}</strong>${detail ? html` <span class="phone-details">(${detail})</span>` : nothing}</p>`);
      }
    }
    const actions = emergency ? [...calls, ...web] : [...web, ...calls];
    if (email) {
      const href = `mailto:${email.address}`;
      actions.push({ href, label: msg(str`Écrire à ${email.address}`, { id: 'link.email' }), channel: 'email', web: false });
    }
    const main = emergency ? 'danger' : 'primary';
    return html`<div class="actions" part="actions">
      ${actions.map(
        (action, index) =>
          html`<a
            class="button action-button ${index === 0 ? main : ''}"
            href=${action.href}
            target=${action.web ? target : nothing}
            rel=${action.web ? 'noopener noreferrer' : nothing}
            @click=${(event: Event) => this.onFollow(event, entry.id, action.href, action.channel)}
            ><span class="action-label">${action.label}</span>${action.detail
              ? html`<span class=${action.web ? 'domain' : 'phone-details'}>${action.detail}</span>`
              : nothing}${action.web ? note : nothing}</a
          >`,
      )}
      ${unreachable}
      ${moreInfo
        ? html`<a
            href=${moreInfo.url}
            target=${target}
            rel="noopener noreferrer"
            @click=${(event: Event) => this.onFollow(event, entry.id, moreInfo.url, 'more-info')}
            >${msg('En savoir plus (site officiel)', { id: 'link.moreInfo' })}${note}</a
          >`
        : nothing}
    </div>`;
  }

  private renderHours(entry: ServiceEntry, locale: Locale): TemplateResult | typeof nothing {
    if (!entry.hours) return nothing;
    const live = entry.kind !== 'online-service' && entry.kind !== 'information-site';
    const open = isOpenAt(entry.hours, this.now ?? new Date());
    const always = 'always' in entry.hours;
    return html`<div class="hours">
      ${live
        ? html`<span class="status ${open ? 'open' : 'closed'}"
            >${open
              ? msg('Ouvert en ce moment', { id: 'hours.openNow' })
              : msg('Fermé en ce moment', { id: 'hours.closedNow' })}</span
          >`
        : nothing}
      <span
        >${live
          ? msg('Horaires :', { id: 'hours.label' })
          : msg('Disponible :', { id: 'hours.availableLabel' })}
        ${describeHours(entry.hours, locale)}</span
      >
      ${always ? nothing : html`<span class="paris-time">${msg('(heure de Paris)', { id: 'hours.parisTime' })}</span>`}
      ${entry.hoursNote ? html`<p class="hours-note">${localize(entry.hoursNote, locale)}</p>` : nothing}
    </div>`;
  }

  private renderDetails(entry: ServiceEntry, locale: Locale, level: number): TemplateResult {
    const list = (items: readonly { fr: string; en: string }[]) =>
      html`<ul>
        ${items.map((item) => html`<li>${localize(item, locale)}</li>`)}
      </ul>`;
    const section = (title: string, content: unknown) =>
      html`<section class="section">${renderHeading(level, title)} ${content}</section>`;
    return html`
      ${entry.useWhen.length
        ? section(
            entry.useWhenAll
              ? msg('Quand l’utiliser (toutes ces conditions)', { id: 'card.useWhenAll' })
              : msg('Quand l’utiliser', { id: 'card.useWhen' }),
            list(entry.useWhen),
          )
        : nothing}
      ${entry.notFor.length
        ? section(
            msg('Quand ne pas l’utiliser', { id: 'card.notFor' }),
            html`<ul>
              ${entry.notFor.map(
                (exclusion) =>
                  html`<li>
                    ${localize(exclusion.text, locale)}
                    ${exclusion.useInstead.length
                      ? html`<span class="instead"
                          >${exclusion.useInstead.map((id) => {
                            const target = getService(id, this.catalogueData);
                            if (!target) return nothing;
                            const name = localize(target.shortName ?? target.name, locale);
                            return html`<button class="link-button" type="button" @click=${() => this.openInstead(id)}>
                              ${msg(str`Voir : ${name}`, { id: 'card.seeInstead' })}
                            </button>`;
                          })}</span
                        >`
                      : nothing}
                  </li>`,
              )}
            </ul>`,
          )
        : nothing}
      ${entry.audience.length
        ? section(msg('Pour qui', { id: 'card.audience' }), html`<p>${entry.audience.map((a) => audienceLabel(a)).join(', ')}</p>`)
        : nothing}
      ${entry.requirements.length ? section(msg('Conditions et prérequis', { id: 'card.requirements' }), list(entry.requirements)) : nothing}
      ${entry.prepare.length ? section(msg('À préparer', { id: 'card.prepare' }), list(entry.prepare)) : nothing}
      ${entry.notes.length ? section(msg('Bon à savoir', { id: 'card.notes' }), list(entry.notes)) : nothing}
      <div class="footer">
        ${entry.checked
          ? html`<p class="checked">${msg(str`Informations vérifiées le ${formatDate(entry.checked, locale)}.`, { id: 'card.checked' })}</p>`
          : nothing}
        ${entry.local ? html`<p class="checked">${msg('Contact ajouté par ce site.', { id: 'card.local' })}</p>` : nothing}
        ${entry.sources.length ? html`<details>
          <summary>${msg(str`Sources (${entry.sources.length})`, { id: 'card.sources' })}</summary>
          <ul>
            ${entry.sources.map(
              (source) =>
                html`<li>
                  <a
                    href=${source.url}
                    rel="noopener noreferrer"
                    @click=${(event: Event) => this.onFollow(event, entry.id, source.url, 'source')}
                    >${domainOf(source.url)}</a
                  >${source.date ? ` (${source.date})` : ''}
                </li>`,
            )}
          </ul>
        </details>` : nothing}
      </div>
    `;
  }
}

function audienceLabel(audience: Audience): string {
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
