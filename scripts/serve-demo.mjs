// `npm start` (after the build): the demo site on http://127.0.0.1:8000/demo/ (PORT to change it).
import { createServer } from 'node:net';
import { startDemoServer } from './demo-server.mjs';

const port = Number(process.env.PORT ?? 8000);

/** Whether the port can be listened on, as the dev server will (all interfaces). */
function portIsFree(value) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(value, () => probe.close(() => resolve(true)));
  });
}

if (!(await portIsFree(port))) {
  console.error(
    `Port ${port} is already in use. Stop what uses it, or choose another port: PORT=${port + 1} npm start`,
  );
  process.exit(1);
}
await startDemoServer({ port });
console.log(`Demo: http://127.0.0.1:${port}/demo/`);
