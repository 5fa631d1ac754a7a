import type { CatalogueData } from '../catalogue/types.js';
import type { FinderAction, FinderData } from './types.js';
import { CONTINUE, allPaths, getOutcome, getQuestion, walk } from './engine.js';
import { resolveAction } from './actions.js';

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

/**
 * Everything that makes a tree unusable, each named by question or outcome:
 * shape errors, duplicate ids, references to unknown questions, outcomes or
 * services, outcomes without a service, loops, unreachable questions or
 * outcomes, missing translations, and required services no path reaches.
 */
export function checkFinder(input: unknown, options: FinderCheckOptions): FinderProblem[] {
  const problems: FinderProblem[] = [];
  const add = (at: string, message: string) => problems.push({ at, message });
  const locales = options.locales ?? ['fr', 'en'];
  const services = new Set(options.serviceIds);

  if (!input || typeof input !== 'object' || Array.isArray(input)) return [{ at: '(finder)', message: 'not an object' }];
  const raw = input as Record<string, unknown>;
  if (!Array.isArray(raw.questions) || !Array.isArray(raw.outcomes) || !Array.isArray(raw.emergency)) {
    if (!Array.isArray(raw.questions)) add('(finder)', 'no questions');
    if (!Array.isArray(raw.outcomes)) add('(finder)', 'no outcomes');
    if (!Array.isArray(raw.emergency)) add('(finder)', 'no emergency numbers');
    return problems;
  }
  const data = input as FinderData;

  const text = (at: string, field: string, value: unknown) => {
    if (!isText(value)) {
      add(at, `${field}: missing`);
      return;
    }
    for (const locale of locales) {
      if (typeof value[locale] !== 'string' || String(value[locale]).trim() === '') add(at, `${field}: missing ${locale} text`);
    }
  };
  const service = (at: string, field: string, id: unknown) => {
    if (typeof id !== 'string' || !services.has(id)) add(at, `${field}: unknown service "${String(id)}"`);
  };

  const seenQuestions = new Set<string>();
  for (const question of data.questions) {
    const at = `question ${question?.id}`;
    if (!question || typeof question.id !== 'string') {
      add('(finder)', 'a question without an id');
      continue;
    }
    if (seenQuestions.has(question.id)) add(at, 'duplicate id');
    seenQuestions.add(question.id);
    text(at, 'text', question.text);
    if (question.help !== undefined) text(at, 'help', question.help);
    if (!Array.isArray(question.options) || question.options.length === 0) {
      add(at, 'dead end: no options');
      continue;
    }
    const optionIds = new Set<string>();
    question.options.forEach((option, index) => {
      const field = `options[${index}]`;
      if (!option || typeof option.id !== 'string') {
        add(at, `${field}: no id`);
        return;
      }
      if (optionIds.has(option.id)) add(at, `${field}: duplicate option id "${option.id}"`);
      if (option.id === CONTINUE) add(at, `${field}: "${CONTINUE}" is reserved`);
      optionIds.add(option.id);
      text(at, `${field}.label`, option.label);
      if (option.help !== undefined) text(at, `${field}.help`, option.help);
      const next = option.next as Record<string, unknown> | undefined;
      if (next && typeof next.question === 'string') {
        if (!getQuestion(data, next.question)) add(at, `${field}.next: unknown question "${next.question}"`);
      } else if (next && typeof next.outcome === 'string') {
        if (!getOutcome(data, next.outcome)) add(at, `${field}.next: unknown outcome "${next.outcome}"`);
      } else {
        add(at, `${field}.next: must name a question or an outcome`);
      }
    });
  }

  const seenOutcomes = new Set<string>();
  for (const outcome of data.outcomes) {
    const at = `outcome ${outcome?.id}`;
    if (!outcome || typeof outcome.id !== 'string') {
      add('(finder)', 'an outcome without an id');
      continue;
    }
    if (seenOutcomes.has(outcome.id)) add(at, 'duplicate id');
    seenOutcomes.add(outcome.id);
    text(at, 'title', outcome.title);
    if (outcome.summary !== undefined) text(at, 'summary', outcome.summary);
    if (!Array.isArray(outcome.services) || outcome.services.length === 0) add(at, 'no service recommended');
    else outcome.services.forEach((id, index) => service(at, `services[${index}]`, id));
    (outcome.alternatives ?? []).forEach((id, index) => service(at, `alternatives[${index}]`, id));
    (outcome.helpLines ?? []).forEach((id, index) => service(at, `helpLines[${index}]`, id));
    const steps = outcome.steps ?? [];
    if (steps.length > MAX_STEPS) add(at, `steps: ${steps.length} steps; at most ${MAX_STEPS} come before the services`);
    steps.forEach((step, index) => {
      text(at, `steps[${index}].text`, step?.text);
      if (step?.service !== undefined) service(at, `steps[${index}].service`, step.service);
    });
    const also = outcome.also ?? [];
    if (also.length > MAX_ALSO) add(at, `also: ${also.length} buttons; at most ${MAX_ALSO} sit beside the main one`);
    const actions: [string, FinderAction][] = [...(outcome.action ? [['action', outcome.action] as [string, FinderAction]] : []), ...also.map((item, index): [string, FinderAction] => [`also[${index}]`, item])];
    for (const [field, action] of actions) {
      if (!action || typeof action !== 'object') {
        add(at, `${field}: not an object`);
        continue;
      }
      service(at, `${field}.service`, action.service);
      if (!CHANNELS.includes(action.channel)) add(at, `${field}.channel: must be one of ${CHANNELS.join(', ')}`);
      else if (options.catalogue && services.has(action.service) && !resolveAction(action, options.catalogue)) {
        add(at, `${field}: the service "${action.service}" has no ${action.channel} to reach`);
      }
      if (action.label !== undefined) text(at, `${field}.label`, action.label);
    }
    (outcome.advice ?? []).forEach((item, index) => text(at, `advice[${index}]`, item));
    (outcome.prepare ?? []).forEach((item, index) => text(at, `prepare[${index}]`, item));
    if (outcome.continueTo !== undefined && !getQuestion(data, outcome.continueTo)) add(at, `continueTo: unknown question "${outcome.continueTo}"`);
  }
  data.emergency.forEach((id, index) => service('(finder)', `emergency[${index}]`, id));
  for (const [name, questionId] of Object.entries(data.entryPoints ?? {})) {
    if (!getQuestion(data, questionId)) add('(finder)', `entryPoints.${name}: unknown question "${questionId}"`);
  }
  if (!getQuestion(data, data.start)) add('(finder)', `start: unknown question "${data.start}"`);
  if (data.questions.length === 0) add('(finder)', 'no questions');
  if (data.outcomes.length === 0) add('(finder)', 'no outcomes');
  if (problems.length) return problems;

  // Loops: a question that can be reached again from itself.
  const edges = (questionId: string): string[] => {
    const question = getQuestion(data, questionId);
    return (question?.options ?? []).flatMap((option) => {
      if ('question' in option.next) return [option.next.question];
      const outcome = getOutcome(data, option.next.outcome);
      return outcome?.continueTo ? [outcome.continueTo] : [];
    });
  };
  const state = new Map<string, 'visiting' | 'done'>();
  const findLoop = (questionId: string): boolean => {
    if (state.get(questionId) === 'visiting') {
      add(`question ${questionId}`, 'loop: this question can be reached again from itself');
      return true;
    }
    if (state.get(questionId) === 'done') return false;
    state.set(questionId, 'visiting');
    const looped = edges(questionId).some(findLoop);
    state.set(questionId, 'done');
    return looped;
  };
  for (const question of data.questions) if (findLoop(question.id)) return problems;

  // Reachability, from the start and every entry point.
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
        for (const id of [...end.position.outcome.services, ...(end.position.outcome.alternatives ?? [])]) reachedServices.add(id);
      }
    }
  }
  for (const question of data.questions) if (!reachedQuestions.has(question.id)) add(`question ${question.id}`, 'unreachable from the start');
  for (const outcome of data.outcomes) if (!reachedOutcomes.has(outcome.id)) add(`outcome ${outcome.id}`, 'unreachable: no option leads here');
  for (const id of options.mustReach ?? []) {
    if (!reachedServices.has(id)) add('(finder)', `no path recommends the service "${id}"`);
  }
  return problems;
}
