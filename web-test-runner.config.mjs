import { writeFileSync, mkdirSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { axTreeCommand } from './scripts/wtr-ax-tree.mjs';
import { mediaFeaturesCommand } from './scripts/wtr-media.mjs';
import { defaultFontSizeCommand } from './scripts/wtr-font-size.mjs';

// Debian's Chromium by default; CHROME_PATH points elsewhere on another machine.
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

/**
 * Writes the counts of the run to .test-results/<name>.json for the final "N passed, N failed" line,
 * and every test's file, full title, state and duration to .test-results/<name>-tests.json: the accessibility
 * docs' check reads them (a criterion claimed conforming names tests that passed).
 */
export function countReporter(name = 'browser') {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const tests = [];
      const visit = (suite, file, path) => {
        for (const test of suite.tests) {
          const state = test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed';
          if (state === 'skipped') skipped += 1;
          else if (state === 'passed') passed += 1;
          else failed += 1;
          tests.push({ file, title: [...path, test.name].join(' > '), state, ms: test.duration });
        }
        for (const child of suite.suites) visit(child, file, [...path, child.name]);
      };
      for (const session of sessions) {
        const file = relative(process.cwd(), session.testFile).split(sep).join('/');
        if (session.testResults) visit(session.testResults, file, []);
        // A file that fails to load has no tests: count it as a failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) failed += 1;
      }
      mkdirSync('.test-results', { recursive: true });
      writeFileSync(`.test-results/${name}.json`, JSON.stringify({ passed, failed, skipped }));
      writeFileSync(`.test-results/${name}-tests.json`, JSON.stringify(tests));
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  // Keyboard tests need the page to have focus: one test file at a time.
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 300000,
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  // axTreeCommand: the browser's accessibility tree (test/a11y/), in Chromium; mediaFeaturesCommand: forced colours
  // (test/a11y/presentation.test.ts), in Chromium; defaultFontSizeCommand: the reader's font size
  // (test/a11y/structure.test.ts), in Chromium; the other configs spread these plugins.
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    axTreeCommand(),
    mediaFeaturesCommand(),
    defaultFontSizeCommand(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
        ],
      },
    }),
  ],
  reporters: [defaultReporter(), countReporter()],
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/generated/**', 'src/**/*.examples.ts'],
    threshold: { statements: 90, branches: 80, functions: 85, lines: 90 },
  },
};
