import { posix } from 'node:path';
import { tokensPlugin } from './scripts/manifest-tokens.mjs';
import { registry } from './scripts/registry.mjs';

// The public surface only: the elements (registry.json) and their events. The shared base
// classes are read too, so that their properties reach each element, then left
// out of the manifest (see 'flatten-shared-bases' below).
const ELEMENTS = registry.tags.map((tag) => `src/components/${tag}/${tag}.ts`);
const SHARED_BASES = ['src/components/shared/guichet-element.ts', 'src/components/shared/headed-element.ts'];

export default {
  globs: [...ELEMENTS, 'src/events.ts', 'src/events/*.ts', ...SHARED_BASES],
  litelement: true,
  plugins: [
    // CSS custom properties and parts, from the one list in src/styles/tokens.json.
    tokensPlugin(),
    {
      // After the analyzer has copied the shared bases' members into each element:
      // the bases leave the manifest, and each element is described as the page
      // sees it, a LitElement with all its properties (as when each declared them):
      // its own attributes first, then the shared ones, nearest base first.
      name: 'flatten-shared-bases',
      packageLinkPhase({ customElementsManifest }) {
        const isBase = (path) => SHARED_BASES.includes(path);
        const bases = new Map();
        for (const mod of customElementsManifest.modules) {
          if (isBase(mod.path))
            for (const declaration of mod.declarations ?? []) bases.set(declaration.name, declaration);
        }
        const publicSuperclass = (superclass) => {
          let current = superclass;
          while (current && bases.has(current.name)) current = bases.get(current.name).superclass;
          return current;
        };
        const chainOf = (superclass) => {
          const chain = [];
          for (
            let current = superclass;
            current && bases.has(current.name);
            current = bases.get(current.name).superclass
          )
            chain.push(bases.get(current.name));
          return chain;
        };
        customElementsManifest.modules = customElementsManifest.modules.filter((mod) => !isBase(mod.path));
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            const chain = chainOf(declaration.superclass);
            for (const list of ['attributes', 'members']) {
              const shared = chain.flatMap((base) =>
                (base[list] ?? []).filter((item) => !item.inheritedFrom).map((item) => item.name),
              );
              declaration[list]?.sort((a, b) => shared.indexOf(a.name) - shared.indexOf(b.name));
            }
            if (declaration.superclass && bases.has(declaration.superclass.name))
              declaration.superclass = publicSuperclass(declaration.superclass);
            for (const list of ['attributes', 'members', 'events']) {
              for (const item of declaration[list] ?? [])
                if (item.inheritedFrom && bases.has(item.inheritedFrom.name)) delete item.inheritedFrom;
            }
          }
        }
      },
    },
    {
      // Events dispatched as `new GuichetXEvent(...)` are documented with @fires;
      // the analyzer also records them without a name. Keep the documented ones.
      name: 'tidy-manifest',
      packageLinkPhase({ customElementsManifest }) {
        // Modules in path order, whatever order the file system lists them in, so the manifest is reproducible.
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
          }
        }
        // The package ships dist/, not src/: every path points at the built module.
        const toDist = (path) => path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
        const visit = (value) => {
          if (Array.isArray(value)) value.forEach(visit);
          else if (value && typeof value === 'object') {
            for (const [key, child] of Object.entries(value)) {
              if ((key === 'path' || key === 'module') && typeof child === 'string' && child.startsWith('src/'))
                value[key] = toDist(child);
              else visit(child);
            }
          }
        };
        visit(customElementsManifest.modules);
        // A re-export (src/events.ts gathers the events of src/events/) names its module as imported,
        // `./events/link-follow.js`: made a package path like the rest. The types it re-exports have no
        // declaration in the manifest, as types declared in place have none: left out like them.
        const declared = new Set(
          customElementsManifest.modules.flatMap((mod) =>
            (mod.declarations ?? []).map((declaration) => `${mod.path}#${declaration.name}`),
          ),
        );
        for (const mod of customElementsManifest.modules) {
          if (!mod.exports) continue;
          for (const { declaration } of mod.exports)
            if (declaration?.module?.startsWith('.'))
              declaration.module = posix.join(posix.dirname(mod.path), declaration.module);
          mod.exports = mod.exports.filter(
            ({ declaration }) =>
              !declaration?.module ||
              declaration.module === mod.path ||
              declared.has(`${declaration.module}#${declaration.name}`),
          );
        }
      },
    },
  ],
};
