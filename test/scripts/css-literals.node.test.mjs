import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifyCssLiterals } from '../../scripts/css-literals.mjs';

test('the CSS of css`` literals is minified, line for line, expressions and other templates left alone', () => {
  const code = [
    'const a = css`',
    '  /* the frame */',
    '  :host([fixed]) .exit {',
    '    inline-size: calc(100vw - 1em);',
    '    ${dark ? css`color: red;` : unsafe}',
    '  }`;',
    'const b = html`<p class="x">  keep   me  </p>`;',
    'const c = `  a { b: c }  `;',
  ].join('\n');
  const minified = minifyCssLiterals(code);
  assert.equal(minified.split('\n').length, code.split('\n').length, 'lines kept');
  assert.equal(
    minified,
    [
      'const a = css`',
      '',
      ':host([fixed]) .exit{',
      'inline-size:calc(100vw - 1em);',
      '${dark ? css`color:red;` : unsafe}',
      '}`;',
      'const b = html`<p class="x">  keep   me  </p>`;',
      'const c = `  a { b: c }  `;',
    ].join('\n'),
  );
});

test('a module without css`` is returned as it is', () => {
  const code = 'export const x = `a  {  b }`;\n';
  assert.equal(minifyCssLiterals(code), code);
});
