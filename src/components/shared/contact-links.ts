import { html, nothing, type TemplateResult } from 'lit';
import { str } from '../../i18n/str.js';
import { RTL_LOCALES } from '../../i18n/locales.js';
import type { Msg } from '../../i18n/msg.js';
import type { Locale, Phone, PhoneLine } from '../../catalogue/types.js';
import { localize } from '../../catalogue/localize.js';
import { numberLink } from '../../catalogue/links.js';
import { localizeMarked } from './french-names.js';

// Parsing a URL is among the costliest steps of a card's render: once per address.
const domains = new Map<string, string>();

/** Host name of an address, shown so people can see where a link leads. */
export function domainOf(url: string): string {
  let domain = domains.get(url);
  if (domain === undefined) {
    try {
      domain = new URL(url).hostname.replace(/^www\./, '');
    } catch {
      domain = url;
    }
    domains.set(url, domain);
  }
  return domain;
}

const pages = new Map<string, string>();

/** The page of an address after its host name (`/particuliers/vosdroits/F1344`), '' for a site's home page. */
export function pageOf(url: string): string {
  let page = pages.get(url);
  if (page === undefined) {
    try {
      const { pathname, search, hash } = new URL(url);
      page = pathname === '/' && !search && !hash ? '' : `${pathname}${search}${hash}`;
    } catch {
      page = '';
    }
    pages.set(url, page);
  }
  return page;
}

/**
 * A host name as shown under a button: it may break only between its labels
 * (after a dot), never at the hyphen inside one ("plainte-en-ligne").
 */
export function renderDomain(url: string): TemplateResult {
  const labels = domainOf(url).split('.');
  return html`${labels.map((label, index) => html`${index ? html`.<wbr />` : nothing}<span class="domain-label">${label}</span>`)}`;
}

/** Text saying how a phone line can be used and what it costs. */
export function phoneDetails(phone: Phone, locale: Locale, msg: Msg): string {
  const parts: string[] = [];
  if (phone.label) parts.push(localize(phone.label, locale));
  if (phone.cost === 'free') parts.push(msg('gratuit', { id: 'phone.free' }));
  if (phone.cost === 'premium') parts.push(msg('surtaxé', { id: 'phone.premium' }));
  return parts.join(', ');
}

/**
 * A number as people read it, kept on one line (its groups joined by no-break spaces);
 * in a right-to-left language, isolated left to right, so its groups keep their order.
 */
export function unbrokenNumber(display: string, locale: Locale): string {
  const number = display.replace(/ /g, '\u00a0');
  return RTL_LOCALES.includes(locale) ? `\u2066${number}\u2069` : number;
}

/** Label of a call link. */
export function callLabel(phone: Phone, locale: Locale, msg: Msg): string {
  const number = unbrokenNumber(phone.display, locale);
  return msg(str`Appeler le ${number}`, { id: 'phone.call' });
}

/** Label of a text-message link. */
export function smsLabel(phone: Phone, locale: Locale, msg: Msg): string {
  const number = unbrokenNumber(phone.display, locale);
  return msg(str`Envoyer un SMS au ${number}`, { id: 'phone.sms' });
}

/** A compact row of call links for the emergency numbers. */
export function renderEmergencyNumbers(
  numbers: readonly PhoneLine[],
  locale: Locale,
  msg: Msg,
  onFollow: (event: Event, serviceId: string, href: string, channel: 'phone' | 'sms') => void,
): TemplateResult {
  return html`<div class="emergency" part="emergency">
    <p class="emergency-title">${msg('En cas de danger, appelez :', { id: 'emergency.title' })}</p>
    <ul class="emergency-list">
      ${numbers.map((entry) => {
        const phone = entry.access.phones?.find((candidate) => numberLink(candidate));
        const link = phone && numberLink(phone);
        if (!phone || !link) return nothing;
        return html`<li>
          <a class="emergency-link" href=${link.href} @click=${(event: Event) => onFollow(event, entry.id, link.href, link.channel)}
            ><span class="emergency-number"><span dir="ltr">${phone.display}</span></span>
            <span class="emergency-name">${localizeMarked(entry.shortName ?? entry.name, locale)}</span></a
          >
        </li>`;
      })}
    </ul>
  </div>`;
}

// The language notice, in its own module for <quick-exit>, which has no contacts.
export { renderLanguageNotice } from './language-notice.js';
