// docs/performance.md is written by several bench scripts, each owning one
// marked section: rerunning one script replaces its section only.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../docs/performance.md', import.meta.url);

export function writeSection(name, body) {
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const block = `${start}\n${body.trim()}\n${end}`;
  let doc = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (!doc.startsWith('# Performance'))
    doc = `# Performance\n\nWritten by \`npm run bench\`. Numbers vary between machines: compare ratios and scores.\n`;
  const pattern = new RegExp(`${start}[\\s\\S]*?${end}`);
  doc = pattern.test(doc) ? doc.replace(pattern, () => block) : `${doc.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, doc.endsWith('\n') ? doc : `${doc}\n`);
}
