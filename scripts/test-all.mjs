// `npm test`: every check in order, then one closing line "N passed, N failed".
// Browser and node tests count their own tests; every other step counts as one.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

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
  { name: 'browser tests (Firefox)', command: 'npm run test:firefox --silent', counts: 'browser-firefox' },
  // WebKitGTK's driver has been seen to end a run without a report (no test failed, none counted): run it once more then.
  {
    name: 'browser tests (WebKit)',
    command: 'npm run test:webkit --silent',
    counts: 'browser-webkit',
    againWithoutReport: true,
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
spawnSync('mkdir', ['-p', '.test-results']);

let passed = 0;
let failed = 0;
const summary = [];
for (const step of steps) {
  console.log(`\n=== ${step.name}`);
  const started = Date.now();
  const run = () =>
    spawnSync(step.command, { shell: true, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  let result = run();
  if (result.status !== 0 && step.againWithoutReport && !existsSync(`.test-results/${step.counts}.json`)) {
    console.log(`\n=== ${step.name}: the runner ended without a report; once more`);
    result = run();
  }
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
  summary.push(`${ok ? 'ok  ' : 'FAIL'} ${step.name}${detail} (${Math.round((Date.now() - started) / 1000)} s)`);
  // Later steps depend on generation and the build: stop at a broken foundation.
  if (!ok && step.name.startsWith('generate')) break;
}

console.log('\n=== summary');
for (const line of summary) console.log(line);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
