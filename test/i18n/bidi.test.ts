import { expect } from '@open-wc/testing';
import { isolateNumbers, numbersIn } from '../../src/i18n/bidi.js';

const isolated = (number: string) => `\u2066${number.replace(/ /g, '\u00a0')}\u2069`;

describe('isolateNumbers (numbers in right-to-left text)', () => {
  it('isolates phone numbers, time ranges, dates and prices of more than one group', () => {
    for (const number of [
      '0 892 705 705',
      '116 000',
      '39 28',
      '01 40 20 51 51',
      '9 h – 20 h',
      '9h–20h',
      '24 h/24',
      '09:00',
      '7 j/7',
      '01/03/2026',
      '0,80 €',
      '9 h 30',
      '50 %',
    ]) {
      expect(isolateNumbers(`اتصل بالرقم ${number} الآن`), number).to.equal(`اتصل بالرقم ${isolated(number)} الآن`);
    }
  });

  it('leaves a number of one group, and digits inside a word, as they are', () => {
    for (const text of ['اتصل بالرقم 17', 'على 17Cyber', 'F1435', 'مثلًا: 35 أو 2A أو 974', 'خلال 5 أيام', '3919']) {
      expect(isolateNumbers(text), text).to.equal(text);
    }
  });

  it('finds each number of a sentence apart, and keeps a number already isolated once', () => {
    expect(isolateNumbers('الرقم 116 000 أو 116 006')).to.equal(
      `الرقم ${isolated('116 000')} أو ${isolated('116 006')}`,
    );
    const once = `اتصل بـ ${isolated('0 892 705 705')}`;
    expect(isolateNumbers(once)).to.equal(once);
    expect(isolateNumbers(`${once} أو 39 28`)).to.equal(`${once} أو ${isolated('39 28')}`);
  });

  it('does not join a number to a word or an hour word ("20 heures")', () => {
    expect(isolateNumbers('de 9 à 20 heures')).to.equal('de 9 à 20 heures');
    expect(numbersIn('3 hommes et 2 femmes')).to.deep.equal([]);
  });

  it('numbersIn lists the numbers that need an isolate, in the text’s order, isolated or not', () => {
    expect(numbersIn(`le ${isolated('116 000')} ou le 0 892 705 705, 17 ou 112`)).to.deep.equal([
      '116\u00a0000',
      '0 892 705 705',
    ]);
  });
});
