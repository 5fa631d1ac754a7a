import { html, nothing, type TemplateResult } from 'lit';
import { str } from '../../i18n/str.js';
import { RTL_LOCALES } from '../../i18n/locales.js';
import type { Msg } from '../../i18n/msg.js';
import type { Locale, Phone, PhoneLine } from '../../catalogue/types.js';
import { localize } from '../../catalogue/localize.js';
import { numberLink } from '../../catalogue/links.js';
import { localizeMarked, markFrench } from './french-names.js';

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

/** The page of an address after its host name (`/particuliers/vosdroits/F1344`), '' for a site's home page. */
export function pageOf(url: string): string {
  try {
    const { pathname, search, hash } = new URL(url);
    return pathname === '/' && !search && !hash ? '' : `${pathname}${search}${hash}`;
  } catch {
    return '';
  }
}

/**
 * A host name as shown under a button: it may break only between its labels
 * (after a dot), never at the hyphen inside one ("plainte-en-ligne"): each
 * label with its dot a `<span class="domain-label">` (kept on one line by the
 * styles), a `<wbr>` between them. One template with a place for each of up to
 * five labels (the longest host name of the catalogue has five; a longer one
 * keeps the rest in the last place): as nested templates, the host names of a
 * list of 45 cards were about 230 small templates, a third of all its templates.
 */
export function renderDomain(url: string): TemplateResult {
  const labels = domainOf(url).split('.');
  const [a, b, c, d, ...rest] = labels.map((label, index) => (index < labels.length - 1 ? `${label}.` : label));
  return html`<span class="domain-label">${a}</span><wbr /><span class="domain-label">${b}</span><wbr /><span
      class="domain-label"
      >${c}</span
    ><wbr /><span class="domain-label">${d}</span><wbr /><span class="domain-label">${rest.join('')}</span>`;
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

/**
 * A phone number as a listener can dial it: the groups shown, a four-digit
 * group said in pairs ("3919" → "39 19", as it is said in French: "trente-neuf
 * dix-neuf"), a group that starts with 0 said digit by digit ("006" → "0 0 6"),
 * and a comma before a group of three digits, which speech engines otherwise
 * take for thousands ("116 006" is not "cent seize mille six"). Short numbers
 * (17, 112, 3 digits or fewer) are said as they are known.
 */
export function spokenNumber(display: string): string {
  const groups = display
    .trim()
    .split(/\s+/)
    .flatMap((group): string[] => {
      if (!/^\d+$/.test(group)) return [group];
      if (group.length === 3 && group.startsWith('0')) return [group.split('').join(' ')];
      if (group.length === 4) return [`${group.slice(0, 2)} ${group.slice(2)}`];
      if (group.length === 5) return [group.slice(0, 2), group.slice(2)];
      if (group.length > 5) return [group.match(/\d{1,2}/g)!.join(' ')];
      return [group];
    });
  return groups.reduce(
    (spoken, group) => (spoken ? `${spoken}${/^\d{3}$/.test(group) ? ', ' : ' '}${group}` : group),
    '',
  );
}

/**
 * A number as shown (`shown`, by default as the data writes it), and for
 * assistive technologies its spoken form (`spokenNumber`) when it differs: the
 * shown text hidden from them, the spoken one hidden from the eye.
 */
export function renderNumber(display: string, shown: string = display): TemplateResult | string {
  const spoken = spokenNumber(display);
  if (spoken === display.trim()) return shown;
  return html`<span aria-hidden="true">${shown}</span><span class="visually-hidden" dir="ltr">${spoken}</span>`;
}

/** Where `number` first stands in `text` as a whole number (no digit or "+" joined to it), or -1. */
function wholeNumberAt(text: string, number: string): number {
  for (let at = text.indexOf(number); at >= 0; at = text.indexOf(number, at + 1)) {
    const before = text[at - 1] ?? '';
    const after = text[at + number.length] ?? '';
    if (!/[\d+]/.test(before) && !/\d/.test(after)) return at;
  }
  return -1;
}

/**
 * A text that may quote phone numbers (`callLabel`, `smsLabel`, a label of the
 * data such as "Faire opposition : 0 892 705 705", a line's details "ancien
 * numéro, si le 3133 ne répond pas"): each of `displays` found in it, as shown
 * or kept on one line (`unbrokenNumber`), rendered by `renderNumber`; the rest
 * with its French names marked (`markFrench`). Only the numbers of the data are
 * matched, so that a year or an hour keeps being said as a quantity.
 */
export function renderWithNumbers(text: string, displays: readonly string[], locale: Locale): TemplateResult | string {
  const forms = new Map<string, string>();
  for (const display of displays) {
    forms.set(unbrokenNumber(display, locale), display);
    forms.set(display, display);
  }
  const parts: unknown[] = [];
  let rest = text;
  for (;;) {
    let found: { at: number; shown: string } | undefined;
    for (const shown of forms.keys()) {
      const at = wholeNumberAt(rest, shown);
      if (at >= 0 && (!found || at < found.at || (at === found.at && shown.length > found.shown.length)))
        found = { at, shown };
    }
    if (!found) break;
    parts.push(markFrench(rest.slice(0, found.at), locale), renderNumber(forms.get(found.shown)!, found.shown));
    rest = rest.slice(found.at + found.shown.length);
  }
  if (!parts.length) return markFrench(text, locale);
  parts.push(markFrench(rest, locale));
  return html`${parts}`;
}

/** The numbers shown for an entry's phones, which its texts may quote. */
export function phoneDisplays(entry: { readonly access: { readonly phones?: readonly Phone[] } }): string[] {
  return entry.access.phones?.map((phone) => phone.display) ?? [];
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
            ><span class="emergency-number"><span dir="ltr">${renderNumber(phone.display)}</span></span>
            <span class="emergency-name">${localizeMarked(entry.shortName ?? entry.name, locale)}</span></a
          >
        </li>`;
      })}
    </ul>
  </div>`;
}

// The language notice, in its own module for <quick-exit>, which has no contacts.
export { renderLanguageNotice } from './language-notice.js';
