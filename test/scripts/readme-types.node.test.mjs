// The README's and LISEZ-MOI's JavaScript examples type-check against the library's own types,
// as a TypeScript user would paste them: `document.addEventListener('guichet-link-follow', …)`
// knows its `detail`, `document.querySelector('service-list')` is a ServiceList.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The ```js blocks of a Markdown file. */
export function jsBlocks(markdown) {
  return [...markdown.matchAll(/```(?:js|javascript|ts)\n([\s\S]*?)```/g)].map((match) => match[1]);
}

/** TypeScript's complaints about each snippet, compiled with the package's names mapped to the source. */
export function snippetProblems(snippets) {
  const files = new Map(
    snippets.map((code, index) => [`${root}test/types/snippet-${index}.ts`, `${code}\nexport {};\n`]),
  );
  const options = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ES2022,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    experimentalDecorators: true,
    useDefineForClassFields: false,
    allowImportingTsExtensions: false,
    baseUrl: root,
    paths: {
      'guichet-securite': ['src/index.ts'],
      'guichet-securite/define/*': ['src/define/*'],
      'guichet-securite/languages/*': ['src/languages/*'],
    },
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (name) => files.get(name) ?? readFile(name);
  host.fileExists = (name) => files.has(name) || fileExists(name);
  host.getSourceFile = (name, version, ...rest) =>
    files.has(name) ? ts.createSourceFile(name, files.get(name), version) : getSourceFile(name, version, ...rest);
  const program = ts.createProgram([...files.keys()], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((diagnostic) => diagnostic.file && files.has(diagnostic.file.fileName))
    .map((diagnostic) => {
      const index = Number(/snippet-(\d+)/.exec(diagnostic.file.fileName)[1]);
      const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
      return `example ${index + 1}, line ${line + 1}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}\n  ${snippets[index].split('\n')[line]}`;
    });
}

for (const file of ['README.md', 'docs/fr/LISEZ-MOI.md']) {
  test(`${file}: every JavaScript example type-checks against the package's types`, () => {
    const snippets = jsBlocks(readFileSync(`${root}${file}`, 'utf8'));
    if (file === 'README.md')
      assert.ok(snippets.some((code) => code.includes("addEventListener('guichet-link-follow'")));
    assert.deepEqual(snippetProblems(snippets), []);
  });
}

test('the check fails on a snippet that misuses an event detail or an element', () => {
  const problems = snippetProblems([
    "document.addEventListener('guichet-link-follow', (event) => console.log(event.detail.nothing));",
    "window.addEventListener('guichet-quick-exit', (event) => event.detail.href.toFixed());",
    "const list = document.querySelector('service-list'); if (list) list.strings = 42;",
  ]);
  assert.equal(problems.length, 3, problems.join('\n'));
  assert.match(problems[0], /nothing/);
});
