import type { CatalogueData } from '../catalogue/types.js';
import type { FinderAction, FinderData, FinderOutcome, FinderQuestion } from './types.js';
import { CONTINUE, allPaths, getOutcome, getQuestion, walk } from './engine.js';
import { resolveAction } from './actions.js';
import { SUPPORTED_LOCALES } from '../i18n/locales.js';
import { textIn } from '../i18n/packs.js';

const CHANNELS = ['website', 'chat', 'phone', 'sms'];
const MAX_STEPS = 3;
const MAX_ALSO = 2;

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
  readonly locales?: readonly string[];
  /** The catalogue, to check that each action's service has the channel it names. */
  readonly catalogue?: CatalogueData;
}

function isText(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object';
}

/** Where problems are gathered, with the checks every part of a tree uses. */
interface Checker {
  add(at: string, message: string): void;
  /** A text in every locale. */
  text(at: string, field: string, value: unknown): void;
  /** A known catalogue id. */
  service(at: string, field: string, id: unknown): void;
  /** An id not seen before in its list. */
  unique(seen: Set<string>, at: string, id: string): void;
}

function checker(problems: FinderProblem[], options: FinderCheckOptions): Checker {
  const locales = options.locales ?? SUPPORTED_LOCALES;
  const services = new Set(options.serviceIds);
  const add = (at: string, message: string) => {
    problems.push({ at, message });
  };
  return {
    add,
    text(at, field, value) {
      if (!isText(value)) {
        add(at, `${field}: missing`);
        return;
      }
      for (const locale of locales) {
        const text = textIn(value, locale);
        if (typeof text !== 'string' || text.trim() === '') add(at, `${field}: missing ${locale} text`);
      }
    },
    service(at, field, id) {
      if (typeof id !== 'string' || !services.has(id)) add(at, `${field}: unknown service "${String(id)}"`);
    },
    unique(seen, at, id) {
      if (seen.has(id)) add(at, 'duplicate id');
      seen.add(id);
    },
  };
}

/**
 * Everything that makes a tree unusable, each named by question or outcome,
 * in three jobs: the entries (shape, ids, texts in every locale, references to
 * questions, outcomes and services), then loops, then what no path reaches
 * (questions, outcomes, required services). Each job runs only when the one
 * before found nothing.
 */
export function checkFinder(input: unknown, options: FinderCheckOptions): FinderProblem[] {
  if (!input || typeof input !== 'object' || Array.isArray(input))
    return [{ at: '(finder)', message: 'not an object' }];
  const raw = input as Record<string, unknown>;
  if (!Array.isArray(raw.questions) || !Array.isArray(raw.outcomes) || !Array.isArray(raw.emergency)) {
    const problems: FinderProblem[] = [];
    if (!Array.isArray(raw.questions)) problems.push({ at: '(finder)', message: 'no questions' });
    if (!Array.isArray(raw.outcomes)) problems.push({ at: '(finder)', message: 'no outcomes' });
    if (!Array.isArray(raw.emergency)) problems.push({ at: '(finder)', message: 'no emergency numbers' });
    return problems;
  }
  const data = input as FinderData;
  const entries = checkEntries(data, options);
  if (entries.length) return entries;
  const loop = findLoop(data);
  if (loop) return [loop];
  return checkReach(data, options);
}

/** Job 1: every question, outcome, emergency number and entry point, on its own. */
function checkEntries(data: FinderData, options: FinderCheckOptions): FinderProblem[] {
  const problems: FinderProblem[] = [];
  const check = checker(problems, options);
  const seenQuestions = new Set<string>();
  for (const question of data.questions) checkQuestion(data, question, seenQuestions, check);
  const seenOutcomes = new Set<string>();
  for (const outcome of data.outcomes) checkOutcome(data, outcome, seenOutcomes, check, options);
  data.emergency.forEach((id, index) => check.service('(finder)', `emergency[${index}]`, id));
  for (const [name, questionId] of Object.entries(data.entryPoints ?? {})) {
    if (!getQuestion(data, questionId)) check.add('(finder)', `entryPoints.${name}: unknown question "${questionId}"`);
  }
  if (!getQuestion(data, data.start)) check.add('(finder)', `start: unknown question "${data.start}"`);
  if (data.questions.length === 0) check.add('(finder)', 'no questions');
  if (data.outcomes.length === 0) check.add('(finder)', 'no outcomes');
  return problems;
}

function checkQuestion(data: FinderData, question: FinderQuestion, seen: Set<string>, check: Checker): void {
  const at = `question ${question?.id}`;
  if (!question || typeof question.id !== 'string') {
    check.add('(finder)', 'a question without an id');
    return;
  }
  check.unique(seen, at, question.id);
  check.text(at, 'text', question.text);
  if (question.help !== undefined) check.text(at, 'help', question.help);
  if (!Array.isArray(question.options) || question.options.length === 0) {
    check.add(at, 'dead end: no options');
    return;
  }
  const optionIds = new Set<string>();
  question.options.forEach((option, index) => {
    const field = `options[${index}]`;
    if (!option || typeof option.id !== 'string') {
      check.add(at, `${field}: no id`);
      return;
    }
    if (optionIds.has(option.id)) check.add(at, `${field}: duplicate option id "${option.id}"`);
    if (option.id === CONTINUE) check.add(at, `${field}: "${CONTINUE}" is reserved`);
    optionIds.add(option.id);
    check.text(at, `${field}.label`, option.label);
    if (option.help !== undefined) check.text(at, `${field}.help`, option.help);
    const next = option.next as Record<string, unknown> | undefined;
    if (next && typeof next.question === 'string') {
      if (!getQuestion(data, next.question)) check.add(at, `${field}.next: unknown question "${next.question}"`);
    } else if (next && typeof next.outcome === 'string') {
      if (!getOutcome(data, next.outcome)) check.add(at, `${field}.next: unknown outcome "${next.outcome}"`);
    } else {
      check.add(at, `${field}.next: must name a question or an outcome`);
    }
  });
}

function checkOutcome(
  data: FinderData,
  outcome: FinderOutcome,
  seen: Set<string>,
  check: Checker,
  options: FinderCheckOptions,
): void {
  const at = `outcome ${outcome?.id}`;
  if (!outcome || typeof outcome.id !== 'string') {
    check.add('(finder)', 'an outcome without an id');
    return;
  }
  check.unique(seen, at, outcome.id);
  check.text(at, 'title', outcome.title);
  if (outcome.summary !== undefined) check.text(at, 'summary', outcome.summary);
  if (!Array.isArray(outcome.services) || outcome.services.length === 0) check.add(at, 'no service recommended');
  else outcome.services.forEach((id, index) => check.service(at, `services[${index}]`, id));
  (outcome.alternatives ?? []).forEach((id, index) => check.service(at, `alternatives[${index}]`, id));
  (outcome.helpLines ?? []).forEach((id, index) => check.service(at, `helpLines[${index}]`, id));
  const steps = outcome.steps ?? [];
  if (steps.length > MAX_STEPS)
    check.add(at, `steps: ${steps.length} steps; at most ${MAX_STEPS} come before the services`);
  steps.forEach((step, index) => {
    check.text(at, `steps[${index}].text`, step?.text);
    if (step?.service !== undefined) check.service(at, `steps[${index}].service`, step.service);
  });
  const also = outcome.also ?? [];
  if (also.length > MAX_ALSO)
    check.add(at, `also: ${also.length} buttons; at most ${MAX_ALSO} sit beside the main one`);
  const actions: [string, FinderAction][] = [
    ...(outcome.action ? [['action', outcome.action] as [string, FinderAction]] : []),
    ...also.map((item, index): [string, FinderAction] => [`also[${index}]`, item]),
  ];
  for (const [field, action] of actions) checkAction(at, field, action, check, options);
  (outcome.advice ?? []).forEach((item, index) => check.text(at, `advice[${index}]`, item));
  (outcome.prepare ?? []).forEach((item, index) => check.text(at, `prepare[${index}]`, item));
  if (outcome.continueTo !== undefined && !getQuestion(data, outcome.continueTo))
    check.add(at, `continueTo: unknown question "${outcome.continueTo}"`);
}

function checkAction(
  at: string,
  field: string,
  action: FinderAction,
  check: Checker,
  options: FinderCheckOptions,
): void {
  if (!action || typeof action !== 'object') {
    check.add(at, `${field}: not an object`);
    return;
  }
  check.service(at, `${field}.service`, action.service);
  if (!CHANNELS.includes(action.channel)) check.add(at, `${field}.channel: must be one of ${CHANNELS.join(', ')}`);
  else if (
    options.catalogue &&
    options.serviceIds.includes(action.service) &&
    !resolveAction(action, options.catalogue)
  ) {
    check.add(at, `${field}: the service "${action.service}" has no ${action.channel} to reach`);
  }
  if (action.label !== undefined) check.text(at, `${field}.label`, action.label);
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
