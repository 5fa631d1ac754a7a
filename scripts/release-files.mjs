// After the drop-in is built: a copy under a versioned name (for long cache
// lifetimes) and its Subresource Integrity hash, printed and written next to it.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const source = new URL('../dist/guichet-securite.min.js', import.meta.url);
const versioned = `guichet-securite-${version}.min.js`;
copyFileSync(source, new URL(`../dist/${versioned}`, import.meta.url));
const integrity = `sha384-${createHash('sha384').update(readFileSync(source)).digest('base64')}`;
writeFileSync(new URL(`../dist/${versioned}.sri`, import.meta.url), `${integrity}\n`);
// Read by the demo's configurator to put the hash in the snippets it writes.
writeFileSync(new URL('../dist/release.json', import.meta.url), `${JSON.stringify({ version, file: versioned, integrity }, null, 2)}\n`);
const tag = `<script src="https://YOUR-SITE/${versioned}" integrity="${integrity}" crossorigin="anonymous"></script>`;
console.log(`dist/${versioned}  integrity="${integrity}"`);
console.log(tag);

// `--readme`: puts this tag in the README's snippet (a test checks that it matches the build).
if (process.argv.includes('--readme')) {
  const readmeUrl = new URL('../README.md', import.meta.url);
  const readme = readFileSync(readmeUrl, 'utf8');
  const updated = readme.replace(/<script src="https:\/\/YOUR-SITE\/guichet-securite-[^"]+\.min\.js" integrity="[^"]*" crossorigin="anonymous"><\/script>/, tag);
  if (updated === readme) console.log('README.md: the snippet already has this hash');
  else {
    writeFileSync(readmeUrl, updated);
    console.log('README.md: snippet updated');
  }
}
