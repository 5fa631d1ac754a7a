import type { ElementExample } from '../shared/example.js';

export const reportFinderExamples: readonly ElementExample[] = [
  {
    id: 'whole-tree',
    title: 'From the first question',
    description:
      'Is it happening right now, or is anyone in danger? Then what happened, and the questions that decide between services.',
    html: '<report-finder></report-finder>',
  },
  {
    id: 'victim-support-page',
    title: 'On a victim-support page',
    description:
      'start="violence" begins at "What is it about?" (assault, threats, domestic or sexual violence, hate, harassment); the emergency numbers stay at the top.',
    html: '<report-finder start="violence" heading-level="3"></report-finder>',
  },
  {
    id: 'scam-page-history',
    title: 'On a page about scams, with browser history',
    description:
      'start="scam" and history: each step is a history entry, so Back steps back and a link reopens the same step.',
    html: '<report-finder id="scam-finder" start="scam" history></report-finder>',
  },
  {
    id: 'report-as-witness',
    title: 'Telling the police something, as a witness',
    description:
      'start="report": a drug-dealing spot, something suspicious, violence someone else faces, illegal content.',
    html: '<report-finder start="report"></report-finder>',
  },
  {
    id: 'procedures-english',
    title: 'Everyday procedures, in English',
    description: 'start="procedure" lang="en".',
    html: '<report-finder start="procedure" lang="en"></report-finder>',
  },
  {
    id: 'invalid-tree',
    title: 'A broken decision tree',
    description:
      'A host-supplied tree that does not validate is refused with a message; the whole catalogue and the emergency numbers are shown instead.',
    html: '<report-finder><script type="application/json">{"version":"2026-11-28","start":"q","emergency":["police-secours-17"],"questions":[{"id":"q","text":{"fr":"?","en":"?"},"options":[]}],"outcomes":[]}</script></report-finder>',
  },
];
