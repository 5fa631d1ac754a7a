// The layers of src/ and their cycles, checked by dependency-cruiser: `npm run lint:deps`, which
// test/scripts/no-import-cycle.node.test.mjs runs (decision 0032, CONTRIBUTING.md "Anatomy of an element").
// Every static import counts, type-only ones included (tsPreCompilationDeps): a cycle of types still
// ties two modules' declaration files together.
const entryPoints = '^src/(index|bundle)\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      comment: 'No import cycle between modules: move the shared piece to the module that owns it.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-folder-cycle',
      severity: 'error',
      scope: 'folder',
      comment: 'No cycle between the folders of src/: each layer imports only the layers below it.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'entry-points-last',
      severity: 'error',
      comment: 'Nothing imports an entry point (src/index.ts, src/bundle.ts) but an entry point.',
      from: { pathNot: entryPoints },
      to: { path: entryPoints },
    },
    {
      name: 'define-above-components',
      severity: 'error',
      comment:
        'Registration (src/define/) is imported by the entry points only: importing an element never registers it.',
      from: { pathNot: ['^src/define/', entryPoints] },
      to: { path: '^src/define/' },
    },
    {
      name: 'components-above-the-rest',
      severity: 'error',
      comment:
        'The elements (src/components/) are imported by the registration and the entry points only: data, finder, languages, i18n, events and styles never reach them.',
      from: { pathNot: ['^src/(components|define)/', entryPoints] },
      to: { path: '^src/components/' },
    },
    {
      name: 'generated-is-data',
      severity: 'error',
      comment: 'src/generated imports nothing of ours (but the modules not followed below, which decision 0032 names).',
      from: { path: '^src/generated/' },
      to: { path: '^src/', pathNot: '^src/generated/' },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    doNotFollow: {
      path: [
        'node_modules',
        // Known exceptions to the layering, not followed (the hand-written check left src/generated
        // out altogether): the data modules type their JSON with src/catalogue/types.ts and
        // src/finder/types.ts, which need the generated locale codes; each element's English
        // messages register into src/i18n/packs.ts; the readers of host data (local contacts, a finder
        // tree) call src/catalogue/read.ts and src/catalogue/contact-formats.ts
        // (decision 0034). All come from the generators (decision 0032).
        '^src/generated/(catalogue-data|lines-data|finder-data|local-contact-reader|finder-reader)\\.ts$',
        '^src/generated/english/',
      ],
    },
  },
};
