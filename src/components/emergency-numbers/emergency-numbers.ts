import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { str } from '../../i18n/str.js';
import type { Locale } from '../../i18n/locales.js';
import { emergencyLines, findLine } from '../../catalogue/lines.js';
import { localize } from '../../catalogue/localize.js';
import type { PhoneLine } from '../../catalogue/types.js';
import { numberLink } from '../../catalogue/links.js';
import { GuichetLinkFollowEvent } from '../../events/link-follow.js';
import { warnOnce } from '../../console.js';
import { hostStyles } from '../../styles/host.styles.js';
import { HeadedElement } from '../shared/headed-element.js';
import { ClockController } from '../shared/clock.js';
import { renderOpenStatus } from '../shared/blocks.js';
import { listAttribute } from '../shared/list-attribute.js';
import { emergencyStyles, openStatusStyles } from '../shared/shared.styles.js';
import {
  phoneDetails,
  renderEmergencyNumbers,
  phoneDisplays,
  renderLanguageNotice,
  renderNumber,
  renderWithNumbers,
} from '../shared/contact-links.js';
import { renderHeading } from '../shared/heading.js';
import { localizeMarked, markFrench } from '../shared/french-names.js';
import { describeHours } from '../shared/format.js';

/** Between the parts of a line's details: seen, not read aloud. */
const SEPARATOR = html`<span aria-hidden="true"> · </span>`;
import { emergencyNumbersStyles } from './emergency-numbers.styles.js';
// Its English messages (src/generated/english/, left out of the drop-in, which is French only).
import '../../generated/english/emergency-numbers.js';

// CSS parts and custom properties: listed once in src/styles/tokens.json (the
// manifest and the docs are generated from that list).
/**
 * The emergency numbers — 17, 112 and 114 (by text message, for people who
 * cannot speak) — and, by attribute, the help lines that fit the page (3919,
 * 119, 116 006, 3018…), each with a call link, what it is for, its hours and
 * whether it is open now.
 *
 * @tagname emergency-numbers
 * @summary Emergency numbers and help lines, with hours and "open now".
 *
 * @fires {GuichetLinkFollowEvent} guichet-link-follow - A number was called or texted (link followed). `detail`: `{ serviceId, channel: 'phone' | 'sms', href }`.
 *
 * @attr heading-level - Level of the heading (1–6) in the full variant. By default, one below the nearest heading before the element in the page (2 when there is none).
 * @prop headingLevel - Level of the heading (1–6) in the full variant. By default, one below the nearest heading before the element in the page (2 when there is none).
 */
export class EmergencyNumbers extends HeadedElement {
  static override styles = [hostStyles, emergencyStyles, openStatusStyles, emergencyNumbersStyles];

  private readonly clock = new ClockController(this);

  /** Help lines to add after the emergency numbers: ids or numbers, separated by commas or spaces (`3919,119,116006`). */
  @property() lines = '';

  /** `full` (heading, each number with what it is for and its hours) or `compact` (a strip of numbers). */
  @property({ reflect: true }) variant: 'full' | 'compact' = 'full';

  /** Ids of the emergency numbers to show first (default: the catalogue's 17, 112, 114). */
  @property({ attribute: false }) numbers: readonly string[] | undefined = undefined;

  /** The instant used for "open now" (defaults to the current time, refreshed every minute). */
  @property({ attribute: false }) now: Date | undefined = undefined;

  /** The entries shown, emergency numbers first, then the help lines asked for (unknown ones reported). */
  private entries(): { shown: PhoneLine[]; unknown: string[] } {
    const shown: PhoneLine[] = [];
    const unknown: string[] = [];
    // Only entries with a number to dial can be shown: anything else is reported, never thrown on.
    const add = (key: string) => {
      const entry = findLine(key);
      if (!entry || !entry.access.phones?.some((phone) => numberLink(phone))) unknown.push(key);
      else if (!shown.includes(entry)) shown.push(entry);
    };
    for (const key of this.numbers?.length ? this.numbers : emergencyLines().map((entry) => entry.id)) add(key);
    for (const key of listAttribute(this.lines, (number) => findLine(number) !== undefined)) add(key);
    if (unknown.length) {
      warnOnce(
        `<emergency-numbers>: unknown help lines, or lines without a number to dial: ${unknown.join(', ')}. Use catalogue ids or numbers such as 3919, 119, 116006, 3018.`,
      );
    }
    return { shown, unknown };
  }

  private follow(serviceId: string, href: string, channel: 'phone' | 'sms'): void {
    this.dispatchEvent(new GuichetLinkFollowEvent({ serviceId, channel, href }));
  }

  protected override renderContent(): TemplateResult {
    const { locale, msg } = this.i18n;
    const { shown, unknown } = this.entries();
    const notice = unknown.length
      ? html`<p class="notice" part="notice">${msg(str`Lignes inconnues ignorées : ${unknown.join(', ')}.`, { id: 'numbers.unknown' })}</p>`
      : nothing;
    if (this.variant === 'compact') {
      return html`${renderLanguageNotice(this.i18n.unsupportedOwnLanguage, msg)}${notice}${renderEmergencyNumbers(
        shown,
        locale,
        msg,
        (_event, id, href, channel) => this.follow(id, href, channel),
      )}`;
    }
    const level = this.headings.level;
    // Not a landmark: a page may hold this panel twice (a sidebar and a page about violence),
    // and two regions of the same name confuse landmark navigation; its heading leads to it.
    return html`<div class="panel" part="panel">
      ${renderLanguageNotice(this.i18n.unsupportedOwnLanguage, msg)} ${notice}
      ${renderHeading(level, msg('Numéros d’urgence et d’aide', { id: 'numbers.title' }), { id: 'numbers-title', className: 'title' })}
      <ul class="lines">
        ${shown.map((entry) => this.renderLine(entry, locale))}
      </ul>
    </div>`;
  }

  private renderLine(entry: PhoneLine, locale: Locale): TemplateResult {
    const { msg } = this.i18n;
    const phone = entry.access.phones!.find((candidate) => numberLink(candidate))!;
    const link = numberLink(phone);
    const emergency = entry.kind === 'emergency-number';
    const details = phoneDetails(phone, locale, msg);
    return html`<li class="line">
      <a class="call ${emergency ? '' : 'help'}" href=${ifDefined(link?.href)} @click=${() => link && this.follow(entry.id, link.href, link.channel)}
        ><span class="number"><span dir="ltr">${renderNumber(phone.display)}</span></span>
        <span class="name">${markFrench(
          localize(entry.shortName ?? entry.name, locale)
            .replace(/\u00a0/g, ' ')
            .replace(`${phone.display} – `, ''),
          locale,
        )}</span></a
      >
      <p>${localizeMarked(entry.summary, locale)}</p>
      <p class="meta">
        ${details ? html`<span>${renderWithNumbers(details, phoneDisplays(entry), locale)}</span>` : nothing}
        ${
          entry.hours
            ? html`${details ? SEPARATOR : ''}${renderOpenStatus(entry.hours, this.clock.now, msg)}${SEPARATOR}${describeHours(entry.hours, locale, msg)}`
            : nothing
        }
      </p>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'emergency-numbers': EmergencyNumbers;
  }
}
