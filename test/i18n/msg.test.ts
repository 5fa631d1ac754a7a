import { expect } from '@open-wc/testing';
import { str } from '@lit/localize';
import { msgIn } from '../../src/i18n/msg.js';
import { registerEnglish } from '../../src/i18n/packs.js';

// Messages of these tests only, added to the English the library looks its messages up in.
registerEnglish({
  'test.plain': 'Leave',
  'test.reordered': str`${1}, then ${0}`,
  'test.empty': '',
});

const english = msgIn('en');
const french = msgIn('fr');

describe('msg() (the library’s own message lookup, one per element)', () => {
  it('returns a string translation as it is', () => {
    expect(english('Quitter', { id: 'test.plain' })).to.equal('Leave');
  });

  it('joins a str translation with the source values, in the translated order', () => {
    const first = 'un';
    const second = 'deux';
    expect(english(str`${first} puis ${second}`, { id: 'test.reordered' })).to.equal('deux, then un');
  });

  it('falls back to French when the id has no translation, or in French', () => {
    const name = 'Camille';
    expect(english(str`Bonjour ${name} !`, { id: 'test.absent' })).to.equal('Bonjour Camille !');
    expect(english('Quitter', { id: 'test.absent' })).to.equal('Quitter');
    expect(english('Vide', { id: 'test.empty' }), 'an empty translation is none').to.equal('Vide');
    expect(french('Quitter', { id: 'test.plain' })).to.equal('Quitter');
    expect(french(str`${1} puis ${2}`, { id: 'test.reordered' })).to.equal('1 puis 2');
  });

  it('lets a per-instance override win over the translation, with its values in order', () => {
    const first = 'un';
    const second = 'deux';
    const overridden = msgIn('en', { 'test.reordered': 'Go: {1} {0} {2}', 'test.plain': 'Out' });
    expect([
      overridden(str`${first} puis ${second}`, { id: 'test.reordered' }),
      overridden('Quitter', { id: 'test.plain' }),
    ]).to.deep.equal(['Go: deux un {2}', 'Out']);
  });

  it('keeps each one to its own language and replacements, whichever is called in between', () => {
    const other = msgIn('fr', { 'test.plain': 'Partir' });
    const mine = msgIn('en');
    // Interleaved as two elements rendering at the same time would call them.
    const calls = [
      mine('Quitter', { id: 'test.plain' }),
      other('Quitter', { id: 'test.plain' }),
      mine('Quitter', { id: 'test.plain' }),
    ];
    expect(calls).to.deep.equal(['Leave', 'Partir', 'Leave']);
  });
});
