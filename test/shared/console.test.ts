import { expect } from '@open-wc/testing';
import { CONSOLE_PREFIX, say, warnOnce } from '../../src/console.js';

// One helper for every console message of the library: the prefix, and "once".

function capture(level: 'info' | 'warn' | 'error', run: () => void): unknown[][] {
  const original = console[level];
  const calls: unknown[][] = [];
  console[level] = (...args: unknown[]) => calls.push(args);
  try {
    run();
  } finally {
    console[level] = original;
  }
  return calls;
}

describe('console messages', () => {
  it('say() prefixes the message and passes the details on', () => {
    const error = new Error('boom');
    const calls = capture('error', () => say('error', '<x-y>: broken.', error));
    expect(calls).to.deep.equal([[`${CONSOLE_PREFIX} <x-y>: broken.`, error]]);
    expect(CONSOLE_PREFIX).to.equal('[guichet-securite]');
  });

  it('warnOnce() says a message once, however often it is met', () => {
    const message = `<test-element>: said once ${Math.random()}`;
    const calls = capture('warn', () => {
      warnOnce(message);
      warnOnce(message);
    });
    expect(calls).to.deep.equal([[`[guichet-securite] ${message}`]]);
  });

  it('tells messages apart by key when one is given, and by level', () => {
    const key = `key ${Math.random()}`;
    const warned = capture('warn', () => {
      warnOnce('<test-element>: first wording', { key });
      warnOnce('<test-element>: second wording, same problem', { key });
    });
    expect(warned).to.deep.equal([['[guichet-securite] <test-element>: first wording']]);
    const errors = capture('error', () => warnOnce('<test-element>: first wording', { key, level: 'error' }));
    expect(errors).to.have.length(1);
  });
});
