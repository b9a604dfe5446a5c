import { DETERMINERS, POSTNOMINAL_MODIFIERS, SPEAKER_PRONOUNS } from '../lexicon/function-words.ts';
import { COUNTRIES, NATIONALITIES } from '../lexicon/places.ts';
import {
  ANONYMITY_MARKERS,
  ANONYMOUS_HEADS,
  DOCUMENT_WORDS,
  EXPERT_WORDS,
  GENERIC_DETERMINERS,
  GENERIC_GROUP_HEADS,
  MEDIA_OUTLETS,
  MEDIA_ROLE_WORDS,
  NAME_CREDENTIALS,
  NAME_TITLES,
  OFFICIAL_WORDS,
  PERSON_GROUP_HEADS,
  PERSON_ROLE_WORDS,
  PLATFORMS,
  QUANTITY_NOUNS,
} from '../lexicon/roles.ts';
import { type Token, tokenize, wordSet, wordsOf } from '../text/words.ts';
import type { SourceKind, Span } from '../types.ts';

/** What a speaker mention says about its referent. */
export interface Mention {
  span: Span;
  text: string;
  /** he / she / it / they, when the mention is a pronoun. */
  pronoun: 'he' | 'she' | 'it' | 'they' | null;
  /** "the …", "his …": refers back to something known. */
  definite: boolean;
  /** "a …", "an …", "one …": introduces something new. */
  indefinite: boolean;
  plural: boolean;
  /** The head noun, lower case ("channel", "officials", "professor"). */
  head: string;
  /** A person's name as written, with title ("Dr Rod Thornton"), when the mention names one. */
  personName: string | null;
  /** The surname, lower case, for matching "Dr Thornton" to "Dr Rod Thornton". */
  surname: string | null;
  /** An organisation, country or outlet named outright ("South Africa", "Reuters"). */
  orgName: string | null;
  /** Capitalised modifiers that are not nationalities ("General SVR", "Yale", "Obama"). */
  properModifiers: string[];
  /** Nationality adjectives ("American", "Ukrainian"). */
  nationalities: string[];
  /** Lower-case words of the mention, for matching role descriptions. */
  words: string[];
  /** "A number of analysts": a quantity of a group, which keeps a generic group generic. */
  quantified: boolean;
  /** The kind this mention suggests, or `generic` for a group that points at no one. */
  kind: SourceKind | 'generic';
  /** True for people (named or by role), false for documents, channels, organisations. */
  personLike: boolean;
}

const DET = wordSet(DETERMINERS);
const DEFINITE = wordSet(['the', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our']);
const INDEFINITE = wordSet(['a', 'an', 'one', 'another']);
const TITLES = wordSet(NAME_TITLES);
const CREDENTIALS = wordSet(NAME_CREDENTIALS);
const COUNTRY = wordSet(COUNTRIES);
const NATIONALITY = wordSet(NATIONALITIES);
const ANON_HEAD = wordSet(ANONYMOUS_HEADS);
const ANON_MARK = wordSet(ANONYMITY_MARKERS);
const EXPERT = wordSet(EXPERT_WORDS);
const GENERIC_HEAD = wordSet(GENERIC_GROUP_HEADS);
const GENERIC_DET = wordSet(GENERIC_DETERMINERS);
const OFFICIAL = wordSet(OFFICIAL_WORDS);
const MEDIA_ROLE = wordSet(MEDIA_ROLE_WORDS);
const OUTLET = wordSet(MEDIA_OUTLETS);
const DOCUMENT = wordSet(DOCUMENT_WORDS);
const PERSON_ROLE = wordSet(PERSON_ROLE_WORDS);
const PLATFORM = wordSet(PLATFORMS);
/** Post-nominal modifiers, and "with" ("people with knowledge of"). */
const POSTNOMINAL = wordSet([...POSTNOMINAL_MODIFIERS, 'with']);
/** A description that withholds the name on purpose ("who spoke on condition of anonymity"). */
const WITHHELD =
  /\b(?:anonymity|anonymously|not (?:to be|be) (?:named|identified)|(?:declined|refused) to be (?:named|identified)|(?:not )?authori[sz]ed to (?:speak|comment|discuss)|familiar with|close to|knowledge of|briefed on|privy to)\b/i;
const QUANTITIES = wordSet(QUANTITY_NOUNS);
/** Occupations by their endings: "programmer", "developer", "technician", "consultant", "infantryman". */
const OCCUPATION = /(?:er|or|ist|ian|ant|ent)s?$|(?:man|woman|men|women)$/;
const PERSON_GROUPS = wordSet(PERSON_GROUP_HEADS);
/** Common nouns a sentence may capitalise at its start ("Officials divulged", "Experts say"). */
const KNOWN_COMMON = new Set([
  ...ANON_HEAD,
  ...EXPERT,
  ...GENERIC_HEAD,
  ...OFFICIAL,
  ...MEDIA_ROLE,
  ...DOCUMENT,
  ...PERSON_ROLE,
  ...DET,
  ...GENERIC_DET,
]);

function isPlural(word: string): boolean {
  if (word === 'people' || word === 'police' || word === 'data' || word === 'media') return true;
  return (
    word.length > 3 &&
    word.endsWith('s') &&
    !word.endsWith('ss') &&
    !word.endsWith('us') &&
    !word.endsWith('sis')
  );
}

/** True for a people's name in the plural: "Tunisians", "Israelis", "Britons", "Lebanese". */
function isDemonymPlural(word: string): boolean {
  if (NATIONALITY.has(word) && word.endsWith('ese')) return true;
  return word.endsWith('s') && NATIONALITY.has(word.slice(0, -1));
}

/** True when a capitalised token is a name part rather than a sentence-initial common word. */
function isNameWord(t: Token, index: number, sentenceStart: boolean): boolean {
  if (!t.capital) return false;
  if (index === 0 && sentenceStart && KNOWN_COMMON.has(t.lower)) return false;
  if (t.lower === 'the' || t.lower === 'a' || t.lower === 'an') return false;
  return true;
}

/**
 * Reads a speaker mention: pronoun or not, definite or not, its head noun, a
 * person's or organisation's name, and the kind of source it suggests.
 * `atSentenceStart` says the first word is capitalised only because it opens
 * the sentence.
 */
export function readMention(text: string, span: Span, atSentenceStart: boolean, context: string): Mention {
  const tokens = tokenize(text, span.start, span.end).filter((t) => t.word);
  const words = tokens.map((t) => t.lower);
  const raw = text.slice(span.start, span.end);
  const base: Mention = {
    span,
    text: raw,
    pronoun: null,
    definite: false,
    indefinite: false,
    plural: false,
    head: words[words.length - 1] ?? '',
    personName: null,
    surname: null,
    orgName: null,
    properModifiers: [],
    nationalities: [],
    words,
    kind: 'person',
    personLike: true,
    quantified: false,
  };
  if (tokens.length === 1) {
    const p = SPEAKER_PRONOUNS[words[0] as string];
    if (p) {
      base.pronoun = p;
      base.plural = p === 'they';
      base.personLike = p === 'he' || p === 'she';
      return base;
    }
  }
  const first = words[0] ?? '';
  base.definite = DEFINITE.has(first);
  base.indefinite = INDEFINITE.has(first);

  // The head: the word before "of" ("head of Ukrainian military intelligence"), or before a
  // post-nominal modifier ("people familiar with the matter"), else the last word.
  // "A number of analysts", "dozens of residents": a quantity of the group after "of", which stays generic.
  let quantified = false;
  let ofAt = words.indexOf('of');
  if (ofAt > 0 && QUANTITIES.has(words[ofAt - 1] as string)) {
    quantified = true;
    ofAt = -1;
  }
  const postAt = words.findIndex((w, i) => i > 0 && POSTNOMINAL.has(w));
  let headIndex = postAt > 0 ? postAt - 1 : ofAt > 0 ? ofAt - 1 : words.length - 1;
  // Credentials are not the head ("Katie Allen, MD, PhD").
  while (headIndex > 0 && CREDENTIALS.has(words[headIndex] as string) && (tokens[headIndex] as Token).capital)
    headIndex--;
  const headToken = tokens[headIndex] as Token;
  base.quantified = quantified;
  base.head = headToken.lower;
  base.plural = isPlural(base.head);

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (i === headIndex) continue;
    if (NATIONALITY.has(t.lower) && t.capital) base.nationalities.push(t.lower);
    else if (
      isNameWord(t, i, atSentenceStart) &&
      !TITLES.has(t.lower) &&
      !CREDENTIALS.has(t.lower) &&
      !PLATFORM.has(t.lower)
    ) {
      base.properModifiers.push(t.text.replace(/['’]s$/, ''));
    }
  }

  // "Tunisians worry", "Many Americans believe": a people, not a person's name.
  const demonym = headToken.capital && isDemonymPlural(base.head);
  if (
    demonym &&
    tokens.every((t, i) => i === headIndex || GENERIC_DET.has(t.lower) || NATIONALITY.has(t.lower))
  ) {
    base.kind = 'generic';
    base.personLike = false;
    return base;
  }
  const headIsName =
    isNameWord(headToken, headIndex, atSentenceStart) && !CREDENTIALS.has(base.head) && !demonym;
  const joined = words.join(' ');
  const orgCandidate = tokens
    .filter((t, i) => isNameWord(t, i, atSentenceStart))
    .map((t) => t.lower)
    .join(' ');

  if (headIsName) {
    // A trailing run of capitalised words: a country, an outlet or a person.
    let runStart = headIndex;
    while (runStart > 0 && isNameWord(tokens[runStart - 1] as Token, runStart - 1, atSentenceStart))
      runStart--;
    const run = tokens.slice(runStart, headIndex + 1);
    const runLower = run.map((t) => t.lower).join(' ');
    const runNoThe = runLower.replace(/^the /, '');
    if (COUNTRY.has(runLower) || COUNTRY.has(runNoThe) || COUNTRY.has(orgCandidate)) {
      base.orgName = run.map((t) => t.text).join(' ');
      base.kind = 'official';
      base.personLike = false;
      base.properModifiers = [];
      return base;
    }
    if (run.every((t) => OUTLET.has(t.lower) || t.lower === 'the') && ofAt < 0) {
      base.orgName = run.map((t) => t.text).join(' ');
      base.kind = 'media';
      base.personLike = false;
      return base;
    }
    // A person: title + name.
    const nameTokens = run;
    const nameStart = nameTokens.findIndex((t) => !TITLES.has(t.lower));
    const surnameToken = nameTokens[nameTokens.length - 1] as Token;
    base.personName = text.slice((nameTokens[0] as Token).start, span.end).replace(/[.,\s]+$/, '');
    base.surname = nameStart >= 0 ? surnameToken.lower : null;
    base.plural = false;
    base.properModifiers = base.properModifiers.filter((m) => !nameTokens.some((t) => t.text.startsWith(m)));
    base.kind = kindOfNamed(words, context);
    return base;
  }

  base.personLike = PERSON_ROLE.has(base.head) || PERSON_GROUPS.has(base.head) || OCCUPATION.test(base.head);
  base.kind = kindOfCommon(base, words, joined, context);
  if (base.kind === 'document' || base.kind === 'media')
    base.personLike =
      base.kind === 'media' &&
      MEDIA_ROLE.has(base.head) &&
      !['newspaper', 'outlet', 'broadcaster'].includes(base.head);
  return base;
}

/** The kind of a named person, from the words around the name and its description. */
function kindOfNamed(words: readonly string[], context: string): SourceKind {
  const all = [...words, ...wordsOf(context)];
  if (all.some((w) => EXPERT.has(w)) || /\bthink[- ]?tanks?\b/i.test(context)) return 'expert';
  if (all.some((w) => MEDIA_ROLE.has(w))) return 'media';
  // Titles such as President or Minister are official words too.
  if (all.some((w) => OFFICIAL.has(w))) return 'official';
  return 'person';
}

function kindOfCommon(
  m: Mention,
  words: readonly string[],
  joined: string,
  context: string,
): SourceKind | 'generic' {
  const head = m.head;
  const hasProper = m.properModifiers.length > 0;
  // Withheld on purpose: "a person familiar with the matter", "an official who spoke on condition of anonymity".
  if (WITHHELD.test(m.text) || WITHHELD.test(context)) return 'anonymous';
  // Anonymous: sources, insiders, unnamed officials, a channel nobody is named behind.
  if (ANON_HEAD.has(head)) {
    if (
      head === 'people' ||
      head === 'person' ||
      head === 'individuals' ||
      head === 'members' ||
      head === 'friends'
    ) {
      if (!words.some((w) => ANON_MARK.has(w)) && !/familiar|close to|knowledge/.test(context)) {
        return m.indefinite ? 'anonymous' : 'generic';
      }
    }
    return 'anonymous';
  }
  // A generic group: "experts say", "analysts said", "some believe".
  const generic = GENERIC_HEAD.has(head) && m.plural !== false;
  if (
    generic &&
    !hasProper &&
    !m.definite &&
    (!m.indefinite || m.quantified) &&
    words.every(
      (w) =>
        w === head ||
        GENERIC_DET.has(w) ||
        NATIONALITY.has(w) ||
        QUANTITIES.has(w) ||
        w === 'of' ||
        w === 'a',
    )
  ) {
    return 'generic';
  }
  // A document as the head ("the research", "the study") is a document, whatever its modifiers.
  if (DOCUMENT.has(head)) return 'document';
  if (
    words.some((w) => EXPERT.has(w)) ||
    /\b(?:professor|lecturer|academic|expert|analyst|researcher|fellow)\b/.test(context.toLowerCase())
  ) {
    return 'expert';
  }
  if (MEDIA_ROLE.has(head)) return 'media';
  if (words.some((w) => OFFICIAL.has(w))) return 'official';
  if (joined.includes('spokes')) return 'official';
  // An unnamed person ("a witness", "a programmer") cannot be checked; an unnamed thing ("an assault") is no source.
  return m.indefinite && m.personLike ? 'anonymous' : 'person';
}
