// The logic of `npm run check:links`, against a local server that answers, fails,
// redirects within its host and to another host, refuses HEAD, loops and hangs.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { checkAddress, collectAddresses, movedHost, runCheck, staleEntries } from '../../scripts/check-links.mjs';

let server;
let base;
let other;
before(async () => {
  server = createServer((request, response) => {
    const { pathname } = new URL(request.url, 'http://localhost');
    const redirect = (status, location) => response.writeHead(status, { location }).end();
    if (pathname === '/ok') return response.writeHead(200).end('ok');
    if (pathname === '/missing') return response.writeHead(404).end();
    if (pathname === '/moved') return redirect(301, '/ok');
    if (pathname === '/away') return redirect(302, `${other}/ok`);
    if (pathname === '/loop') return redirect(302, '/loop');
    if (pathname === '/no-head') return response.writeHead(request.method === 'HEAD' ? 405 : 200).end();
    if (pathname === '/hang') return; // never answers
    return response.writeHead(500).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  base = `http://127.0.0.1:${port}`;
  other = `http://localhost:${port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

test('an address that answers, one that fails, and one a server refuses to HEAD', async () => {
  assert.deepEqual(await checkAddress(`${base}/ok`), {
    url: `${base}/ok`,
    ok: true,
    status: 200,
    finalUrl: `${base}/ok`,
    hops: [],
  });
  const missing = await checkAddress(`${base}/missing`);
  assert.equal(missing.ok, false);
  assert.equal(missing.status, 404);
  assert.equal((await checkAddress(`${base}/no-head`)).ok, true);
});

test('redirections are followed and recorded; another host is reported', async () => {
  const moved = await checkAddress(`${base}/moved`);
  assert.equal(moved.ok, true);
  assert.equal(moved.finalUrl, `${base}/ok`);
  assert.deepEqual(moved.hops, [{ status: 301, from: `${base}/moved`, to: `${base}/ok` }]);
  assert.equal(movedHost(moved), false);
  const away = await checkAddress(`${base}/away`);
  assert.equal(away.ok, true);
  assert.equal(movedHost(away), true);
});

test('a redirection loop and a silent server fail with a reason', async () => {
  assert.equal((await checkAddress(`${base}/loop`)).error, 'more than five redirections');
  assert.match((await checkAddress(`${base}/hang`, { timeoutMs: 300 })).error, /no answer in 300 ms/);
  assert.equal((await checkAddress('http://127.0.0.1:1/ok', { timeoutMs: 1000 })).ok, false);
});

test('entries checked more than twelve months ago are named', () => {
  const catalogue = {
    services: [
      { id: 'fresh', checked: '2026-01-01' },
      { id: 'old', checked: '2025-11-28' },
      { id: 'edge', checked: '2025-11-29' },
    ],
  };
  assert.deepEqual(staleEntries(catalogue, '2026-11-29'), [{ id: 'old', checked: '2025-11-28' }]);
});

test('every address of the real data is collected, with where it appears', () => {
  const read = (path) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
  const catalogue = read('data/catalogue.json');
  const finder = read('data/finder.json');
  const addresses = collectAddresses(catalogue, finder);
  const urls = addresses.map((address) => address.url);
  assert.equal(new Set(urls).size, urls.length, 'each address once');
  assert.ok(urls.includes('https://www.internet-signalement.gouv.fr'));
  assert.ok(
    addresses
      .find((address) => address.url === 'https://www.internet-signalement.gouv.fr')
      .places.includes('pharos: access.website'),
  );
  assert.ok(
    urls.some((url) => url.includes('lessor.org')),
    "maintainers' sources are checked too",
  );
  assert.ok(
    addresses.some((address) => address.places.some((place) => place.startsWith('outcome burglary-now: steps[0]'))),
    "the finder's sources too",
  );
});

test('the whole report: failures, moves and stale entries, and the verdict', async () => {
  const catalogue = {
    services: [
      {
        id: 'a',
        access: { website: { url: `${base}/ok` } },
        sources: [{ url: `${base}/away` }],
        checked: '2026-06-01',
      },
      {
        id: 'b',
        access: { website: { url: `${base}/missing` } },
        sources: [{ url: `${base}/ok` }],
        checked: '2024-01-01',
      },
    ],
  };
  const finder = {
    outcomes: [{ id: 'o', sources: [{ url: `${base}/moved` }], steps: [{ sources: [{ url: `${base}/ok` }] }] }],
  };
  const report = await runCheck({ catalogue, finder, today: '2026-11-29', timeoutMs: 2000 });
  assert.equal(report.ok, false);
  const text = report.lines.join('\n');
  assert.match(text, /4 addresses checked/);
  assert.match(text, new RegExp(`Not answering \\(1\\):\\n  ${base}/missing — HTTP 404 — in b: access.website`));
  assert.match(text, /Redirected to another host \(1\)/);
  assert.match(text, /b \(checked 2024-01-01\)/);
  const clean = await runCheck({
    catalogue: { services: [catalogue.services[0]] },
    finder: { outcomes: [] },
    today: '2026-11-29',
  });
  assert.equal(clean.ok, true, 'a move to another host is listed, not a failure');
});
