// The library looks its interface messages up by id (src/i18n/msg.ts): a msg() call without an
// explicit dotted id would get a hash id from lit-localize, and its translations could no longer be found.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { localeEntries } from '../../scripts/english-by-element.mjs';

test('every interface message has an explicit dotted id (e.g. "exit.button")', () => {
  const ids = [
    ...localeEntries(readFileSync(new URL('../../src/generated/locales/en.ts', import.meta.url), 'utf8')).keys(),
  ];
  assert.ok(ids.length > 50, `${ids.length} messages`);
  assert.deepEqual(
    ids.filter((id) => !id.includes('.')),
    [],
  );
});
