// The plugin's PHP as WordPress's conventions ask: valid syntax (php -l), no
// direct access to a file, every output escaped, no raw request data, strings
// translated in its text domain and French for each; and its readme and
// version in step with the package and the finder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { poEntries, readPo } from '../../scripts/wordpress/gettext.mjs';

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
  const translated = new Map(poEntries(po).map((entry) => [entry.msgid, entry]));
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
    assert.ok(entry && entry.msgstr.every((value) => value), `French for: ${text}`);
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

/** The arguments of a call, split at its top-level commas (the hooks' calls are simple: no strings with commas). */
function callArguments(text, open) {
  const args = [];
  let depth = 0;
  let current = '';
  for (let index = open + 1; index < text.length; index++) {
    const char = text[index];
    if (depth === 0 && char === ')') {
      args.push(current.trim());
      return args;
    }
    if ('([{'.includes(char)) depth++;
    if (')]}'.includes(char)) depth--;
    if (depth === 0 && char === ',') {
      args.push(current.trim());
      current = '';
    } else current += char;
  }
  throw new Error('unclosed call');
}

test("every hook of the plugin is prefixed, has a docblock as core's hooks do, and is in the readme with an example", () => {
  const readme = source(join(plugin, 'readme.txt'));
  const hooks = new Map();
  for (const file of phpFiles) {
    const text = source(file);
    for (const match of text.matchAll(/\b(apply_filters|do_action)\(/g)) {
      const open = match.index + match[0].length - 1;
      const [name, ...args] = callArguments(text, open);
      const hook = /^'([a-z0-9_]+)'$/.exec(name)?.[1];
      assert.ok(hook, `${file}: a hook's name is a literal: ${name}`);
      assert.match(hook, /^guichet_securite_[a-z_]+$/, `${file}: ${hook} has the plugin's prefix`);
      // The docblock just before the statement (only an assignment may stand between).
      const before = text.slice(0, match.index);
      const docblock = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*(?:\$[a-z_]+\s*=\s*)?$/.exec(before)?.[1];
      assert.ok(docblock, `${file}: ${hook} has a docblock`);
      const summary = docblock
        .split(/\n\s*\*\s*\n/)[0]
        .replace(/\s*\n\s*\* /g, ' ')
        .trim();
      assert.match(summary, /^[A-Z][^@]*\.$/, `${hook}: a summary, one sentence`);
      assert.match(docblock, /\n\s*\* @since 0\.1\.0\n/, `${hook}: @since 0.1.0`);
      const params = [...docblock.matchAll(/@param\s+\S+\s+(\$[a-z_]+)/g)].map((param) => param[1]);
      assert.equal(params.length, args.length, `${hook}: one @param for each argument (${args.join(', ')})`);
      hooks.set(hook, match[1] === 'apply_filters' ? 'filter' : 'action');
    }
  }
  assert.deepEqual([...hooks.keys()].sort(), [
    'guichet_securite_contacts',
    'guichet_securite_element_attributes',
    'guichet_securite_enqueued',
    'guichet_securite_script_integrity',
    'guichet_securite_script_url',
  ]);
  for (const [hook, kind] of hooks) {
    assert.ok(readme.includes(`**${hook}** (${kind}`), `readme.txt documents ${hook} (${kind})`);
    assert.ok(readme.includes(`add_${kind}( '${hook}'`), `readme.txt has an example of ${hook}`);
  }
});

test('the readme documents every attribute the renderer takes, with the values it takes; the block offers colours the renderer prints', () => {
  const renderer = JSON.parse(
    execFileSync(php, [
      '-r',
      `define('ABSPATH', '/'); require ${JSON.stringify(join(plugin, 'includes/class-guichet-securite-renderer.php'))}; echo json_encode(array('elements' => Guichet_Securite_Renderer::ELEMENTS, 'languages' => Guichet_Securite_Renderer::LANGUAGES, 'colors' => Guichet_Securite_Renderer::COLORS));`,
    ]).toString(),
  );
  const readme = source(join(plugin, 'readme.txt'));
  const section = /== Shortcode attributes ==\n([\s\S]*?)\n== /.exec(readme)?.[1];
  assert.ok(section, 'readme.txt has a section on the shortcode attributes');
  const bullets = section.split('\n').filter((line) => line.startsWith('* '));
  const documented = new Set(bullets.flatMap((line) => [...line.matchAll(/`([a-z-]+)(?:=[^`]*)?`/g)].map((m) => m[1])));
  const taken = new Set([
    'element',
    'lang',
    'theme',
    ...Object.values(renderer.elements).flat(),
    ...renderer.colors.map((token) => `color-${token}`),
  ]);
  for (const name of taken) assert.ok(documented.has(name), `readme.txt documents ${name}`);
  const named = bullets.map((line) => /^\* `([a-z-]+)/.exec(line)?.[1]);
  for (const name of named) assert.ok(taken.has(name), `readme.txt documents ${name}, which the renderer takes`);
  const values = (name) => new RegExp(`^\\* \`${name}\`[^(\\n]*\\(([^)]+)\\)`, 'm').exec(section)?.[1].split(', ');
  assert.deepEqual(values('lang'), renderer.languages);
  const rendererSource = source(join(plugin, 'includes/class-guichet-securite-renderer.php'));
  const themes = /case 'theme':\s*\$value = in_array\( \$value, array\( ([^)]*) \)/
    .exec(rendererSource)[1]
    .replace(/'/g, '')
    .split(', ');
  assert.deepEqual(values('theme'), themes);
  assert.deepEqual(values('category'), Object.values(catalogueIds('categories')));
  assert.deepEqual(values('kind'), Object.values(catalogueIds('kinds')));
  assert.match(
    section,
    /^\* `element`: report-finder \(the default\), service-list, service-card, emergency-numbers, quick-exit\.$/m,
  );
  assert.deepEqual(
    /`element`: ([^\n]*)\./.exec(section)[1].replace(' (the default)', '').split(', '),
    Object.keys(renderer.elements),
  );

  // The block's colours: attributes colorAccent… for tokens the renderer knows, each with a control in the sidebar.
  const block = JSON.parse(source(join(plugin, 'block/block.json')));
  const colours = Object.keys(block.attributes).filter((name) => /^color[A-Z]/.test(name));
  assert.ok(colours.length >= 3, colours.join(', '));
  const editor = source(join(plugin, 'block/editor.js'));
  for (const name of colours) {
    const token = name.slice('color'.length).replace(/[A-Z]/g, (c, i) => `${i ? '-' : ''}${c.toLowerCase()}`);
    assert.ok(renderer.colors.includes(token), `${name}: --guichet-color-${token}`);
    assert.ok(editor.includes(`setting('${name}'`), `the sidebar sets ${name}`);
    assert.deepEqual(block.attributes[name], { type: 'string', default: '' });
  }
  for (const token of ['accent', 'background', 'text'])
    assert.ok(colours.includes(`color${token[0].toUpperCase()}${token.slice(1)}`));
});

/** Ids of the catalogue's categories or kinds, in order. */
function catalogueIds(key) {
  return JSON.parse(readFileSync(new URL('../../data/catalogue.json', import.meta.url), 'utf8'))[key].map(
    (item) => item.id,
  );
}
