// A reader who answers the finder's questions by their meaning, for the evaluation
// corpus (test/finder/situations.json). It knows only what a person would: the
// words of their situation, and the facts they would answer from it (is it
// happening now, how old is the victim, who is writing, is the author known, did
// it all happen online, do they live in France). It knows no question id and no
// service: it reads each question and each answer as the element shows them.
//
// An answer is picked in two steps:
// 1. the facts rule out the answers that contradict them ("Oui, ça se passe
//    maintenant" when nothing is happening now; "J'ai moins de 18 ans" for an
//    adult), read from how such answers are worded in French and English;
// 2. among the others, the answer that shares the most meaning with the
//    situation's words (the same words, or words of one meaning: "piqué" and
//    "vol", "tabassé" and "coups"), a word shared by several answers counting
//    less; when nothing is shared, the answer a person falls back on
//    ("Non", "Un autre…", "Aucune de ces situations").
import { normalizeForSearch, searchTokens } from '../../src/catalogue/search.js';
import { synonymsOf } from '../../src/catalogue/synonyms.js';

export interface SituationFacts {
  readonly now: boolean;
  readonly victimAge: 'adult' | 'minor';
  readonly writerIsMinor: boolean;
  readonly who: 'self' | 'parent' | 'relative' | 'organisation' | 'professional' | 'witness';
  readonly author: 'known' | 'unknown' | 'none';
  readonly online: 'all' | 'partly' | 'no' | 'n/a';
  readonly livesInFrance: boolean;
  readonly cannotSpeak: boolean;
}

export interface ShownAnswer {
  readonly label: string;
  readonly help?: string;
}

type Claim = (facts: SituationFacts) => boolean;

// How answers about the facts are worded, and what each wording claims. Read on the
// normalised text (lower case, no accents, no punctuation) of the answer, and of the
// question for bare "Oui" / "Non" answers.
const ANSWER_CLAIMS: [RegExp, Claim][] = [
  // Happening now, or someone in danger
  [/^(oui|yes)\b.*\b(maintenant|en ce moment|danger|now)\b/, (f) => f.now],
  [/\b(pas en ce moment|not right now|not now)\b/, (f) => !f.now],
  // Age and who is writing
  [
    /\b(j ai moins de 18|i am under 18|i m under 18|la victime moins de 18|the victim under 18)\b/,
    (f) => f.victimAge === 'minor' && f.who === 'self',
  ],
  [/\boui et c est moi\b|\byes and it s me\b/, (f) => f.victimAge === 'minor' && f.who === 'self'],
  [
    /\b(mon enfant|un jeune que je connais|my child|a young person i know)\b/,
    (f) => f.victimAge === 'minor' && f.who !== 'self',
  ],
  [/\b(un parent pour son enfant|a parent for their child)\b/, (f) => f.who === 'parent'],
  [/\b18 ans ou plus\b|\b18 or over\b/, (f) => f.victimAge === 'adult'],
  [/\b(la victime j ai 18|the victim i am 18)\b/, (f) => f.who === 'self' && f.livesInFrance],
  [/\b(je ne vis pas en france|i do not live in france)\b/, (f) => !f.livesInFrance],
  [/\b(representant d une entreprise|representative of a business)\b/, (f) => f.who === 'organisation'],
  [
    /\b(j aide un proche|i am helping an adult relative|je l aide|i am helping them)\b/,
    (f) => f.who === 'relative' || f.who === 'professional',
  ],
  [/\b(un temoin un proche|a witness a relative)\b/, (f) => f.who !== 'self' && f.who !== 'organisation'],
  [/\b(la victime 18 ans|the victim 18)\b/, (f) => f.who === 'self'],
  // The author
  [/\b(je sais qui|i know who)\b/, (f) => f.author === 'known'],
  [/\b(je ne connais pas son identite|i do not know who)\b/, (f) => f.author !== 'known'],
  [/\b(quelqu un que je connais|someone i know)\b/, (f) => f.author === 'known'],
  [/\b(d une personne que je connais|from someone i know)\b/, (f) => f.author === 'known'],
  [/\b(d une personne que je ne connais pas|from someone i do not know)\b/, (f) => f.author !== 'known'],
  // Online or not
  [/\b(entierement sur internet|entirely online)\b/, (f) => f.online === 'all'],
  [/\b(nous nous sommes rencontres|we met)\b/, (f) => f.online !== 'all'],
];

// Bare "Oui" / "Non" answers take their meaning from the question.
const QUESTION_CLAIMS: [RegExp, Claim][] = [
  [/\b(savez vous qui|do you know who)\b/, (f) => f.author === 'known'],
  [/\b(moins de 18 ans|under 18)\b/, (f) => f.victimAge === 'minor'],
  [/\b(en ce moment|right now)\b/, (f) => f.now],
];

/** What an answer claims about the facts, as predicates; none for an answer about something else. */
function claimsOf(question: string, answer: string): Claim[] {
  const text = normalizeForSearch(answer);
  const claims = ANSWER_CLAIMS.filter(([pattern]) => pattern.test(text)).map(([, claim]) => claim);
  const bare = /^(oui|yes|non|no)\b/.exec(text);
  if (bare && claims.length === 0) {
    const yes = bare[1] === 'oui' || bare[1] === 'yes';
    for (const [pattern, claim] of QUESTION_CLAIMS)
      if (pattern.test(normalizeForSearch(question))) claims.push(yes ? claim : (facts) => !claim(facts));
  }
  return claims;
}

// Words every answer is made of, that say nothing of the situation.
const FILLER = new Set(
  searchTokens('oui non yes no autre another other chose thing quelqu quelque personne situation cela'),
);

/** The meanings of a text: each word, and the words of the same meaning. */
function meanings(text: string): Map<string, readonly string[]> {
  const words = new Map<string, readonly string[]>();
  for (const token of searchTokens(text))
    if (!FILLER.has(token)) words.set(token, [token, ...synonymsOf(token, searchTokens)]);
  return words;
}

/** The answer a person falls back on when nothing in their words matches. */
const FALLBACK = /^(aucune|none|autre|another|une autre|un autre|other|non|no)\b/;

/** The index of the answer this reader picks. */
export function chooseAnswer(
  says: string,
  facts: SituationFacts,
  question: string,
  answers: readonly ShownAnswer[],
): number {
  const texts = answers.map((answer) => `${answer.label} ${answer.help ?? ''}`);
  const allowed = texts.map((text) => claimsOf(question, text).every((claim) => claim(facts)));
  const confirmed = texts.map((text) => claimsOf(question, text).length);
  const candidates = answers.map((_, index) => index).filter((index) => allowed[index]);
  const pool = candidates.length ? candidates : answers.map((_, index) => index);

  const situation = new Set([...meanings(says).values()].flat());
  const answerMeanings = texts.map(meanings);
  // How many answers share a meaning: a word of several answers tells less.
  const shared = new Map<string, number>();
  for (const words of answerMeanings)
    for (const group of new Set([...words.values()].map((meaning) => meaning.join(' '))))
      shared.set(group, (shared.get(group) ?? 0) + 1);
  const score = (index: number) => {
    let total = 0;
    for (const [token, meaning] of answerMeanings[index]) {
      if (!meaning.some((word) => situation.has(word))) continue;
      const weight = 1 / (shared.get(meaning.join(' ')) ?? 1);
      total += situation.has(token) ? weight : weight * 0.8;
    }
    // An answer whose facts the situation confirms is the one a person picks, all else equal.
    return total + confirmed[index] * 0.5;
  };
  let best = pool[0];
  let bestScore = -1;
  for (const index of pool) {
    const value = score(index);
    if (value > bestScore) {
      best = index;
      bestScore = value;
    }
  }
  if (bestScore <= 0) {
    const fallback = pool.find((index) => FALLBACK.test(normalizeForSearch(answers[index].label)));
    if (fallback !== undefined) return fallback;
  }
  return best;
}
