import { expect } from '@open-wc/testing';
import { str } from '@lit/localize';
import { msg, renderWithOverrides } from '../../src/i18n/msg.js';
import { renderInLocale } from '../../src/i18n/localization.js';
import { registerEnglish } from '../../src/i18n/packs.js';

// Messages of these tests only, added to the English the library looks its messages up in.
registerEnglish({
  'test.plain': 'Leave',
  'test.reordered': str`${1}, then ${0}`,
  'test.empty': '',
});

const inEnglish = <T>(render: () => T): T => renderInLocale('en', render);

describe('msg() (the library’s own message lookup)', () => {
  it('returns a string translation as it is', () => {
    expect(inEnglish(() => msg('Quitter', { id: 'test.plain' }))).to.equal('Leave');
  });

  it('joins a str translation with the source values, in the translated order', () => {
    const first = 'un';
    const second = 'deux';
    expect(inEnglish(() => msg(str`${first} puis ${second}`, { id: 'test.reordered' }))).to.equal('deux, then un');
  });

  it('falls back to French when the id has no translation, or in French', () => {
    const name = 'Camille';
    expect(inEnglish(() => msg(str`Bonjour ${name} !`, { id: 'test.absent' }))).to.equal('Bonjour Camille !');
    expect(inEnglish(() => msg('Quitter', { id: 'test.absent' }))).to.equal('Quitter');
    expect(
      inEnglish(() => msg('Vide', { id: 'test.empty' })),
      'an empty translation is none',
    ).to.equal('Vide');
    expect(renderInLocale('fr', () => msg('Quitter', { id: 'test.plain' }))).to.equal('Quitter');
    expect(msg(str`${1} puis ${2}`, { id: 'test.reordered' }), 'outside a render: French').to.equal('1 puis 2');
  });

  it('lets a per-instance override win over the translation, with its values in order', () => {
    const first = 'un';
    const second = 'deux';
    const overridden = inEnglish(() =>
      renderWithOverrides({ 'test.reordered': 'Go: {1} {0} {2}', 'test.plain': 'Out' }, () => [
        msg(str`${first} puis ${second}`, { id: 'test.reordered' }),
        msg('Quitter', { id: 'test.plain' }),
      ]),
    );
    expect(overridden).to.deep.equal(['Go: deux un {2}', 'Out']);
  });
});
