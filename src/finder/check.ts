import type { CatalogueData } from '../catalogue/types.js';
import type { FinderAction, FinderData, FinderOutcome, FinderQuestion } from './types.js';
import { CONTINUE, allPaths, getOutcome, getQuestion, walk } from './engine.js';
import { resolveAction } from './actions.js';
import { Refused, isRecord, type Reader } from '../catalogue/read.js';
import { readFinderOutcome, readFinderQuestion } from '../generated/finder-reader.js';

export interface FinderProblem {
  /** `question <id>`, `outcome <id>` or `(finder)`. */
  readonly at: string;
  readonly message: string;
}

export function formatFinderProblem(problem: FinderProblem): string {
  return `${problem.at}: ${problem.message}`;
}

export interface FinderCheckOptions {
  /** Ids of the catalogue, which outcomes refer to. */
  readonly serviceIds: readonly string[];
  /** Ids of services that some path must reach (the seed services). */
  readonly mustReach?: readonly string[];
  /** The catalogue, to check that each action's service has the channel it names. */
  readonly catalogue?: CatalogueData;
}

/** Where problems are gathered, with the checks every part of a tree uses. */
interface Checker {
  add(at: string, message: string): void;
  /** A known catalogue id. */
  service(at: string, field: string, id: string): void;
  /**
   * The entry's shape, read against data/finder.schema.json by the generated reader (types, required
   * fields, texts in French and English, counts): false, its first problem added, when it does not fit.
   */
  shape(at: string, read: Reader, entry: unknown): boolean;
  /** An id not seen before in its list. */
  unique(seen: Set<string>, at: string, id: string): void;
}

function checker(problems: FinderProblem[], options: FinderCheckOptions): Checker {
  const services = new Set(options.serviceIds);
  const add = (at: string, message: string) => {
    problems.push({ at, message });
  };
  return {
    add,
    service(at, field, id) {
      if (!services.has(id)) add(at, `${field}: unknown service "${id}"`);
    },
    shape(at, read, entry) {
      try {
        read(entry, '', {});
        return true;
      } catch (error) {
        if (!(error instanceof Refused)) throw error;
        add(at, `${error.field}: ${error.message}`);
        return false;
      }
    },
    unique(seen, at, id) {
      if (seen.has(id)) add(at, 'duplicate id');
      seen.add(id);
    },
  };
}

/**
 * Everything that makes a tree unusable, each named by question or outcome,
 * in three jobs: the entries (their shape, read against data/finder.schema.json
 * by the generated readers; then ids and references to questions, outcomes and
 * services), then loops, then what no path reaches (questions, outcomes,
 * required services). Each job runs only when the one before found nothing.
 */
export function checkFinder(input: unknown, options: FinderCheckOptions): FinderProblem[] {
  if (!isRecord(input)) return [{ at: '(finder)', message: 'not an object' }];
  const problems: FinderProblem[] = [];
  if (!Array.isArray(input.questions)) problems.push({ at: '(finder)', message: 'no questions' });
  if (!Array.isArray(input.outcomes)) problems.push({ at: '(finder)', message: 'no outcomes' });
  if (!Array.isArray(input.emergency)) problems.push({ at: '(finder)', message: 'no emergency numbers' });
  if (problems.length) return problems;
  const data = input as unknown as FinderData;
  try {
    const entries = checkEntries(data, options);
    if (entries.length) return entries;
    const loop = findLoop(data);
    if (loop) return [loop];
    return checkReach(data, options);
  } catch (error) {
    // Whatever the readers did not foresee is refused, never thrown.
    return [{ at: '(finder)', message: `not the shape of data/finder.json (${(error as Error).message})` }];
  }
}

/** Job 1: every question, outcome, emergency number and entry point, on its own. */
function checkEntries(data: FinderData, options: FinderCheckOptions): FinderProblem[] {
  const problems: FinderProblem[] = [];
  const check = checker(problems, options);
  // Each entry's shape first: the references below are read from entries that have it.
  const fit = (list: 'questions' | 'outcomes', read: Reader) =>
    data[list].filter((entry: unknown, index) => {
      if (!isRecord(entry) || typeof entry.id !== 'string') {
        check.add('(finder)', `${list}[${index}]: no id`);
        return false;
      }
      return check.shape(`${list.slice(0, -1)} ${entry.id}`, read, entry);
    }).length === data[list].length;
  const questionsFit = fit('questions', readFinderQuestion);
  const outcomesFit = fit('outcomes', readFinderOutcome);
  if (questionsFit && outcomesFit) {
    const seenQuestions = new Set<string>();
    for (const question of data.questions) checkQuestion(data, question, seenQuestions, check);
    const seenOutcomes = new Set<string>();
    for (const outcome of data.outcomes) checkOutcome(data, outcome, seenOutcomes, check, options);
    data.emergency.forEach((id, index) => check.service('(finder)', `emergency[${index}]`, id));
    for (const [name, questionId] of Object.entries(data.entryPoints ?? {})) {
      if (!getQuestion(data, questionId))
        check.add('(finder)', `entryPoints.${name}: unknown question "${questionId}"`);
    }
    if (!getQuestion(data, data.start)) check.add('(finder)', `start: unknown question "${data.start}"`);
  }
  if (data.questions.length === 0) check.add('(finder)', 'no questions');
  if (data.outcomes.length === 0) check.add('(finder)', 'no outcomes');
  return problems;
}

function checkQuestion(data: FinderData, question: FinderQuestion, seen: Set<string>, check: Checker): void {
  const at = `question ${question.id}`;
  check.unique(seen, at, question.id);
  const optionIds = new Set<string>();
  question.options.forEach((option, index) => {
    const field = `options[${index}]`;
    if (optionIds.has(option.id)) check.add(at, `${field}: duplicate option id "${option.id}"`);
    if (option.id === CONTINUE) check.add(at, `${field}: "${CONTINUE}" is reserved`);
    optionIds.add(option.id);
    const { next } = option;
    if ('question' in next) {
      if (!getQuestion(data, next.question)) check.add(at, `${field}.next: unknown question "${next.question}"`);
    } else if (!getOutcome(data, next.outcome)) check.add(at, `${field}.next: unknown outcome "${next.outcome}"`);
  });
}

function checkOutcome(
  data: FinderData,
  outcome: FinderOutcome,
  seen: Set<string>,
  check: Checker,
  options: FinderCheckOptions,
): void {
  const at = `outcome ${outcome.id}`;
  check.unique(seen, at, outcome.id);
  for (const field of ['services', 'alternatives', 'helpLines'] as const)
    (outcome[field] ?? []).forEach((id, index) => check.service(at, `${field}[${index}]`, id));
  (outcome.steps ?? []).forEach((step, index) => {
    if (step.service !== undefined) check.service(at, `steps[${index}].service`, step.service);
  });
  const actions: [string, FinderAction][] = [
    ...(outcome.action ? [['action', outcome.action] as [string, FinderAction]] : []),
    ...(outcome.also ?? []).map((item, index): [string, FinderAction] => [`also[${index}]`, item]),
  ];
  for (const [field, action] of actions) {
    check.service(at, `${field}.service`, action.service);
    if (options.catalogue && options.serviceIds.includes(action.service) && !resolveAction(action, options.catalogue))
      check.add(at, `${field}: the service "${action.service}" has no ${action.channel} to reach`);
  }
  if (outcome.continueTo !== undefined && !getQuestion(data, outcome.continueTo))
    check.add(at, `continueTo: unknown question "${outcome.continueTo}"`);
}

/** Job 2: the first question that can be reached again from itself, if any. */
function findLoop(data: FinderData): FinderProblem | undefined {
  const edges = (questionId: string): string[] => {
    const question = getQuestion(data, questionId);
    return (question?.options ?? []).flatMap((option) => {
      if ('question' in option.next) return [option.next.question];
      const outcome = getOutcome(data, option.next.outcome);
      return outcome?.continueTo ? [outcome.continueTo] : [];
    });
  };
  const state = new Map<string, 'visiting' | 'done'>();
  let loop: FinderProblem | undefined;
  const visit = (questionId: string): boolean => {
    if (state.get(questionId) === 'visiting') {
      loop = { at: `question ${questionId}`, message: 'loop: this question can be reached again from itself' };
      return true;
    }
    if (state.get(questionId) === 'done') return false;
    state.set(questionId, 'visiting');
    const looped = edges(questionId).some(visit);
    state.set(questionId, 'done');
    return looped;
  };
  for (const question of data.questions) if (visit(question.id)) return loop;
  return undefined;
}

/** Job 3: what no path reaches, from the start and every entry point: questions, outcomes, required services. */
function checkReach(data: FinderData, options: FinderCheckOptions): FinderProblem[] {
  const problems: FinderProblem[] = [];
  const reachedQuestions = new Set<string>();
  const reachedOutcomes = new Set<string>();
  const reachedServices = new Set<string>();
  for (const startId of [data.start, ...Object.values(data.entryPoints ?? {})]) {
    for (const answers of allPaths(data, startId)) {
      const end = walk(data, startId, answers);
      end.path.forEach((step) => reachedQuestions.add(step.question.id));
      reachedQuestions.add(startId);
      if (end.position.kind === 'outcome') {
        reachedOutcomes.add(end.position.outcome.id);
        for (const id of [...end.position.outcome.services, ...(end.position.outcome.alternatives ?? [])])
          reachedServices.add(id);
      }
    }
  }
  for (const question of data.questions)
    if (!reachedQuestions.has(question.id))
      problems.push({ at: `question ${question.id}`, message: 'unreachable from the start' });
  for (const outcome of data.outcomes)
    if (!reachedOutcomes.has(outcome.id))
      problems.push({ at: `outcome ${outcome.id}`, message: 'unreachable: no option leads here' });
  for (const id of options.mustReach ?? []) {
    if (!reachedServices.has(id)) problems.push({ at: '(finder)', message: `no path recommends the service "${id}"` });
  }
  return problems;
}
