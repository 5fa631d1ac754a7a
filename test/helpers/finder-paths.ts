import { finder } from '../../src/finder/finder.js';
import { allPaths, walk } from '../../src/finder/engine.js';
import type { FinderAnswer } from '../../src/finder/types.js';

/** The first answers that reach a result of the built-in tree, by question and option id (answers to questions only: no "continue" from an intermediate result). */
export function pathTo(outcomeId: string): FinderAnswer[] {
  const path = allPaths(finder).find((answers) => {
    if (!answers.every((step) => finder.questions.some((question) => question.id === step.questionId))) return false;
    const state = walk(finder, finder.start, answers);
    return state.position.kind === 'outcome' && state.position.outcome.id === outcomeId;
  });
  if (!path) throw new Error(`no path to ${outcomeId}`);
  return path;
}
