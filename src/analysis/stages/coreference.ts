import { ANONYMOUS_HEADS, NAME_CREDENTIALS, NAME_TITLES, PERSON_ROLE_WORDS } from '../lexicon/roles.ts';
import { wordSet, wordsOf } from '../text/words.ts';
import type { SourceKind, Span } from '../types.ts';
import type { Mention } from './mentions.ts';

/** A party being tracked through the article: the mentions that refer to it. */
export interface Entity {
  index: number;
  kind: SourceKind;
  personLike: boolean;
  plural: boolean;
  surname: string | null;
  personName: string | null;
  /** The words of `personName`, lowercase (kept with it: name matching reads them often). */
  nameWords: readonly string[];
  orgName: string | null;
  properModifiers: string[];
  nationalities: string[];
  /** Candidate display names, most informative first once ranked. */
  names: string[];
  /** The first appositive or relative clause that describes the entity. */
  description: string | null;
  /** Words before a name ("leading security expert" Dr Rod Thornton), the fallback description. */
  preName: string | null;
  /** Introduced unnamed and indefinitely ("a computer programmer"): a name given next may be its own. */
  unnamedIntro: boolean;
  mentions: Span[];
}

const PERSON_ROLE = wordSet(PERSON_ROLE_WORDS);
const ANON_HEAD = wordSet(ANONYMOUS_HEADS);
const TITLE_WORDS = wordSet(NAME_TITLES);
const CREDENTIAL_WORDS = wordSet(NAME_CREDENTIALS);
/** The entities filed under one key, in the order they were filed, with a set for membership. */
interface Bucket {
  list: number[];
  members: Set<number>;
}

/** How far back a lookup scans one index bucket. */
const MAX_SCAN = 64;

function orgKey(name: string): string {
  return name.toLowerCase().replace(/^the /, '');
}
const KIND_STRENGTH: Record<SourceKind, number> = {
  anonymous: 1,
  person: 0,
  media: 2,
  document: 2,
  official: 3,
  expert: 4,
};

/**
 * Clusters speaker mentions into sources as a reader does: names by surname,
 * definite descriptions ("the channel", "the professor") to the source they
 * describe or to the last speaker, pronouns in the speaker's place to the last
 * speaker, and each indefinite introduction ("a source", "a senior political
 * source") to a new source.
 */
export class Coreference {
  readonly entities: Entity[] = [];
  /** Entities in the order they last spoke, most recent last. */
  private speakers: number[] = [];
  /** Indexes from surname, organisation name, head noun and any word to entities, so lookups stay constant-time. */
  private readonly bySurname = new Map<string, Bucket>();
  private readonly byOrg = new Map<string, Bucket>();
  private readonly byHead = new Map<string, Bucket>();
  private readonly byWord = new Map<string, Bucket>();

  /** Records that an entity spoke, for pronouns and role descriptions that follow. */
  spoke(index: number): void {
    const at = this.speakers.lastIndexOf(index);
    if (at >= 0) this.speakers.splice(at, 1);
    this.speakers.push(index);
    if (this.speakers.length > 32) this.speakers.shift();
  }

  /** Forgets who spoke (entities stay, so later mentions still find them by name). */
  resetSpeakers(): void {
    this.speakers = [];
  }

  /** The entity that spoke last, if any. */
  lastSpeaker(): number | null {
    return this.speakers.length > 0 ? (this.speakers[this.speakers.length - 1] as number) : null;
  }

  private lastSpeakerWhere(test: (e: Entity) => boolean): number | null {
    for (let i = this.speakers.length - 1; i >= 0; i--) {
      const e = this.entities[this.speakers[i] as number] as Entity;
      if (test(e)) return e.index;
    }
    return null;
  }

  /**
   * The most recent entity among `candidates` (an index bucket) that passes
   * `test`: recent speakers first, then the bucket from newest to oldest, at
   * most {@link MAX_SCAN} of them so a pathological text stays linear.
   */
  private latestWhere(candidates: Bucket | undefined, test: (e: Entity) => boolean): number | null {
    if (!candidates || candidates.list.length === 0) return null;
    const fromSpeakers = this.lastSpeakerWhere((e) => candidates.members.has(e.index) && test(e));
    if (fromSpeakers !== null) return fromSpeakers;
    const list = candidates.list;
    const floor = Math.max(0, list.length - MAX_SCAN);
    for (let i = list.length - 1; i >= floor; i--) {
      const e = this.entities[list[i] as number] as Entity;
      if (test(e)) return e.index;
    }
    return null;
  }

  private index(map: Map<string, Bucket>, key: string | null, entity: number): void {
    if (!key) return;
    const bucket = map.get(key);
    if (!bucket) map.set(key, { list: [entity], members: new Set([entity]) });
    else if (!bucket.members.has(entity)) {
      bucket.list.push(entity);
      bucket.members.add(entity);
    }
  }

  /** Resolves a pronoun to the last compatible speaker (null when nobody has spoken). */
  resolvePronoun(pronoun: 'he' | 'she' | 'it' | 'they'): number | null {
    if (pronoun === 'he' || pronoun === 'she') {
      return this.lastSpeakerWhere((e) => e.personLike && !e.plural) ?? this.lastSpeaker();
    }
    if (pronoun === 'it')
      return this.lastSpeakerWhere((e) => !e.personLike && !e.plural) ?? this.lastSpeaker();
    return this.lastSpeakerWhere((e) => e.plural || !e.personLike) ?? this.lastSpeaker();
  }

  /**
   * The unnamed sources behind "we're told" or "TMZ has learned": the most
   * recent anonymous group of sources, or a new one.
   */
  resolveWithheld(): number {
    const known = this.latestWhere(this.byHead.get('sources'), (e) => e.kind === 'anonymous');
    if (known !== null) return known;
    const e: Entity = {
      index: this.entities.length,
      kind: 'anonymous',
      personLike: false,
      plural: true,
      surname: null,
      personName: null,
      nameWords: [],
      orgName: null,
      properModifiers: [],
      nationalities: [],
      names: [],
      description: null,
      preName: null,
      mentions: [],
      unnamedIntro: false,
    };
    this.entities.push(e);
    this.index(this.byHead, 'sources', e.index);
    this.index(this.byWord, 'sources', e.index);
    return e.index;
  }

  /** Finds or creates the entity a non-pronoun mention refers to. */
  resolve(m: Mention, description: string | null, preName: string | null): number {
    const found = this.find(m) ?? (m.personName ? this.named(m, description, preName) : null);
    if (found !== null) {
      this.merge(this.entities[found] as Entity, m, description, preName);
      return found;
    }
    return this.create(m, description, preName);
  }

  /**
   * A name met for the first time may name someone already met: by a first
   * name ("Fiona" → "Fiona Parry"), by the role beside it ("her mother, Fiona"
   * → "The mother of a woman"), or as the name of the unnamed person who just
   * spoke ("according to a computer programmer…" then "developer Ammar Askar").
   */
  private named(m: Mention, description: string | null, preName: string | null): number | null {
    // Name words only: never a title or a credential ("Michael Calderwood, MD" is not "Biondi, MD").
    const nameWords = wordsOf(m.personName ?? '').filter(
      (w) => w.length > 2 && !TITLE_WORDS.has(w) && !CREDENTIAL_WORDS.has(w),
    );
    for (const w of nameWords) {
      const hit = this.latestWhere(this.byWord.get(w), (e) => e.nameWords.includes(w));
      if (hit !== null) return hit;
    }
    const role = wordsOf(`${description ?? ''} ${preName ?? ''}`);
    for (const w of role) {
      if (!w || !PERSON_ROLE.has(w)) continue;
      const hit = this.latestWhere(this.byHead.get(w), (e) => !e.personName && e.personLike && !e.plural);
      if (hit !== null) return hit;
    }
    if (description || preName) {
      const recent = this.speakers.slice(-2).reverse();
      for (const i of recent) {
        const e = this.entities[i] as Entity;
        // Only someone introduced as an unnamed person ("a computer programmer"), not a role with its
        // own standing ("an Israeli prime minister", an official).
        if (
          e.unnamedIntro &&
          !e.personName &&
          !e.plural &&
          (e.kind === 'anonymous' || e.kind === 'person' || e.kind === 'expert')
        )
          return i;
      }
    }
    return null;
  }

  private find(m: Mention): number | null {
    if (m.surname) return this.latestWhere(this.bySurname.get(m.surname), () => true);
    if (m.orgName) return this.latestWhere(this.byOrg.get(orgKey(m.orgName)), () => true);
    if (m.indefinite) return null;
    const conflicts = (e: Entity): boolean =>
      (m.nationalities.length > 0 &&
        e.nationalities.length > 0 &&
        !m.nationalities.some((n) => e.nationalities.includes(n))) ||
      (m.properModifiers.length > 0 &&
        e.properModifiers.length > 0 &&
        !m.properModifiers.some((p) => e.properModifiers.includes(p)));
    // Same head noun: "the channel" → "a Telegram channel"; "Officials" → "American officials".
    const sameHead = this.latestWhere(this.byHead.get(m.head), (e) => !e.surname && !conflicts(e));
    if (sameHead !== null) return sameHead;
    if (m.plural && !m.definite) return null;
    // A role description: "the president" → "President Barack Obama"; "the professor" → the last person who spoke.
    const byWord = this.latestWhere(this.byWord.get(m.head), (e) => !conflicts(e));
    if (byWord !== null) return byWord;
    // Any singular person by role ("the former Brit infantryman", "the veteran fisherman") is the
    // last named person who spoke.
    if (m.definite && m.personLike && !m.plural) {
      return this.lastSpeakerWhere((e) => e.personLike && !e.plural && e.kind !== 'anonymous');
    }
    return null;
  }

  private create(m: Mention, description: string | null, preName: string | null): number {
    const e: Entity = {
      index: this.entities.length,
      kind: m.kind === 'generic' ? 'person' : m.kind,
      personLike: m.personLike,
      plural: m.plural,
      surname: m.surname,
      personName: m.personName,
      nameWords: wordsOf(m.personName ?? ''),
      orgName: m.orgName,
      properModifiers: m.properModifiers.slice(),
      nationalities: m.nationalities.slice(),
      names: [],
      description: null,
      preName: null,
      mentions: [],
      unnamedIntro: m.indefinite && !m.personName && !ANON_HEAD.has(m.head),
    };
    this.entities.push(e);
    if (!m.surname) this.index(this.byHead, m.head, e.index);
    this.merge(e, m, description, preName);
    return e.index;
  }

  private merge(e: Entity, m: Mention, description: string | null, preName: string | null): void {
    // Pronouns add nothing to what an entity is called.
    const words = m.pronoun ? [] : m.words.slice();
    if (description) words.push(...wordsOf(description));
    // (The buckets keep each entity once.)
    for (const w of words) if (w) this.index(this.byWord, w, e.index);
    if (!m.surname && !m.pronoun && !PERSON_ROLE.has(m.head)) this.index(this.byHead, m.head, e.index);
    // The fullest form of a name ("President Barack Obama" over "Mr Obama").
    if (
      m.personName &&
      (!e.personName || m.personName.split(/\s+/).length > e.personName.split(/\s+/).length)
    ) {
      e.personName = m.personName;
      e.nameWords = wordsOf(m.personName);
      e.surname = m.surname;
    }
    this.index(this.bySurname, m.surname, e.index);
    if (!e.orgName && m.orgName) e.orgName = m.orgName;
    if (m.orgName) this.index(this.byOrg, orgKey(m.orgName), e.index);
    for (const p of m.properModifiers) if (!e.properModifiers.includes(p)) e.properModifiers.push(p);
    for (const n of m.nationalities) if (!e.nationalities.includes(n)) e.nationalities.push(n);
    if (!e.description && description) e.description = description;
    if (!e.preName && preName) e.preName = preName;
    if (e.names.length < 16) e.names.push(m.text);
    // Kinds only strengthen (a name with "expert" beside it stays an expert), except that
    // anonymity is kept unless a person is named.
    if (m.kind !== 'generic' && m.kind !== e.kind) {
      if (e.kind === 'anonymous' && !m.personName && !m.orgName) return;
      if (m.personName && e.kind === 'anonymous') e.kind = m.kind;
      else if (KIND_STRENGTH[m.kind] > KIND_STRENGTH[e.kind]) e.kind = m.kind;
    }
  }

  /** Adds a mention span to an entity. */
  addMention(index: number, span: Span): void {
    (this.entities[index] as Entity).mentions.push(span);
  }
}
