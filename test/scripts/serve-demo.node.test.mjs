// `npm start` says clearly what to do when its port is taken.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { spawnSync } from 'node:child_process';

test('a taken port: a clear message naming PORT, and exit code 1', async () => {
  const blocker = createServer();
  await new Promise((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const { port } = blocker.address();
  try {
    const result = spawnSync(process.execPath, [new URL('../../scripts/serve-demo.mjs', import.meta.url).pathname], {
      env: { ...process.env, PORT: String(port) },
      encoding: 'utf8',
      timeout: 30000,
    });
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stderr, new RegExp(`Port ${port} is already in use`));
    assert.match(result.stderr, new RegExp(`PORT=${port + 1} npm start`));
  } finally {
    blocker.close();
  }
});
