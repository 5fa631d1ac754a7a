// Serves the repository on localhost so the demo pages can load the sources
// (TypeScript, through esbuild) and the built drop-in from dist/.
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';

const port = Number(process.env.PORT ?? 8000);
await startDevServer({
  config: {
    rootDir: '.',
    port,
    hostname: '127.0.0.1',
    nodeResolve: true,
    appIndex: undefined,
    plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  },
  readCliArgs: false,
  readFileConfig: false,
});
console.log(`Demo: http://127.0.0.1:${port}/demo/`);
