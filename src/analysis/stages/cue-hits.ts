import {
  REPORTING_VERBS,
  type ReportingVerb,
  SOURCE_AFTER_CUES,
  STANCE_ADJECTIVES,
} from '../lexicon/reporting-verbs.ts';
import { VAGUE_PASSIVE_PARTICIPLES, VAGUE_PHRASES, VAGUE_WORDS } from '../lexicon/vague-cues.ts';
import { isAlnum, isLetter, isSpace } from '../text/chars.ts';

/** A place in the text where an attribution cue may stand; checked in context later. */
export interface CueHit {
  start: number;
  end: number;
  /** What matched: a reporting verb form, a source-after phrase, or a vague word or phrase. */
  type: 'verb' | 'source-after' | 'vague';
  /** For verbs, the lexicon entry. */
  verb?: ReportingVerb;
}

const VERB_BY_FORM = new Map<string, ReportingVerb>();
for (const v of REPORTING_VERBS) for (const f of v.forms) VERB_BY_FORM.set(f, v);
// Participles that report only in the passive ("has been suspected of") are candidates too.
const PASSIVE_ONLY: ReportingVerb = { forms: [], passiveOnly: true };
for (const f of VAGUE_PASSIVE_PARTICIPLES) if (!VERB_BY_FORM.has(f)) VERB_BY_FORM.set(f, PASSIVE_ONLY);
// Stance adjectives after "be" ("officials are concerned that") are checked in context too.
const STANCE: ReportingVerb = { forms: [], passiveOnly: true };
for (const f of STANCE_ADJECTIVES) if (!VERB_BY_FORM.has(f)) VERB_BY_FORM.set(f, STANCE);

interface Phrase {
  words: string[];
  type: CueHit['type'];
}

/** Multi-word and single-word phrases, indexed by their first word (lower case). */
const PHRASES_BY_FIRST = new Map<string, Phrase[]>();
for (const [list, type] of [
  [SOURCE_AFTER_CUES, 'source-after'],
  [VAGUE_PHRASES, 'vague'],
  [VAGUE_WORDS, 'vague'],
] as const) {
  for (const text of list) {
    const words = text.split(' ');
    const first = words[0] as string;
    const bucket = PHRASES_BY_FIRST.get(first) ?? [];
    bucket.push({ words, type });
    // Longest phrase first, so "it has been reported" wins over shorter ones.
    bucket.sort((a, b) => b.words.length - a.words.length);
    PHRASES_BY_FIRST.set(first, bucket);
  }
}
const MAX_WORD = Math.max(...[...VERB_BY_FORM.keys(), ...PHRASES_BY_FIRST.keys()].map((w) => w.length));

/**
 * A bit per (first two letters, length) that some lexicon word has, so most
 * words are passed over without slicing or hashing them.
 */
const SHAPES = new Uint32Array(26 * 26);

function shapeIndex(a: number, b: number): number {
  const x = (a | 0x20) - 97;
  const y = (b | 0x20) - 97;
  return x >= 0 && x < 26 && y >= 0 && y < 26 ? x * 26 + y : -1;
}

for (const w of [...VERB_BY_FORM.keys(), ...PHRASES_BY_FIRST.keys()]) {
  const at = shapeIndex(w.charCodeAt(0), w.charCodeAt(1));
  if (at >= 0) SHAPES[at] = (SHAPES[at] as number) | (1 << Math.min(w.length, 31));
}

function mayBeLexical(text: string, start: number, length: number): boolean {
  if (length < 2) return false;
  const at = shapeIndex(text.charCodeAt(start), text.charCodeAt(start + 1));
  return at >= 0 && ((SHAPES[at] as number) & (1 << Math.min(length, 31))) !== 0;
}

/** True when the word at [start, end) is followed, past white space, by the phrase's remaining words. */
function matchRest(text: string, end: number, rest: readonly string[]): number {
  let pos = end;
  for (const word of rest) {
    let p = pos;
    if (p >= text.length || !isSpace(text.charCodeAt(p))) return -1;
    while (p < text.length && isSpace(text.charCodeAt(p))) p++;
    if (text.slice(p, p + word.length).toLowerCase() !== word) return -1;
    p += word.length;
    if (p < text.length && isAlnum(text.charCodeAt(p))) return -1;
    pos = p;
  }
  return pos;
}

/**
 * Every candidate cue in the text, in order, from one scan over its words:
 * each word is looked up in a hash of reporting-verb forms and phrase first
 * words, so the cost is linear in the text whatever the lexicon's size.
 * Verb forms match only in lower case, as reporting verbs are written in
 * running text ("United States" and "Post" are not verbs); phrases match in
 * any case ("According to", "It is thought"). Pauses, between two words, after
 * about `sliceChars` characters.
 */
export function* findCueHitsSteps(text: string, sliceChars: number): Generator<void, CueHit[], void> {
  const hits: CueHit[] = [];
  const n = text.length;
  let i = 0;
  let pauseAt = sliceChars;
  while (i < n) {
    if (i >= pauseAt) {
      pauseAt = i + sliceChars;
      yield;
    }
    if (!isLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isAlnum(text.charCodeAt(i))) i++;
    // Hyphenated or apostrophised words ("so-called", "It’s") are looked up whole up to the joiner.
    const end = i;
    if (end - start > MAX_WORD) continue;
    const joinsNext = text.charCodeAt(end) === 0x2d;
    if (!joinsNext && !mayBeLexical(text, start, end - start)) continue;
    const word = text.slice(start, end);
    const verb = VERB_BY_FORM.get(word);
    if (verb) hits.push({ start, end, type: 'verb', verb });
    const lower = word.toLowerCase();
    let phrases = PHRASES_BY_FIRST.get(lower);
    if (!phrases && joinsNext) {
      // "so-called": a phrase that is one hyphenated word.
      let j = end + 1;
      while (j < n && isAlnum(text.charCodeAt(j))) j++;
      const joined = text.slice(start, j).toLowerCase();
      phrases = PHRASES_BY_FIRST.get(joined);
      if (phrases) {
        hits.push({ start, end: j, type: (phrases[0] as Phrase).type });
        i = j;
        continue;
      }
    }
    if (!phrases) continue;
    for (const p of phrases) {
      const stop = p.words.length === 1 ? end : matchRest(text, end, p.words.slice(1));
      if (stop >= 0) {
        hits.push({ start, end: stop, type: p.type });
        break;
      }
    }
  }
  return hits;
}
