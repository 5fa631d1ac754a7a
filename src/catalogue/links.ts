import { isHttpsUrl } from './check.js';
import type { Phone } from './types.js';

// The only link schemes the elements write: https: for sites and chats, tel: for
// calls, sms: for text messages, mailto: for e-mail. Every href of a service
// passes through one of these, so data a page supplies cannot smuggle another scheme.

/** A `tel:` link for a short number (2 to 6 digits) or an E.164 number; `undefined` for anything else. */
export function telHref(number: string): string | undefined {
  return /^(\d{2,6}|\+[1-9]\d{7,14})$/.test(number) ? `tel:${number}` : undefined;
}

/** An `sms:` link for a number written with digits only; `undefined` for anything else. */
export function smsHref(number: string): string | undefined {
  return /^\d{2,15}$/.test(number) ? `sms:${number}` : undefined;
}

/** The address itself when it is an `https:` address without credentials; `undefined` otherwise. */
export function webHref(url: string): string | undefined {
  return isHttpsUrl(url) ? url : undefined;
}

/** Whether a phone line takes voice calls (the default) and can be dialled. */
export function callable(phone: Phone): boolean {
  return phone.voice !== false && telHref(phone.number) !== undefined;
}

/** Whether a phone line takes text messages and can be written to. */
export function textable(phone: Phone): boolean {
  return phone.sms === true && smsHref(phone.number) !== undefined;
}

/**
 * The link of a number shown among the emergency and help numbers: a text
 * message for a number that takes them (114: for people who cannot speak
 * aloud), else a call; `undefined` when the number cannot be dialled.
 */
export function numberLink(phone: Phone): { href: string; channel: 'phone' | 'sms' } | undefined {
  if (textable(phone)) return { href: smsHref(phone.number)!, channel: 'sms' };
  const href = phone.voice === false ? undefined : telHref(phone.number);
  return href ? { href, channel: 'phone' } : undefined;
}
