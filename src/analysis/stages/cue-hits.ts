import { REPORTING_VERBS, type ReportingVerb, SOURCE_AFTER_CUES } from '../lexicon/reporting-verbs.ts';
import { VAGUE_PASSIVE_PARTICIPLES, VAGUE_PHRASES, VAGUE_WORDS } from '../lexicon/vague-cues.ts';

/** A place in the text where an attribution cue may stand; checked in context later. */
export interface CueHit {
  start: number;
  end: number;
  /** What matched: a reporting verb form, a source-after phrase, or a vague word or phrase. */
  type: 'verb' | 'source-after' | 'vague';
  /** For verbs, the lexicon entry. */
  verb?: ReportingVerb;
}

function literalPattern(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

const VERB_BY_FORM = new Map<string, ReportingVerb>();
for (const v of REPORTING_VERBS) for (const f of v.forms) VERB_BY_FORM.set(f, v);
// Participles that report only in the passive ("has been suspected of") are candidates too.
const PASSIVE_ONLY: ReportingVerb = { forms: [], passiveOnly: true };
for (const f of VAGUE_PASSIVE_PARTICIPLES) if (!VERB_BY_FORM.has(f)) VERB_BY_FORM.set(f, PASSIVE_ONLY);

/*
 * One pass of two regular expressions over the whole text finds every
 * candidate. Both are plain alternations of literal words anchored at word
 * boundaries, so they run in linear time with no backtracking. Verb forms are
 * matched case-sensitively: a reporting verb is lower case in running text,
 * and "United States" or "Post" are not verbs.
 */
const VERB_RE = new RegExp(
  `\\b(?:${[...VERB_BY_FORM.keys()]
    .sort((a, b) => b.length - a.length)
    .map(literalPattern)
    .join('|')})\\b`,
  'g',
);

const PHRASES: { text: string; type: CueHit['type'] }[] = [
  ...SOURCE_AFTER_CUES.map((text) => ({ text, type: 'source-after' as const })),
  ...VAGUE_PHRASES.map((text) => ({ text, type: 'vague' as const })),
  ...VAGUE_WORDS.map((text) => ({ text, type: 'vague' as const })),
];
const PHRASE_TYPE = new Map(PHRASES.map((p) => [p.text, p.type]));
const PHRASE_RE = new RegExp(
  `\\b(?:${PHRASES.map((p) => literalPattern(p.text))
    .sort((a, b) => b.length - a.length)
    .join('|')})\\b`,
  'gi',
);

/** Every candidate cue in the text, in order. Linear in the text. */
export function findCueHits(text: string): CueHit[] {
  const hits: CueHit[] = [];
  VERB_RE.lastIndex = 0;
  for (let m = VERB_RE.exec(text); m; m = VERB_RE.exec(text)) {
    const verb = VERB_BY_FORM.get(m[0]);
    if (verb) hits.push({ start: m.index, end: m.index + m[0].length, type: 'verb', verb });
  }
  PHRASE_RE.lastIndex = 0;
  for (let m = PHRASE_RE.exec(text); m; m = PHRASE_RE.exec(text)) {
    const key = m[0].toLowerCase().replace(/\s+/g, ' ');
    hits.push({ start: m.index, end: m.index + m[0].length, type: PHRASE_TYPE.get(key) ?? 'vague' });
  }
  hits.sort((a, b) => a.start - b.start);
  return hits;
}
