// Serves the repository on localhost so the demo pages can load the sources
// (TypeScript, through esbuild) and the built drop-in from dist/.
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { HOST_HEADERS } from '../demo/hosts/headers.mjs';

const port = Number(process.env.PORT ?? 8000);
await startDevServer({
  config: {
    rootDir: '.',
    port,
    hostname: '127.0.0.1',
    nodeResolve: true,
    appIndex: undefined,
    plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
    // The hostile host pages are served with their security headers (strict CSP, Trusted Types).
    middleware: [
      async (context, next) => {
        await next();
        for (const [name, value] of Object.entries(HOST_HEADERS[context.path] ?? {})) context.set(name, value);
      },
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
});
console.log(`Demo: http://127.0.0.1:${port}/demo/`);
