// The plugin's PHP as WordPress's conventions ask: valid syntax (php -l), no
// direct access to a file, every output escaped, no raw request data, strings
// translated in its text domain and French for each; and its readme and
// version in step with the package and the finder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readPo } from '../../scripts/wordpress/gettext.mjs';

const plugin = new URL('../../integrations/wordpress/guichet-securite/', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const finder = JSON.parse(readFileSync(new URL('../../data/finder.json', import.meta.url), 'utf8'));
const php = process.env.PHP_PATH || 'php';

const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else files.push(path);
  }
};
walk(plugin);
const phpFiles = files.filter((file) => file.endsWith('.php'));
const source = (file) => readFileSync(file, 'utf8');

test('every PHP file of the plugin passes php -l', () => {
  assert.ok(phpFiles.length >= 10);
  for (const file of phpFiles) execFileSync(php, ['-l', file], { stdio: 'pipe' });
});

test('no PHP file runs when opened directly', () => {
  for (const file of phpFiles) {
    const text = source(file);
    if (/index\.php$/.test(file)) assert.match(text, /^<\?php\n\/\/ Silence is golden\.\n$/, file);
    else if (file.endsWith('editor.asset.php')) assert.match(text, /return array\(/, file);
    else assert.match(text, /defined\( '(ABSPATH|WP_UNINSTALL_PLUGIN)' \)/, file);
  }
});

test('every output is escaped, and no raw request data is read', () => {
  for (const file of phpFiles) {
    const text = source(file);
    for (const [, output] of text.matchAll(/\becho\s+([^;]+);/g)) {
      assert.match(
        output,
        /^(esc_html__|esc_html|esc_attr|esc_textarea|esc_url|wp_json_encode)\(|^'[^']*'$/,
        `${file}: echo ${output}`,
      );
    }
    assert.doesNotMatch(text, /\$_(GET|POST|REQUEST|COOKIE|SERVER)\b/, `${file}: reads request data directly`);
    assert.doesNotMatch(text, /\b(eval|extract|create_function|unserialize)\s*\(/, file);
  }
});

test('every string is in the text domain, with a French translation', () => {
  const po = readPo(readFileSync(join(plugin, 'languages/guichet-securite-fr_FR.po'), 'utf8'));
  const translated = new Map(po.map((entry) => [entry.id, entry]));
  const strings = new Set();
  for (const file of files.filter((path) => /\.(php|js)$/.test(path))) {
    const text = source(file);
    for (const [, , single, double, domain] of text.matchAll(
      /\b(__|esc_html__|esc_attr__|_e|esc_html_e|_x)\(\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")\s*,\s*'([^']+)'/g,
    )) {
      assert.equal(domain, 'guichet-securite', `${file}: text domain`);
      strings.add((single ?? double).replace(/\\(['"\\])/g, '$1'));
    }
    for (const [, singular] of text.matchAll(/\b_n\(\s*'((?:[^'\\]|\\.)*)'/g)) strings.add(singular);
  }
  assert.ok(strings.size > 40, `${strings.size} strings`);
  for (const text of strings) {
    const entry = translated.get(text);
    assert.ok(entry && entry.strings.every((value) => value), `French for: ${text}`);
  }
});

test('the plugin says the package version, and its readme names every first question', () => {
  assert.match(
    source(join(plugin, 'guichet-securite.php')),
    new RegExp(`^ \\* Version:\\s+${pkg.version.replace(/\./g, '\\.')}$`, 'm'),
  );
  assert.match(
    source(join(plugin, 'block/editor.asset.php')),
    new RegExp(`'version'\\s+=> '${pkg.version.replace(/\./g, '\\.')}'`),
  );
  const readme = source(join(plugin, 'readme.txt'));
  assert.match(readme, new RegExp(`^Stable tag: ${pkg.version.replace(/\./g, '\\.')}$`, 'm'));
  const named = /`start` \(the first question: ([^)]+)\)/.exec(readme)?.[1].split(', ');
  assert.deepEqual(named, Object.keys(finder.entryPoints));
});
