import { expect } from '@open-wc/testing';
import { finder } from '../../src/finder/finder.js';
import { CONTINUE, allPaths, decodeAnswers, encodeAnswers, getOutcome, resolveStart, walk } from '../../src/finder/engine.js';
import { checkFinder, formatFinderProblem } from '../../src/finder/check.js';
import { catalogue, getServiceIds } from '../../src/catalogue/catalogue.js';
import type { FinderAnswer, FinderData } from '../../src/finder/types.js';

const seedServiceIds = catalogue.services.filter((service) => service.seed).map((service) => service.id);
const options = { serviceIds: getServiceIds(), mustReach: seedServiceIds };

/** Answers by option ids from the start, e.g. answer('no', 'scam', 'online', 'shop'). */
function answer(...optionIds: string[]): FinderAnswer[] {
  return decodeAnswers(finder, finder.start, optionIds.join('.'));
}

function outcomeOf(...optionIds: string[]): string {
  const state = walk(finder, finder.start, answer(...optionIds));
  expect(state.answers.length, `every answer applies: ${optionIds.join(' > ')}`).to.equal(optionIds.length);
  expect(state.position.kind).to.equal('outcome');
  return state.position.kind === 'outcome' ? state.position.outcome.id : '';
}

describe('finder engine, on the real tree', () => {
  it('the tree passes every check: no dead end, loop, unknown reference, unreachable step, and every seed service reachable', () => {
    expect(checkFinder(finder, options).map(formatFinderProblem)).to.deep.equal([]);
  });

  it('every path ends on an outcome that recommends known services', () => {
    const paths = allPaths(finder);
    expect(paths.length).to.be.greaterThan(35);
    const known = new Set(getServiceIds());
    for (const path of paths) {
      const state = walk(finder, finder.start, path);
      expect(state.answers, JSON.stringify(path)).to.deep.equal(path);
      expect(state.position.kind, JSON.stringify(path)).to.equal('outcome');
      if (state.position.kind !== 'outcome') continue;
      expect(state.position.outcome.services.length).to.be.greaterThan(0);
      for (const id of [...state.position.outcome.services, ...state.position.outcome.alternatives]) expect(known.has(id), id).to.be.true;
    }
  });

  it('every path from every entry point ends on an outcome', () => {
    for (const [name, questionId] of Object.entries(finder.entryPoints ?? {})) {
      for (const path of allPaths(finder, questionId)) {
        expect(walk(finder, questionId, path).position.kind, name).to.equal('outcome');
      }
    }
  });

  it('leads to the service the conditions decide', () => {
    expect(outcomeOf('yes')).to.equal('emergency');
    expect(outcomeOf('no', 'theft', 'unknown', 'adult')).to.equal('plainte-en-ligne');
    expect(outcomeOf('no', 'theft', 'known')).to.equal('complaint-in-person');
    expect(outcomeOf('no', 'theft', 'unknown', 'minor')).to.equal('complaint-minor');
    expect(outcomeOf('no', 'scam', 'online', 'shop')).to.equal('thesee');
    expect(outcomeOf('no', 'scam', 'offline', 'unknown', 'adult')).to.equal('plainte-en-ligne');
    expect(outcomeOf('no', 'card', 'in-hand', 'online', 'blocked')).to.equal('perceval');
    expect(outcomeOf('no', 'card', 'in-hand', 'online', 'not-blocked')).to.equal('perceval-block-first');
    expect(outcomeOf('no', 'card', 'stolen', 'unknown')).to.equal('card-stolen-unknown');
    expect(outcomeOf('no', 'content', 'public', 'insult')).to.equal('insult');
    expect(outcomeOf('no', 'content', 'private')).to.equal('content-private');
    expect(getOutcome(finder, 'perceval-block-first')!.before[0].service).to.equal('opposition-carte-bancaire');
  });

  it('lets a person continue after the emergency outcome', () => {
    const path = [{ questionId: 'danger', optionId: 'yes' }, { questionId: 'emergency', optionId: CONTINUE }, { questionId: 'what', optionId: 'procedure' }];
    const state = walk(finder, finder.start, path);
    expect(state.position.kind === 'question' && state.position.question.id).to.equal('procedure');
    expect(state.passedOutcomes.map((outcome) => outcome.id)).to.deep.equal(['emergency']);
    expect(state.step).to.equal(3);
  });

  it('stops at the first answer that does not fit', () => {
    const state = walk(finder, finder.start, [{ questionId: 'danger', optionId: 'no' }, { questionId: 'what', optionId: 'nonsense' }]);
    expect(state.answers).to.have.length(1);
    expect(state.position.kind === 'question' && state.position.question.id).to.equal('what');
  });

  it('resolves start names and encodes answers for a URL', () => {
    expect(resolveStart(finder, 'violence')).to.deep.equal({ questionId: 'violence-role', known: true });
    expect(resolveStart(finder, 'card-blocked')).to.deep.equal({ questionId: 'card-blocked', known: true });
    expect(resolveStart(finder, 'nowhere')).to.deep.equal({ questionId: 'danger', known: false });
    const answers = answer('no', 'scam', 'online', 'shop');
    expect(encodeAnswers(answers)).to.equal('no.scam.online.shop');
    expect(decodeAnswers(finder, finder.start, 'no.scam.bogus.shop')).to.have.length(2);
  });
});

describe('checkFinder on broken trees', () => {
  // Broken copies are edited freely, as a careless hand would edit the JSON.
  /* eslint-disable @typescript-eslint/no-explicit-any */
  const broken = (edit: (data: any) => void): FinderData => {
    const copy: any = structuredClone(finder);
    edit(copy);
    return copy;
  };
  const problems = (data: unknown) => checkFinder(data, options).map(formatFinderProblem);
  const question = (data: any, id: string) => data.questions.find((q: any) => q.id === id);
  const outcome = (data: any, id: string) => data.outcomes.find((o: any) => o.id === id);

  it('a reference to an unknown question or outcome', () => {
    expect(problems(broken((d) => (question(d, 'what').options[0].next = { question: 'nowhere' })))).to.deep.equal([
      'question what: options[0].next: unknown question "nowhere"',
    ]);
    expect(problems(broken((d) => (question(d, 'theft-age').options[0].next = { outcome: 'nothing' })))).to.deep.equal([
      'question theft-age: options[0].next: unknown outcome "nothing"',
    ]);
  });

  it('an unknown service and an outcome without a service', () => {
    expect(problems(broken((d) => (outcome(d, 'thesee').services = ['thesee-v2'])))).to.include('outcome thesee: services[0]: unknown service "thesee-v2"');
    expect(problems(broken((d) => (outcome(d, 'spam').services = [])))).to.include('outcome spam: no service recommended');
  });

  it('a dead end and a loop', () => {
    expect(problems(broken((d) => (question(d, 'procedure').options = [])))).to.include('question procedure: dead end: no options');
    expect(problems(broken((d) => (question(d, 'card-blocked').options[0].next = { question: 'card-in-hand' })))).to.deep.equal([
      'question card-in-hand: loop: this question can be reached again from itself',
    ]);
  });

  it('an unreachable question and an unreachable outcome', () => {
    const result = problems(
      broken((d) => {
        d.questions.push({ ...structuredClone(question(d, 'procedure')), id: 'orphan' });
        d.outcomes.push({ ...structuredClone(outcome(d, 'spam')), id: 'lost' });
      }),
    );
    expect(result).to.include('question orphan: unreachable from the start');
    expect(result).to.include('outcome lost: unreachable: no option leads here');
  });

  it('a seed service no path reaches', () => {
    const result = problems(
      broken((d) => {
        question(d, 'procedure').options = question(d, 'procedure').options.filter((o: any) => o.id !== 'points');
        d.outcomes = d.outcomes.filter((o: any) => o.id !== 'licence-points');
      }),
    );
    expect(result).to.deep.equal(['(finder): no path recommends the service "mes-points-permis"']);
  });

  it('a missing translation, named by question', () => {
    expect(problems(broken((d) => delete question(d, 'danger').text.en))).to.deep.equal(['question danger: text: missing en text']);
  });

  it('refuses what is not a tree at all', () => {
    expect(problems(null)).to.deep.equal(['(finder): not an object']);
    expect(problems({ questions: 'x' })).to.include('(finder): no questions');
  });
});
