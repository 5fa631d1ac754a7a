// The demo server: the repository on localhost, TypeScript sources through
// esbuild (the demo pages load them), the built drop-in from dist/, and the
// hostile host pages with their security headers. Used by `npm start` and by
// the tests that drive the demo pages.
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { HOST_HEADERS } from '../demo/hosts/headers.mjs';

/** Starts the server; resolves to `{ url, close() }`. */
export async function startDemoServer({ port = 8000, logStartMessage = true } = {}) {
  const server = await startDevServer({
    config: {
      rootDir: '.',
      port,
      hostname: '127.0.0.1',
      nodeResolve: true,
      appIndex: undefined,
      plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
      middleware: [
        async (context, next) => {
          await next();
          for (const [name, value] of Object.entries(HOST_HEADERS[context.path] ?? {})) context.set(name, value);
        },
      ],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage,
  });
  return { url: `http://127.0.0.1:${port}`, close: () => server.stop() };
}
