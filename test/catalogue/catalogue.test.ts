import '../helpers/english.js';
import { expect } from '@open-wc/testing';
import { catalogue, getEmergencyNumbers, getService } from '../../src/catalogue/catalogue.js';
import { checkCatalogue, formatProblem } from '../../src/catalogue/check.js';
import { filterServices, normalizeDepartment, normalizeForSearch, searchServices } from '../../src/catalogue/search.js';
import { SEED_SERVICE_NAMES } from '../../src/catalogue/seed.js';

const ids = (list: { id: string }[]) => list.map((service) => service.id);

describe('catalogue data', () => {
  it('passes every check beyond the schema', () => {
    expect(checkCatalogue(catalogue).map(formatProblem)).to.deep.equal([]);
  });

  it('continues every seed service under its current name, findable by its old name', () => {
    for (const seedName of SEED_SERVICE_NAMES) {
      const entry = catalogue.services.find((service) => service.seed?.name === seedName);
      expect(entry, seedName).to.exist;
      expect(ids(searchServices(seedName)), seedName).to.include(entry!.id);
    }
  });

  it('stores the current addresses of renamed services, not the seed ones', () => {
    expect(getService('plainte-en-ligne')!.access.website!.url).to.equal(
      'https://plainte-en-ligne.masecurite.interieur.gouv.fr',
    );
    expect(getService('mes-points-permis')!.access.website!.url).to.equal('https://mespoints.permisdeconduire.gouv.fr');
    for (const service of catalogue.services) {
      for (const link of [service.access.website, service.access.chat, service.access.moreInfo]) {
        if (link)
          expect(link.url, service.id).not.to.match(
            /pre-plainte|tele7|psi\.service-public\.fr|\/\/(www\.)?service-public\.fr/,
          );
      }
    }
  });

  it('carries the emergency and help numbers of the reference', () => {
    const numbers = catalogue.services.flatMap((service) =>
      (service.access.phones ?? []).map((phone) => phone.display),
    );
    for (const number of [
      '17',
      '112',
      '114',
      '15',
      '18',
      '3919',
      '119',
      '116 006',
      '3018',
      '3114',
      '3977',
      '0 805 805 817',
      '33700',
      '0 892 705 705',
      '0 800 005 696',
    ]) {
      expect(numbers, number).to.include(number);
    }
    expect(ids(getEmergencyNumbers())).to.deep.equal(['police-secours-17', 'urgence-112', 'urgence-114']);
  });

  it('gives every fact a source and a date checked', () => {
    for (const service of catalogue.services) {
      expect(service.sources.length, service.id).to.be.greaterThan(0);
      expect(service.checked, service.id).to.match(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe('search', () => {
  it('ignores case, accents and punctuation', () => {
    expect(normalizeForSearch('  Pré-Plainte EN ligne ')).to.equal('pre plainte en ligne');
  });

  it('finds the online complaint by its former name', () => {
    expect(ids(searchServices('pre plainte'))[0]).to.equal('plainte-en-ligne');
    expect(ids(searchServices('PRÉ-PLAINTE'))[0]).to.equal('plainte-en-ligne');
  });

  it('finds THESEE, 17Cyber and Info Escroqueries for "arnaque"', () => {
    expect(ids(searchServices('arnaque'))).to.include.members(['thesee', '17cyber', 'info-escroqueries']);
  });

  it('finds Mes Points Permis by "télépoints" and numbers by their digits', () => {
    expect(ids(searchServices('telepoints'))).to.deep.equal(['mes-points-permis']);
    expect(ids(searchServices('3919'))[0]).to.equal('violences-femmes-info-3919');
    expect(ids(searchServices('116 006'))[0]).to.equal('aide-aux-victimes-116006');
  });

  it('ranks the entries with every known word first, and leaves out words no entry knows', () => {
    expect(ids(searchServices('carte bancaire'))).to.include('perceval');
    expect(ids(searchServices('carte zzzz'))).to.deep.equal(ids(searchServices('carte')));
    expect(searchServices('zzzz')).to.deep.equal([]);
    const both = ids(searchServices('carte bancaire volée'));
    expect(both[0]).to.equal('opposition-carte-bancaire');
  });

  it('filters by ids, category, kind and département', () => {
    expect(ids(filterServices({ ids: ['thesee', 'perceval', 'nope'] }))).to.deep.equal(['thesee', 'perceval']);
    const emergencies = filterServices({ categories: ['emergency'] });
    expect(emergencies.every((service) => service.categories.includes('emergency'))).to.be.true;
    const phones = filterServices({ kinds: ['phone-line'] });
    expect(phones.length).to.be.greaterThan(5);
    expect(phones.every((service) => service.kind === 'phone-line')).to.be.true;
    const local = {
      ...catalogue,
      services: [
        ...catalogue.services,
        { ...getService('thesee')!, id: 'local', availability: { departments: ['35'] } },
      ],
    };
    expect(ids(filterServices({ department: '35' }, local))).to.include('local');
    expect(ids(filterServices({ department: '44' }, local))).not.to.include('local');
  });

  it('reads département codes as people type them', () => {
    expect(normalizeDepartment('5')).to.equal('05');
    expect(normalizeDepartment('2a')).to.equal('2A');
    expect(normalizeDepartment(' 974 ')).to.equal('974');
    expect(normalizeDepartment('96')).to.equal(undefined);
    expect(normalizeDepartment('abc')).to.equal(undefined);
  });
});
