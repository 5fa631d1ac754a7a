// The WordPress plugin's translations (scripts/wordpress/gettext.mjs, on gettext-parser):
// a .po with plural forms and a context comes back whole from the .mo it compiles to,
// the script JSON keeps WordPress's format, and a malformed .po is refused with its name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mo } from 'gettext-parser';
import { poEntries, readPo, scriptTranslations, writeMo } from '../../scripts/wordpress/gettext.mjs';

const sample = `# A sample.
msgid ""
msgstr ""
"Language: fr_FR\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=2; plural=(n > 1);\\n"

#: block/editor.js
msgid "Open"
msgstr "Ouvrir"

#: includes/settings.php:12
msgctxt "verb"
msgid "Open"
msgstr "Ouvrir maintenant"

#: includes/settings.php:20 block/editor.js:3
msgid "%d contact"
msgid_plural "%d contacts"
msgstr[0] "%d contact"
msgstr[1] "%d contacts"

#: block/editor.js
msgid "Not yet translated"
msgstr ""

msgid "A long "
"line"
msgstr "Une longue "
"ligne"
`;

test('a .po with plural forms and a context round-trips through the .mo', () => {
  const po = readPo(sample);
  const back = mo.parse(writeMo(po));
  assert.equal(back.headers['Plural-Forms'], 'nplurals=2; plural=(n > 1);');
  assert.deepEqual(back.translations.verb.Open.msgstr, ['Ouvrir maintenant']);
  assert.deepEqual(back.translations[''].Open.msgstr, ['Ouvrir']);
  assert.equal(back.translations['']['%d contact'].msgid_plural, '%d contacts');
  assert.deepEqual(back.translations['']['%d contact'].msgstr, ['%d contact', '%d contacts']);
  assert.deepEqual(back.translations['']['A long line'].msgstr, ['Une longue ligne']);
  assert.equal(back.translations['']['Not yet translated'], undefined, 'untranslated entries left out');
  assert.deepEqual(
    poEntries(po).map((entry) => [entry.msgctxt ?? '', entry.msgid]),
    [
      ['', 'Open'],
      ['', '%d contact'],
      ['', 'Not yet translated'],
      ['', 'A long line'],
      ['verb', 'Open'],
    ],
  );
});

test("the script JSON holds the translated strings the script uses, in WordPress's format", () => {
  assert.deepEqual(scriptTranslations(readPo(sample), 'block/editor.js', 'fr_FR'), {
    'translation-revision-date': '',
    generator: 'guichet-securite',
    domain: 'messages',
    locale_data: {
      messages: {
        '': { domain: 'messages', lang: 'fr_FR', 'plural-forms': 'nplurals=2; plural=(n > 1);' },
        Open: ['Ouvrir'],
        '%d contact': ['%d contact', '%d contacts'],
      },
    },
  });
});

test('a malformed .po gives an error that names the file and the fault', () => {
  assert.throws(() => readPo('msgid "Open\nmsgstr "Ouvrir"\n', 'languages/x.po'), {
    message: /^languages\/x\.po: not a valid \.po file: .*End-of-line within string at line 2/,
  });
  assert.throws(() => readPo('msgid "Open"\nmsgtsr "Ouvrir"\n', 'languages/x.po'), {
    message: /^languages\/x\.po: not a valid \.po file: .*Invalid key name "msgtsr" at line 2/,
  });
  assert.throws(() => readPo(`${sample}\nmsgid "Open"\nmsgstr "Encore"\n`), {
    message: /^the \.po file: not a valid \.po file: Duplicate msgid error/,
  });
  assert.throws(() => readPo(sample.replace('msgstr[1] "%d contacts"\n', ''), 'languages/x.po'), {
    message: /^languages\/x\.po: not a valid \.po file: Plural forms range error: Expected to find 2 forms but got 1/,
  });
});
