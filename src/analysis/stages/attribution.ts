import { SPEECH_ACT_NOUNS, UTTERANCE_NOUNS } from '../lexicon/reporting-verbs.ts';
import { wordSet } from '../text/words.ts';
import type { BlockKind, Span } from '../types.ts';
import type { Coreference } from './coreference.ts';
import type { Cue } from './cues.ts';
import { readMention } from './mentions.ts';
import type { SentenceQuoting } from './sentence-quotes.ts';

/** One sentence, with everything the earlier stages found in it. */
export interface SentenceFacts {
  span: Span;
  block: number;
  quoting: SentenceQuoting;
  cues: Cue[];
}

/** How a block relates to its neighbours. */
export interface BlockFacts {
  span: Span;
  kind: BlockKind;
  sentences: SentenceFacts[];
}

/** A claim before categories: who it rests on (an entity of the coreference), or nobody. */
export interface RawClaim {
  span: Span;
  block: number;
  entity: number | null;
  vague: boolean;
  explicit: boolean;
  cue: Span | null;
  mention: Span | null;
}

interface ChosenCue {
  cue: Cue;
  entity: number | null;
}

const SPEECH_ACTS = wordSet([...SPEECH_ACT_NOUNS, ...UTTERANCE_NOUNS]);

/** A list after "X said:" runs at most this many blocks. */
const MAX_LIST_ITEMS = 15;
/** Without block kinds, a list item is a short block with no closing stop. */
const MAX_LIST_ITEM_WORDS = 40;

/**
 * Decides who is talking in every sentence, in reading order, as a reader
 * does: a sentence's own cue first; else a quotation continues the speaker of
 * its paragraph, or the previous speaker; else a list introduced by "said:"
 * continues its speaker. Resolves speaker mentions through the coreference as
 * it goes, so pronouns meet the right antecedent.
 */
export class Attribution {
  private listSpeaker: number | null = null;
  private listLeft = 0;

  constructor(
    private readonly text: string,
    private readonly coref: Coreference,
  ) {}

  /** Attributes the sentences of one block; returns its claims in order. */
  block(block: BlockFacts): RawClaim[] {
    const previousSpeaker = this.coref.lastSpeaker();
    const chosen = block.sentences.map((s) => this.choose(s));
    const claims: RawClaim[] = [];
    const continues = this.continuesList(block);
    const listSpeaker = continues ? this.listSpeaker : null;
    for (let i = 0; i < block.sentences.length; i++) {
      const s = block.sentences[i] as SentenceFacts;
      const c = chosen[i];
      if (c) {
        claims.push({
          span: s.span,
          block: s.block,
          entity: c.entity,
          vague: c.entity === null,
          explicit: true,
          cue: c.cue.span,
          mention: c.cue.mention,
        });
        continue;
      }
      const q = s.quoting;
      let speaker: number | null = null;
      // A block quotation (<blockquote>) is quoted text whatever its marks. A sentence that only ends
      // in a quotation continues the speaker unless its narration names another utterance
      // ("…first comments came with a tough warning: “…”").
      const quoted = block.kind === 'quote' || q.startsQuoted || q.share >= 0.5;
      if (quoted || (q.endsWithLongQuote && !this.namesUtterance(s))) {
        speaker = nearestSpeaker(chosen, i) ?? previousSpeaker;
      } else if (listSpeaker !== null) {
        speaker = listSpeaker;
      }
      if (speaker !== null) {
        claims.push({
          span: s.span,
          block: s.block,
          entity: speaker,
          vague: false,
          explicit: false,
          cue: null,
          mention: null,
        });
        this.coref.spoke(speaker);
      }
    }
    this.updateList(block, chosen, continues);
    return claims;
  }

  /** True when the sentence's words before its first quotation name an utterance ("comments", "a warning"). */
  private namesUtterance(s: SentenceFacts): boolean {
    const firstQuote = s.quoting.overlapping[0]?.start ?? s.span.end;
    const narration = this.text.slice(s.span.start, Math.max(s.span.start, firstQuote)).toLowerCase();
    for (const w of narration.split(/[^a-z]+/)) if (SPEECH_ACTS.has(w)) return true;
    return false;
  }

  /** Forgets who spoke: the headline and standfirst are not context for the body. */
  resetContext(): void {
    this.coref.resetSpeakers();
    this.listSpeaker = null;
    this.listLeft = 0;
  }

  private continuesList(block: BlockFacts): boolean {
    if (this.listSpeaker === null || this.listLeft <= 0) return false;
    if (block.kind === 'list-item') return true;
    if (block.kind !== 'unknown') return false;
    const text = this.text.slice(block.span.start, block.span.end);
    return !/[.!?"”’]\s*$/.test(text) && text.split(/\s+/).length <= MAX_LIST_ITEM_WORDS;
  }

  /** After a block: a list after "X said:" runs on, ends, or starts here. `continues`: {@link continuesList}'s answer for the block. */
  private updateList(block: BlockFacts, chosen: readonly (ChosenCue | null)[], continues: boolean): void {
    if (block.kind === 'list-item' || (block.kind === 'unknown' && continues)) {
      this.listLeft--;
      if (this.listLeft <= 0) this.listSpeaker = null;
      return;
    }
    this.listSpeaker = null;
    const last = chosen[chosen.length - 1];
    const lastText = this.text.slice(block.span.start, block.span.end).trimEnd();
    if (last?.entity != null && lastText.endsWith(':')) {
      this.listSpeaker = last.entity;
      this.listLeft = MAX_LIST_ITEMS;
    }
  }

  /**
   * Picks the sentence's cue: the first speaker cue that resolves, else the
   * first vague cue. An outlet that reports "citing" or "according to"
   * someone passes the claim on: the cited source carries it.
   */
  private choose(s: SentenceFacts): ChosenCue | null {
    const first = this.firstResolved(s, s.cues);
    if (first?.entity != null && this.coref.entities[first.entity]?.kind === 'media') {
      const after = s.cues.filter((c) => c.span.start > first.cue.span.start && c.sourceAfter);
      const cited = after.length > 0 ? this.firstResolved(s, after) : null;
      if (cited?.entity != null) return cited;
    }
    return first;
  }

  private firstResolved(s: SentenceFacts, cues: readonly Cue[]): ChosenCue | null {
    let vague: Cue | null = null;
    for (const cue of cues) {
      if (cue.kind === 'vague') {
        vague ??= cue;
        continue;
      }
      if (!cue.mention) continue;
      const sentenceStart =
        cue.mention.start === s.span.start || isAfterOpening(this.text, s.span.start, cue.mention.start);
      const description = cue.description
        ? this.text.slice(cue.description.start, cue.description.end)
        : null;
      const preName = cue.preName ? this.text.slice(cue.preName.start, cue.preName.end) : null;
      const context = [description, preName].filter((x) => x !== null).join(' ');
      const m = readMention(this.text, cue.mention, sentenceStart, context);
      if (m.kind === 'generic' && !cue.withheld) {
        vague ??= cue;
        continue;
      }
      let entity: number | null;
      if (cue.withheld) entity = this.coref.resolveWithheld();
      else if (m.pronoun) entity = this.coref.resolvePronoun(m.pronoun);
      else entity = null;
      // A finding verb ("found", "shows") reports only for a document: check before a new source is made.
      if (cue.documentOnly && (entity === null ? m.kind : this.coref.entities[entity]?.kind) !== 'document')
        continue;
      entity ??= this.coref.resolve(m, description, preName);
      this.coref.addMention(entity, cue.mention);
      this.coref.spoke(entity);
      return { cue, entity };
    }
    return vague ? { cue: vague, entity: null } : null;
  }
}

/** True when only opening punctuation stands between the sentence start and `pos`. */
function isAfterOpening(text: string, start: number, pos: number): boolean {
  if (pos - start > 3) return false;
  return /^[\s"“‘'([«—–-]*$/.test(text.slice(start, pos));
}

/** The speaker of the nearest sentence with a cue in the same block: before first, then after. */
function nearestSpeaker(chosen: readonly (ChosenCue | null)[], i: number): number | null {
  for (let k = i - 1; k >= 0; k--) {
    const c = chosen[k];
    if (c?.entity != null) return c.entity;
  }
  for (let k = i + 1; k < chosen.length; k++) {
    const c = chosen[k];
    if (c?.entity != null) return c.entity;
  }
  return null;
}
