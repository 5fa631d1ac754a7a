export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.examples.ts', 'src/**/*.styles.ts'],
  litelement: true,
  plugins: [
    {
      // Events dispatched as `new GuichetXEvent(...)` are documented with @fires;
      // the analyzer also records them without a name. Keep the documented ones.
      name: 'drop-unnamed-events',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
          }
        }
      },
    },
  ],
};
