// gettext for the WordPress plugin, without gettext tools: reads a .po file,
// writes the .mo WordPress's PHP reads and the JSON its script translations read.

/** Reads a .po file: [{ context, id, plural, strings, references }]. */
export function readPo(text) {
  const entries = [];
  let entry = { references: [], strings: [] };
  let field = null;
  const unquote = (value) => JSON.parse(value);
  const flush = () => {
    if (entry.id !== undefined) entries.push(entry);
    entry = { references: [], strings: [] };
    field = null;
  };
  for (const line of text.split('\n')) {
    if (line.trim() === '') flush();
    else if (line.startsWith('#:')) entry.references.push(...line.slice(2).trim().split(/\s+/));
    else if (line.startsWith('#')) continue;
    else {
      const match = /^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(".*")$/.exec(line);
      if (match) {
        field =
          match[2] !== undefined
            ? ['strings', Number(match[2])]
            : match[1] === 'msgstr'
              ? ['strings', 0]
              : [{ msgctxt: 'context', msgid: 'id', msgid_plural: 'plural' }[match[1]]];
        const value = unquote(match[3]);
        if (field[0] === 'strings') entry.strings[field[1]] = value;
        else entry[field[0]] = value;
      } else if (/^".*"$/.test(line) && field) {
        const value = unquote(line);
        if (field[0] === 'strings') entry.strings[field[1]] += value;
        else entry[field[0]] += value;
      }
    }
  }
  flush();
  return entries;
}

/** The GNU .mo file of translated entries (header included), as WordPress's MO reader expects. */
export function writeMo(entries) {
  const items = entries
    .filter((entry) => entry.strings.some((value) => value))
    .map((entry) => ({
      key:
        (entry.context ? `${entry.context}\u0004` : '') +
        entry.id +
        (entry.plural !== undefined ? `\u0000${entry.plural}` : ''),
      value: entry.strings.join('\u0000'),
    }))
    .sort((a, b) => Buffer.compare(Buffer.from(a.key), Buffer.from(b.key)));
  const keys = items.map((item) => Buffer.from(item.key, 'utf8'));
  const values = items.map((item) => Buffer.from(item.value, 'utf8'));
  const headerSize = 28;
  const tablesSize = items.length * 16;
  let offset = headerSize + tablesSize;
  const keyTable = [];
  const valueTable = [];
  for (const key of keys) {
    keyTable.push([key.length, offset]);
    offset += key.length + 1;
  }
  for (const value of values) {
    valueTable.push([value.length, offset]);
    offset += value.length + 1;
  }
  const out = Buffer.alloc(offset);
  out.writeUInt32LE(0x950412de, 0);
  out.writeUInt32LE(0, 4);
  out.writeUInt32LE(items.length, 8);
  out.writeUInt32LE(headerSize, 12);
  out.writeUInt32LE(headerSize + items.length * 8, 16);
  // No hash table (size 0); its offset must still follow the two tables: WordPress's reader checks it.
  out.writeUInt32LE(0, 20);
  out.writeUInt32LE(headerSize + tablesSize, 24);
  keyTable.forEach(([length, at], index) => {
    out.writeUInt32LE(length, headerSize + index * 8);
    out.writeUInt32LE(at, headerSize + index * 8 + 4);
  });
  valueTable.forEach(([length, at], index) => {
    out.writeUInt32LE(length, headerSize + items.length * 8 + index * 8);
    out.writeUInt32LE(at, headerSize + items.length * 8 + index * 8 + 4);
  });
  keys.forEach((key, index) => key.copy(out, keyTable[index][1]));
  values.forEach((value, index) => value.copy(out, valueTable[index][1]));
  return out;
}

/** WordPress's JSON for a script's translations (Jed 1.x), for the strings referenced from `script`. */
export function scriptTranslations(entries, script, locale) {
  const header = entries.find((entry) => entry.id === '');
  const messages = {
    '': {
      domain: 'messages',
      lang: locale,
      'plural-forms': /Plural-Forms:\s*([^\n]+)/.exec(header?.strings[0] ?? '')?.[1] ?? 'nplurals=2; plural=(n > 1);',
    },
  };
  for (const entry of entries) {
    if (
      !entry.id ||
      !entry.references.some((reference) => reference.split(':')[0] === script) ||
      !entry.strings.some((value) => value)
    )
      continue;
    messages[(entry.context ? `${entry.context}\u0004` : '') + entry.id] = entry.strings;
  }
  return {
    'translation-revision-date': '',
    generator: 'guichet-securite',
    domain: 'messages',
    locale_data: { messages },
  };
}
