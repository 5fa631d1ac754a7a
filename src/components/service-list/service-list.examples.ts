import type { ElementExample } from '../shared/example.js';

export const serviceListExamples: readonly ElementExample[] = [
  {
    id: 'whole-catalogue',
    title: 'The whole catalogue',
    description:
      'Search (case and accents ignored) and category filters. No département field: every built-in service is national.',
    html: '<service-list></service-list>',
  },
  {
    id: 'chosen-services',
    title: 'A chosen set, without filters',
    description: 'services="…" keeps these entries in this order; no-filters hides the category filters.',
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
    title: 'In English, with a local contact for one département',
    description:
      'lang="en" and department="35", with a contact of the site limited to département 35 (fictitious number): the département field appears, because that contact depends on it; national services stay.',
    html: `<service-list lang="en" department="35" category="report-crime,help-support">
  <script type="application/json">
    [{ "id": "police-municipale-exempleville", "kind": "phone-line", "categories": ["help-support"],
       "name": "Police municipale d'Exempleville", "summary": { "fr": "Accueil du public, objets trouvés.", "en": "Front desk, lost property." },
       "access": { "phones": [{ "number": "+33199000000", "display": "01 99 00 00 00" }] },
       "availability": { "departments": ["35"] } }]
  </script>
</service-list>`,
  },
];
