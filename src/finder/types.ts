/**
 * The finder's types come from data/finder.schema.json (scripts/contract.mjs, `npm run generate`,
 * decision 0034): change the schema, not a type.
 */
export type {
  ActionChannel,
  FinderAction,
  FinderData,
  FinderOption,
  FinderOutcome,
  FinderQuestion,
  FinderStep,
  Next,
} from '../generated/finder-types.js';

/** One answer: the option chosen at a question (or `continue` at an outcome with `continueTo`). */
export interface FinderAnswer {
  readonly questionId: string;
  readonly optionId: string;
}
