import type { ElementExample } from '../shared/example.js';

export const serviceListExamples: readonly ElementExample[] = [
  {
    id: 'whole-catalogue',
    title: 'The whole catalogue',
    description: 'Search (case and accents ignored), category filters and a département field.',
    html: '<service-list></service-list>',
  },
  {
    id: 'chosen-services',
    title: 'A chosen set, without filters',
    description: 'services="…" keeps these entries in this order; no-filters hides the category and département controls.',
    html: '<service-list services="thesee,perceval,pharos,17cyber" no-filters></service-list>',
  },
  {
    id: 'help-lines',
    title: 'Help lines for a victim-support page',
    description: 'category="help-support" and kind="phone-line": the listening and support numbers.',
    html: '<service-list category="help-support" kind="phone-line"></service-list>',
  },
  {
    id: 'english-department',
    title: 'In English, for one département',
    description: 'lang="en" and department="35".',
    html: '<service-list lang="en" department="35" category="report-crime,report-content-fraud"></service-list>',
  },
];
