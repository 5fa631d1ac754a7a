import type { ElementExample } from '../shared/example.js';

export const emergencyNumbersExamples: readonly ElementExample[] = [
  {
    id: 'emergency-only',
    title: 'The emergency numbers',
    description: '17, 112 and 114 (by text message for people who cannot speak), each with what it is for.',
    html: '<emergency-numbers></emergency-numbers>',
  },
  {
    id: 'violence-page',
    title: 'On a page about violence',
    description:
      'lines="3919,119,116006": the help lines that fit the page, with their hours and whether they are open now.',
    html: '<emergency-numbers lines="3919,119,116006"></emergency-numbers>',
  },
  {
    id: 'school-page',
    title: 'On a school page, in English, compact',
    description: 'variant="compact" lines="3018" lang="en": a strip of numbers.',
    html: '<emergency-numbers variant="compact" lines="3018,119" lang="en"></emergency-numbers>',
  },
];
