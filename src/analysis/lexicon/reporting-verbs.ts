/**
 * Reporting verbs: the words that attribute a claim to a speaker. Data only.
 *
 * Each entry lists the lower-case forms that occur in running text. Flags:
 * - `ambiguous`: a form that is also a common noun or non-reporting verb
 *   ("state", "report", "claims", "notes", "post"); it counts only with a
 *   reporting complement ("that", a colon, a quotation, a clause end).
 * - `document`: a finding verb ("shows", "found") that reports only when its
 *   subject is a document, study or data set ("the study found").
 * - `quoteOnly`: a verb that reports only beside a quotation or a colon
 *   ("he continued:", "…," she asked).
 */
export interface ReportingVerb {
  forms: readonly string[];
  ambiguous?: readonly string[];
  document?: boolean;
  quoteOnly?: boolean;
  /** A participle that reports only in the passive, with no agent ("has been suspected of"). */
  passiveOnly?: boolean;
  /**
   * "TMZ has learned", "The Telegraph understands", "we understand": an outlet
   * reporting what unnamed sources told it. Counts only with an outlet or the
   * first person as subject, and rests on those unnamed sources.
   */
  withheld?: boolean;
  /** "issued a statement", "released a warning": reports only with a speech-act noun as object. */
  speechAct?: boolean;
  /** A commitment whose content is an infinitive: "has pledged to punish", "vowed to fight". */
  infinitive?: boolean;
}

/**
 * Words naming an utterance beside the speech-act nouns: a sentence that names
 * what was said ("his words", "the tweet read") introduces a quotation rather
 * than continuing one.
 */
export const UTTERANCE_NOUNS: readonly string[] = [
  'words',
  'remarks',
  'tweet',
  'post',
  'headline',
  'slogan',
  'title',
];

/** Nouns for things said, as the object of "issued", "released", "made" ("issued a plea"). */
export const SPEECH_ACT_NOUNS: readonly string[] = [
  'statement',
  'statements',
  'plea',
  'warning',
  'warnings',
  'appeal',
  'call',
  'denial',
  'apology',
  'alert',
  'message',
  'response',
  'rebuttal',
  'update',
  'advisory',
  'notice',
  'ultimatum',
  'threat',
  'demand',
  'claim',
  'assurance',
  'clarification',
  'report',
  'briefing',
  'comment',
  'comments',
];

/**
 * Stance adjectives after "be": "officials are worried about", "police are
 * confident that". The subject's view carries the claim.
 */
export const STANCE_ADJECTIVES: readonly string[] = [
  'worried',
  'concerned',
  'convinced',
  'confident',
  'adamant',
  'certain',
  'hopeful',
  'optimistic',
  'pessimistic',
  'sceptical',
  'skeptical',
  'fearful',
  'alarmed',
  'sure',
  'unconvinced',
  'doubtful',
];

export const REPORTING_VERBS: readonly ReportingVerb[] = [
  { forms: ['say', 'says', 'said', 'saying'] },
  { forms: ['tell', 'tells', 'told', 'telling'] },
  { forms: ['claim', 'claims', 'claimed', 'claiming'], ambiguous: ['claim', 'claims'] },
  { forms: ['state', 'states', 'stated'], ambiguous: ['state', 'states'] },
  { forms: ['report', 'reports', 'reported'], ambiguous: ['report', 'reports'] },
  { forms: ['note', 'notes', 'noted', 'noting'], ambiguous: ['note', 'notes'] },
  { forms: ['warn', 'warns', 'warned', 'warning'], ambiguous: ['warning'] },
  { forms: ['explain', 'explains', 'explained', 'explaining'] },
  { forms: ['add', 'adds', 'added'], quoteOnly: true },
  { forms: ['insist', 'insists', 'insisted', 'insisting'] },
  { forms: ['admit', 'admits', 'admitted', 'admitting'] },
  { forms: ['speculate', 'speculates', 'speculated'] },
  { forms: ['believe', 'believes', 'believed'] },
  { forms: ['suggest', 'suggests', 'suggested'] },
  { forms: ['argue', 'argues', 'argued', 'arguing'] },
  { forms: ['write', 'writes', 'wrote'] },
  { forms: ['tweet', 'tweets', 'tweeted'], ambiguous: ['tweet', 'tweets'] },
  { forms: ['post', 'posts', 'posted'], ambiguous: ['post', 'posts', 'posted'] },
  { forms: ['confirm', 'confirms', 'confirmed'] },
  { forms: ['deny', 'denies', 'denied'] },
  { forms: ['describe', 'describes', 'described'] },
  { forms: ['estimate', 'estimates', 'estimated'], ambiguous: ['estimate', 'estimates'] },
  { forms: ['predict', 'predicts', 'predicted'] },
  { forms: ['acknowledge', 'acknowledges', 'acknowledged'] },
  { forms: ['allege', 'alleges', 'alleged'] },
  { forms: ['announce', 'announces', 'announced'] },
  { forms: ['assert', 'asserts', 'asserted'] },
  { forms: ['caution', 'cautions', 'cautioned'], ambiguous: ['caution'] },
  { forms: ['comment', 'comments', 'commented'], ambiguous: ['comment', 'comments'] },
  { forms: ['concede', 'concedes', 'conceded'] },
  { forms: ['conclude', 'concludes', 'concluded'] },
  { forms: ['contend', 'contends', 'contended'] },
  { forms: ['declare', 'declares', 'declared'] },
  { forms: ['disclose', 'discloses', 'disclosed'] },
  { forms: ['divulge', 'divulges', 'divulged'] },
  { forms: ['emphasise', 'emphasises', 'emphasised', 'emphasize', 'emphasizes', 'emphasized'] },
  { forms: ['stress', 'stresses', 'stressed'], ambiguous: ['stress', 'stressed'] },
  { forms: ['maintain', 'maintains', 'maintained'] },
  { forms: ['recall', 'recalls', 'recalled'] },
  { forms: ['reply', 'replies', 'replied'], quoteOnly: true },
  { forms: ['respond', 'responds', 'responded'], quoteOnly: true },
  { forms: ['continue', 'continues', 'continued'], quoteOnly: true },
  { forms: ['ask', 'asks', 'asked'], quoteOnly: true },
  { forms: ['remark', 'remarks', 'remarked'], ambiguous: ['remark', 'remarks'] },
  { forms: ['reiterate', 'reiterates', 'reiterated'] },
  { forms: ['observe', 'observes', 'observed'] },
  { forms: ['mention', 'mentions', 'mentioned'], ambiguous: ['mention', 'mentions'] },
  { forms: ['agree', 'agrees', 'agreed'] },
  { forms: ['complain', 'complains', 'complained'] },
  { forms: ['accuse', 'accuses', 'accused'] },
  { forms: ['testify', 'testifies', 'testified'] },
  { forms: ['urge', 'urges', 'urged'] },
  { forms: ['think', 'thinks', 'thought'] },
  { forms: ['fear', 'fears', 'feared'], ambiguous: ['fear', 'fears'] },
  { forms: ['hope', 'hopes', 'hoped'], ambiguous: ['hope', 'hopes'] },
  { forms: ['defend', 'defends', 'defended'] },
  { forms: ['vow', 'vows', 'vowed'], ambiguous: ['vow', 'vows'], infinitive: true },
  { forms: ['worry', 'worries', 'worried'], ambiguous: ['worry', 'worries'] },
  { forms: ['pledge', 'pledges', 'pledged'], ambiguous: ['pledge', 'pledges'], infinitive: true },
  { forms: ['promise', 'promises', 'promised'], ambiguous: ['promise', 'promises'], infinitive: true },
  { forms: ['boast', 'boasts', 'boasted'], ambiguous: ['boast', 'boasts'] },
  { forms: ['disagree', 'disagrees', 'disagreed'] },
  { forms: ['learn', 'learns', 'learned', 'learnt'], withheld: true },
  { forms: ['understand', 'understands'], withheld: true },
  { forms: ['reveal', 'reveals', 'revealed'] },
  { forms: ['issue', 'issues', 'issued'], speechAct: true },
  { forms: ['release', 'releases', 'released'], speechAct: true },
  { forms: ['forecast', 'forecasts'], ambiguous: ['forecast', 'forecasts'] },
  { forms: ['recount', 'recounts', 'recounted'] },
  { forms: ['exclaim', 'exclaims', 'exclaimed'], quoteOnly: true },
  { forms: ['joke', 'jokes', 'joked'], quoteOnly: true },
  { forms: ['show', 'shows', 'showed', 'shown'], document: true },
  { forms: ['find', 'finds', 'found'], document: true },
  { forms: ['indicate', 'indicates', 'indicated'], document: true },
];

/**
 * Multi-word cues whose source follows them ("according to X", "citing X").
 * Matched case-insensitively at a word boundary.
 */
export const SOURCE_AFTER_CUES: readonly string[] = [
  'according to',
  'citing',
  'as reported by',
  'as told to',
  'in the words of',
];

/** Words that may stand between a subject and its reporting verb ("has previously claimed"). */
export const VERB_PREFIX_WORDS: readonly string[] = [
  'has',
  'have',
  'had',
  'also',
  'later',
  'then',
  'previously',
  'earlier',
  'repeatedly',
  'again',
  'once',
  'often',
  'always',
  'recently',
  'separately',
  'privately',
  'publicly',
  'reportedly',
  'further',
  'firmly',
  'frequently',
  'similarly',
  'likewise',
  'now',
  'already',
  'would',
  'will',
  'did',
  'does',
  'do',
  'long',
  'openly',
  'flatly',
  'strongly',
  'bluntly',
  'simply',
  'just',
  'still',
  'even',
  'herself',
  'himself',
  'themselves',
  'itself',
  'immediately',
  'quickly',
  'angrily',
  'calmly',
  'candidly',
  'confidently',
];
