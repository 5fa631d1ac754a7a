import { copyWithTexts } from '../helpers/english.js';
import { expect } from '@open-wc/testing';
import { finder } from '../../src/finder/finder.js';
import {
  CONTINUE,
  allPaths,
  decodeAnswers,
  encodeAnswers,
  getOutcome,
  resolveStart,
  walk,
} from '../../src/finder/engine.js';
import { checkFinder, formatFinderProblem } from '../../src/finder/check.js';
import { outcomeActions } from '../../src/finder/actions.js';
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
    // As a page gives a tree: its texts in French and English (the shipped tree's English is laid over it).
    expect(checkFinder(copyWithTexts(finder), options).map(formatFinderProblem)).to.deep.equal([]);
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
      for (const id of [...state.position.outcome.services, ...(state.position.outcome.alternatives ?? [])])
        expect(known.has(id), id).to.be.true;
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
    expect(outcomeOf('no', 'theft', 'other', 'unknown', 'adult')).to.equal('plainte-en-ligne');
    expect(outcomeOf('no', 'theft', 'other', 'unknown', 'parent')).to.equal('plainte-en-ligne');
    expect(outcomeOf('no', 'theft', 'other', 'unknown', 'visitor')).to.equal('complaint-visitor');
    expect(outcomeOf('no', 'theft', 'other', 'known')).to.equal('complaint-in-person');
    expect(outcomeOf('no', 'theft', 'other', 'unknown', 'minor')).to.equal('complaint-minor');
    expect(outcomeOf('no', 'theft', 'burglary-now')).to.equal('burglary-now');
    expect(outcomeOf('no', 'theft', 'vehicle-gone', 'no')).to.equal('vehicle-gone');
    expect(outcomeOf('no', 'theft', 'vehicle-gone', 'yes', 'unknown', 'adult')).to.equal('plainte-en-ligne');
    expect(outcomeOf('no', 'theft', 'robbery', 'adult')).to.equal('assault');
    expect(outcomeOf('no', 'theft', 'robbery', 'minor')).to.equal('violence-minor');
    expect(outcomeOf('no', 'violence', 'assault', 'minor-other')).to.equal('child-victim-adult');
    expect(outcomeOf('no', 'violence', 'harassment', 'young-other')).to.equal('harassment-young-adult');
    expect(outcomeOf('no', 'suicide')).to.equal('suicide-thoughts');
    expect(outcomeOf('no', 'tell', 'violence', 'elder')).to.equal('elder-abuse');
    expect(outcomeOf('no', 'money', 'card', 'in-hand', 'known')).to.equal('card-stolen-known');
    expect(outcomeOf('no', 'lost', 'other-papers', 'licence')).to.equal('papers-licence');
    expect(outcomeOf('no', 'money', 'scam', 'online', 'shop')).to.equal('thesee');
    expect(outcomeOf('no', 'money', 'scam', 'online', 'blackmail', 'adult')).to.equal('sextortion');
    expect(outcomeOf('no', 'money', 'scam', 'online', 'blackmail', 'minor')).to.equal('sextortion-minor');
    expect(outcomeOf('no', 'money', 'scam', 'offline', 'unknown', 'adult')).to.equal('plainte-en-ligne');
    expect(outcomeOf('no', 'money', 'scam', 'given')).to.equal('payment-given');
    expect(outcomeOf('no', 'money', 'given')).to.equal('payment-given');
    expect(outcomeOf('no', 'money', 'identity')).to.equal('identity-theft');
    expect(outcomeOf('no', 'money', 'card', 'in-hand', 'online', 'blocked')).to.equal('perceval');
    expect(outcomeOf('no', 'money', 'card', 'in-hand', 'online', 'not-blocked')).to.equal('perceval-block-first');
    expect(outcomeOf('no', 'money', 'card', 'stolen', 'unknown')).to.equal('card-stolen-unknown');
    expect(outcomeOf('no', 'lost', 'card', 'no')).to.equal('card-lost-unused');
    expect(outcomeOf('no', 'lost', 'card', 'yes')).to.equal('card-lost-used');
    expect(outcomeOf('no', 'lost', 'id')).to.equal('papers-lost');
    expect(outcomeOf('no', 'lost', 'other-papers', 'residence')).to.equal('papers-residence');
    expect(outcomeOf('no', 'violence', 'assault', 'adult')).to.equal('assault');
    expect(outcomeOf('no', 'violence', 'assault', 'minor')).to.equal('violence-minor');
    expect(outcomeOf('no', 'violence', 'threats', 'adult')).to.equal('threats');
    expect(outcomeOf('no', 'violence', 'threats', 'minor')).to.equal('violence-minor');
    expect(outcomeOf('no', 'violence', 'hate', 'insult')).to.equal('hate-offence');
    expect(outcomeOf('no', 'violence', 'hate', 'discrimination')).to.equal('discrimination');
    expect(outcomeOf('no', 'online', 'content', 'public', 'insult')).to.equal('insult');
    expect(outcomeOf('no', 'online', 'content', 'private')).to.equal('content-private');
    expect(outcomeOf('no', 'online', 'content', 'private-unknown', 'other', 'adult')).to.equal('private-unknown');
    expect(outcomeOf('no', 'online', 'content', 'private-unknown', 'other', 'minor')).to.equal('violence-minor');
    expect(outcomeOf('no', 'online', 'content', 'private-unknown', 'blackmail', 'minor')).to.equal('sextortion-minor');
    expect(outcomeOf('no', 'someone', 'missing-minor')).to.equal('missing-minor');
    expect(outcomeOf('no', 'someone', 'missing-adult')).to.equal('missing-adult');
    expect(outcomeOf('no', 'tell', 'drugs')).to.equal('drug-spot');
    expect(outcomeOf('no', 'tell', 'witness')).to.equal('tell-police');
    expect(getOutcome(finder, 'perceval-block-first')!.steps![0].service).to.equal('opposition-carte-bancaire');
  });

  it('keeps people away from wrong or unsafe answers', () => {
    const recommended = (id: string) => {
      const outcome = getOutcome(finder, id)!;
      return [
        ...outcome.services,
        ...(outcome.alternatives ?? []),
        ...(outcome.also ?? []).map((action) => action.service),
        outcome.action?.service,
      ];
    };
    // Violence against a person is not in the online complaint's scope.
    for (const id of ['assault', 'threats', 'hate-offence', 'violence-victim', 'private-unknown'])
      expect(recommended(id), id).not.to.include('plainte-en-ligne');
    // 33700 takes fraudulent messages only, never threats or insults.
    for (const id of ['threats', 'hate-offence', 'private-unknown', 'content-private', 'insult'])
      expect(recommended(id), id).not.to.include('spam-33700');
    // A lost card never used needs blocking only.
    expect(recommended('card-lost-unused').filter(Boolean)).to.deep.equal([
      'opposition-carte-bancaire',
      'opposition-carte-bancaire',
    ]);
    // 3018 is a youth line: adults are sent elsewhere.
    expect(recommended('harassment-adult')).not.to.include('harcelement-3018');
    // Where a minor is a victim, the minors' space is offered.
    for (const id of ['complaint-minor', 'violence-minor', 'sextortion-minor', 'harassment-young', 'child-danger'])
      expect(recommended(id), id).to.include('espace-mineurs');
    // Every outcome shows at most three first steps.
    for (const outcome of finder.outcomes) expect((outcome.steps ?? []).length, outcome.id).to.be.at.most(3);
  });

  it('gives each outcome one main button labelled by what it does, reachable by its link', () => {
    for (const outcome of finder.outcomes) {
      const actions = outcomeActions(outcome, catalogue);
      expect(actions.length, outcome.id).to.be.greaterThan(0);
      for (const action of actions)
        expect(action.href, `${outcome.id} ${action.serviceId}`).to.match(/^(https:\/\/|tel:[+\d]|sms:\d)/);
    }
    expect(outcomeActions(getOutcome(finder, 'burglary-now')!, catalogue)[0]).to.include({
      serviceId: 'police-secours-17',
      href: 'tel:17',
    });
    expect(outcomeActions(getOutcome(finder, 'emergency')!, catalogue).map((action) => action.href)).to.deep.equal([
      'tel:17',
      'tel:112',
      'sms:114',
    ]);
    expect(outcomeActions(getOutcome(finder, 'thesee')!, catalogue)[0].label?.fr).to.equal('Porter plainte sur THESEE');
  });

  it('lets a person continue after the emergency outcome', () => {
    const path = [
      { questionId: 'danger', optionId: 'yes' },
      { questionId: 'emergency', optionId: CONTINUE },
      { questionId: 'what', optionId: 'procedure' },
    ];
    const state = walk(finder, finder.start, path);
    expect(state.position.kind === 'question' && state.position.question.id).to.equal('procedure');
    expect(state.passedOutcomes.map((outcome) => outcome.id)).to.deep.equal(['emergency']);
    expect(state.step).to.equal(3);
  });

  it('stops at the first answer that does not fit', () => {
    const state = walk(finder, finder.start, [
      { questionId: 'danger', optionId: 'no' },
      { questionId: 'what', optionId: 'nonsense' },
    ]);
    expect(state.answers).to.have.length(1);
    expect(state.position.kind === 'question' && state.position.question.id).to.equal('what');
  });

  it('resolves start names and encodes answers for a URL', () => {
    expect(resolveStart(finder, 'violence')).to.deep.equal({ questionId: 'violence-kind', known: true });
    expect(resolveStart(finder, 'domestic')).to.deep.equal({ questionId: 'violence-role', known: true });
    expect(resolveStart(finder, 'card-blocked')).to.deep.equal({ questionId: 'card-blocked', known: true });
    expect(resolveStart(finder, 'nowhere')).to.deep.equal({ questionId: 'danger', known: false });
    const answers = answer('no', 'money', 'scam', 'online', 'shop');
    expect(encodeAnswers(answers)).to.equal('no.money.scam.online.shop');
    expect(decodeAnswers(finder, finder.start, 'no.money.bogus.shop')).to.have.length(2);
  });
});

describe('checkFinder on broken trees', () => {
  // Broken copies are edited freely, as a careless hand would edit the JSON.
  /* eslint-disable @typescript-eslint/no-explicit-any */
  const broken = (edit: (data: any) => void): FinderData => {
    const copy: any = copyWithTexts(finder);
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
    expect(
      problems(broken((d) => (question(d, 'complaint-who').options[0].next = { outcome: 'nothing' }))),
    ).to.deep.equal(['question complaint-who: options[0].next: unknown outcome "nothing"']);
  });

  it('an unknown service and an outcome without a service', () => {
    expect(problems(broken((d) => (outcome(d, 'thesee').services = ['thesee-v2'])))).to.include(
      'outcome thesee: services[0]: unknown service "thesee-v2"',
    );
    expect(problems(broken((d) => (outcome(d, 'spam').services = [])))).to.include(
      'outcome spam: services: no service recommended',
    );
  });

  it('a dead end and a loop', () => {
    expect(problems(broken((d) => (question(d, 'procedure').options = [])))).to.include(
      'question procedure: options: dead end: fewer than two options',
    );
    expect(
      problems(broken((d) => (question(d, 'card-blocked').options[0].next = { question: 'card-status' }))),
    ).to.deep.equal(['question card-status: loop: this question can be reached again from itself']);
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
        for (const o of d.outcomes)
          if (o.alternatives) o.alternatives = o.alternatives.filter((id: string) => id !== 'mes-points-permis');
      }),
    );
    expect(result).to.deep.equal(['(finder): no path recommends the service "mes-points-permis"']);
  });

  it('a missing translation, named by question', () => {
    expect(problems(broken((d) => delete question(d, 'danger').text.en))).to.deep.equal([
      'question danger: text: missing en text',
    ]);
  });

  it('buttons: a channel the service lacks, too many steps or buttons', () => {
    const withCatalogue = (data: unknown) => checkFinder(data, { ...options, catalogue }).map(formatFinderProblem);
    expect(
      withCatalogue(broken((d) => (outcome(d, 'pharos').action = { service: 'pharos', channel: 'phone' }))),
    ).to.deep.equal(['outcome pharos: action: the service "pharos" has no phone to reach']);
    expect(
      withCatalogue(broken((d) => (outcome(d, 'pharos').action = { service: 'pharos', channel: 'fax' }))),
    ).to.deep.equal(['outcome pharos: action.channel: must be one of website, chat, phone, sms']);
    const step = { text: { fr: 'Étape', en: 'Step' } };
    expect(problems(broken((d) => (outcome(d, 'pharos').steps = [step, step, step, step])))).to.deep.equal([
      'outcome pharos: steps: has more than 3 items',
    ]);
    const call = { service: 'police-secours-17', channel: 'phone' };
    expect(problems(broken((d) => (outcome(d, 'pharos').also = [call, call, call])))).to.deep.equal([
      'outcome pharos: also: has more than 2 items',
    ]);
  });

  it('reads each question and outcome against the schema: a value of another type is a problem named by its entry, never an exception', () => {
    const slips: [string, (d: any) => void, string][] = [
      [
        'steps as a text',
        (d) => (outcome(d, 'pharos').steps = 'Gardez les preuves'),
        'outcome pharos: steps: must be a list',
      ],
      ['advice as a text', (d) => (outcome(d, 'pharos').advice = 'x'), 'outcome pharos: advice: must be a list'],
      ['one button as an object', (d) => (outcome(d, 'pharos').also = {}), 'outcome pharos: also: must be a list'],
      [
        'help lines as a number',
        (d) => (outcome(d, 'pharos').helpLines = 3919),
        'outcome pharos: helpLines: must be a list',
      ],
      [
        'a step that is null',
        (d) => (outcome(d, 'pharos').steps = [null]),
        'outcome pharos: steps[0]: must be an object',
      ],
      [
        'an option that is null',
        (d) => (question(d, 'danger').options[0] = null),
        'question danger: options[0]: must be an object',
      ],
      [
        'next as a text',
        (d) => (question(d, 'danger').options[0].next = 'what'),
        'question danger: options[0].next: must name a question or an outcome',
      ],
      [
        'a text as a plain string',
        (d) => (question(d, 'danger').text = 'En danger ?'),
        'question danger: text: missing',
      ],
      ['a blank text', (d) => (question(d, 'danger').text.fr = '  '), 'question danger: text: missing fr text'],
      [
        'an id with capitals',
        (d) => (outcome(d, 'pharos').continueTo = 'What'),
        'outcome pharos: continueTo: must be lower-case letters, digits and dashes',
      ],
      [
        'showCatalogue as a text',
        (d) => (outcome(d, 'pharos').showCatalogue = 'yes'),
        'outcome pharos: showCatalogue: must be true or false',
      ],
      ['a question that is null', (d) => (d.questions[0] = null), '(finder): questions[0]: no id'],
      ['an outcome without an id', (d) => delete d.outcomes[1].id, '(finder): outcomes[1]: no id'],
    ];
    for (const [what, edit, expected] of slips) {
      let result: string[] = [];
      expect(() => (result = problems(broken(edit))), what).not.to.throw();
      expect(result, what).to.deep.equal([expected]);
    }
  });

  it('leaves out what a page\u2019s tree may carry for its own reviewers (sources, review dates), as the shipped tree does', () => {
    expect(problems(broken((d) => (outcome(d, 'pharos').sources = 'notes')))).to.deep.equal([]);
    expect(problems(broken((d) => (outcome(d, 'pharos').checked = 42)))).to.deep.equal([]);
  });

  it('refuses what is not a tree at all', () => {
    expect(problems(null)).to.deep.equal(['(finder): not an object']);
    expect(problems({ questions: 'x' })).to.include('(finder): no questions');
  });
});
