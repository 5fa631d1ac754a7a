// Adds a service to data/catalogue.json as a skeleton to fill: every fact and text is the
// placeholder « À REMPLIR » (English texts « TO FILL »), never a plausible value, so
// `npm run check:data` fails and names each field left to fill until you write it from the
// official page. With --from, the skeleton has the fields of an existing entry (its kind and
// categories kept; its texts, links, numbers, hours, dates, audience and availability blanked);
// without, the fields every entry has. Then every language pack gets the entry's rows, untranslated
// (shown in French until translators fill them), and the README's list of ids and
// docs/translations.md are written again. See CONTRIBUTING.md, "Adding a service" (decision 0037).
//
// Usage: npm run new:service -- <id> [--from <existing id>]
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** The placeholder of a field to fill; an English text's is TO_FILL. */
export const TO_FILL = 'À REMPLIR';
const TO_FILL_EN = 'TO FILL';

// Kept from --from: where the entry is filed (its kind and categories), not a fact about the service.
const KEEP = new Set(['kind', 'categories']);
// Left out of a copy: what belongs to the other entry alone.
const DROP = new Set(['seed', 'reviewNotes', 'maintainerSources', 'history']);

const isText = (value) =>
  value && typeof value === 'object' && !Array.isArray(value) && typeof value.fr === 'string' && 'en' in value;

/** A copy of `value` with every fact and text replaced by the placeholder. */
function blank(value, key) {
  if (KEEP.has(key)) return structuredClone(value);
  if (isText(value)) return { fr: TO_FILL, en: TO_FILL_EN };
  if (key === 'hours') return TO_FILL;
  if (Array.isArray(value)) {
    if (value.length === 0) return [];
    // A list of texts or words: one placeholder; a list of objects: each blanked.
    return typeof value[0] === 'object' ? value.map((item) => blank(item)) : [TO_FILL];
  }
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([name]) => !DROP.has(name))
        .map(([name, item]) => [name, blank(item, name)]),
    );
  return typeof value === 'string' || typeof value === 'boolean' ? TO_FILL : value;
}

/** The entry to fill: the fields of `from`, or those every entry has. */
export function skeleton(id, from) {
  if (from) return { ...blank(from), id };
  const text = { fr: TO_FILL, en: TO_FILL_EN };
  return {
    id,
    kind: TO_FILL,
    categories: [TO_FILL],
    name: text,
    summary: text,
    useWhen: [text],
    notFor: [],
    access: { website: { url: TO_FILL, label: text } },
    availability: TO_FILL,
    audience: [TO_FILL],
    requirements: [],
    prepare: [],
    notes: [],
    aliases: [TO_FILL],
    sources: [{ url: TO_FILL, date: TO_FILL }],
    checked: TO_FILL,
  };
}

/** Every field of the catalogue's entries still holding a placeholder: `id: field.path: …`. */
export function unfilledFields(catalogue) {
  const found = [];
  const walk = (value, path, id) => {
    if (typeof value === 'string') {
      if (value.includes(TO_FILL) || value.includes(TO_FILL_EN))
        found.push(
          `${id}: ${path}: still « ${value} » (left by npm run new:service): write it from the official page, or remove the field if it has no value`,
        );
    } else if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${path}[${index}]`, id));
    else if (value && typeof value === 'object')
      for (const [name, item] of Object.entries(value)) walk(item, path ? `${path}.${name}` : name, id);
  };
  for (const service of catalogue.services ?? []) walk(service, '', service.id);
  return found;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = new URL('../', import.meta.url);
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { from: { type: 'string' } } });
  const [id] = positionals;
  const fail = (message) => {
    console.error(`new:service: ${message}`);
    process.exit(1);
  };
  if (!id || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))
    fail('give the new entry a stable id, lower case and dashes (npm run new:service -- perte-vignette)');
  const file = new URL('data/catalogue.json', root);
  const catalogue = JSON.parse(readFileSync(file, 'utf8'));
  if (catalogue.services.some((service) => service.id === id)) fail(`${id} is already in data/catalogue.json`);
  let from;
  if (values.from) {
    from = catalogue.services.find((service) => service.id === values.from);
    if (!from) fail(`--from ${values.from}: no such entry in data/catalogue.json`);
  }
  catalogue.services.push(skeleton(id, from));
  writeFileSync(file, `${JSON.stringify(catalogue, null, 2)}\n`);
  console.log(`added ${id} to data/catalogue.json, every field to fill marked « ${TO_FILL} »`);
  const node = (script, ...args) =>
    execFileSync(process.execPath, [fileURLToPath(new URL(script, import.meta.url)), ...args], { stdio: 'inherit' });
  node('i18n-texts.mjs', '--sync', '--docs');
  node('readme-lists.mjs');
  console.log(`
Next (CONTRIBUTING.md, "Adding a service"): fill data/catalogue.json from the official page
(npm run check:data names each field left), then npm run generate.`);
}
