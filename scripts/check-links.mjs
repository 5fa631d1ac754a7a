// `npm run check:links`, for maintainers (it needs the internet, so `npm test` does not run it):
// - every address in data/ answers (services' links, public sources, maintainers' sources,
//   the finder's sources);
// - redirections to another host are listed (a service moved, or a page now lands elsewhere);
// - entries whose `checked` date is more than twelve months old are named.
// Exit code 1 when an address fails or an entry is stale.
// Usage: node scripts/check-links.mjs [--catalogue path] [--finder path] [--today YYYY-MM-DD] [--timeout ms]
// The logic is tested against a local server (test/scripts/check-links.node.test.mjs).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** Every address of the data, each with where it appears (`thesee: sources[0]`). */
export function collectAddresses(catalogue, finder) {
  const found = new Map();
  const add = (url, where) => {
    if (!found.has(url)) found.set(url, []);
    found.get(url).push(where);
  };
  for (const service of catalogue.services) {
    for (const key of ['website', 'chat', 'moreInfo'])
      if (service.access[key]) add(service.access[key].url, `${service.id}: access.${key}`);
    service.sources.forEach((source, index) => add(source.url, `${service.id}: sources[${index}]`));
    (service.maintainerSources ?? []).forEach((source, index) =>
      add(source.url, `${service.id}: maintainerSources[${index}]`),
    );
  }
  for (const outcome of finder?.outcomes ?? []) {
    (outcome.sources ?? []).forEach((source, index) => add(source.url, `outcome ${outcome.id}: sources[${index}]`));
    (outcome.steps ?? []).forEach((step, stepIndex) =>
      (step.sources ?? []).forEach((source, index) =>
        add(source.url, `outcome ${outcome.id}: steps[${stepIndex}].sources[${index}]`),
      ),
    );
  }
  return [...found].map(([url, places]) => ({ url, places }));
}

/**
 * Fetches an address the way a browser would reach it, following up to five
 * redirections by hand to record them. HEAD first; GET when a server refuses HEAD.
 * Resolves to `{ url, ok, status, finalUrl, hops, error }`.
 */
export async function checkAddress(url, { timeoutMs = 15000, fetchImpl = fetch } = {}) {
  const hops = [];
  let current = url;
  for (let redirect = 0; redirect <= 5; redirect += 1) {
    let response;
    try {
      response = await request(current, 'HEAD', timeoutMs, fetchImpl);
      if ([403, 405, 501].includes(response.status)) response = await request(current, 'GET', timeoutMs, fetchImpl);
    } catch (error) {
      return {
        url,
        ok: false,
        status: 0,
        finalUrl: current,
        hops,
        error:
          error.name === 'TimeoutError' ? `no answer in ${timeoutMs} ms` : String(error.cause?.code ?? error.message),
      };
    }
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      const next = new URL(location, current).href;
      hops.push({ status: response.status, from: current, to: next });
      current = next;
      continue;
    }
    return { url, ok: response.status < 400, status: response.status, finalUrl: current, hops };
  }
  return { url, ok: false, status: 0, finalUrl: current, hops, error: 'more than five redirections' };
}

async function request(url, method, timeoutMs, fetchImpl) {
  const response = await fetchImpl(url, {
    method,
    redirect: 'manual',
    signal: AbortSignal.timeout(timeoutMs),
    headers: { 'user-agent': 'guichet-securite link check (maintainers)', accept: 'text/html,*/*' },
  });
  // Only the status and headers matter: do not download bodies.
  await response.body?.cancel();
  return response;
}

/** Whether an address ended on another host than the one written in the data. */
export function movedHost(result) {
  const host = (value) => new URL(value).hostname.replace(/^www\./, '');
  return host(result.url) !== host(result.finalUrl);
}

/** Entries whose `checked` date is more than `months` months before `today` (YYYY-MM-DD). */
export function staleEntries(catalogue, today, months = 12) {
  const limit = new Date(`${today}T00:00:00Z`);
  limit.setUTCMonth(limit.getUTCMonth() - months);
  const cutoff = limit.toISOString().slice(0, 10);
  return catalogue.services
    .filter((service) => service.checked < cutoff)
    .map((service) => ({ id: service.id, checked: service.checked }));
}

/** Runs `task` on every item, `limit` at a time. */
export async function mapLimit(items, limit, task) {
  const results = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]);
    }
  });
  await Promise.all(workers);
  return results;
}

/** The whole check, as text lines and a verdict. */
export async function runCheck({ catalogue, finder, today, timeoutMs, fetchImpl, concurrency = 6 }) {
  const addresses = collectAddresses(catalogue, finder);
  const results = await mapLimit(addresses, concurrency, async (address) => ({
    ...address,
    ...(await checkAddress(address.url, { timeoutMs, fetchImpl })),
  }));
  const failed = results.filter((result) => !result.ok);
  const moved = results.filter((result) => result.ok && movedHost(result));
  const stale = staleEntries(catalogue, today);
  const lines = [`${addresses.length} addresses checked`];
  if (failed.length) {
    lines.push('', `Not answering (${failed.length}):`);
    for (const result of failed)
      lines.push(`  ${result.url} — ${result.error ?? `HTTP ${result.status}`} — in ${result.places.join('; ')}`);
  }
  if (moved.length) {
    lines.push('', `Redirected to another host (${moved.length}): check the page still says what the data cites`);
    for (const result of moved) lines.push(`  ${result.url} → ${result.finalUrl} — in ${result.places.join('; ')}`);
  }
  if (stale.length) {
    lines.push('', `Checked more than twelve months ago (${stale.length}):`);
    for (const entry of stale) lines.push(`  ${entry.id} (checked ${entry.checked})`);
  }
  return { ok: failed.length === 0 && stale.length === 0, lines, failed, moved, stale };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = new URL('../', import.meta.url);
  const { values } = parseArgs({
    options: {
      catalogue: { type: 'string', default: fileURLToPath(new URL('data/catalogue.json', root)) },
      finder: { type: 'string', default: fileURLToPath(new URL('data/finder.json', root)) },
      today: { type: 'string', default: new Date().toISOString().slice(0, 10) },
      timeout: { type: 'string', default: '15000' },
    },
  });
  const read = (file) => JSON.parse(readFileSync(file, 'utf8'));
  const report = await runCheck({
    catalogue: read(values.catalogue),
    finder: read(values.finder),
    today: values.today,
    timeoutMs: Number(values.timeout),
  });
  console.log(report.lines.join('\n'));
  process.exit(report.ok ? 0 : 1);
}
