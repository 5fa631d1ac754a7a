import type { ElementExample } from '../shared/example.js';

export const quickExitExamples: readonly ElementExample[] = [
  {
    id: 'default',
    title: 'Leave this site',
    description:
      'Leaves for service-public.gouv.fr; the Shift key pressed three times does the same. The link below says what it does not do.',
    html: '<quick-exit><a href="https://www.service-public.gouv.fr">Quitter ce site</a></quick-exit>',
  },
  {
    id: 'custom',
    title: 'Another neutral site, another key',
    description: 'href="https://fr.wikipedia.org", exit-key="Escape" presses="2", in English.',
    html: '<quick-exit href="https://fr.wikipedia.org" exit-key="Escape" presses="2" lang="en"><a href="https://fr.wikipedia.org">Leave this site</a></quick-exit>',
  },
  {
    id: 'about',
    title: 'The explanation, next to a fixed button',
    description:
      'about renders only what the button does and the key to press, where the page wants it; the fixed button keeps only itself.',
    html: '<quick-exit about></quick-exit>',
  },
];
