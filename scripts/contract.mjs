// The content contract: from one JSON Schema per data file, the TypeScript types (schemaTypes) and,
// for data a host page gives (local contacts), the run-time reader in TypeScript and in PHP
// (schemaReader), so that the library, `npm run check:data` (Ajv, on the same schema) and the
// WordPress plugin read one shape (decision 0034). A focused generator for the subset of JSON Schema
// the project writes: type, properties (in the order they are checked), required, items, minItems,
// maxItems, uniqueItems, pattern, maxLength, minimum, maximum, enum, const, oneOf, $ref to
// #/definitions, additionalProperties, default, format. Anything else is refused, not ignored.
//
// Keywords of its own (each starts with x-, declared to Ajv by X_KEYWORDS):
// - x-ts-name: the name of the type made from this schema (exported);
// - x-ts: a TypeScript type written instead of the one the schema gives (e.g. a text in any language);
//   false leaves the property out of the types (maintainers' fields the generated data drops);
// - x-ts-from: the module that exports x-ts-name (another generated types module): imported, not written;
// - x-ts-imports: lines a types module starts with (root only);
// - x-message: what a page author reads when this value is refused (the reader);
// - x-at-parent: a refused value is named by its parent's field (e.g. `access.website`, not `.url`);
// - x-shorthand: a value that is not an object stands for { [x-shorthand]: value } (e.g. a plain
//   address for { "url": … });
// - x-default: the property of the same object whose value an absent one takes;
// - x-messages: { minItems } or { minProperties }: the message of that one problem;
// - x-shipped: false marks a maintainers' field (sources, review dates): checked by `check:data`,
//   dropped from the generated data (dropUnshipped), not read from a page's data by the reader.
// Formats (`format`) are the semantic checks, written by hand in each language
// (src/catalogue/contact-formats.ts; the plugin's class-guichet-securite-contacts.php): the generated
// reader calls the format once the shape is read, and keeps what it returns.
export const X_KEYWORDS = [
  'x-ts-name',
  'x-ts',
  'x-ts-from',
  'x-ts-imports',
  'x-message',
  'x-messages',
  'x-at-parent',
  'x-shorthand',
  'x-default',
  'x-shipped',
];

const KNOWN = new Set([
  '$schema',
  '$id',
  '$ref',
  'title',
  'description',
  'type',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'items',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'enum',
  'const',
  'oneOf',
  'definitions',
  'default',
  'format',
  ...X_KEYWORDS,
]);

/** Refuses a keyword the generators do not understand (it would otherwise be silently ignored). */
function checkKeywords(schema, path = '#') {
  if (!schema || typeof schema !== 'object') return;
  for (const key of Object.keys(schema)) {
    if (!KNOWN.has(key)) throw new Error(`${path}: the contract generator does not know the keyword "${key}"`);
  }
  for (const [key, child] of Object.entries(schema.properties ?? {})) checkKeywords(child, `${path}/properties/${key}`);
  for (const [key, child] of Object.entries(schema.definitions ?? {}))
    checkKeywords(child, `${path}/definitions/${key}`);
  if (schema.items) checkKeywords(schema.items, `${path}/items`);
  if (typeof schema.additionalProperties === 'object')
    checkKeywords(schema.additionalProperties, `${path}/additionalProperties`);
  (schema.oneOf ?? []).forEach((child, index) => checkKeywords(child, `${path}/oneOf/${index}`));
}

function resolver(root) {
  return (schema) => {
    if (!schema.$ref) return schema;
    const match = /^#\/definitions\/([\w-]+)$/.exec(schema.$ref);
    if (!match || !root.definitions?.[match[1]]) throw new Error(`unknown $ref "${schema.$ref}"`);
    return root.definitions[match[1]];
  };
}

const doc = (text, indent) =>
  text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/`YYYY-MM-DD`/g, '`YYYY-MM-DD`')} */\n` : '';

/** Removes from `value` (data the schema describes) every field marked `x-shipped: false`, in place. */
export function dropUnshipped(root, value) {
  const resolve = resolver(root);
  const walk = (schema, item) => {
    const target = resolve(schema);
    if (Array.isArray(item) && target.items) for (const each of item) walk(target.items, each);
    else if (item && typeof item === 'object' && target.properties)
      for (const [key, child] of Object.entries(target.properties)) {
        if (!(key in item)) continue;
        if (child['x-shipped'] === false) delete item[key];
        else walk(child, item[key]);
      }
  };
  walk(root, value);
  return value;
}

/**
 * TypeScript types from a JSON Schema: every schema with x-ts-name (the root included) becomes an
 * exported type; everything is readonly; descriptions become doc comments.
 */
export function schemaTypes(root, { banner }) {
  checkKeywords(root);
  const resolve = resolver(root);
  const named = new Map();
  const imports = new Map();
  const order = [];

  const typeOf = (schema, indent) => {
    const target = resolve(schema);
    if (target['x-ts-name']) {
      declare(target);
      return target['x-ts-name'];
    }
    return inline(target, indent);
  };

  const inline = (schema, indent) => {
    if (typeof schema['x-ts'] === 'string') return schema['x-ts'];
    if (schema.oneOf) return schema.oneOf.map((branch) => typeOf(branch, indent)).join(' | ');
    if ('const' in schema) return JSON.stringify(schema.const);
    if (schema.enum) return schema.enum.map((value) => JSON.stringify(value).replace(/"/g, "'")).join(' | ');
    switch (schema.type) {
      case 'string':
        return 'string';
      case 'integer':
      case 'number':
        return 'number';
      case 'boolean':
        return 'boolean';
      case 'array': {
        const item = typeOf(schema.items, indent);
        return `readonly ${/[|&]/.test(item) ? `(${item})` : item}[]`;
      }
      case 'object': {
        if (!schema.properties) {
          const value =
            typeof schema.additionalProperties === 'object' ? typeOf(schema.additionalProperties, indent) : 'unknown';
          return `Readonly<Record<string, ${value}>>`;
        }
        const inner = `${indent}  `;
        const required = new Set(schema.required ?? []);
        const lines = Object.entries(schema.properties)
          .filter(([, child]) => child['x-ts'] !== false && resolve(child)['x-ts'] !== false)
          .map(
            ([key, child]) =>
              `${doc(child.description ?? (child.$ref ? undefined : undefined), inner)}${inner}readonly ${key}${required.has(key) || 'default' in child || 'default' in resolve(child) || child['x-default'] ? '' : '?'}: ${typeOf(child, inner)};`,
          );
        return `{\n${lines.join('\n')}\n${indent}}`;
      }
      default:
        if (schema.format || schema['x-ts'] === undefined) return 'unknown';
        return 'unknown';
    }
  };

  const declare = (schema) => {
    const name = schema['x-ts-name'];
    if (named.has(name)) return;
    if (schema['x-ts-from']) {
      named.set(name, '');
      if (!imports.has(schema['x-ts-from'])) imports.set(schema['x-ts-from'], []);
      imports.get(schema['x-ts-from']).push(name);
      return;
    }
    named.set(name, null);
    const body = inline(schema, '');
    const isObject = schema.type === 'object' && schema.properties && typeof schema['x-ts'] !== 'string';
    named.set(
      name,
      `${doc(schema.description, '')}${isObject ? `export interface ${name} ${body}` : `export type ${name} = ${body};`}\n`,
    );
    order.push(name);
  };

  declare(root);
  const header = [
    banner,
    ...(root['x-ts-imports'] ?? []),
    ...[...imports].map(([from, names]) => `import type { ${names.sort().join(', ')} } from '${from}';`),
  ];
  return `${header.join('\n')}\n\n${order.map((name) => named.get(name)).join('\n')}`;
}

// ---------------------------------------------------------------------------------------------
// The reader: one function per definition (and the root), each reading a value at a field and
// returning it in the library's shape, or throwing (via refuse) the first problem with its field.

const phpString = (value) => `'${String(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const phpRegex = (pattern) => phpString(`~${pattern.replace(/~/g, '\\~')}~u`);

/**
 * The run-time reader of a JSON Schema, as TypeScript (`lang: 'ts'`) or PHP (`'php'`) source; both
 * read the properties in the schema's order and refuse the first problem with the same field and
 * message. TypeScript: `export function <name>(value, field, context): <type>`, composed of the
 * readers of `runtime` and the hand-written checks of `formats` (named by `format`, in camelCase).
 * PHP: a class `<name>` whose static `read( $value, $field, $hooks )` calls the helpers of the class
 * `runtime` (is_record, own, has, at, refuse, length, is_integer) and `$hooks[ format ]`.
 */
export function schemaReader(root, { lang, name, banner, runtime, formats, type = 'unknown', exports }) {
  checkKeywords(root);
  return lang === 'ts'
    ? tsReader(root, { name, banner, runtime, formats, type, exports })
    : phpReader(root, { name, banner, runtime });
}

/** The PHP reader: plain statements, one static function per definition. */
function phpReader(root, { name, banner, runtime }) {
  const resolve = resolver(root);
  const R = `${runtime}::`;
  const queue = [];
  const queued = new Set();
  let counter = 0;
  const fresh = (base) => `$${base}${++counter}`;
  const refuse = (field, message) => `throw ${R}refuse( ${field}, ${phpString(message)} );`;
  const hook = (schema, value, field) => {
    const options = {
      ...(schema.maxLength !== undefined && !schema.type ? { maxLength: schema.maxLength } : {}),
      ...(schema['x-message'] && !schema.type ? { message: schema['x-message'] } : {}),
    };
    return `call_user_func( $hooks[${phpString(schema.format)}], ${value}, ${field}, ${phpArray(options)} )`;
  };
  const failIf = (condition, field, message, indent) => [
    `${indent}if ( ${condition} ) {`,
    `${indent}\t${refuse(field, message)}`,
    `${indent}}`,
  ];

  /** Statements reading `value` at `field`: [lines, the variable holding what was read]. */
  const read = (schema, value, field, indent) => {
    const lines = [];
    if (!/^\$\w+$/.test(value)) {
      const bound = fresh('v');
      lines.push(`${indent}${bound} = ${value};`);
      value = bound;
    }
    if (!/^\$\w+$/.test(field)) {
      const bound = fresh('f');
      lines.push(`${indent}${bound} = ${field};`);
      field = bound;
    }
    const out = fresh('r');
    if (schema.$ref) {
      const key = /^#\/definitions\/([\w-]+)$/.exec(schema.$ref)[1];
      resolve(schema);
      if (!queued.has(key)) {
        queued.add(key);
        queue.push(key);
      }
      lines.push(`${indent}${out} = self::read_${key.replace(/-/g, '_')}( ${value}, ${field}, $hooks );`);
      return [lines, out];
    }
    const message = schema['x-message'];
    if (schema.oneOf) {
      // Each form is an object told apart by its one required property (e.g. { always } or { weekly }).
      lines.push(`${indent}${out} = null;`);
      schema.oneOf.forEach((branch, index) => {
        const target = resolve(branch);
        const [key] = target.required;
        const property = resolve(target.properties[key]);
        const item = `${R}own( ${value}, ${phpString(key)} )`;
        const test =
          'const' in property
            ? `${JSON.stringify(property.const)} === ${item}`
            : `is_array( ${item} )${property.minItems ? ` && count( ${item} ) >= ${property.minItems}` : ''}`;
        const [inner, result] = read(target, value, field, `${indent}\t`);
        lines.push(
          `${indent}${index ? '} elseif' : 'if'} ( ${R}is_record( ${value} ) && ${test} ) {`,
          ...inner,
          `${indent}\t${out} = ${result};`,
        );
      });
      lines.push(
        `${indent}} else {`,
        `${indent}\t${refuse(field, message ?? 'is not one of the accepted forms')}`,
        `${indent}}`,
      );
      return [lines, out];
    }
    if (schema.type === 'object') {
      const record = fresh('o');
      if (schema['x-shorthand'])
        lines.push(
          `${indent}${record} = ${R}is_record( ${value} ) ? ${value} : (object) array( ${phpString(schema['x-shorthand'])} => ${value} );`,
        );
      else
        lines.push(
          ...failIf(`! ${R}is_record( ${value} )`, field, message ?? 'must be an object', indent),
          `${indent}${record} = ${value};`,
        );
      lines.push(`${indent}${out} = array();`);
      const required = new Set(schema.required ?? []);
      for (const [key, child] of Object.entries(schema.properties ?? {})) {
        const target = resolve(child);
        const childField =
          target['x-at-parent'] || child['x-at-parent'] ? field : `${R}at( ${field}, ${phpString(key)} )`;
        const own = `${R}own( ${record}, ${phpString(key)} )`;
        const present = `${R}has( ${record}, ${phpString(key)} )`;
        const fallback = child.default ?? target.default;
        const from = child['x-default'];
        const slot = (property) => `${out}[${phpString(property)}]`;
        // An absent property with a default (or another property's value) is read as that value.
        const item =
          fallback !== undefined
            ? `( ${present} ? ${own} : ${phpValue(fallback)} )`
            : from
              ? `( ${present} ? ${own} : ${slot(from)} )`
              : own;
        if (required.has(key) || fallback !== undefined || from) {
          const [inner, result] = read(child, item, childField, indent);
          lines.push(...inner, `${indent}${slot(key)} = ${result};`);
        } else {
          const [inner, result] = read(child, item, childField, `${indent}\t`);
          lines.push(`${indent}if ( ${present} ) {`, ...inner, `${indent}\t${slot(key)} = ${result};`, `${indent}}`);
        }
      }
      if (schema.minProperties)
        // Counts what was read, an empty list as nothing (a contact with `phones: []` has no phone).
        lines.push(
          ...failIf(
            `count( array_filter( ${out}, function ( $item ) { return array() !== $item; } ) ) < ${schema.minProperties}`,
            field,
            schema['x-messages']?.minProperties ?? message ?? 'is empty',
            indent,
          ),
        );
      if (schema.format) lines.push(`${indent}${out} = ${hook(schema, out, field)};`);
      return [lines, out];
    }
    if (schema.type === 'array') {
      const whole = message;
      const max = schema.maxItems;
      lines.push(...failIf(`! is_array( ${value} )`, field, whole ?? 'must be a list', indent));
      if (max !== undefined)
        lines.push(...failIf(`count( ${value} ) > ${max}`, field, whole ?? `has more than ${max} items`, indent));
      const list = fresh('a');
      const index = fresh('i');
      const items = whole ? { ...schema.items, 'x-message': whole } : schema.items;
      const [inner, result] = read(
        items,
        `${value}[ ${index} ]`,
        whole ? field : `${field} . '[' . ${index} . ']'`,
        `${indent}\t`,
      );
      lines.push(
        `${indent}${list} = array();`,
        `${indent}for ( ${index} = 0; ${index} < count( ${value} ); ${index}++ ) {`,
        ...inner,
        `${indent}\t${list}[] = ${result};`,
        `${indent}}`,
      );
      if (schema.minItems)
        lines.push(
          ...failIf(
            `count( ${list} ) < ${schema.minItems}`,
            field,
            whole ?? schema['x-messages']?.minItems ?? `has fewer than ${schema.minItems} items`,
            indent,
          ),
        );
      // Repeated items are harmless (a weekday listed twice): kept once, not refused.
      lines.push(`${indent}${out} = ${schema.uniqueItems ? `array_values( array_unique( ${list} ) )` : list};`);
      return [lines, out];
    }
    // A scalar: a string, an integer or a value among a few, refused whole with its message.
    const conditions = [];
    let fallback = 'must be a text of the expected form';
    if (schema.type === 'string') {
      conditions.push(`! is_string( ${value} )`);
      if (schema.pattern) conditions.push(`1 !== preg_match( ${phpRegex(schema.pattern)}, ${value} )`);
      if (schema.maxLength !== undefined && !schema.format)
        conditions.push(`${R}length( ${value} ) > ${schema.maxLength}`);
    } else if (schema.type === 'integer') {
      fallback = 'must be a whole number in range';
      conditions.push(`! ${R}is_integer( ${value} )`);
      if (schema.minimum !== undefined) conditions.push(`${value} < ${schema.minimum}`);
      if (schema.maximum !== undefined) conditions.push(`${value} > ${schema.maximum}`);
    } else if (schema.enum || 'const' in schema) {
      const values = schema.enum ?? [schema.const];
      fallback = `must be one of ${values.join(', ')}`;
      conditions.push(`! in_array( ${value}, ${phpArray(values)}, true )`);
    } else if (!schema.format) {
      throw new Error(`the contract generator cannot read ${JSON.stringify(schema).slice(0, 80)}`);
    }
    if (conditions.length) lines.push(...failIf(conditions.join(' || '), field, message ?? fallback, indent));
    const kept = schema.type === 'integer' ? `(int) ${value}` : value;
    lines.push(`${indent}${out} = ${schema.format ? hook(schema, kept, field) : kept};`);
    return [lines, out];
  };

  const functions = [];
  const emit = (key, schema) => {
    counter = 0;
    const [lines, out] = read(schema, '$value', '$field', '\t\t');
    const what =
      key === null ? 'Reads one value; throws the first problem, with its field.' : `Reads #/definitions/${key}.`;
    functions.push(
      [
        '\t/**',
        `\t * ${what}`,
        '\t *',
        '\t * @param mixed  $value The value.',
        '\t * @param string $field Its field.',
        '\t * @param array  $hooks The checks written by hand, by format.',
        '\t * @return mixed',
        '\t * @throws Guichet_Securite_Refused When refused.',
        '\t */',
        `\t${key === null ? 'public' : 'private'} static function ${key === null ? 'read' : `read_${key.replace(/-/g, '_')}`}( $value, $field, $hooks ) {`,
        ...lines,
        `\t\treturn ${out};`,
        '\t}',
        '',
      ].join('\n'),
    );
  };
  emit(null, root);
  while (queue.length) {
    const key = queue.shift();
    emit(key, root.definitions[key]);
  }
  return `<?php\n${banner}\n\nif ( ! defined( 'ABSPATH' ) && ! defined( 'GUICHET_SECURITE_TESTING' ) ) {\n\texit;\n}\n\n/**\n * The generated reader.\n */\nclass ${name} {\n${functions.join('\n')}}\n`;
}

function phpArray(value) {
  if (Array.isArray(value)) return `array( ${value.map(phpArray).join(', ')} )`;
  if (value && typeof value === 'object')
    return `array( ${Object.entries(value)
      .map(([key, item]) => `${phpString(key)} => ${phpArray(item)}`)
      .join(', ')} )`;
  if (typeof value === 'string') return phpString(value);
  return JSON.stringify(value);
}

/** A JSON value as PHP's json_decode gives it (objects as stdClass), for a default read like the input. */
function phpValue(value) {
  if (Array.isArray(value)) return `array( ${value.map(phpValue).join(', ')} )`;
  if (value && typeof value === 'object')
    return `(object) array( ${Object.entries(value)
      .map(([key, item]) => `${phpString(key)} => ${phpValue(item)}`)
      .join(', ')} )`;
  return typeof value === 'string' ? phpString(value) : JSON.stringify(value);
}

/**
 * The TypeScript reader: the schema as a composition of the small readers of the runtime
 * (src/catalogue/read.ts), built once when the module loads, so that the drop-in carries little
 * more than the schema's own words.
 */
function tsReader(root, { name, banner, runtime, formats, type, exports }) {
  const resolve = resolver(root);
  const str = (value) => JSON.stringify(value);
  const usedFormats = new Set();
  const usedReaders = new Set();
  const inlining = new Set();
  const definitions = new Map();
  const camel = (format) => format.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
  const regex = (pattern) => `/${pattern.replace(/\//g, '\\/')}/`;
  const call = (reader, args) => {
    usedReaders.add(reader);
    while (args.length && ['undefined', '0', '""'].includes(args.at(-1))) args.pop();
    return `${reader}(${args.join(', ')})`;
  };
  /** A format, told what the schema's own checks did not already say (the longest text, the message). */
  const withFormat = (schema, inner) => {
    const fn = camel(schema.format);
    usedFormats.add(fn);
    const options = {
      ...(schema.maxLength !== undefined && !schema.type ? { maxLength: schema.maxLength } : {}),
      ...(schema['x-message'] && !schema.type ? { message: schema['x-message'] } : {}),
    };
    if (!inner && !Object.keys(options).length) return fn;
    return call('format', [
      fn,
      Object.keys(options).length ? JSON.stringify(options) : 'undefined',
      inner ?? 'undefined',
    ]);
  };
  /** The reader of a schema, as an expression. */
  const reader = (schema) => {
    if (schema.$ref) {
      const key = /^#\/definitions\/([\w-]+)$/.exec(schema.$ref)[1];
      if (inlining.has(key)) throw new Error(`#/definitions/${key} refers to itself: the reader cannot read it`);
      // A definition used more than once is a reader of its own; one used once is written in place.
      const uses = (JSON.stringify(root).match(new RegExp(`"#/definitions/${key}"`, 'g')) ?? []).length;
      const constant = `read_${key.replace(/-/g, '_')}`;
      if (uses > 1 && definitions.has(key)) return constant;
      inlining.add(key);
      try {
        const read = reader(resolve(schema));
        if (uses === 1) return read;
        definitions.set(key, `const ${constant} = ${read};`);
        return constant;
      } finally {
        inlining.delete(key);
      }
    }
    const message = schema['x-message'];
    if (schema.oneOf) {
      const forms = schema.oneOf.map((branch) => {
        const target = resolve(branch);
        const [key] = target.required;
        const property = resolve(target.properties[key]);
        // The form's telling property: its constant, a list, or (any other type) its presence.
        const test =
          'const' in property
            ? `(x) => x === ${JSON.stringify(property.const)}`
            : property.type === 'array'
              ? `(x) => Array.isArray(x)${property.minItems ? ` && x.length >= ${property.minItems}` : ''}`
              : '(x) => x !== undefined';
        // A form told by one constant ({ "always": true }) is that constant.
        const read =
          'const' in property && Object.keys(target.properties).length === 1
            ? `() => (${JSON.stringify({ [key]: property.const })})`
            : reader({ ...target, 'x-message': '' });
        return `[${str(key)}, ${test}, ${read}]`;
      });
      return call('pick', [str(message ?? 'is not one of the accepted forms'), `[${forms.join(', ')}]`]);
    }
    if (schema.type === 'object') {
      // The properties in the order they are checked: [key, reader, how (1 required, 0 optional,
      // { d: default }, { s: sibling }), at the parent's field].
      const required = new Set(schema.required ?? []);
      const rows = Object.entries(schema.properties ?? {})
        .filter(([, child]) => child['x-shipped'] !== false)
        .map(([key, child]) => {
          const target = resolve(child);
          const fallback = child.default ?? target.default;
          const how = required.has(key)
            ? '1'
            : fallback !== undefined
              ? `{ d: ${JSON.stringify(fallback)} }`
              : child['x-default']
                ? `{ s: ${str(child['x-default'])} }`
                : '0';
          const row = [str(key), reader(child), how, target['x-at-parent'] || child['x-at-parent'] ? '1' : '0'];
          while (row.length > 2 && row.at(-1) === '0') row.pop();
          return `[${row.join(', ')}]`;
        });
      if (schema.minProperties && schema.format) throw new Error('minProperties and a format on one object');
      const after = schema.minProperties
        ? call('least', [schema.minProperties, str(schema['x-messages']?.minProperties ?? message ?? 'is empty')])
        : schema.format
          ? withFormat(schema)
          : 'undefined';
      const refusal = schema['x-shorthand'] ? '' : (message ?? 'must be an object');
      return call('record', [
        str(refusal),
        `[\n${rows.join(',\n')}\n]`,
        schema['x-shorthand'] ? str(schema['x-shorthand']) : 'undefined',
        after,
      ]);
    }
    if (schema.type === 'array') {
      const whole = message;
      return call('list', [
        schema.maxItems ?? 'Infinity',
        reader(whole ? { ...schema.items, 'x-message': whole } : schema.items),
        String(schema.minItems ?? 0),
        str(
          whole ?? schema['x-messages']?.minItems ?? (schema.minItems ? `has fewer than ${schema.minItems} items` : ''),
        ),
        whole ? '1' : '0',
        schema.uniqueItems ? '1' : '0',
      ]);
    }
    let read;
    if (schema.type === 'string') {
      if (schema.minLength !== undefined) throw new Error('minLength: use a pattern');
      read = call('string', [
        str(message ?? 'must be a text of the expected form'),
        schema.pattern ? regex(schema.pattern) : 'undefined',
        schema.maxLength !== undefined && !schema.format ? String(schema.maxLength) : 'undefined',
      ]);
    } else if (schema.type === 'boolean') {
      read = call('among', [str(message ?? 'must be true or false'), '[true, false]']);
    } else if (schema.type === 'integer') {
      read = call('integer', [
        str(message ?? 'must be a whole number in range'),
        schema.minimum ?? '-Infinity',
        schema.maximum ?? 'Infinity',
      ]);
    } else if (schema.enum || 'const' in schema) {
      const values = schema.enum ?? [schema.const];
      read = call('among', [str(message ?? `must be one of ${values.join(', ')}`), JSON.stringify(values)]);
    } else if (!schema.format) {
      throw new Error(`the contract generator cannot read ${JSON.stringify(schema).slice(0, 80)}`);
    }
    return schema.format ? withFormat(schema, read) : read;
  };
  // The root's reader, or (with `exports`: function name → definition) one reader per definition named.
  const readers = exports
    ? Object.entries(exports).map(([fn, key]) => {
        const definition = root.definitions[key];
        const shape = definition['x-ts-name'] ?? key;
        return [fn, `read_as_${key.replace(/-/g, '_')}`, reader({ $ref: `#/definitions/${key}` }), shape];
      })
    : [[name, 'read', reader(root), type]];
  const fns = readers.map(
    ([fn, constant, , shape]) => `
/** Reads one value of ${shape}'s shape; throws the first problem, with its field. */
export function ${fn}(value: unknown, field: string, context: FormatContext): ${shape} {
  return ${constant}(value, field, context) as ${shape};
}`,
  );
  return `${banner}
/* eslint-disable */
import { ${[...usedReaders].sort().join(', ')} } from '${runtime}';
import { type FormatContext${[...usedFormats]
    .sort()
    .map((format) => `, ${format}`)
    .join('')} } from '${formats}';

${[...definitions.values()].join('\n')}
${readers.map(([, constant, read]) => `const ${constant} = ${read};`).join('\n')}
${fns.join('\n')}
`;
}
