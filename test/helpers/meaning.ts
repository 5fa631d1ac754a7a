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
  /**
   * What the answer leads to, as a person who knows the services would
   * understand it ("une arnaque" covers fake shops, phishing, blackmail…): the
   * meanings of each result reachable below it (see meaningsOfTexts).
   */
  readonly beneath?: readonly ReadonlySet<string>[];
  /**
   * How well the services the answer leads to fit the situation, as a person who
   * looked them up would know (from 0, none of the services they found, to 1, the
   * first one they found).
   */
  readonly fit?: number;
}

type Claim = (facts: SituationFacts) => boolean;

// How answers about the facts are worded, and what each wording claims. Read on the
// normalised text (lower case, no accents, no punctuation) of the answer, and of the
// question for bare "Oui" / "Non" answers.
const ANSWER_CLAIMS: [RegExp, Claim][] = [
  // Happening now, or someone in danger (and whether the person can speak)
  [
    /^(oui|yes)\b.*\b(maintenant|en ce moment|en cours|danger|now|blesse|malaise|incendie|hurt|unwell|fire)\b/,
    (f) => f.now && !f.cannotSpeak,
  ],
  [/^(oui|yes)\b.*\b(je ne peux pas parler|i cannot speak)\b/, (f) => f.now && f.cannotSpeak],
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
  [/\b(sans etre victime|without being a victim)\b/, (f) => f.who === 'witness'],
  [/\b(un adulte contacte un mineur|an adult contacting a minor)\b/, (f) => f.victimAge === 'minor'],
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
// "porter" is also "porte" (a door) once accents are gone.
const FILLER = new Set(
  searchTokens('oui non yes no autre another other chose thing quelqu quelque personne situation cela porter'),
);

// Words after which the next few words are denied ("sans perte d'argent", "rien payé", "no cards in it").
const NEGATION = new Set([
  'sans',
  'pas',
  'rien',
  'jamais',
  'aucun',
  'aucune',
  'ni',
  'no',
  'not',
  'without',
  'never',
  'nothing',
  'none',
  'nt',
]);

/**
 * The meanings of a text: for each word, the word itself or, when it has words of the same meaning,
 * their group. Words denied by a negation just before them are left out.
 */
export function meanings(text: string): Set<string> {
  const found = new Set<string>();
  let denied = 0;
  for (const raw of normalizeForSearch(text).split(' ')) {
    if (NEGATION.has(raw)) {
      denied = 3;
      continue;
    }
    const [token] = searchTokens(raw);
    if (!token) continue;
    if (denied > 0) {
      denied -= 1;
      continue;
    }
    if (FILLER.has(token)) continue;
    const group = synonymsOf(token, searchTokens);
    found.add(group.length ? [token, ...group].sort()[0] : token);
  }
  return found;
}

/** The answer a person falls back on when nothing in their words matches. */
const FALLBACK = /^(aucune|none|autre|another|une autre|un autre|other|non|no)\b/;

/** How rare each meaning is among the results of a tree (inverse document frequency), for weighing what lies beneath an answer. */
export function rarity(results: readonly ReadonlySet<string>[]): (word: string) => number {
  const users = new Map<string, number>();
  for (const words of results) for (const word of words) users.set(word, (users.get(word) ?? 0) + 1);
  return (word) => Math.log(1 + results.length / (users.get(word) ?? 0.5));
}

/** How much of a situation one result covers: the rare meanings they share, against all the situation says. */
function coverage(
  situation: ReadonlySet<string>,
  result: ReadonlySet<string>,
  weight: (word: string) => number,
): number {
  // (the situation's words, the gist's among them)
  let shared = 0;
  let all = 0;
  for (const word of situation) {
    const w = weight(word);
    all += w;
    if (result.has(word)) shared += w;
  }
  return all ? shared / all : 0;
}

/**
 * The index of the answer this reader picks. `says` is the situation in the person's words
 * and, first, its gist in standard words ("vol de téléphone portable dans un café"): what a
 * listener would say the situation is, before reading any question.
 */
export function chooseAnswer(
  says: { readonly gist: string; readonly words: string },
  facts: SituationFacts,
  question: string,
  answers: readonly ShownAnswer[],
  resultRarity?: (word: string) => number,
): number {
  const texts = answers.map((answer) => `${answer.label} ${answer.help ?? ''}`);
  const allowed = texts.map((text) => claimsOf(question, text).every((claim) => claim(facts)));
  const confirmed = texts.map((text) => claimsOf(question, text).length);
  const candidates = answers.map((_, index) => index).filter((index) => allowed[index]);
  const pool = candidates.length ? candidates : answers.map((_, index) => index);

  // The gist's words count twice: they name the situation in the words of the questions' world.
  const gist = meanings(says.gist);
  const situation = new Set([...gist, ...meanings(says.words)]);
  const strength = (word: string) => (gist.has(word) ? 1 : 0.25);
  const answerMeanings = texts.map(meanings);
  // A meaning shared by several answers tells less (inverse document frequency over the answers).
  const users = new Map<string, number>();
  for (const words of answerMeanings) for (const word of words) users.set(word, (users.get(word) ?? 0) + 1);
  const weight = (word: string) => Math.log(1 + answers.length / (users.get(word) ?? 1));
  const averageLength = answerMeanings.reduce((sum, words) => sum + words.size, 0) / answers.length || 1;
  // What the answer's own words share with the situation, a long answer a little less per word.
  const own = answerMeanings.map((words) => {
    let total = 0;
    for (const word of words) if (situation.has(word)) total += weight(word) * strength(word);
    return total / (0.5 + (0.5 * words.size) / averageLength);
  });
  // One rare word shared counts about 1.
  const scale = Math.log(1 + answers.length) || 1;
  // What the answer leads to: how much of the situation the closest result below it covers.
  const ahead = answers.map((answer) =>
    resultRarity
      ? Math.max(0, ...(answer.beneath ?? []).map((result) => coverage(situation, result, resultRarity)))
      : 0,
  );
  // An answer whose facts the situation confirms is the one a person picks, all else equal.
  const score = (index: number) =>
    own[index] / scale + ahead[index] * 6 + (answers[index].fit ?? 0) + confirmed[index] * 0.6;
  if ((globalThis as { debugReader?: boolean }).debugReader)
    console.log(
      question,
      JSON.stringify(
        pool.map((index) => [
          answers[index].label.slice(0, 30),
          (own[index] / scale).toFixed(2),
          ahead[index].toFixed(2),
        ]),
      ),
      [...situation].join(' '),
    );
  let chosen = pool[0];
  let chosenScore = -1;
  for (const index of pool) {
    const value = score(index);
    if (value > chosenScore) {
      chosen = index;
      chosenScore = value;
    }
  }
  // Little in common with any answer: the person falls back on "none of these", "another…", "no".
  if (chosenScore < 0.5) {
    const fallback = pool.find((index) => FALLBACK.test(normalizeForSearch(answers[index].label)));
    if (fallback !== undefined) return fallback;
  }
  return chosen;
}
