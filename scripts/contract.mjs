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
// - x-messages: { minItems } for a list whose other problems keep the generic wording;
// - x-at-parent: a refused value is named by its parent's field (e.g. `access.website`, not `.url`);
// - x-shorthand: a value that is not an object stands for { [x-shorthand]: value } (e.g. a plain
//   address for { "url": … });
// - x-default: the property of the same object whose value an absent one takes;
// Formats (`format`) are the semantic checks, written by hand in each language: the generated reader
// calls hooks[format](value, field, schema) once the shape is read, and keeps what it returns.
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

const tsString = (value) => JSON.stringify(value);
const phpString = (value) => `'${String(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const tsRegex = (pattern) => `/${pattern.replace(/\//g, '\\/')}/`;
const phpRegex = (pattern) => phpString(`~${pattern.replace(/~/g, '\\~')}~u`);

/** The generic wording of a list's problems (what the hand-written readers always said). */
export const LIST_MESSAGES = { list: 'must be a list', maxItems: (max) => `has more than ${max} items` };

/**
 * The run-time reader of a JSON Schema, as TypeScript (`lang: 'ts'`) or PHP (`'php'`) source.
 * TypeScript: `export function <name>(value: unknown, field: string, hooks: Hooks): <type>`,
 * importing `refuse`, `own`, `has`, `isRecord` and `Hooks` from `runtime`. PHP: a class `<name>`
 * with a static `read( $value, $field, $hooks )`, using the same helpers on `<runtime>::`.
 */
export function schemaReader(root, { lang, name, banner, runtime, type = 'unknown' }) {
  checkKeywords(root);
  const resolve = resolver(root);
  const ts = lang === 'ts';
  const functions = new Map();
  const queue = [];
  const fn = (key) => {
    if (!functions.has(key)) {
      functions.set(key, null);
      queue.push(key);
    }
    return ts ? `read_${key.replace(/-/g, '_')}` : `self::read_${key.replace(/-/g, '_')}`;
  };
  const R = ts ? '' : `${runtime}::`;
  const str = ts ? tsString : phpString;
  const v = (id) => (ts ? id : `$${id}`);
  let counter = 0;
  const fresh = (base) => `${base}${++counter}`;
  const refuse = (field, message) =>
    ts ? `${R}refuse(${field}, ${str(message)})` : `${R}refuse( ${field}, ${str(message)} )`;
  const join = (field, key) => (ts ? `${R}at(${field}, ${str(key)})` : `${R}at( ${field}, ${str(key)} )`);
  const hook = (format, value, field, schema) => {
    const options = {
      ...(schema.maxLength !== undefined ? { maxLength: schema.maxLength } : {}),
      ...(schema['x-message'] ? { message: schema['x-message'] } : {}),
    };
    return ts
      ? `hooks[${str(format)}](${value}, ${field}, ${JSON.stringify(options)})`
      : `call_user_func( $hooks[${str(format)}], ${value}, ${field}, ${phpArray(options)} )`;
  };

  /**
   * Statements reading `value` at `field` into a new variable; returns [lines, variable].
   * `schema` may be a $ref (a function call).
   */
  const read = (schema, value, field, indent) => {
    if (schema.$ref) {
      const key = /^#\/definitions\/([\w-]+)$/.exec(schema.$ref)[1];
      resolve(schema);
      const out = fresh('r');
      return [
        [
          `${indent}${ts ? 'const ' : ''}${v(out)} = ${fn(key)}(${ts ? '' : ' '}${value}, ${field}, ${v('hooks')}${ts ? '' : ' '});`,
        ],
        out,
      ];
    }
    const lines = [];
    if (!/^\$?\w+$/.test(value)) {
      // A property read once into a variable of its own.
      const bound = fresh('v');
      lines.push(`${indent}${ts ? 'const ' : ''}${v(bound)} = ${value};`);
      value = v(bound);
    }
    if (!/^\$?\w+$/.test(field)) {
      // A field's name made once.
      const named = fresh('f');
      lines.push(`${indent}${ts ? 'const ' : ''}${v(named)} = ${field};`);
      field = v(named);
    }
    const out = fresh('r');
    const message = schema['x-message'];
    const fail = (fallback) => `${indent}  ${ts ? 'throw ' : 'throw '}${refuse(field, message ?? fallback)};`;
    const assign = (expression, mutable = false) =>
      lines.push(`${indent}${ts ? (mutable ? 'let ' : 'const ') : ''}${v(out)} = ${expression};`);
    if (schema.oneOf) {
      // Each branch is an object told apart by its one required property (e.g. { always } or { weekly }).
      const branches = schema.oneOf.map((branch) => resolve(branch));
      assign(ts ? 'undefined as unknown' : 'null', true);
      branches.forEach((branch, index) => {
        const [key] = branch.required;
        const property = resolve(branch.properties[key]);
        const item = ts ? `${R}own(${value}, ${str(key)})` : `${R}own( ${value}, ${str(key)} )`;
        const test =
          'const' in property
            ? ts
              ? `${item} === ${JSON.stringify(property.const)}`
              : `${JSON.stringify(property.const)} === ${item}`
            : property.type === 'array'
              ? ts
                ? `Array.isArray(${item}) && (${item} as unknown[]).length >= ${property.minItems ?? 0}`
                : `is_array( ${item} ) && count( ${item} ) >= ${property.minItems ?? 0}`
              : ts
                ? `${item} !== undefined`
                : `${R}has( ${value}, ${str(key)} )`;
        const guard = ts ? `${R}isRecord(${value}) && ${test}` : `${R}is_record( ${value} ) && ${test}`;
        const [inner, result] = read(branch, value, field, `${indent}  `);
        lines.push(
          `${indent}${index ? '} else if' : 'if'} (${ts ? guard : ` ${guard} `}) {`,
          ...inner,
          `${indent}  ${v(out)} = ${v(result)};`,
        );
      });
      lines.push(`${indent}} else {`, fail('is not one of the accepted forms'), `${indent}}`);
      return [lines, out];
    }
    if (schema.type === 'object') {
      const record = fresh('o');
      const shorthand = schema['x-shorthand'];
      if (shorthand)
        lines.push(
          ts
            ? `${indent}const ${record} = ${R}isRecord(${value}) ? ${value} : { ${str(shorthand)}: ${value} };`
            : `${indent}$${record} = ${R}is_record( ${value} ) ? ${value} : (object) array( ${str(shorthand)} => ${value} );`,
        );
      else {
        lines.push(
          ts ? `${indent}if (!${R}isRecord(${value}))` : `${indent}if ( ! ${R}is_record( ${value} ) ) {`,
          fail('must be an object'),
          ...(ts ? [] : [`${indent}}`]),
          `${indent}${ts ? 'const ' : '$'}${record} = ${value};`,
        );
      }
      assign(ts ? '{} as Record<string, unknown>' : 'array()', !!schema.format);
      const required = new Set(schema.required ?? []);
      for (const [key, child] of Object.entries(schema.properties ?? {})) {
        const target = resolve(child);
        const childField = target['x-at-parent'] || child['x-at-parent'] ? field : join(field, key);
        const own = ts ? `${R}own(${v(record)}, ${str(key)})` : `${R}own( ${v(record)}, ${str(key)} )`;
        const present = ts ? `${own} !== undefined` : `${R}has( ${v(record)}, ${str(key)} )`;
        const fallback = child.default ?? target.default;
        const from = child['x-default'];
        const slot = (name) => (ts ? `${out}[${str(name)}]` : `$${out}[${str(name)}]`);
        // An absent property with a default (or another property's value) is read as that value.
        const item =
          fallback !== undefined
            ? ts
              ? `(${present} ? ${own} : ${JSON.stringify(fallback)})`
              : `( ${present} ? ${own} : ${phpValue(fallback)} )`
            : from
              ? ts
                ? `(${present} ? ${own} : ${slot(from)})`
                : `( ${present} ? ${own} : ${slot(from)} )`
              : own;
        const [inner, result] = read(child, item, childField, `${indent}  `);
        const store = `${indent}  ${slot(key)} = ${v(result)};`;
        if (required.has(key) || fallback !== undefined || from) {
          lines.push(...inner.map((line) => line.slice(2)), store.slice(2));
          continue;
        }
        lines.push(`${indent}if (${ts ? present : ` ${present} `}) {`, ...inner, store, `${indent}}`);
      }
      if (schema.minProperties) {
        // Counts what was read, an empty list as nothing (a contact with `phones: []` has no phone).
        const count = ts
          ? `Object.values(${out}).filter((item) => !(Array.isArray(item) && item.length === 0)).length < ${schema.minProperties}`
          : `count( array_filter( $${out}, function ( $item ) { return array() !== $item; } ) ) < ${schema.minProperties}`;
        lines.push(
          `${indent}if (${ts ? count : ` ${count} `})${ts ? '' : ' {'}`,
          `${indent}  throw ${refuse(field, schema['x-messages']?.minProperties ?? message ?? 'is empty')};`,
          ...(ts ? [] : [`${indent}}`]),
        );
      }
      if (schema.format) {
        lines.push(
          `${indent}${v(out)} = ${hook(schema.format, v(out), field, schema)}${ts ? ' as Record<string, unknown>' : ''};`,
        );
      }
      return [lines, out];
    }
    if (schema.type === 'array') {
      const messages = schema['x-messages'] ?? {};
      const list = fresh('a');
      const whole = message;
      const failWith = (fallback) => `${indent}  throw ${refuse(field, whole ?? fallback)};`;
      const count = ts ? `(${value} as unknown[]).length` : `count( ${value} )`;
      lines.push(
        `${indent}if (${ts ? `!Array.isArray(${value})` : ` ! is_array( ${value} ) `})${ts ? '' : ' {'}`,
        failWith(LIST_MESSAGES.list),
        ...(ts ? [] : [`${indent}}`]),
      );
      if (schema.maxItems !== undefined)
        lines.push(
          `${indent}if (${ts ? `${count} > ${schema.maxItems}` : ` ${count} > ${schema.maxItems} `})${ts ? '' : ' {'}`,
          failWith(LIST_MESSAGES.maxItems(schema.maxItems)),
          ...(ts ? [] : [`${indent}}`]),
        );
      lines.push(ts ? `${indent}const ${list}: unknown[] = [];` : `${indent}$${list} = array();`);
      const index = fresh('i');
      const itemValue = ts ? `(${value} as unknown[])[${index}]` : `${value}[ $${index} ]`;
      const itemField = whole ? field : ts ? `${field} + '[' + ${index} + ']'` : `${field} . '[' . $${index} . ']'`;
      const items = whole ? { ...schema.items, 'x-message': whole } : schema.items;
      const [inner, result] = read(items, itemValue, itemField, `${indent}  `);
      lines.push(
        ts
          ? `${indent}for (let ${index} = 0; ${index} < ${count}; ${index}++) {`
          : `${indent}for ( $${index} = 0; $${index} < ${count}; $${index}++ ) {`,
        ...inner,
        ts ? `${indent}  ${list}.push(${result});` : `${indent}  $${list}[] = $${result};`,
        `${indent}}`,
      );
      if (schema.minItems)
        lines.push(
          `${indent}if (${ts ? `${list}.length < ${schema.minItems}` : ` count( $${list} ) < ${schema.minItems} `})${ts ? '' : ' {'}`,
          failWith(messages.minItems ?? `has fewer than ${schema.minItems} items`),
          ...(ts ? [] : [`${indent}}`]),
        );
      // Repeated items are harmless (a weekday listed twice): kept once, not refused.
      assign(
        schema.uniqueItems ? (ts ? `[...new Set(${list})]` : `array_values( array_unique( $${list} ) )`) : v(list),
      );
      return [lines, out];
    }
    // A scalar: a string, an integer or a value among a few, refused whole with its message.
    const conditions = [];
    if (schema.type === 'string') {
      conditions.push(ts ? `typeof ${value} !== 'string'` : `! is_string( ${value} )`);
      if (schema.pattern)
        conditions.push(
          ts
            ? `!${tsRegex(schema.pattern)}.test(${value} as string)`
            : `1 !== preg_match( ${phpRegex(schema.pattern)}, ${value} )`,
        );
      if (schema.maxLength !== undefined && !schema.format)
        conditions.push(
          ts ? `(${value} as string).length > ${schema.maxLength}` : `${R}length( ${value} ) > ${schema.maxLength}`,
        );
      if (schema.minLength !== undefined && !schema.format)
        conditions.push(
          ts ? `(${value} as string).length < ${schema.minLength}` : `${R}length( ${value} ) < ${schema.minLength}`,
        );
    } else if (schema.type === 'integer') {
      conditions.push(ts ? `!Number.isInteger(${value})` : `! ${R}is_integer( ${value} )`);
      if (schema.minimum !== undefined)
        conditions.push(ts ? `(${value} as number) < ${schema.minimum}` : `${value} < ${schema.minimum}`);
      if (schema.maximum !== undefined)
        conditions.push(ts ? `(${value} as number) > ${schema.maximum}` : `${value} > ${schema.maximum}`);
    } else if (schema.type === 'boolean') {
      conditions.push(ts ? `typeof ${value} !== 'boolean'` : `! is_bool( ${value} )`);
    } else if (schema.enum || 'const' in schema) {
      const values = schema.enum ?? [schema.const];
      conditions.push(
        ts
          ? `!${JSON.stringify(values)}.includes(${value} as never)`
          : `! in_array( ${value}, ${phpArray(values)}, true )`,
      );
    } else if (!schema.format) {
      throw new Error(`the contract generator cannot read ${JSON.stringify(schema).slice(0, 80)}`);
    }
    if (conditions.length) {
      const fallback = schema.enum
        ? `must be one of ${schema.enum.join(', ')}`
        : schema.type === 'string'
          ? 'must be a text of the expected form'
          : `must be ${schema.type === 'integer' ? 'a whole number in range' : 'true or false'}`;
      lines.push(
        `${indent}if (${ts ? conditions.join(' || ') : ` ${conditions.join(' || ')} `})${ts ? '' : ' {'}`,
        fail(fallback),
        ...(ts ? [] : [`${indent}}`]),
      );
    }
    if (schema.format) assign(hook(schema.format, value, field, schema));
    else assign(ts ? `${value}` : schema.type === 'integer' ? `(int) ${value}` : value);
    return [lines, out];
  };

  const body = (schema) => {
    counter = 0;
    const [lines, out] = read(schema, v('value'), v('field'), '  ');
    return [...lines, `  return ${v(out)}${ts && schema === root ? ` as unknown as ${type}` : ''};`];
  };
  const blocks = [];
  blocks.push({ key: null, schema: root });
  const emitted = [];
  const emit = (key, schema) => {
    const lines = body(schema);
    if (ts && !lines.some((line) => /\bhooks\b/.test(line))) lines.unshift('  void hooks;');
    const functionName = key === null ? (ts ? name : 'read') : `read_${key.replace(/-/g, '_')}`;
    if (ts)
      emitted.push(
        `${key === null ? `/** Reads one value of ${root['x-ts-name'] ?? 'the schema'}'s shape; throws the first problem, with its field. */\nexport ` : ''}function ${functionName}(value: unknown, field: string, hooks: Hooks): ${key === null ? type : 'unknown'} {\n${lines.join('\n')}\n}\n`,
      );
    else
      emitted.push(
        `\t/**\n\t * ${key === null ? `Reads one value; throws the first problem, with its field.` : `Reads #/definitions/${key}.`}\n\t *\n\t * @param mixed  $value The value.\n\t * @param string $field Its field.\n\t * @param array  $hooks The semantic checks, by format.\n\t * @return mixed\n\t */\n\t${key === null ? 'public' : 'private'} static function ${functionName}( $value, $field, $hooks ) {\n${lines.map((line) => `\t${line.replace(/^( {2})+/, (spaces) => '\t'.repeat(spaces.length / 2))}`).join('\n')}\n\t}\n`,
      );
  };
  emit(null, root);
  while (queue.length) {
    const key = queue.shift();
    emit(key, root.definitions[key]);
  }
  if (ts) {
    return `${banner}\nimport { type Hooks, at, isRecord, own, refuse } from '${runtime}';\n\n${emitted.join('\n')}`;
  }
  return `<?php\n${banner}\n\nif ( ! defined( 'ABSPATH' ) && ! defined( 'GUICHET_SECURITE_TESTING' ) ) {\n\texit;\n}\n\n/**\n * The generated reader.\n */\nclass ${name} {\n${emitted.join('\n')}}\n`;
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
