/**
 * Vague attribution: hearsay that points at no one in particular. Data only.
 */

/** Adverbs and adjectives that put a statement on nobody's word ("he reportedly needs"). */
export const VAGUE_WORDS: readonly string[] = [
  'reportedly',
  'allegedly',
  'reputedly',
  'purportedly',
  'supposedly',
  'rumouredly',
  'rumoredly',
  'reputed',
  'rumoured',
  'rumored',
  'purported',
];

/** Phrases that put a number or fact on nobody's word ("an estimated 30,000"). */
export const VAGUE_PHRASES: readonly string[] = [
  'an estimated',
  'it is understood',
  'it is believed',
  'it is thought',
  'it is said',
  'it is claimed',
  'it is alleged',
  'it is feared',
  'it is rumoured',
  'it is rumored',
  'it is reported',
  'it has been reported',
  'it has been claimed',
  'it has been suggested',
  'it was reported',
  'it was thought',
  'it was believed',
  'it was claimed',
  'it was understood',
  'rumours suggest',
  'rumors suggest',
  'rumours are',
  'rumors are',
  'word is',
  'there are reports',
  'there were reports',
  'reports suggest',
  'reports say',
  'reports claim',
];

/**
 * Participles that, in the passive ("are reported to", "were said yesterday
 * to be", "has been suspected of"), report hearsay with no agent.
 */
export const VAGUE_PASSIVE_PARTICIPLES: readonly string[] = [
  'said',
  'reported',
  'thought',
  'believed',
  'rumoured',
  'rumored',
  'alleged',
  'understood',
  'claimed',
  'feared',
  'suspected',
  'expected',
  'estimated',
  'tipped',
  'touted',
  'purported',
];

/** Auxiliaries that open such a passive. */
export const PASSIVE_AUXILIARIES: readonly string[] = ['is', 'are', 'was', 'were', 'be', 'been', 'being'];

/** Words a vague passive is completed by ("to", "of", "that", "as"). */
export const VAGUE_PASSIVE_COMPLEMENTS: readonly string[] = ['to', 'of', 'that', 'as'];
