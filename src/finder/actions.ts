import { getService } from '../catalogue/catalogue.js';
import { callable, smsHref, telHref, textable, webHref } from '../catalogue/links.js';
import type { CatalogueData, LocalizedText, Phone } from '../catalogue/types.js';
import type { ActionChannel, FinderAction, FinderOutcome } from './types.js';

/** An outcome's button, ready to render: where it leads and what it says. */
export interface ResolvedAction {
  readonly serviceId: string;
  readonly channel: ActionChannel;
  readonly href: string;
  /** The label the outcome or the service gives; absent for calls and texts, which say "Call …" / "Text …". */
  readonly label?: LocalizedText;
  /** The phone line, for calls and texts. */
  readonly phone?: Phone;
}

/** Where an action leads, or `undefined` when its service lacks that channel. */
export function resolveAction(action: FinderAction, data: CatalogueData): ResolvedAction | undefined {
  const service = getService(action.service, data);
  if (!service) return undefined;
  const base = { serviceId: service.id, channel: action.channel };
  const { website, chat, phones = [] } = service.access;
  switch (action.channel) {
    case 'website': {
      const href = website && webHref(website.url);
      return href ? { ...base, href, label: action.label ?? website.label } : undefined;
    }
    case 'chat': {
      const href = chat && webHref(chat.url);
      return href ? { ...base, href, label: action.label ?? chat.label } : undefined;
    }
    case 'phone': {
      const phone = phones.find(callable);
      return phone ? { ...base, href: telHref(phone.number)!, label: action.label, phone } : undefined;
    }
    case 'sms': {
      const phone = phones.find(textable);
      return phone ? { ...base, href: smsHref(phone.number)!, label: action.label, phone } : undefined;
    }
  }
}

/** The main way into a service: its site, else its chat, else a call, else a text message. */
export function mainChannel(serviceId: string, data: CatalogueData): ActionChannel | undefined {
  const channels: ActionChannel[] = ['website', 'chat', 'phone', 'sms'];
  return channels.find((channel) => resolveAction({ service: serviceId, channel }, data));
}

/**
 * The buttons an outcome shows first: its main action (by default the first
 * recommended service's main way in), then the ones beside it. Actions whose
 * service lacks the channel are left out, and no button is shown twice.
 */
export function outcomeActions(outcome: FinderOutcome, data: CatalogueData): ResolvedAction[] {
  const wanted: FinderAction[] = [];
  if (outcome.action) wanted.push(outcome.action);
  else {
    const first = outcome.services.find((id) => mainChannel(id, data));
    const channel = first && mainChannel(first, data);
    if (first && channel) wanted.push({ service: first, channel });
  }
  wanted.push(...(outcome.also ?? []));
  const seen = new Set<string>();
  const actions: ResolvedAction[] = [];
  for (const action of wanted) {
    const resolved = resolveAction(action, data);
    if (!resolved || seen.has(resolved.href)) continue;
    seen.add(resolved.href);
    actions.push(resolved);
  }
  return actions;
}
