// `npm start` (after the build): the demo site on http://127.0.0.1:8000/demo/ (PORT to change it).
import { startDemoServer } from './demo-server.mjs';

const port = Number(process.env.PORT ?? 8000);
await startDemoServer({ port });
console.log(`Demo: http://127.0.0.1:${port}/demo/`);
