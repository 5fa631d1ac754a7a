import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { str } from '../../i18n/str.js';
import type { Locale } from '../../i18n/locales.js';
import { catalogue, getEmergencyNumbers, localize } from '../../catalogue/catalogue.js';
import { filterServices, normalizeDepartment } from '../../catalogue/search.js';
import type { CatalogueData, Label, ServiceEntry } from '../../catalogue/types.js';
import { GuichetLinkFollowEvent } from '../../events/link-follow.js';
import { warnOnce } from '../../console.js';
import { hostStyles } from '../../styles/host.styles.js';
import { controlStyles } from '../../styles/control.styles.js';
import { LinkingElement } from '../shared/headed-element.js';
import { markedVersion } from '../shared/version-marker.js';
import { listAttribute } from '../shared/list-attribute.js';
import { localContactsSource, renderLocalNotice, type LocalContactsSource } from '../shared/local-contacts.js';
import { emergencyStyles } from '../shared/shared.styles.js';
import { renderEmergencyNumbers, renderLanguageNotice } from '../shared/contact-links.js';
import { renderCardItem } from '../shared/nested.js';
import { ownTag } from '../shared/own-tag.js';
import { ServiceCard } from '../service-card/service-card.js';
import { serviceListStyles } from './service-list.styles.js';
// Its English messages (src/generated/english/, left out of the drop-in, which is French only).
import '../../generated/english/service-list.js';

const ANNOUNCE_DELAY_MS = 600;

// CSS parts and custom properties: listed once in src/styles/tokens.json (the
// manifest and the docs are generated from that list).
/**
 * The catalogue, or a chosen part of it, that visitors can search and filter
 * by category and département. Each entry is a compact `<service-card>`.
 *
 * @tagname service-list
 * @summary A searchable, filterable list of official services.
 *
 * @fires {GuichetLinkFollowEvent} guichet-link-follow - A link to an official service was followed (from a card). `detail`: `{ serviceId, channel, href }`.
 * @fires {GuichetServiceSelectEvent} guichet-service-select - The person opened the entry suggested instead (from a card). `detail`: `{ serviceId, fromServiceId }`.
 *
 * @attr heading-level - Heading level of each card (1–6). By default, one below the nearest heading before the element in the page (2 when there is none).
 * @prop headingLevel - Heading level of each card (1–6). By default, one below the nearest heading before the element in the page (2 when there is none).
 * @attr strings - Replacements for UI strings, by message id, passed on to the cards too. Also settable as a JSON attribute.
 * @prop strings - Replacements for UI strings, by message id, passed on to the cards too. Also settable as a JSON attribute.
 */
export class ServiceList extends LinkingElement {
  static override styles = [hostStyles, controlStyles, emergencyStyles, serviceListStyles];

  private announceTimer: ReturnType<typeof setTimeout> | undefined;

  @state() private query = '';
  @state() private checkedCategories: string[] = [];
  @state() private departmentInput = '';
  /** What the live region says; updated a moment after the results settle. */
  @state() private announcement = '';
  /** The visitor asked to answer the finder's questions after a search that found nothing. */
  @state() private finderShown = false;

  /** Only these entries, in this order (ids separated by commas or spaces). */
  @property() services = '';

  /** Only entries in these categories (ids separated by commas or spaces, e.g. `emergency,help-support`). */
  @property() category = '';

  /** Only entries of these kinds (separated by commas or spaces: `online-service`, `chat`, `phone-line`, `emergency-number`, `information-site`). */
  @property() kind = '';

  /**
   * Département code (`35`, `2A`, `974`…): hides local contacts not available there.
   * The built-in services are national, so the field visitors can change appears
   * only when a local contact is limited to départements (and not with `no-filters`).
   */
  @property() department = '';

  /** Hide the search field. */
  @property({ attribute: 'no-search', type: Boolean }) noSearch = false;

  /** Hide the category and département filters. */
  @property({ attribute: 'no-filters', type: Boolean }) noFilters = false;

  /**
   * Local contacts to add (the town's police municipale, the local victim-support
   * office…): a list of entries shaped like catalogue entries. Also readable from
   * a child `<script type="application/json">`. Invalid entries are refused one
   * by one, with the reason in the console and a notice here.
   */
  @property({ attribute: false }) contacts: unknown = undefined;

  private localCache?: LocalContactsSource;

  // Derived in willUpdate, once per update: read by the render and the announcement.
  /** The catalogue with this element's local contacts. */
  private data: CatalogueData = catalogue;
  /** Entries chosen by the page author's attributes, before the visitor's filters. */
  private baseServices: ServiceEntry[] = [];

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('department')) this.departmentInput = this.department;
    this.localCache = localContactsSource(this, this.contacts, this.localCache, 'service-list');
    const data = this.localCache.data;
    if (
      data !== this.data ||
      changed.has('services') ||
      changed.has('category') ||
      changed.has('kind') ||
      !this.hasUpdated
    )
      this.baseServices = this.chosenServices(data);
    this.data = data;
    // The count is said when the visitor's filters change, never when the list first appears.
    if (this.hasUpdated && (changed.has('query') || changed.has('checkedCategories') || changed.has('departmentInput')))
      this.scheduleAnnouncement();
  }

  /** Entries chosen by the page author's attributes (unknown ids and categories reported once), before the visitor's filters. */
  private chosenServices(data: CatalogueData): ServiceEntry[] {
    const ids = listAttribute(this.services);
    const known = new Set(data.services.map((service) => service.id));
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length) {
      warnOnce(`<service-list>: unknown service ids: ${unknown.join(', ')}. Valid ids: ${[...known].join(', ')}.`, {
        key: `<service-list> ids ${unknown.join()}`,
      });
    }
    const categories = listAttribute(this.category);
    const unknownCategories = categories.filter((id) => !catalogue.categories.some((c) => c.id === id));
    if (unknownCategories.length) {
      warnOnce(
        `<service-list>: unknown categories: ${unknownCategories.join(', ')}. Valid: ${catalogue.categories.map((c) => c.id).join(', ')}.`,
      );
    }
    return filterServices({ ids, categories, kinds: listAttribute(this.kind) }, data);
  }

  private get departmentFilter(): { code?: string; invalid: boolean } {
    const input = this.departmentInput.trim();
    if (!input) return { invalid: false };
    const code = normalizeDepartment(input);
    return code ? { code, invalid: false } : { invalid: true };
  }

  private visibleServices(base: ServiceEntry[]): ServiceEntry[] {
    return filterServices(
      {
        ids: base.map((service) => service.id),
        categories: this.checkedCategories,
        department: this.departmentFilter.code,
        query: this.query,
      },
      { ...this.data, services: base },
    );
  }

  private scheduleAnnouncement(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.announcement = this.countText(this.visibleServices(this.baseServices).length);
    }, ANNOUNCE_DELAY_MS);
  }

  private countText(count: number): string {
    const { msg } = this.i18n;
    if (count === 0) return msg('Aucun service ne correspond', { id: 'list.countNone' });
    if (count === 1) return msg('1 service', { id: 'list.countOne' });
    return msg(str`${count} services`, { id: 'list.countMany' });
  }

  private onSearch(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    this.finderShown = false;
  }

  private onCategory(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.checkedCategories = input.checked
      ? [...this.checkedCategories, input.value]
      : this.checkedCategories.filter((id) => id !== input.value);
    this.finderShown = false;
  }

  private onDepartment(event: Event): void {
    this.departmentInput = (event.target as HTMLInputElement).value;
    this.finderShown = false;
  }

  private async showFinder(): Promise<void> {
    this.finderShown = true;
    await this.updateComplete;
    const finder = this.renderRoot.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>('report-finder');
    await finder?.updateComplete;
    finder?.focus();
  }

  /** Clears the visitor's search and filters (the page author's attributes stay). */
  clearFilters(): void {
    this.query = '';
    this.checkedCategories = [];
    this.departmentInput = this.department;
    this.finderShown = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('input')?.focus());
  }

  private renderUnknownIds(): TemplateResult | typeof nothing {
    const { msg } = this.i18n;
    const known = new Set(this.data.services.map((service) => service.id));
    const unknown = listAttribute(this.services).filter((id) => !known.has(id));
    if (!unknown.length) return nothing;
    return html`<p class="notice" part="notice">${msg(str`Identifiants inconnus ignorés : ${unknown.join(', ')}.`, { id: 'list.unknownIds' })}</p>`;
  }

  private renderDepartmentField(department: { invalid: boolean }): TemplateResult {
    const { msg } = this.i18n;
    return html`<div class="field">
      <label for="department">${msg('Votre département (numéro)', { id: 'list.departmentLabel' })}</label>
      <span class="hint" id="department-hint">${msg('Par exemple : 35, 2A ou 974', { id: 'list.departmentHint' })}</span>
      <input
        id="department"
        class="department"
        type="text"
        autocomplete="off"
        maxlength="3"
        aria-describedby=${department.invalid ? 'department-hint department-error' : 'department-hint'}
        aria-invalid=${department.invalid ? 'true' : 'false'}
        .value=${this.departmentInput}
        @input=${this.onDepartment}
      />
      ${
        department.invalid
          ? html`<span class="error" id="department-error"
            >${msg(str`« ${this.departmentInput} » n'est pas un numéro de département.`, { id: 'list.departmentError' })}</span
          >`
          : nothing
      }
    </div>`;
  }

  /**
   * Nothing matches: one message, the emergency numbers, and two ways on:
   * answer the finder's questions (when the page has `<report-finder>`, which
   * then shows the emergency numbers itself), or clear the search and filters.
   */
  private renderEmpty(locale: Locale): TemplateResult {
    const { msg } = this.i18n;
    // The finder is offered when this library's <report-finder> is on the page (the drop-in always registers it).
    const finderAvailable = markedVersion(customElements.get('report-finder')) !== undefined;
    return html`<div class="empty">
      <p>${msg('Aucun service ne correspond à votre recherche.', { id: 'list.empty' })}</p>
      ${
        this.finderShown
          ? nothing
          : renderEmergencyNumbers(getEmergencyNumbers(), locale, msg, (_event, serviceId, href, channel) =>
              this.dispatchEvent(new GuichetLinkFollowEvent({ serviceId, channel, href })),
            )
      }
      <div class="empty-actions">
        ${
          finderAvailable && !this.finderShown
            ? html`<button class="button primary" type="button" @click=${this.showFinder}>
              ${msg('Répondre à quelques questions pour trouver le bon service', { id: 'list.askFinder' })}
            </button>`
            : nothing
        }
        <button class="button" type="button" @click=${this.clearFilters}>${msg('Effacer la recherche et les filtres', { id: 'list.clear' })}</button>
      </div>
      ${this.finderShown ? this.renderFinder() : nothing}
    </div>`;
  }

  /** The finder, offered when nothing matches: the same page settings, and this list's local contacts. */
  private renderFinder(): TemplateResult {
    const { theme, newWindow, strings } = this.passedOn;
    return html`<report-finder
      start="what"
      .headingLevel=${this.headings.level}
      .theme=${theme}
      ?new-window=${newWindow}
      .strings=${strings}
      .contacts=${this.data.services.filter((service) => service.local)}
    ></report-finder>`;
  }

  protected override renderContent(): TemplateResult {
    const { locale, msg } = this.i18n;
    const base = this.baseServices;
    const visible = this.visibleServices(base);
    if (this.department.trim() !== '' && !normalizeDepartment(this.department))
      warnOnce(`<service-list>: "${this.department}" is not a département code.`);
    return html`<div class="list" part="list">
      ${renderLanguageNotice(this.i18n.unsupportedOwnLanguage, msg)}
      ${this.renderUnknownIds()} ${renderLocalNotice(this.localCache, msg)} ${this.renderControls(base, locale)}
      ${visible.length ? html`<p class="count">${this.countText(visible.length)}</p>` : nothing}
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${visible.length ? this.renderGrid(visible) : this.renderEmpty(locale)}
    </div>`;
  }

  /** The visitor's search field and filters, unless the page author hid them. */
  private renderControls(base: ServiceEntry[], locale: Locale): TemplateResult | typeof nothing {
    if (this.noSearch && this.noFilters) return nothing;
    const categories = catalogue.categories.filter((category) =>
      base.some((service) => service.categories.includes(category.id)),
    );
    // Built-in services are national: the field appears only when an entry (a local contact) depends on the département.
    const localDepartments = base.some((service) => 'departments' in service.availability);
    return html`<div class="controls" part="controls">
      ${this.noSearch ? nothing : this.renderSearchField()}
      ${
        this.noFilters
          ? nothing
          : html`${localDepartments ? this.renderDepartmentField(this.departmentFilter) : nothing}
          ${categories.length > 1 ? this.renderCategories(categories, locale) : nothing}`
      }
    </div>`;
  }

  private renderSearchField(): TemplateResult {
    const { msg } = this.i18n;
    return html`<div class="field">
      <label for="search">${msg('Rechercher un service', { id: 'list.searchLabel' })}</label>
      <span class="hint" id="search-hint">${msg('Par exemple : voiture volée, arnaque sms, carte perdue, 3919', { id: 'list.searchHint' })}</span>
      <input id="search" type="search" autocomplete="off" spellcheck="false" aria-describedby="search-hint" .value=${this.query} @input=${this.onSearch} />
    </div>`;
  }

  private renderCategories(categories: readonly Label[], locale: Locale): TemplateResult {
    const { msg } = this.i18n;
    return html`<fieldset>
      <legend>${msg('Catégories', { id: 'list.categories' })}</legend>
      <div class="checks">
        ${categories.map(
          (category) =>
            html`<label class="check"
              ><input
                type="checkbox"
                .value=${category.id}
                .checked=${this.checkedCategories.includes(category.id)}
                @change=${this.onCategory}
              />${localize(category.name, locale)}</label
            >`,
        )}
      </div>
    </fieldset>`;
  }

  /** The matching entries, each a compact card. */
  private renderGrid(visible: ServiceEntry[]): TemplateResult {
    const cardTag = ownTag('service-card', ServiceCard);
    const passed = this.passedOn;
    const level = this.headings.level;
    const data = this.data;
    return html`<ul class="grid" part="grid">
      ${repeat(
        visible,
        (service) => service.id,
        (service) => renderCardItem(cardTag, passed, { service: service.id, variant: 'compact', level, data }),
      )}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'service-list': ServiceList;
  }
}
