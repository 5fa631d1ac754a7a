// The embed-code configurator: the elements come from the sources (as on the
// other demo pages); the snippet names the built, versioned drop-in.
import '../src/define/service-card.js';
import '../src/define/service-list.js';
import '../src/define/report-finder.js';
import '../src/define/emergency-numbers.js';
import '../src/define/quick-exit.js';
// The preview shows every language the snippet can ask for.
import '../src/languages/es.js';
import '../src/languages/de.js';
import '../src/languages/ar.js';
import '../src/languages/uk.js';
import { VERSION } from '../src/version.js';
import { ensureEnglish } from '../src/i18n/packs.js';
import { demoLang, renderHeader } from './demo.js';
import { Configurator } from './configurator/page.js';
import type { Release } from './configurator/config.js';

/**
 * The release this page describes, put in by the build of the static site and of the
 * release archive (esbuild's `define`): their configurator opens from the disk, where
 * nothing can be fetched. Undefined on the demo served from the repository.
 */
declare const GUICHET_RELEASE: Release | undefined;
/** True in the release archive, where the configurator is the only page (no links to the demo's pages). */
declare const GUICHET_STANDALONE: boolean | undefined;

/** The versioned file and its hash, written by `npm run build`; without a build, the snippet has no hash and says so. */
async function loadRelease(): Promise<Release> {
  if (typeof GUICHET_RELEASE !== 'undefined') return GUICHET_RELEASE;
  const fallback: Release = { version: VERSION, file: `guichet-securite-${VERSION}.min.js`, integrity: '' };
  try {
    const response = await fetch(new URL('../dist/release.json', location.href));
    if (!response.ok) return fallback;
    const release = (await response.json()) as Partial<Release>;
    const valid =
      typeof release.version === 'string' &&
      typeof release.file === 'string' &&
      /^sha384-[A-Za-z0-9+/=]+$/.test(String(release.integrity));
    return valid ? (release as Release) : fallback;
  } catch {
    return fallback;
  }
}

// The form and the snippets read the data in English too, outside any element.
ensureEnglish();
const uiLang = demoLang();
/** The English introduction (the French one is in the page, shown without JavaScript). */
const INTRO_EN = [
  'Choose an element and its options: the preview beside them updates at once, and the code to copy, under it, stays in view. It contains the ',
  ' tag with its integrity hash, the element and its fallback content (links to the official services, shown if the script does not load). This page\u2019s address keeps your choices: share it to share the configuration.',
] as const;
const title = uiLang === 'en' ? 'Embed-code configurator' : 'Configurateur de code d\u2019intégration';
document.documentElement.lang = uiLang;
document.title = `${title} – guichet-securite`;
renderHeader(title, { switches: false, pages: typeof GUICHET_STANDALONE === 'undefined' || !GUICHET_STANDALONE });
const intro = document.querySelector<HTMLElement>('#intro');
if (intro && uiLang === 'en')
  intro.replaceChildren(
    INTRO_EN[0],
    Object.assign(document.createElement('code'), { textContent: '<script>' }),
    INTRO_EN[1],
  );

const root = document.querySelector<HTMLElement>('#configurator')!;
// No top-level await: the static site and the archive run this page as a classic script.
void loadRelease().then((release) => {
  root.replaceChildren();
  // `ui` is the page's language, not a setting of the element: kept in the address, out of the configuration.
  new Configurator(root, {
    release,
    uiLang,
    url: {
      read: () => {
        const params = new URLSearchParams(location.search);
        params.delete('ui');
        return params;
      },
      write: (params) => {
        if (uiLang === 'en') params.set('ui', 'en');
        // From the disk, a browser may refuse to rewrite a file: address; the choices then stay on the page.
        try {
          history.replaceState(history.state, '', `${location.pathname}?${params}${location.hash}`);
        } catch {
          /* the address keeps its first value */
        }
      },
    },
  });
});
