// The embed-code configurator: the elements come from the sources (as on the
// other demo pages); the snippet names the built, versioned drop-in.
import '../src/define/service-card.js';
import '../src/define/service-list.js';
import '../src/define/report-finder.js';
import '../src/define/emergency-numbers.js';
import '../src/define/quick-exit.js';
import { VERSION } from '../src/version.js';
import { renderHeader } from './demo.js';
import { Configurator } from './configurator/page.js';
import type { Release } from './configurator/config.js';

/** The versioned file and its hash, written by `npm run build`; without a build, the snippet has no hash and says so. */
async function loadRelease(): Promise<Release> {
  const fallback: Release = { version: VERSION, file: `guichet-securite-${VERSION}.min.js`, integrity: '' };
  try {
    const response = await fetch(new URL('../dist/release.json', location.href));
    if (!response.ok) return fallback;
    const release = (await response.json()) as Partial<Release>;
    const valid = typeof release.version === 'string' && typeof release.file === 'string' && /^sha384-[A-Za-z0-9+/=]+$/.test(String(release.integrity));
    return valid ? (release as Release) : fallback;
  } catch {
    return fallback;
  }
}

renderHeader('Configurateur de code d\u2019intégration', { switches: false });
const root = document.querySelector<HTMLElement>('#configurator')!;
const release = await loadRelease();
root.replaceChildren();
new Configurator(root, { release });
