import type { FinderAnswer, FinderData, FinderOption, FinderOutcome, FinderQuestion } from './types.js';

/** The option id that moves on from an outcome with `continueTo`. */
export const CONTINUE = 'continue';

export function getQuestion(data: FinderData, id: string): FinderQuestion | undefined {
  return data.questions.find((question) => question.id === id);
}

export function getOutcome(data: FinderData, id: string): FinderOutcome | undefined {
  return data.outcomes.find((outcome) => outcome.id === id);
}

/** The question a `start` value names: a question id or an entry point; otherwise the tree's start. */
export function resolveStart(
  data: FinderData,
  start: string | undefined | null,
): { questionId: string; known: boolean } {
  const wanted = start?.trim();
  if (!wanted) return { questionId: data.start, known: true };
  if (getQuestion(data, wanted)) return { questionId: wanted, known: true };
  const entry = data.entryPoints?.[wanted];
  if (entry && getQuestion(data, entry)) return { questionId: entry, known: true };
  return { questionId: data.start, known: false };
}

export interface AnsweredStep {
  readonly question: FinderQuestion;
  readonly option: FinderOption;
}

export type FinderPosition =
  | { readonly kind: 'question'; readonly question: FinderQuestion }
  | { readonly kind: 'outcome'; readonly outcome: FinderOutcome };

export interface FinderState {
  /** Answers that were applied, in order (invalid trailing answers are dropped). */
  readonly answers: readonly FinderAnswer[];
  /** Questions answered, with the option chosen. */
  readonly path: readonly AnsweredStep[];
  /** Outcomes passed through on the way (an emergency outcome one continued from). */
  readonly passedOutcomes: readonly FinderOutcome[];
  readonly position: FinderPosition;
  /** 1-based number of the current question (questions answered + 1). */
  readonly step: number;
}

/**
 * Where a sequence of answers leads, from a start question. Answers that do
 * not fit (unknown option, wrong question) stop the walk there: the state
 * keeps only the answers that applied.
 */
export function walk(data: FinderData, startQuestionId: string, answers: readonly FinderAnswer[]): FinderState {
  const start = getQuestion(data, startQuestionId) ?? getQuestion(data, data.start);
  if (!start) throw new Error('The finder has no start question.');
  let position: FinderPosition = { kind: 'question', question: start };
  const applied: FinderAnswer[] = [];
  const path: AnsweredStep[] = [];
  const passedOutcomes: FinderOutcome[] = [];
  for (const answer of answers) {
    if (position.kind === 'question') {
      const question: FinderQuestion = position.question;
      if (answer.questionId !== question.id) break;
      const option: FinderOption | undefined = question.options.find((candidate) => candidate.id === answer.optionId);
      if (!option) break;
      const next: FinderPosition | undefined =
        'question' in option.next
          ? wrapQuestion(getQuestion(data, option.next.question))
          : wrapOutcome(getOutcome(data, option.next.outcome));
      if (!next) break;
      path.push({ question, option });
      applied.push(answer);
      position = next;
    } else {
      const outcome: FinderOutcome = position.outcome;
      if (answer.questionId !== outcome.id || answer.optionId !== CONTINUE || !outcome.continueTo) break;
      const next = wrapQuestion(getQuestion(data, outcome.continueTo));
      if (!next) break;
      passedOutcomes.push(outcome);
      applied.push(answer);
      position = next;
    }
  }
  return { answers: applied, path, passedOutcomes, position, step: path.length + 1 };
}

function wrapQuestion(question: FinderQuestion | undefined): FinderPosition | undefined {
  return question ? { kind: 'question', question } : undefined;
}

function wrapOutcome(outcome: FinderOutcome | undefined): FinderPosition | undefined {
  return outcome ? { kind: 'outcome', outcome } : undefined;
}

/** Every complete path from a question to an outcome (continuing past outcomes that allow it). */
export function allPaths(data: FinderData, startQuestionId: string = data.start): FinderAnswer[][] {
  const paths: FinderAnswer[][] = [];
  const visit = (questionId: string, answers: FinderAnswer[], seen: Set<string>) => {
    const question = getQuestion(data, questionId);
    if (!question || seen.has(questionId)) return;
    const nextSeen = new Set(seen).add(questionId);
    for (const option of question.options) {
      const answer = { questionId, optionId: option.id };
      if ('question' in option.next) {
        visit(option.next.question, [...answers, answer], nextSeen);
      } else {
        const outcome = getOutcome(data, option.next.outcome);
        paths.push([...answers, answer]);
        if (outcome?.continueTo && !nextSeen.has(outcome.continueTo)) {
          visit(outcome.continueTo, [...answers, answer, { questionId: outcome.id, optionId: CONTINUE }], nextSeen);
        }
      }
    }
  };
  visit(startQuestionId, [], new Set());
  return paths;
}

/** Answers as a compact string for a URL hash: option ids joined by dots. */
export function encodeAnswers(answers: readonly FinderAnswer[]): string {
  return answers.map((answer) => answer.optionId).join('.');
}

/** The answers a string of option ids stands for, following the tree from the start question. */
export function decodeAnswers(data: FinderData, startQuestionId: string, encoded: string): FinderAnswer[] {
  const optionIds = encoded.split('.').filter(Boolean);
  const answers: FinderAnswer[] = [];
  let state = walk(data, startQuestionId, []);
  for (const optionId of optionIds) {
    const questionId = state.position.kind === 'question' ? state.position.question.id : state.position.outcome.id;
    const candidate = [...answers, { questionId, optionId }];
    const next = walk(data, startQuestionId, candidate);
    if (next.answers.length !== candidate.length) break;
    answers.push({ questionId, optionId });
    state = next;
  }
  return answers;
}
