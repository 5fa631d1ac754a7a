// gettext for the WordPress plugin, through gettext-parser: reads a .po file,
// writes the .mo WordPress's PHP reads and the JSON its script translations read.
import { mo, po as poFile } from 'gettext-parser';

/**
 * Reads a .po file into gettext-parser's object ({ headers, translations: { context: { msgid: entry } } }),
 * validated (no duplicate msgid, as many plural forms as the header's nplurals); `name` names the file
 * in the error a malformed one gives.
 */
export function readPo(text, name = 'the .po file') {
  try {
    return poFile.parse(text, { validation: true });
  } catch (error) {
    throw new Error(`${name}: not a valid .po file: ${error.message}`, { cause: error });
  }
}

/** The entries of a parsed .po file, header left out: [{ msgctxt?, msgid, msgid_plural?, msgstr: [], comments? }]. */
export function poEntries(po) {
  return Object.values(po.translations).flatMap((context) =>
    Object.values(context).filter((entry) => entry.msgid !== ''),
  );
}

/** The GNU .mo file of the translated entries (header included), as WordPress's MO reader expects. */
export function writeMo(po) {
  // A copy: gettext-parser's compiler drops the untranslated entries from the object it is given.
  return mo.compile(structuredClone(po));
}

/** WordPress's JSON for a script's translations (Jed 1.x), for the strings referenced from `script`. */
export function scriptTranslations(po, script, locale) {
  const messages = {
    '': {
      domain: 'messages',
      lang: locale,
      'plural-forms': po.headers['Plural-Forms'] ?? 'nplurals=2; plural=(n > 1);',
    },
  };
  for (const entry of poEntries(po)) {
    const references = (entry.comments?.reference ?? '').split(/\s+/).filter(Boolean);
    if (!references.some((reference) => reference.split(':')[0] === script) || !entry.msgstr.some((value) => value))
      continue;
    messages[(entry.msgctxt ? `${entry.msgctxt}\u0004` : '') + entry.msgid] = entry.msgstr;
  }
  return {
    'translation-revision-date': '',
    generator: 'guichet-securite',
    domain: 'messages',
    locale_data: { messages },
  };
}
