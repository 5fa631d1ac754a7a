import { copyWithTexts } from '../helpers/english.js';
import { expect } from '@open-wc/testing';
import { catalogue } from '../../src/catalogue/catalogue.js';
import { checkCatalogue, checkPhone, formatProblem, isHttpsUrl, isOnDomains } from '../../src/catalogue/check.js';
import type { CatalogueData } from '../../src/catalogue/types.js';

// Broken copies are edited freely, as a careless hand would edit the JSON.
/* eslint-disable @typescript-eslint/no-explicit-any */
type Draft = any;

function brokenCopy(edit: (data: Draft) => void): CatalogueData {
  const copy: Draft = copyWithTexts(catalogue);
  edit(copy);
  return copy as CatalogueData;
}

function entry(data: Draft, id: string): Draft {
  return data.services.find((service: Draft) => service.id === id);
}

describe('checkCatalogue', () => {
  const today = '2026-12-31';

  it('names the entry and the field of a missing translation', () => {
    const data = brokenCopy((d) => {
      entry(d, 'thesee').summary.en = '';
    });
    expect(checkCatalogue(data, { today }).map(formatProblem)).to.deep.equal(['thesee: summary: missing en text']);
  });

  it('with the official domains, refuses a public source or a link elsewhere, and accepts subdomains', () => {
    const data = brokenCopy((d) => {
      entry(d, 'pharos').sources.push({ url: 'https://www.presse.example.fr/article' });
      entry(d, 'thesee').access.website!.url = 'https://gouv.fr.example.com/thesee';
      entry(d, 'perceval').sources.push({ url: 'https://sous.domaine.service-public.gouv.fr/x' });
    });
    const problems = checkCatalogue(data, {
      today,
      officialDomains: [
        'gouv.fr',
        'banque-france.fr',
        'solidaritefemmes.org',
        'france-victimes.fr',
        '3114.fr',
        '33700.fr',
        'urgence114.fr',
        'justice.fr',
        'gendinfo.fr',
        'ars.sante.fr',
        'gouvernement.fr',
        'droitdenfance.org',
        'iedom.fr',
        'ameli.fr',
        'fondsdegarantie.fr',
        'usembassy.gov',
        'gov.uk',
        '116000enfantsdisparus.fr',
        'antidiscriminations.fr',
        'defenseurdesdroits.fr',
      ],
    }).map(formatProblem);
    expect(problems).to.deep.equal([
      'pharos: sources[5].url: "https://www.presse.example.fr/article" is not an official page: move it to maintainerSources, or add its domain to data/official-domains.json if it is the State\'s or the operator\'s own',
      'thesee: access.website.url: "https://gouv.fr.example.com/thesee" is not on an official domain',
    ]);
    expect(isOnDomains('https://www.service-public.gouv.fr/x', ['gouv.fr'])).to.be.true;
    expect(isOnDomains('https://notgouv.fr/x', ['gouv.fr'])).to.be.false;
    expect(isOnDomains('not a url', ['gouv.fr'])).to.be.false;
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
    expect(problems).to.include(`pharos: services[${catalogue.services.length}].id: duplicate id`);
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
