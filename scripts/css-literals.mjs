// Minifies the CSS of every css`` literal of built JavaScript (scripts/css-minify.mjs): the drop-in
// through rollup (rollup.config.mjs), the npm modules in place after tsc (`node
// scripts/css-literals.mjs dist`, in `npm run build`), so that a page's bundler, which leaves
// template literals as they are, does not ship our indentation and comments.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { minifyCss } from './css-minify.mjs';

/** `code` (JavaScript) with the text of each css`` literal minified; the expressions inside `${}` left alone. */
export function minifyCssLiterals(code) {
  if (!code.includes('css')) return code;
  const file = ts.createSourceFile('module.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const spans = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && node.tag.getText(file) === 'css') {
      const template = node.template;
      // The text of each part: after its opening backtick or `}`, before its closing backtick or `${`.
      const parts = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      for (const part of parts) {
        const start = part.getStart(file) + 1;
        const end = part.getEnd() - (ts.isTemplateHead(part) || ts.isTemplateMiddle(part) ? 2 : 1);
        spans.push([start, end]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let result = code;
  for (const [start, end] of spans.sort((a, b) => b[0] - a[0]))
    result = result.slice(0, start) + minifyCss(result.slice(start, end)) + result.slice(end);
  return result;
}

/** Every .js file under `dir`, minified in place. */
function minifyTree(dir) {
  let changed = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) changed += minifyTree(path);
    else if (name.endsWith('.js')) {
      const code = readFileSync(path, 'utf8');
      const minified = minifyCssLiterals(code);
      if (minified !== code) {
        writeFileSync(path, minified);
        changed += 1;
      }
    }
  }
  return changed;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node scripts/css-literals.mjs <folder of built modules>');
    process.exit(2);
  }
  console.log(`css-literals: minified the styles of ${minifyTree(dir)} modules under ${dir}`);
}
