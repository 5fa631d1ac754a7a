import { copyWithTexts } from '../helpers/english.js';
import { expect } from '@open-wc/testing';
import { catalogue } from '../../src/catalogue/catalogue.js';
import { finder } from '../../src/finder/finder.js';
import { getOutcome } from '../../src/finder/engine.js';
import { firstScreenText, reviewFinder, similar } from '../../src/finder/review.js';
import type { FinderData } from '../../src/finder/types.js';

// The official domains as data/official-domains.json lists them (the node test of
// the data check reads the file itself).
const officialDomains = [
  'gouv.fr',
  'gouvernement.fr',
  'gendinfo.fr',
  'justice.fr',
  'ars.sante.fr',
  'banque-france.fr',
  'defenseurdesdroits.fr',
  'antidiscriminations.fr',
  'france-victimes.fr',
  'solidaritefemmes.org',
  '3114.fr',
  '33700.fr',
  'urgence114.fr',
  'droitdenfance.org',
  '116000enfantsdisparus.fr',
  'e-enfance.org',
  '3018.fr',
];

describe('reviewFinder: what a result shows first', () => {
  it('the built-in tree passes', () => {
    expect(reviewFinder(finder, catalogue, { officialDomains })).to.deep.equal([]);
  });

  it('the first screen is the title, the steps and what the buttons say, with their domains', () => {
    const text = firstScreenText(getOutcome(finder, 'burglary-now')!, catalogue, 'fr');
    expect(text).to.contain('Cambriolage');
    expect(text).to.contain('Ne touchez à rien');
    expect(text).to.contain('Appeler le 17');
    expect(firstScreenText(getOutcome(finder, 'pharos')!, catalogue, 'en')).to.contain('internet-signalement.gouv.fr');
  });

  it('names what says too much, what repeats, a missing button and a press source', () => {
    const copy = copyWithTexts(finder) as { outcomes: Record<string, unknown>[] } & FinderData;
    const outcome = (id: string) => copy.outcomes.find((item) => item.id === id)!;
    outcome('pharos').summary = { fr: Array(130).fill('mot').join(' '), en: 'Short.' };
    outcome('spam').advice = [{ fr: 'Ne répondez pas et ne cliquez sur aucun lien.', en: 'Again.' }];
    outcome('thesee').services = ['police-secours-17'];
    outcome('thesee').action = undefined;
    outcome('thesee').sources = [{ url: 'https://www.journal.example.fr/a' }];
    const problems = reviewFinder(copy, catalogue, { officialDomains }).map(
      (problem) => `${problem.at}: ${problem.message}`,
    );
    expect(
      problems.some((p) => /^outcome pharos: \d+ words \(fr\)/.test(p)),
      problems.join('\n'),
    ).to.be.true;
    expect(problems).to.include(
      'outcome spam: advice[0] repeats steps[0]: "Ne répondez pas et ne cliquez sur aucun lien."',
    );
    expect(problems).to.include(
      'outcome thesee: sources[0]: "https://www.journal.example.fr/a" is not an official page',
    );
    // No button at all: a service reached by nothing.
    outcome('licence-points').services = ['nothing-here'];
    expect(reviewFinder(copy, catalogue, { officialDomains }).map((p) => p.message)).to.include(
      'no main button: give an action whose service can be reached',
    );
  });

  it('two sentences are the same when most of their words are', () => {
    expect(similar('Gardez les preuves : messages, captures.', 'Gardez bien les preuves : captures, messages.')).to.be
      .true;
    expect(similar('Appelez le 17 tout de suite.', 'Portez plainte ensuite.')).to.be.false;
    expect(similar('Oui.', 'Oui.')).to.be.false;
  });
});
