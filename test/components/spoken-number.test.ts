import { expect } from '@open-wc/testing';
import { spokenNumber } from '../../src/components/shared/contact-links.js';
import { getServices } from '../../src/catalogue/catalogue.js';

// What a screen reader is given for a phone number: the groups a person dials,
// never a quantity. Speech engines read "3919" as "trois mille neuf cent
// dix-neuf" and take the space of "116 006" for a thousands separator ("cent
// seize mille six"): docs/accessibility/screen-reader.md.
describe('spokenNumber: a phone number as a listener can dial it', () => {
  const cases: [string, string][] = [
    ['17', '17'],
    ['112', '112'],
    ['3919', '39 19'],
    ['39 28', '39 28'],
    ['116 006', '116 0 0 6'],
    ['116 000', '116 0 0 0'],
    ['33700', '33, 700'],
    ['0 800 005 696', '0, 800 0 0 5, 696'],
    ['0 892 705 705', '0, 892, 705, 705'],
    ['+33 1 80 52 33 76', '+33 1 80 52 33 76'],
    ['01 41 83 42 00', '01 41 83 42 00'],
    ['0141834200', '01 41 83 42 00'],
  ];
  for (const [display, spoken] of cases)
    it(`says "${display}" as "${spoken}"`, () => expect(spokenNumber(display)).to.equal(spoken));

  it('keeps every digit in order, and leaves no four digits together nor a bare group of three after a space (every number of the catalogue)', () => {
    const displays = getServices().flatMap((entry) => entry.access.phones?.map((phone) => phone.display) ?? []);
    expect(displays.length).to.be.greaterThan(15);
    for (const display of displays) {
      const spoken = spokenNumber(display);
      expect(spoken.replace(/\D/g, ''), display).to.equal(display.replace(/\D/g, ''));
      expect(spoken, display).not.to.match(/\d{4}/);
      expect(spoken, display).not.to.match(/\d \d{3}(?!\d)/);
    }
  });
});
