// The public surface only: the five elements and their events.
const ELEMENTS = ['service-card', 'service-list', 'report-finder', 'emergency-numbers', 'quick-exit'].map((tag) => `src/components/${tag}/${tag}.ts`);

export default {
  globs: [...ELEMENTS, 'src/events.ts'],
  litelement: true,
  plugins: [
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
              if ((key === 'path' || key === 'module') && typeof child === 'string' && child.startsWith('src/')) value[key] = toDist(child);
              else visit(child);
            }
          }
        };
        visit(customElementsManifest.modules);
      },
    },
  ],
};
