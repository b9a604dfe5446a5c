/**
 * The word lists that stages look up one word at a time (a token's lowercase
 * form against a Set): an entry with a space in it can never match, and a
 * duplicate says a list was extended without being read. Both happened.
 */
import { describe, expect, it } from 'vitest';
import * as reporting from '../../../src/analysis/lexicon/reporting-verbs.ts';
import * as roles from '../../../src/analysis/lexicon/roles.ts';

const WORD_LISTS: Record<string, readonly string[]> = {
  ANONYMOUS_HEADS: roles.ANONYMOUS_HEADS,
  ANONYMITY_MARKERS: roles.ANONYMITY_MARKERS,
  EXPERT_WORDS: roles.EXPERT_WORDS,
  GENERIC_GROUP_HEADS: roles.GENERIC_GROUP_HEADS,
  GENERIC_DETERMINERS: roles.GENERIC_DETERMINERS,
  OFFICIAL_WORDS: roles.OFFICIAL_WORDS,
  MEDIA_ROLE_WORDS: roles.MEDIA_ROLE_WORDS,
  MEDIA_OUTLETS: roles.MEDIA_OUTLETS,
  DOCUMENT_WORDS: roles.DOCUMENT_WORDS,
  PERSON_ROLE_WORDS: roles.PERSON_ROLE_WORDS,
  NAME_TITLES: roles.NAME_TITLES,
  NAME_CREDENTIALS: roles.NAME_CREDENTIALS,
  PLATFORMS: roles.PLATFORMS,
  QUANTITY_NOUNS: roles.QUANTITY_NOUNS,
  PERSON_GROUP_HEADS: roles.PERSON_GROUP_HEADS,
  SPEECH_ACT_NOUNS: reporting.SPEECH_ACT_NOUNS,
  STANCE_ADJECTIVES: reporting.STANCE_ADJECTIVES,
  UTTERANCE_NOUNS: reporting.UTTERANCE_NOUNS,
  VERB_PREFIX_WORDS: reporting.VERB_PREFIX_WORDS,
};

describe('word-matched lexicon lists', () => {
  for (const [name, list] of Object.entries(WORD_LISTS)) {
    it(`${name}: single lowercase words, each once`, () => {
      expect(list.filter((w) => /\s/.test(w) || w !== w.toLowerCase())).toEqual([]);
      expect(list.filter((w, i) => list.indexOf(w) !== i)).toEqual([]);
    });
  }
});
