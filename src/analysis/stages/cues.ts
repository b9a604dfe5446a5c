import {
  APPOSITIVE_OPENERS as APPOSITIVE_OPENER_WORDS,
  CLAUSE_BOUNDARY_WORDS,
  DETERMINERS,
  FIRST_PERSON,
  LISTENER_WORDS,
  MODAL_VERBS,
  PAST_FORMS as PAST_FORM_WORDS,
  POSTNOMINAL_MODIFIERS,
  PREPOSITIONS,
  SENTENCE_ADVERBS,
  VERB_WORDS,
} from '../lexicon/function-words.ts';
import { SPEECH_ACT_NOUNS, STANCE_ADJECTIVES, VERB_PREFIX_WORDS } from '../lexicon/reporting-verbs.ts';
import {
  MEDIA_OUTLETS,
  MEDIA_ROLE_WORDS,
  NAME_CREDENTIALS,
  NAME_TITLES,
  OUTLET_NOUNS,
} from '../lexicon/roles.ts';
import {
  PASSIVE_AUXILIARIES,
  VAGUE_PASSIVE_COMPLEMENTS,
  VAGUE_PASSIVE_PARTICIPLES,
} from '../lexicon/vague-cues.ts';
import { type Token, tokenize, wordSet } from '../text/words.ts';
import type { Span } from '../types.ts';
import type { CueHit } from './cue-hits.ts';

/** An attribution cue found in a sentence's narration (outside its quotations). */
export interface Cue {
  /** `speaker`: someone is named or referred to; `vague`: hearsay with no source. */
  kind: 'speaker' | 'vague';
  /** The cue words: "said", "according to", "It is thought", "reportedly". */
  span: Span;
  /** The words naming the speaker, for speaker cues. */
  mention: Span | null;
  /** An appositive or relative clause describing the speaker. */
  description: Span | null;
  /** Words between a name's article and the name ("the BBC's North America editor"). */
  preName: Span | null;
  /** Finding verbs ("shows", "found") report only for documents. */
  documentOnly: boolean;
  /** True for "according to X", "citing X": the source follows the cue. */
  sourceAfter: boolean;
  /** True for "we're told", "TMZ has learned": unnamed sources told the outlet. */
  withheld: boolean;
}

const BOUNDARY = wordSet([...CLAUSE_BOUNDARY_WORDS, ...SENTENCE_ADVERBS]);
const PREP = wordSet(PREPOSITIONS);
const VERBISH = wordSet(VERB_WORDS);
const DET = wordSet(DETERMINERS);
const PREFIX = wordSet(VERB_PREFIX_WORDS);
const FIRST = wordSet(FIRST_PERSON);
const TITLES = wordSet(NAME_TITLES);
const CREDENTIALS = wordSet(NAME_CREDENTIALS);
const PASSIVE_AUX = wordSet(PASSIVE_AUXILIARIES);
const PASSIVE_PART = wordSet(VAGUE_PASSIVE_PARTICIPLES);
const PASSIVE_COMP = wordSet(VAGUE_PASSIVE_COMPLEMENTS);
const RELATIVES = wordSet(['who', 'which', 'that']);
const STANCE = wordSet(STANCE_ADJECTIVES);
const SPEECH_ACTS = wordSet(SPEECH_ACT_NOUNS);
/** An outlet's name, counted when capitalised ("The Sun", "TMZ"). */
const OUTLET_NAMES = wordSet(MEDIA_OUTLETS);
/** Words that name an outlet or its people in any case ("the newspaper", "our correspondent", "the paper"). */
const OUTLET_COMMON = wordSet([...MEDIA_ROLE_WORDS, ...OUTLET_NOUNS]);
/** "We're told", "I am told", "we have been told": the first person, told by someone unnamed. */
const FIRST_PERSON_PASSIVE = wordSet(["we're", 'we’re', "i'm", 'i’m', "we've", 'we’ve', "i've", 'i’ve']);
const FIRST_PERSON_AUX = wordSet(['are', 'am', 'were', 'was', 'been', 'have', 'has', 'had', 'be']);
const PAST_FORMS = wordSet(PAST_FORM_WORDS);
const APPOSITIVE_OPENERS = wordSet(APPOSITIVE_OPENER_WORDS);
const OPEN_QUOTES = new Set(['"', '“', '‘', "'", '«', '„']);
const CLOSE_QUOTES = new Set(['"', '”', '’', "'", '»']);
const CLAUSE_END = new Set(['.', '!', '?', ';', '…']);
const NP_JOINERS = new Set(['-', '&', '’', "'"]);
const MAX_NP_WORDS = 10;
const MAX_DESCRIPTION_TOKENS = 40;
/** Subject pronouns: a phrase of their own ("code he said": the speaker is "he"). */
const PRONOUNS = wordSet(['he', 'she', 'it', 'they', 'we', 'i', 'you']);
/** Determiners that deny a speaker: "no group claimed responsibility" names nobody who spoke. */
const NEGATIVE = wordSet(['no', 'none', 'nobody', 'neither', 'nor', 'never']);

/** A past-tense verb: a common irregular form, or a word of at least `minLength` letters ending in "-ed". */
function looksPast(t: Token, minLength: number): boolean {
  return PAST_FORMS.has(t.lower) || (t.lower.length >= minLength && t.lower.endsWith('ed'));
}

function isWord(t: Token | undefined): t is Token {
  return t?.word === true;
}

/** A middle initial: "Robert M. Danin", "Donald J. Trump". */
function isInitial(t: Token): boolean {
  return t.text.length === 1 && t.capital;
}

/** True when a word, written in lower case in the text, is a function word that ends a noun phrase. */
function endsPhrase(t: Token, collected: number, prev?: Token, next?: Token): boolean {
  const w = t.lower;
  // "World Travel and Tourism Council": "and" between capitals is part of a name.
  if (w === 'and' && prev?.word && next?.word && prev.capital && next.capital) return false;
  if (t.text === 'I') return true;
  if (BOUNDARY.has(w)) return true;
  if (VERBISH.has(w) && !t.capital) return true;
  if (PREP.has(w) && !t.capital) return !(w === 'of' && collected > 0);
  return false;
}

/**
 * Words after a noun that keep the phrase going through a preposition:
 * "people familiar with the matter", "sources close to the president",
 * "officials briefed on the talks", "a person with knowledge of".
 */
const POSTNOMINAL = wordSet(POSTNOMINAL_MODIFIERS);
const POSTNOMINAL_PREPS = wordSet(['with', 'to', 'on', 'about', 'in', 'of']);

/** True when a preposition at token k belongs to a post-nominal modifier of the phrase. */
function postnominalPrep(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  if (!POSTNOMINAL_PREPS.has(t.lower)) return false;
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  if (before?.word && POSTNOMINAL.has(before.lower)) return true;
  return (
    t.lower === 'with' && after?.word === true && (after.lower === 'knowledge' || after.lower === 'direct')
  );
}

/** Scans back from token `i` (inclusive) over a noun phrase; returns its first token index or -1. */
function phraseBack(tokens: readonly Token[], i: number, floor: number): number {
  let first = -1;
  let words = 0;
  for (let k = i; k >= floor; k--) {
    const t = tokens[k] as Token;
    if (t.word) {
      if (postnominalPrep(tokens, k) && words > 0) {
        first = k;
        continue;
      }
      if (endsPhrase(t, words, tokens[k - 1], tokens[k + 1])) break;
      // A pronoun is a phrase of its own: "code he said" → "he".
      if (PRONOUNS.has(t.lower) && words > 0) break;
      if (++words > MAX_NP_WORDS) break;
      first = k;
      // A pronoun is a phrase of its own; a determiner opens the phrase ("keeps in place an Israeli prime minister").
      if (PRONOUNS.has(t.lower) || (DET.has(t.lower) && words > 1)) break;
      continue;
    }
    // "Mr." and "Dr." keep their stop; joiners stay inside a phrase.
    const before = tokens[k - 1];
    if (t.text === '&' && isWord(before) && before.capital && first >= 0) continue;
    if (t.text === '.' && isWord(before) && (TITLES.has(before.lower) || isInitial(before))) continue;
    if (NP_JOINERS.has(t.text) && isWord(before) && first >= 0) continue;
    break;
  }
  if (first < 0) return -1;
  // A phrase never starts with "of".
  while (first <= i && (tokens[first] as Token).lower === 'of') first++;
  return first <= i ? first : -1;
}

/** Scans forward from token `i` over a noun phrase (a name with its title and credentials); returns its last token index or -1. */
function phraseForward(tokens: readonly Token[], i: number): number {
  let last = -1;
  let words = 0;
  for (let k = i; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.word) {
      if (
        endsPhrase(t, words, tokens[k - 1], tokens[k + 1]) &&
        !(t.lower === 'of' && words > 0) &&
        !(words > 0 && postnominalPrep(tokens, k))
      )
        break;
      if (t.lower === 'of' && !isWord(tokens[k + 1])) break;
      if (++words > MAX_NP_WORDS + 2) break;
      last = k;
      continue;
    }
    const prev = tokens[k - 1];
    if (
      t.text === '.' &&
      isWord(prev) &&
      (TITLES.has(prev.lower) || isInitial(prev)) &&
      isWord(tokens[k + 1])
    )
      continue;
    if (NP_JOINERS.has(t.text) && last >= 0 && isWord(tokens[k + 1])) continue;
    // Credentials after a name: "Katie Allen, MD, PhD".
    const next = tokens[k + 1];
    if (t.text === ',' && last >= 0 && isWord(next) && CREDENTIALS.has(next.lower)) continue;
    break;
  }
  if (last < 0) return -1;
  // Trailing "of" never ends a phrase.
  while (last >= i && (tokens[last] as Token).lower === 'of') last--;
  return last >= i ? last : -1;
}

/** A valid speaker phrase ends in a content word and is not just a determiner. */
function validPhrase(tokens: readonly Token[], first: number, last: number): boolean {
  if (first < 0 || last < first) return false;
  const end = tokens[last] as Token;
  if (!end.word || DET.has(end.lower) || PREP.has(end.lower)) return false;
  // "the bloodshed raised (fears)": a phrase never ends in a verb.
  if (!end.capital && looksPast(end, 6)) return false;
  if (first === last && FIRST.has(end.lower)) return false;
  if (NEGATIVE.has((tokens[first] as Token).lower)) return false;
  return true;
}

/** Where the description runs after a name: to the clause end (a stop, colon or quotation), at most 40 tokens. */
function descriptionForward(tokens: readonly Token[], i: number): number {
  let last = -1;
  let depth = 0;
  // A description is a phrase, not a paragraph: the cap keeps cue finding linear in a sentence.
  for (let k = i; k < tokens.length && k < i + MAX_DESCRIPTION_TOKENS; k++) {
    const t = tokens[k] as Token;
    if (t.text === '(') depth++;
    if (t.text === ')') depth--;
    if (!t.word && depth <= 0 && (CLAUSE_END.has(t.text) || t.text === ':' || OPEN_QUOTES.has(t.text))) {
      if (!(t.text === '.' && isWord(tokens[k - 1]) && TITLES.has((tokens[k - 1] as Token).lower))) break;
    }
    last = k;
  }
  return last;
}

function span(tokens: readonly Token[], a: number, b: number): Span {
  return { start: (tokens[a] as Token).start, end: (tokens[b] as Token).end };
}

/** The position of the token starting at `pos`, or -1. */
function tokenAt(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = (tokens[mid] as Token).start;
    if (s === pos) return mid;
    if (s < pos) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Context of one sentence for cue finding. */
export interface SentenceContext {
  text: string;
  sentence: Span;
  /** Quotations that overlap the sentence. */
  quotes: readonly Span[];
}

function inQuote(quotes: readonly Span[], pos: number): boolean {
  for (const q of quotes) if (pos > q.start && pos < q.end) return true;
  return false;
}

/** True when only a closing quotation mark (and commas) stand between the previous quotation and token i. */
function followsQuote(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (tokens[k] as Token).text === ',') k--;
  return k >= 0 && CLOSE_QUOTES.has((tokens[k] as Token).text) && k < i;
}

/** True when the verb at token i is followed (past a few adverbial words) by a colon or a quotation. */
function precedesQuote(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + 5; k++) {
    const t = tokens[k] as Token;
    if (t.text === ':' || OPEN_QUOTES.has(t.text)) return true;
    if (!t.word && t.text !== ',') return false;
  }
  return false;
}

/** True when a reporting complement follows an ambiguous form ("state that", "states:", "claims." at the end). */
function hasComplement(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next) return true;
  // "that", or a clause opened by a subject pronoun: "promises it will", "warns they could".
  if (next.word) return next.lower === 'that' || PRONOUNS.has(next.lower);
  return (
    next.text === ':' ||
    next.text === ',' ||
    CLAUSE_END.has(next.text) ||
    OPEN_QUOTES.has(next.text) ||
    CLOSE_QUOTES.has(next.text)
  );
}

/** Finds the appositive before a comma at token `comma`; returns the phrase end before it, or -1. */
function skipAppositive(
  tokens: readonly Token[],
  comma: number,
  floor: number,
): { end: number; desc: Span | null } {
  let open = -1;
  for (let k = comma - 1; k >= floor && comma - k < 40; k--) {
    const t = tokens[k] as Token;
    if (t.text === ',' || t.text === '(' || t.text === '—' || t.text === '–') {
      open = k;
      break;
    }
    if (!t.word && (CLAUSE_END.has(t.text) || OPEN_QUOTES.has(t.text) || CLOSE_QUOTES.has(t.text))) break;
  }
  if (open < 0 || open + 1 >= comma) return { end: -1, desc: null };
  const first = tokens[open + 1] as Token;
  if (!first.word) return { end: -1, desc: null };
  // Credentials between commas belong to the name ("Katie Allen, MD, PhD, said").
  if (CREDENTIALS.has(first.lower)) {
    const inner = skipAppositive(tokens, open, floor);
    if (inner.end >= 0) return inner;
    return { end: open - 1, desc: null };
  }
  if (!APPOSITIVE_OPENERS.has(first.lower) && first.capital) {
    // "her mother, Fiona, said": a name in apposition names the phrase before it; the name speaks,
    // and the phrase describes it.
    const inner = tokens.slice(open + 1, comma);
    const isName = inner.length <= 4 && inner.every((t) => t.word && t.capital);
    const before = isName ? phraseBack(tokens, open - 1, floor) : -1;
    if (before >= 0 && validPhrase(tokens, before, open - 1))
      return { end: comma - 1, desc: span(tokens, before, open - 1) };
    return { end: -1, desc: null };
  }
  return { end: open - 1, desc: span(tokens, open + 1, comma - 1) };
}

interface Subject {
  first: number;
  last: number;
  desc: Span | null;
}

/** The subject of a verb at token `v`, found by scanning back past auxiliaries, adverbs and appositives. */
function subjectBefore(tokens: readonly Token[], v: number): Subject | null {
  let p = v - 1;
  while (
    p >= 0 &&
    isWord(tokens[p]) &&
    PREFIX.has((tokens[p] as Token).lower) &&
    !(tokens[p] as Token).capital
  )
    p--;
  if (p < 0) return null;
  let desc: Span | null = null;
  if ((tokens[p] as Token).text === ',') {
    const app = skipAppositive(tokens, p, 0);
    if (app.end < 0) return null;
    desc = app.desc;
    p = app.end;
  }
  const t = tokens[p];
  if (!t) return null;
  if (t.word && RELATIVES.has(t.lower) && !t.capital) {
    // "head of Ukrainian military intelligence, who speculated": the antecedent speaks.
    let q = p - 1;
    if ((tokens[q] as Token | undefined)?.text === ',') q--;
    const first = phraseBack(tokens, q, 0);
    if (!validPhrase(tokens, first, q)) return null;
    return { first, last: q, desc };
  }
  const first = phraseBack(tokens, p, 0);
  if (!validPhrase(tokens, first, p)) return null;
  // "The mother of a woman who took suspected diet pills … has described": the phrase found is the
  // relative clause inside the subject; the speaker is the phrase before "who".
  const rel = tokens[first - 1];
  const lead = tokens[first] as Token;
  if (rel?.word && RELATIVES.has(rel.lower) && !lead.capital && looksPast(lead, 3)) {
    const before = phraseBack(tokens, first - 2, 0);
    if (validPhrase(tokens, before, first - 2)) return { first: before, last: first - 2, desc };
    return null;
  }
  return { first, last: p, desc };
}

/**
 * The subject of the clause a verb belongs to, when the verb itself has none
 * beside it: "X condemned the attack and said …", "X condemned it, saying …".
 * Takes the noun phrase that opens the sentence (after an introductory phrase
 * closed by a comma) when a lower-case word, likely its verb, follows it.
 */
function clauseSubject(tokens: readonly Token[], v: number): Subject | null {
  let start = 0;
  while (start < v && !tokens[start]?.word) start++;
  const lead = tokens[start];
  if (lead?.word && (PREP.has(lead.lower) || BOUNDARY.has(lead.lower))) {
    let k = start;
    while (k < v && (tokens[k] as Token).text !== ',') k++;
    start = k + 1;
  }
  let last = phraseForward(tokens, start);
  // The phrase ends before its verb: the first lower-case past form after a word ("… Josh Earnest condemned").
  for (let k = start + 1; k <= last; k++) {
    const t = tokens[k] as Token;
    if (t.word && !t.capital && looksPast(t, 5)) {
      last = k - 1;
      break;
    }
  }
  if (!validPhrase(tokens, start, last) || last >= v) return null;
  const after = tokens[last + 1];
  if (after?.text === ',') {
    // "The leader of Ennahda, Rachid Ghannouchi, condemned …": the name in apposition speaks.
    let close = last + 2;
    while (close < v && close < last + 8 && (tokens[close] as Token).text !== ',') close++;
    const name = tokens.slice(last + 2, close);
    const verb = tokens[close + 1];
    if (
      close < v &&
      name.length > 0 &&
      name.every((t) => t.word && t.capital) &&
      verb?.word &&
      !verb.capital
    ) {
      return { first: last + 2, last: close - 1, desc: span(tokens, start, last) };
    }
    return null;
  }
  if (!after?.word || after.capital) return null;
  return { first: start, last, desc: null };
}

/** The subject after a verb ("…," said Mr. Reeves, a senior fellow at …) or after "according to". */
function subjectAfter(tokens: readonly Token[], i: number): Subject | null {
  let start = i;
  if ((tokens[start] as Token | undefined)?.text === ',') start++;
  const last = phraseForward(tokens, start);
  if (!validPhrase(tokens, start, last)) return null;
  let desc: Span | null = null;
  const after = tokens[last + 1];
  if (after && (after.text === ',' || (after.word && RELATIVES.has(after.lower)))) {
    const from = after.text === ',' ? last + 2 : last + 1;
    const end = descriptionForward(tokens, from);
    if (end >= from) desc = span(tokens, from, end);
  }
  return { first: start, last, desc };
}

/** The words before a trailing name in a phrase ("the BBC's North America editor" Jon Sopel). */
function preNameOf(tokens: readonly Token[], first: number, last: number): Span | null {
  let k = last;
  while (k > first) {
    const t = tokens[k] as Token;
    const nameish = t.word ? t.capital : t.text === ',' || t.text === '.';
    if (!nameish) break;
    k--;
  }
  const t = tokens[k] as Token;
  if (k === last || !t.word || t.capital) return null;
  return span(tokens, first, k);
}

/** True when a phrase opens its clause: at the sentence start or right after a comma, colon, dash or quotation mark. */
function opensClause(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1];
  if (!before) return true;
  return (
    !before.word &&
    (before.text === ',' ||
      before.text === ':' ||
      before.text === '—' ||
      before.text === '–' ||
      CLOSE_QUOTES.has(before.text) ||
      OPEN_QUOTES.has(before.text))
  );
}

/** Index of the passive auxiliary before a participle at token v ("were said", "has been widely reported"), or -1. */
function passiveBefore(tokens: readonly Token[], v: number): number {
  for (let k = v - 1; k >= 0 && k >= v - 3; k--) {
    const t = tokens[k] as Token;
    if (!t.word) return -1;
    // "It's thought that…": the tokenizer keeps "It's" whole; its 's is the auxiliary.
    if (isItIs(t)) return k;
    if (PASSIVE_AUX.has(t.lower)) {
      // "has been", "have been": start at the perfect auxiliary.
      const before = tokens[k - 1];
      return before?.word && (before.lower === 'has' || before.lower === 'have' || before.lower === 'had')
        ? k - 1
        : k;
    }
    if (!t.lower.endsWith('ly') && !PREFIX.has(t.lower)) return -1;
  }
  return -1;
}

/**
 * "It's" (or "it’s"), which the tokenizer keeps as one word like a possessive. Only
 * "it": "he's said that" is "he has said", a claim of his; "it's said that" is hearsay.
 */
function isItIs(t: Token): boolean {
  return t.word && t.possessive && t.lower === 'it';
}

const MODALS = wordSet(MODAL_VERBS);

function modalBefore(tokens: readonly Token[], v: number): boolean {
  for (let k = v - 1; k >= 0 && k >= v - 3; k--) {
    const t = tokens[k] as Token;
    if (!t.word) return false;
    if (MODALS.has(t.lower)) return true;
    if (!PREFIX.has(t.lower) && !t.lower.endsWith('ly') && t.lower !== 'not') return false;
  }
  return false;
}

const LISTENERS = wordSet(LISTENER_WORDS);

/** True when "to" at token i opens an infinitive ("claims to be") rather than naming a listener ("said to reporters"). */
function infinitiveAfter(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i + 1];
  if (!w?.word) return false;
  return !w.capital && !LISTENERS.has(w.lower);
}

function vagueComplementAfter(tokens: readonly Token[], v: number): boolean {
  for (let k = v + 1; k < tokens.length && k <= v + 3; k++) {
    const t = tokens[k] as Token;
    if (!t.word) return false;
    if (PASSIVE_COMP.has(t.lower)) return true;
  }
  return false;
}

/**
 * Checks each candidate hit of one sentence in context and returns the cues it
 * carries, in order. Only the sentence's narration counts: words inside its
 * quotations are the speaker's, not attribution.
 */
export function findCues(ctx: SentenceContext, hits: readonly CueHit[]): Cue[] {
  const narration = hits.filter((h) => !inQuote(ctx.quotes, h.start));
  if (narration.length === 0) return [];
  const tokens = tokenize(ctx.text, ctx.sentence.start, ctx.sentence.end);
  const cues: Cue[] = [];
  for (const hit of narration) {
    const i = tokenAt(tokens, hit.start);
    if (i < 0) continue;
    const cue = hit.type === 'verb' ? verbCue(tokens, i, hit) : phraseCue(tokens, i, hit);
    if (cue) cues.push(cue);
  }
  return cues;
}

function verbCue(tokens: readonly Token[], v: number, hit: CueHit): Cue | null {
  const verb = hit.verb;
  const t = tokens[v] as Token;
  if (!verb) return null;
  const prev = tokens[v - 1];
  const next = tokens[v + 1];
  if (prev?.word && prev.lower === 'to') return null;
  if (t.lower.endsWith('ing')) {
    // Participial: "X condemned the attack, saying in a statement …" — the clause's subject speaks.
    if (prev?.text !== ',' || verb.document || verb.withheld || verb.speechAct) return null;
    const subj = clauseSubject(tokens, v);
    return subj ? speaker(tokens, subj, hit, false) : null;
  }
  // "We're told", "I am told": unnamed sources told the outlet.
  if (t.lower === 'told' && firstPersonPassive(tokens, v)) {
    const k = firstPersonAt(tokens, v);
    // "We're told that we reveal our true character": everyone is told, by no one in particular.
    if (inclusiveWe(tokens, v)) return vague({ start: (tokens[k] as Token).start, end: hit.end });
    return { ...speaker(tokens, { first: k, last: k, desc: null }, hit, false), withheld: true };
  }
  // Passive hearsay: "are reported to", "were said yesterday to be", "It is thought that".
  const aux = passiveBefore(tokens, v);
  if (aux >= 0) {
    // "Officials are worried about …": the subject's stance carries the claim.
    if (STANCE.has(t.lower)) {
      const subj = subjectBefore(tokens, aux);
      if (!subj) return null;
      return speaker(tokens, subj, hit, false);
    }
    if (!PASSIVE_PART.has(t.lower)) return null;
    const before = tokens[aux - 1];
    const contracted = isItIs(tokens[aux] as Token);
    const itSubject = contracted || (before?.word === true && before.lower === 'it');
    if (!itSubject && !vagueComplementAfter(tokens, v)) return null;
    return vague({ start: (tokens[itSubject && !contracted ? aux - 1 : aux] as Token).start, end: hit.end });
  }
  if (verb.passiveOnly) return null;
  // "will announce", "could say": an event to come or a possibility, not a claim made.
  if (modalBefore(tokens, v)) return null;
  if (next?.word && next.lower === 'to' && !verb.infinitive && infinitiveAfter(tokens, v + 1)) return null;
  const ambiguous = verb.ambiguous?.includes(t.lower) ?? false;
  const inverted = followsQuote(tokens, v);
  const beforeQuote = precedesQuote(tokens, v);
  let subj: Subject | null = null;
  if (inverted) subj = subjectAfter(tokens, v + 1);
  if (!subj) subj = subjectBefore(tokens, v);
  // Wire style without quotation marks: "…would be wrong, said John Smith, a professor at …".
  if (!subj && prev?.text === ',' && !ambiguous) subj = subjectAfter(tokens, v + 1);
  if (!subj && !inverted && v === 0) subj = subjectAfter(tokens, v + 1);
  // Coordinated: "X condemned the attack and said …".
  if (!subj && prev?.word && prev.lower === 'and') subj = clauseSubject(tokens, v);
  if (!subj) return null;
  if (verb.withheld) {
    // Only an outlet or the first person learns from unnamed sources: "TMZ has learned", "we understand".
    const words = tokens.slice(subj.first, subj.last + 1).filter((x) => x.word);
    const firstPerson = words.length === 1 && FIRST.has((words[0] as Token).lower);
    const known = words.some((x) => (x.capital && OUTLET_NAMES.has(x.lower)) || OUTLET_COMMON.has(x.lower));
    // An outlet's name: an acronym ("TMZ has learned") or "The …" ("The Sun can reveal"), not a
    // person ("Jones learned of the plan") or a pronoun ("He understands").
    const acronym = words.length === 1 && /^[A-Z]{2,}$/.test((words[0] as Token).text);
    const titled =
      words.length > 1 &&
      words.length <= 4 &&
      (words[0] as Token).lower === 'the' &&
      words.every((x) => x.capital);
    if (!firstPerson && !known && !acronym && !titled) return null;
    return { ...speaker(tokens, subj, hit, false), withheld: true };
  }
  if (verb.speechAct && !speechActAfter(tokens, v)) return null;
  if (ambiguous && !inverted) {
    if (!hasComplement(tokens, v)) return null;
    // "…, they claim." but not "…one of Africa's most promising states.": a bare form ending its clause
    // reports only when its subject opens the clause.
    const after = tokens[v + 1];
    const bare = !after || !(after.word || after.text === ':' || OPEN_QUOTES.has(after.text));
    if (bare && !opensClause(tokens, subj.first)) return null;
  }
  const adjacent = inverted || beforeQuote || followsQuote(tokens, subj.first);
  // "he added:", "…," she asked, "added that": only beside a quotation, a colon or "that".
  if (verb.quoteOnly && !adjacent && !(next?.word && next.lower === 'that')) return null;
  return speaker(tokens, subj, hit, verb.document === true);
}

function speaker(tokens: readonly Token[], subj: Subject, hit: CueHit, documentOnly: boolean): Cue {
  return {
    kind: 'speaker',
    span: { start: hit.start, end: hit.end },
    mention: span(tokens, subj.first, subj.last),
    description: subj.desc,
    preName: preNameOf(tokens, subj.first, subj.last),
    documentOnly,
    sourceAfter: false,
    withheld: false,
  };
}

/** Index of the first-person word of a passive "we're told" before token v. */
function firstPersonAt(tokens: readonly Token[], v: number): number {
  for (let k = v - 1; k >= 0 && k >= v - 4; k--) {
    const t = tokens[k] as Token;
    if (FIRST_PERSON_PASSIVE.has(t.lower) || FIRST.has(t.lower)) return k;
  }
  return v - 1;
}

/** True when what "we" are told is about "us": the inclusive "we" of a proverb or a general truth. */
function inclusiveWe(tokens: readonly Token[], v: number): boolean {
  for (let k = v + 1; k < tokens.length && k <= v + 12; k++) {
    const t = tokens[k] as Token;
    if (t.word && (t.lower === 'we' || t.lower === 'our' || t.lower === 'us' || t.lower === 'ourselves'))
      return true;
  }
  return false;
}

/** True for "we're told", "I am told", "we have been told", "I was told". */
function firstPersonPassive(tokens: readonly Token[], v: number): boolean {
  let k = v - 1;
  while (
    k >= 0 &&
    (tokens[k] as Token).word &&
    ((tokens[k] as Token).lower.endsWith('ly') || (tokens[k] as Token).lower === 'also')
  )
    k--;
  const t = tokens[k];
  if (!t?.word) return false;
  if (FIRST_PERSON_PASSIVE.has(t.lower)) return true;
  if (!FIRST_PERSON_AUX.has(t.lower)) return false;
  let j = k - 1;
  while (j >= 0 && (tokens[j] as Token).word && FIRST_PERSON_AUX.has((tokens[j] as Token).lower)) j--;
  const subject = tokens[j];
  return subject?.word === true && FIRST.has(subject.lower) && t.lower !== 'have' && t.lower !== 'has';
}

/** True when a speech-act noun follows within a few words: "issued a plea", "released a statement". */
function speechActAfter(tokens: readonly Token[], v: number): boolean {
  for (let k = v + 1; k < tokens.length && k <= v + 4; k++) {
    const t = tokens[k] as Token;
    if (!t.word) return false;
    if (SPEECH_ACTS.has(t.lower)) return true;
  }
  return false;
}

function phraseCue(tokens: readonly Token[], i: number, hit: CueHit): Cue | null {
  const cueSpan = { start: hit.start, end: hit.end };
  if (hit.type === 'vague') return vague(cueSpan);
  // "according to X", "citing X": the source follows the phrase.
  let after = i;
  while (after < tokens.length && (tokens[after] as Token).start < hit.end) after++;
  const subj = subjectAfter(tokens, after);
  return subj ? { ...speaker(tokens, subj, hit, false), sourceAfter: true } : null;
}

function vague(s: Span): Cue {
  return {
    kind: 'vague',
    span: s,
    mention: null,
    description: null,
    preName: null,
    documentOnly: false,
    sourceAfter: false,
    withheld: false,
  };
}
