import type { ElementExample } from '../shared/example.js';

export const serviceCardExamples: readonly ElementExample[] = [
  {
    id: 'online-service',
    title: 'An online service',
    description: 'THESEE, with when to use it, when not (and what to use instead), requirements and sources.',
    html: '<service-card service="thesee"></service-card>',
  },
  {
    id: 'phone-line-hours',
    title: 'A phone line with opening hours',
    description: 'Info Escroqueries: the call link, the hours in words and whether the line is open now (Paris time).',
    html: '<service-card service="info-escroqueries"></service-card>',
  },
  {
    id: 'emergency-number',
    title: 'An emergency number',
    description: 'The 114, reachable by text message for people who cannot speak aloud.',
    html: '<service-card service="urgence-114"></service-card>',
  },
  {
    id: 'compact',
    title: 'Compact, with a heading level',
    description: 'The essentials and a "More details" button; heading-level fits the host page outline.',
    html: '<service-card service="perceval" variant="compact" heading-level="2"></service-card>',
  },
  {
    id: 'english-dark',
    title: 'In English, dark theme, links in a new window',
    description: 'lang="en" on the element, theme="dark" forced, new-window announced in the link text.',
    html: '<service-card service="pnav" lang="en" theme="dark" new-window></service-card>',
  },
  {
    id: 'unknown-id',
    title: 'An unknown id',
    description: 'A visible notice for the page author and the emergency numbers, never an empty box.',
    html: '<service-card service="pre-plainte"></service-card>',
  },
];
