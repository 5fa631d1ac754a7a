import '../helpers/english.js';
import { expect } from '@open-wc/testing';
import { isDepartmentCode, normalizeDepartment } from '../../src/catalogue/department.js';
import { normalizeDepartment as fromSearch } from '../../src/catalogue/search.js';
import { catalogue } from '../../src/catalogue/catalogue.js';
import { parseLocalContacts } from '../../src/catalogue/local-contacts.js';
import { valid } from '../fixtures/local-contacts-corpus.mjs';

// One rule for a département code, read by the list's field and by local contacts.

describe('département codes', () => {
  it('accepts metropolitan, Corsican and overseas codes as the data writes them', () => {
    for (const code of ['01', '05', '35', '75', '95', '2A', '2B', '971', '974', '976'])
      expect(isDepartmentCode(code), code).to.be.true;
    for (const code of ['', '0', '00', '5', '96', '2a', '2C', '970', '977', '100', ' 35', 'AB'])
      expect(isDepartmentCode(code), code).to.be.false;
  });

  it('normalises what a visitor types', () => {
    expect(normalizeDepartment(' 2a ')).to.equal('2A');
    expect(normalizeDepartment('5')).to.equal('05');
    expect(normalizeDepartment('974')).to.equal('974');
    expect(normalizeDepartment('96')).to.equal(undefined);
    expect(normalizeDepartment(null)).to.equal(undefined);
    expect(fromSearch).to.equal(normalizeDepartment);
  });

  it('is the rule local contacts are checked by', () => {
    const contact = (departments: string[]) => ({ ...valid, availability: { departments } });
    expect(parseLocalContacts([contact(['35', '2A'])], catalogue, '2026-11-28').problems).to.deep.equal([]);
    const refused = parseLocalContacts([contact(['2a'])], catalogue, '2026-11-28').problems;
    expect(refused).to.have.length(1);
    expect(refused[0].message).to.contain('département code');
  });
});
