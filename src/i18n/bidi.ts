// Numbers in right-to-left text. In an Arabic paragraph the bidirectional
// algorithm lays out digit groups separated by spaces or dashes from right to
// left: "0 892 705 705" shows as "705 705 892 0", "116 000" as "000 116",
// "9 h – 20 h" as "20 h – 9 h". Wrapped in a left-to-right isolate (U+2066 …
// U+2069), a number keeps the order people dial or read it in, whatever a
// translator typed, and its groups stay on one line.

const LRI = '\u2066';
const PDI = '\u2069';
/** An isolate opened by LRI, RLI or FSI runs to its PDI: already protected. */
const ISOLATED = /[\u2066\u2067\u2068][^\u2069]*\u2069?/gu;

const SPACE = '[ \\u00a0\\u202f]';
/** What joins two digit groups of one number: spaces, a separator, an hour mark (9 h 30, 9h–20h, 24 h/24). */
const JOIN = `(?:${SPACE}?[hj])?(?:${SPACE}*[/–—-]${SPACE}*|[.,:]|${SPACE}+)|${SPACE}?[hj]${SPACE}?`;
/**
 * A number of more than one group, or one group with a unit the algorithm
 * would move (€, %, h): not inside a word ("17Cyber", "F1435", "2A" stay
 * as they are, they read alike in both directions).
 */
const NUMBER = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:€${SPACE}?)?\\d+(?:(?:${JOIN})\\d+)*(?:${SPACE}?(?:€|%|h(?![\\p{L}])))?(?![\\p{L}\\p{N}])`,
  'gu',
);

/** True when `run` needs an isolate: more than one group, or a unit beside the digits. */
function needsIsolate(run: string): boolean {
  return /\D/u.test(run);
}

function isolateRuns(text: string): string {
  return text.replace(NUMBER, (run) => (needsIsolate(run) ? `${LRI}${run.replace(/ /g, '\u00a0')}${PDI}` : run));
}

/**
 * `text` with every number of more than one group (a phone number, a time
 * range, a date, a price) isolated left to right and kept on one line; parts
 * already isolated are left as they are. For right-to-left languages only:
 * left-to-right text needs nothing.
 */
export function isolateNumbers(text: string): string {
  if (!/\d/.test(text)) return text;
  let result = '';
  let last = 0;
  for (const match of text.matchAll(ISOLATED)) {
    result += isolateRuns(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return result + isolateRuns(text.slice(last));
}

/** The numbers of `text` as {@link isolateNumbers} finds them (for tests and checks). */
export function numbersIn(text: string): string[] {
  return [...text.replace(/[\u2066-\u2069]/gu, '').matchAll(NUMBER)].map((match) => match[0]).filter(needsIsolate);
}
