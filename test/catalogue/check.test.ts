import { expect } from '@open-wc/testing';
import { catalogue } from '../../src/catalogue/catalogue.js';
import { checkCatalogue, checkPhone, formatProblem, isHttpsUrl } from '../../src/catalogue/check.js';
import type { CatalogueData } from '../../src/catalogue/types.js';

// Broken copies are edited freely, as a careless hand would edit the JSON.
/* eslint-disable @typescript-eslint/no-explicit-any */
type Draft = any;

function brokenCopy(edit: (data: Draft) => void): CatalogueData {
  const copy: Draft = structuredClone(catalogue);
  edit(copy);
  return copy as CatalogueData;
}

function entry(data: Draft, id: string): Draft {
  return data.services.find((service: Draft) => service.id === id);
}

describe('checkCatalogue', () => {
  const today = '2026-11-28';

  it('names the entry and the field of a missing translation', () => {
    const data = brokenCopy((d) => {
      entry(d, 'thesee').summary.en = '';
    });
    expect(checkCatalogue(data, { today }).map(formatProblem)).to.deep.equal(['thesee: summary: missing en text']);
  });

  it('refuses an address that is not https', () => {
    const data = brokenCopy((d) => {
      entry(d, 'pharos').access.website!.url = 'http://www.internet-signalement.gouv.fr';
    });
    expect(checkCatalogue(data, { today }).map(formatProblem)).to.deep.equal([
      'pharos: access.website.url: "http://www.internet-signalement.gouv.fr" is not an https: address',
    ]);
  });

  it('refuses a reference to an unknown entry, duplicate ids and future dates', () => {
    const data = brokenCopy((d) => {
      entry(d, 'perceval').notFor[0].useInstead[0] = 'opposition';
      d.services.push(structuredClone(entry(d, 'pharos')));
      entry(d, 'thesee').checked = '2027-01-01';
    });
    const problems = checkCatalogue(data, { today }).map(formatProblem);
    expect(problems).to.include('perceval: notFor[0].useInstead[0]: unknown entry "opposition"');
    expect(problems).to.include('pharos: services[29].id: duplicate id');
    expect(problems).to.include('thesee: checked: 2027-01-01 is in the future');
  });

  it('refuses a phone number whose display shows another number', () => {
    const data = brokenCopy((d) => {
      entry(d, 'info-escroqueries').access.phones![0].display = '0 805 805 818';
    });
    expect(checkCatalogue(data, { today }).map(formatProblem)).to.deep.equal([
      'info-escroqueries: access.phones[0]: display "0 805 805 818" does not show the number "+33805805817"',
    ]);
  });

  it('reports a seed service nobody continues', () => {
    const data = brokenCopy((d) => {
      delete entry(d, 'mes-points-permis').seed;
    });
    expect(checkCatalogue(data, { today }).map(formatProblem)).to.deep.equal([
      '(catalogue): services: no entry continues the seed service "Télépoints"',
    ]);
  });

  it('knows what a well-formed phone number and address are', () => {
    expect(checkPhone({ number: '17', display: '17' })).to.deep.equal([]);
    expect(checkPhone({ number: '+33800005696', display: '0 800 005 696' })).to.deep.equal([]);
    expect(checkPhone({ number: '+3380000569', display: '0 800 005 69' })).to.have.length(1);
    expect(checkPhone({ number: 'javascript:alert(1)', display: '1' }).length).to.be.greaterThan(0);
    expect(isHttpsUrl('https://17cyber.gouv.fr')).to.be.true;
    expect(isHttpsUrl('javascript:alert(1)')).to.be.false;
    expect(isHttpsUrl('https://user:pw@example.fr')).to.be.false;
    expect(isHttpsUrl('data:text/html,x')).to.be.false;
  });
});
