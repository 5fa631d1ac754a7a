// The README's and LISEZ-MOI's quick start, as the tests of the built files read them.
import assert from 'node:assert/strict';

/** The quick start's script line and snippet, from a README (English or French). */
export function quickStart(readme) {
  const script = /<script src="https:\/\/[A-Z-]+\/js\/([^"]+)" integrity="([^"]+)" crossorigin="anonymous"><\/script>/.exec(readme);
  const snippet = /```html\n((?:(?!```)[\s\S])*<quick-exit fixed>(?:(?!```)[\s\S])*)```/.exec(readme);
  assert.ok(script && snippet, 'the quick start has its script line and its snippet');
  return { file: script[1], integrity: script[2], snippet: snippet[1] };
}
