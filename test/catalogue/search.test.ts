import '../helpers/english.js';
import { expect } from '@open-wc/testing';
import { matchService, nearlySame, searchServices, searchTokens, stemWord } from '../../src/catalogue/search.js';
import { getService } from '../../src/catalogue/catalogue.js';

const ids = (query: string) => searchServices(query).map((service) => service.id);

// Queries as people type them, and the entries that must come first. Where a
// row names several, the first result must be one of them (in any order), and
// `top` entries must all be among the first three.
const table: { query: string; first: string[]; top?: string[] }[] = [
  { query: 'vol de voiture', first: ['fourriere'], top: ['plainte-en-ligne'] },
  { query: 'voiture volée', first: ['fourriere'], top: ['plainte-en-ligne'] },
  { query: 'Ma voiture a disparu', first: ['fourriere'] },
  { query: 'leboncoin', first: ['thesee'] },
  { query: 'arnaque leboncoin', first: ['thesee'] },
  { query: 'arnaque sms', first: ['spam-33700'] },
  { query: "carte d'identité perdue", first: ['perte-carte-identite'] },
  {
    query: 'mon ex me menace',
    first: ['pnav', 'violences-femmes-info-3919'],
    top: ['pnav', 'violences-femmes-info-3919'],
  },
  { query: 'point de deal', first: ['ma-securite'] },
  { query: 'plainte', first: ['plainte-en-ligne'], top: ['trouver-unite'] },
  { query: 'porter plainte', first: ['plainte-en-ligne', 'trouver-unite'] },
  { query: 'cambriolage', first: ['plainte-en-ligne', 'police-secours-17'], top: ['police-secours-17'] },
  { query: 'on m’a volé mon vélo', first: ['plainte-en-ligne'] },
  { query: 'carte bancaire volée', first: ['opposition-carte-bancaire'] },
  { query: 'carte bleue perdue', first: ['opposition-carte-bancaire'] },
  { query: 'paiement inconnu', first: ['perceval'] },
  { query: 'virement frauduleux', first: ['virement-escroc'] },
  { query: 'passeport perdu', first: ['perte-passeport'] },
  { query: 'permis perdu', first: ['perte-permis'] },
  { query: 'titre de séjour perdu', first: ['perte-titre-sejour'] },
  { query: "usurpation d'identité", first: ['usurpation-identite'] },
  { query: 'crédit à mon nom', first: ['usurpation-identite'] },
  { query: 'compte piraté', first: ['17cyber'] },
  { query: 'harcèlement scolaire', first: ['harcelement-3018', 'espace-mineurs'], top: ['harcelement-3018'] },
  { query: 'cyberharcèlement', first: ['pnav', '17cyber', 'harcelement-3018'], top: ['harcelement-3018'] },
  { query: 'violences conjugales', first: ['pnav', 'violences-femmes-info-3919'], top: ['violences-femmes-info-3919'] },
  { query: 'mon mari me frappe', first: ['pnav', 'violences-femmes-info-3919'] },
  { query: 'agression', first: ['trouver-unite'], top: ['police-secours-17'] },
  { query: 'menaces de mort', first: ['trouver-unite'] },
  { query: 'insulte raciste', first: ['pnav'] },
  { query: 'discrimination logement', first: ['defenseur-des-droits'] },
  { query: 'sextorsion', first: ['thesee'], top: ['harcelement-3018'] },
  { query: 'chantage webcam', first: ['thesee'] },
  { query: 'arnaque vinted', first: ['thesee'] },
  { query: 'enfant disparu', first: ['enfants-disparus-116000'] },
  { query: 'fugue', first: ['enfants-disparus-116000'] },
  { query: 'enfant en danger', first: ['enfance-en-danger-119'] },
  { query: 'personne âgée maltraitée', first: ['maltraitance-3977'] },
  { query: 'suicide', first: ['prevention-suicide-3114'] },
  { query: 'radicalisation', first: ['stop-djihadisme'] },
  { query: 'contenu illégal', first: ['pharos'] },
  { query: 'fourrière', first: ['fourriere'] },
  { query: 'sourd', first: ['urgence-114'] },
  { query: 'vacances', first: ['tranquillite-vacances'] },
  { query: 'pré-plainte', first: ['plainte-en-ligne'] },
  { query: 'télépoints', first: ['mes-points-permis'] },
  { query: '3919', first: ['violences-femmes-info-3919'] },
  { query: '116 006', first: ['aide-aux-victimes-116006'] },
  { query: 'stolen car', first: ['fourriere'] },
  { query: 'lost passport', first: ['perte-passeport'] },
  { query: 'domestic violence', first: ['pnav', 'violences-femmes-info-3919'] },
  { query: 'someone hacked my account', first: ['17cyber'] },
  { query: 'harassed at school', first: ['harcelement-3018'] },
  { query: 'my child ran away', first: ['enfants-disparus-116000'] },
];

describe('search, as people type', () => {
  it('has a table of at least 40 real queries', () => {
    expect(table.length).to.be.at.least(40);
  });

  for (const row of table) {
    it(`"${row.query}" → ${row.first.join(' or ')}`, () => {
      const found = ids(row.query);
      expect(row.first, `first result of "${row.query}": ${found.slice(0, 3).join(', ')}`).to.include(found[0]);
      for (const id of row.top ?? []) expect(found.slice(0, 3), `${id} among the first three`).to.include(id);
    });
  }

  it('leaves out small words, and meets plurals and feminine forms at one stem', () => {
    expect(searchTokens('Vol de ma voiture')).to.deep.equal(['vol', 'voitur']);
    expect(['vol', 'vole', 'volee', 'volees', 'voler', 'vols'].map(stemWord)).to.deep.equal([
      'vol',
      'vol',
      'vol',
      'vol',
      'vol',
      'vol',
    ]);
    expect(stemWord('3919')).to.equal('3919');
    expect(searchTokens('the stolen cards')).to.deep.equal(['stolen', 'card']);
  });

  it('ignores word order', () => {
    expect(ids('volée voiture')[0]).to.equal(ids('voiture volée')[0]);
  });

  it('leaves out a word no entry knows, and needs half of the known words', () => {
    expect(ids('carte zzzz')).to.deep.equal(ids('carte'));
    expect(ids("carte d'identité perdue zzzz")[0]).to.equal('perte-carte-identite');
    // Two known words: each entry that has one is shown, those with both first.
    expect(ids('passeport fourrière').slice(0, 2)).to.have.members(['perte-passeport', 'fourriere']);
    expect(ids('vol voiture')[0]).to.equal('fourriere');
    expect(ids('zzzz qqqq')).to.deep.equal([]);
  });

  it('meets words of the same meaning and one slip of the keyboard', () => {
    expect(ids('on m’a piqué mon tel')[0]).to.equal('plainte-en-ligne');
    expect(ids('harcelemnt scolaire')).to.include('harcelement-3018');
    expect(ids('escroquerrie')[0]).to.equal(ids('escroquerie')[0]);
    expect(nearlySame('cambriollage', 'cambriolage')).to.be.true;
    expect(nearlySame('vol', 'bol')).to.be.false;
    expect(nearlySame('3018', '3019')).to.be.false;
  });

  it('ranks a name or search word above a word of the summary', () => {
    const thesee = getService('thesee')!;
    const byName = matchService(thesee, 'leboncoin')!;
    const bySummary = matchService(thesee, 'rencontre')!;
    expect(byName.score).to.be.greaterThan(bySummary.score);
  });
});
