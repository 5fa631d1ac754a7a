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
console.log(`dist/${versioned}  integrity="${integrity}"`);
console.log(`<script src="https://YOUR-SITE/${versioned}" integrity="${integrity}" crossorigin="anonymous"></script>`);
