/** Verbs and phrases that attribute speech: the lexicon behind quote attribution and reported speech. */

/** Verbs that take a reported clause ("X said that ...", "X warned the ...") and carry reported speech, in every inflection. */
export const CLAUSE_VERBS: readonly string[] = [
	'say', 'says', 'said', 'saying',
	'state', 'states', 'stated', 'stating',
	'add', 'adds', 'added', 'adding',
	'write', 'writes', 'wrote', 'writing',
	'tell', 'tells', 'told', 'telling',
	'declare', 'declares', 'declared', 'declaring',
	'acknowledge', 'acknowledges', 'acknowledged', 'acknowledging',
	'note', 'notes', 'noted', 'noting',
	'stress', 'stresses', 'stressed', 'stressing',
	'affirm', 'affirms', 'affirmed', 'affirming',
	'reaffirm', 'reaffirms', 'reaffirmed', 'reaffirming',
	'emphasize', 'emphasizes', 'emphasized', 'emphasizing',
	'emphasise', 'emphasises', 'emphasised', 'emphasising',
	'underscore', 'underscores', 'underscored', 'underscoring',
	'underline', 'underlines', 'underlined', 'underlining',
	'highlight', 'highlights', 'highlighted', 'highlighting',
	// "assures us the deal is …", "swear they had nothing to do with it": with a listener, or a clause with "that" or an auxiliary
	'assure', 'assures', 'assured', 'assuring',
	// "reminds the public that …": a listener, then "that"
	'remind', 'reminds', 'reminded', 'reminding',
	'swear', 'swears', 'swore', 'sworn', 'swearing',
	'warn', 'warns', 'warned', 'warning',
	'announce', 'announces', 'announced', 'announcing',
	'confirm', 'confirms', 'confirmed', 'confirming',
	'insist', 'insists', 'insisted', 'insisting',
	'argue', 'argues', 'argued', 'arguing',
	'explain', 'explains', 'explained', 'explaining',
	'claim', 'claims', 'claimed', 'claiming',
	'caution', 'cautions', 'cautioned', 'cautioning',
	'mention', 'mentions', 'mentioned', 'mentioning',
	'reiterate', 'reiterates', 'reiterated', 'reiterating',
	'repeat', 'repeats', 'repeated', 'repeating',
	'maintain', 'maintains', 'maintained', 'maintaining',
	'assert', 'asserts', 'asserted', 'asserting',
	'remark', 'remarks', 'remarked',
	// ("comment" and "comments" are left out: "would not comment on", "in comments to reporters")
	'commented', 'commenting',
	'observe', 'observes', 'observed',
	'suggest', 'suggests', 'suggested',
	'disclose', 'discloses', 'disclosed', 'disclosing',
	'reveal', 'reveals', 'revealed', 'revealing',
	'inform', 'informs', 'informed',
	'admit', 'admits', 'admitted', 'admitting',
	'conclude', 'concludes', 'concluded',
	'predict', 'predicts', 'predicted',
	'reply', 'replies', 'replied',
	'respond', 'responds', 'responded',
	'indicate', 'indicates', 'indicated', 'indicating',
	'contend', 'contends', 'contended',
	'recall', 'recalls', 'recalled',
	'report', 'reports', 'reported', 'reporting',
	'complain', 'complains', 'complained', 'complaining',
	'demand', 'demands', 'demanded', 'demanding',
	'concede', 'concedes', 'conceded', 'conceding',
	// "boasts that his protesters hold the streets", "boasts it is still camped out"
	'boast', 'boasts', 'boasted', 'boasting',
	// an analyst's stated estimate is reported speech ("She estimates that …"); "believes" and "expects" are not
	'estimate', 'estimates', 'estimated', 'estimating',
];

/** '"Who will pay?" asked Jane Roe', 'ministers spoke of a "historic" day', 'she has spoken of "a long winter"', '"…," the statement reads': verbs that attribute a quote but never report a clause. */
// ('"Stop the ban," the crowds chanted', '"Get out!" a man shouted': a crowd's or a voice's words, never a clause)
export const QUOTE_ONLY_VERBS: readonly string[] = ['ask', 'asks', 'asked', 'spoke', 'spoken', 'read', 'reads', 'chant', 'chants', 'chanted', 'shout', 'shouts', 'shouted', 'yelled', 'screamed'];

/**
 * Verbs that characterise rather than report ("called it a ...", "described the talks as ..."): they attribute a
 * quoted phrase but do not introduce a reported clause.
 */
export const CHARACTERISING_VERBS: readonly string[] = [
	'describe', 'describes', 'described', 'describing',
	'call', 'calls', 'called', 'calling',
	'term', 'terms', 'termed', 'terming',
	'dub', 'dubs', 'dubbed', 'dubbing',
	'hail', 'hails', 'hailed', 'hailing',
	'welcome', 'welcomes', 'welcomed', 'welcoming',
	'praise', 'praises', 'praised', 'praising',
	'criticize', 'criticizes', 'criticized', 'criticise', 'criticises', 'criticised',
	'deny', 'denies', 'denied', 'accuse', 'accuses', 'accused', 'quote', 'quoted',
	'express', 'expresses', 'expressed', 'expressing',
	'signal', 'signals', 'signaled', 'signalled',
	'post', 'posts', 'posted', 'posting', 'tweet', 'tweets', 'tweeted', 'urge', 'urges', 'urged', 'urging',
	'promise', 'promises', 'promised', 'pledge', 'pledges', 'pledged', 'vow', 'vows', 'vowed',
	'dismiss', 'dismisses', 'dismissed', 'dismissing', 'reject', 'rejects', 'rejected', 'rejecting',
	'thank', 'thanked', 'thanking',
	...QUOTE_ONLY_VERBS,
];

/** Verbs that report a clause with "clear": "has made clear that …", "made it clear that …". */
export const MAKE_CLEAR_VERBS: readonly string[] = ['make', 'makes', 'made', 'making'];

/** "as one envoy put it, '…'": a verb that attributes the quote after "it", and reports no clause. */
export const PUT_IT_VERBS: readonly string[] = ['put', 'puts'];

/** "wants us to believe", "would have voters believe": verbs of a columnist's bid to put words in someone's mouth. */
export const BELIEF_BIDDING_VERBS: readonly string[] = ['want', 'wants', 'wanted', 'have', 'ask', 'asks', 'asked'];

/** Reporting verbs in every inflection an article uses ("said", "says", "stating", "had stressed"). */
export const REPORTING_VERBS: readonly string[] = [...CLAUSE_VERBS, ...CHARACTERISING_VERBS];

/** Phrases that attribute what follows to the noun after them: "according to the ministry". */
export const ATTRIBUTION_PREPOSITIONS: readonly string[] = ['according to', 'as quoted by', 'as reported by', 'quoting'];

/**
 * Clause verbs that often take a clause without "that" ("said the plan was ready", "warned it would"); every other
 * clause verb needs "that", since it more often takes a plain object ("announced the truce", "confirmed the visit").
 */
export const BARE_CLAUSE_VERBS: readonly string[] = [
	'say', 'says', 'said', 'saying', 'add', 'adds', 'added', 'adding', 'write', 'writes', 'wrote', 'writing', 'state', 'states',
	'stated', 'stating', 'claim', 'claims', 'claimed', 'claiming', 'warn', 'warns', 'warned', 'warning', 'insist', 'insists',
	'insisted', 'insisting', 'argue', 'argues', 'argued', 'arguing', 'admit', 'admits', 'admitted', 'admitting', 'predict',
	'predicts', 'predicted', 'suggest', 'suggests', 'suggested', 'contend', 'contends', 'contended', 'estimates',
];

/** Who hears a statement ("told a news conference that …", "told state television that …"): the head of a listener phrase. */
export const AUDIENCE_NOUNS: readonly string[] = [
	'conference', 'conferences', 'briefing', 'briefings', 'meeting', 'meetings', 'audience', 'audiences', 'reporters', 'journalists',
	'crowd', 'crowds', 'rally', 'parliament', 'lawmakers', 'legislators', 'senators', 'deputies', 'delegates', 'summit', 'session',
	'forum', 'committee', 'hearing', 'assembly', 'gathering', 'congress', 'council', 'cabinet', 'television', 'radio', 'broadcaster',
	'newspaper', 'agency', 'channel', 'station', 'interviewer', 'press', 'media', 'supporters', 'students', 'diplomats', 'envoys',
	'ministers', 'leaders', 'officials', 'donors', 'residents', 'workers', 'troops', 'soldiers', 'investors', 'analysts', 'podcast',
	'delegations', 'delegation', 'negotiators', 'mediators', 'nation', 'families', 'members', 'colleagues', 'viewers', 'listeners',
	'readers', 'voters', 'chamber', 'staff', 'employees', 'shareholders', 'parliamentarians', 'counterparts', 'participants',
	'villagers', 'court', 'tribunal', 'inquiry', 'commission', 'reporter', 'journalist', 'correspondent', 'correspondents', 'public',
	// "told the country on Saturday that …", "told the paper that …", "told our interpreter that …"
	'country', 'world', 'paper', 'magazine', 'website', 'programme', 'program', 'show', 'outlet', 'interpreter', 'translator',
];

/**
 * Irregular past forms that end a reported clause's subject as "-ed" does ("told reporters the ferry began to list",
 * "told us the shell hit the school"): a clause after a listener, without "that".
 */
export const IRREGULAR_PAST_VERBS: readonly string[] = [
	'began', 'went', 'came', 'took', 'fell', 'broke', 'ran', 'sank', 'left', 'hit', 'struck', 'saw', 'made', 'gave', 'kept',
	'held', 'lost', 'won', 'shot', 'sent', 'spent', 'knew', 'felt', 'stood', 'rose', 'grew', 'drove', 'flew', 'threw',
	'caught', 'brought', 'fought', 'led', 'met', 'paid', 'got', 'found', 'built', 'sold', 'bought', 'forced', 'tore', 'blew',
];

/**
 * Verbs that report the clause before them, after a comma, in every person and tense: "…, rights groups say." as well
 * as "…, the ministry said." or "The crossings will reopen, the minister announced."
 */
export const AFTER_CLAUSE_VERBS: readonly string[] = [
	'said', 'says', 'say', 'told', 'tells', 'tell', 'added', 'adds', 'add', 'noted', 'notes', 'note', 'stated',
	'states', 'explained', 'explains', 'confirmed', 'confirms', 'confirm', 'wrote', 'writes', 'warned', 'warns', 'warn',
	'cautioned', 'stressed', 'stresses', 'insisted', 'insists', 'insist', 'estimated', 'estimates', 'estimate',
	'argued', 'argues', 'claimed', 'claims', 'conceded', 'concedes', 'admitted', 'admits', 'acknowledged',
	'acknowledges', 'predicted', 'predicts', 'suggested', 'suggests', 'recalled', 'recalls', 'announced', 'announces',
	'declared', 'declares', 'revealed', 'reveals', 'disclosed', 'discloses', 'maintained', 'maintains', 'alleged',
	'alleges', 'asserted', 'asserts', 'commented', 'remarked',
	// "…, the news agency reported." / "…, state media reported.": an outlet or body reporting the clause before it
	'reported', 'reports', 'report'
];

/**
 * Past-tense verbs that may open a sentence before their speaker, the quote after a colon or comma ("Commented a senior
 * official: "…"", "Added the minister: "…""): the verb is no name and the phrase after it speaks.
 */
export const INVERTED_OPENING_VERBS: readonly string[] = [
	'said', 'added', 'commented', 'explained', 'noted', 'remarked', 'recalled', 'observed', 'warned', 'insisted', 'countered',
	'replied', 'responded', 'quipped', 'concluded', 'continued', 'conceded', 'admitted', 'stressed', 'declared', 'wrote', 'asked'
];

/**
 * Bare-clause verbs that as often take a noun phrase as their object: "claims ownership of the sea", "warned the
 * neighbours against entering its waters", "admitted defeat". Without "that" they report only a clause with a verb.
 */
export const OBJECT_TAKING_VERBS: readonly string[] = [
	'claim', 'claims', 'claimed', 'claiming', 'warn', 'warns', 'warned', 'warning', 'admit', 'admits', 'admitted', 'admitting',
	'predict', 'predicts', 'predicted', 'suggest', 'suggests', 'suggested', 'argue', 'argues', 'argued', 'arguing', 'estimates',
];

/** Nouns of a stated stand that a clause verb carries with its "that" clause: "repeated the government's position that …". */
export const STANCE_NOUNS: readonly string[] = ['position', 'claim', 'view', 'assertion', 'argument', 'belief', 'assurance', 'warning', 'line', 'insistence', 'account', 'version'];

/**
 * Words that, right before a determiner, make a quoted noun phrase after it someone's words: "said the 'official help'
 * had …", "spoke of a 'historic' opening", "described it as a '…' deal", "pressed for an 'all for all' exchange".
 * Any reporting verb does as well.
 */
export const QUOTED_TERM_LEADS: readonly string[] = ['of', 'as', 'for', 'about', 'on'];

/** Words that may follow a quoted term and leave it a phrase of its own (a preposition or a conjunction), not the head of a noun phrase. */
export const AFTER_QUOTED_TERM: readonly string[] = [
	'and', 'or', 'but', 'nor', 'for', 'in', 'on', 'at', 'to', 'with', 'by', 'from', 'as', 'than', 'that', 'which', 'who',
	'whom', 'if', 'when', 'while', 'because', 'after', 'before', 'until', 'since', 'into', 'onto', 'over', 'under',
	'without', 'within', 'about', 'against', 'between', 'during', 'through', 'across', 'following', 'including',
	'despite', 'amid', 'near', 'per', 'like', 'unless', 'though', 'although', 'whereas', 'so', 'yet',
];

/** Past participles that tell what befell the people a noun names, in a phrase before their verb: "a nurse freed on Sunday after … said". */
export const PERSON_PARTICIPLES: readonly string[] = [
	'freed', 'released', 'held', 'wounded', 'injured', 'displaced', 'evacuated', 'rescued', 'detained', 'kidnapped', 'abducted',
	'trapped', 'stranded', 'stationed', 'deployed', 'arrested', 'jailed', 'exiled', 'returned', 'repatriated', 'expelled',
];

/** Verbs that only report, never act ("The war has claimed 6,000 lives" claims no words; "Jane Roe said in her report that …"). */
export const SAYING_ONLY_VERBS: readonly string[] = ['said', 'says', 'told', 'tells', 'stated', 'announced', 'added', 'wrote', 'reported'];

/**
 * A verb of denial in every form: after it a reporting verb's "-s" form is the noun it denies ("rejecting Kellish claims"),
 * and so is one set off by a comma before a subject that denies it ("…, claims it denies, …").
 */
export const DENIAL_VERB_FORMS: readonly string[] = [
	'deny', 'denies', 'denied', 'denying', 'reject', 'rejects', 'rejected', 'rejecting', 'dismiss', 'dismisses', 'dismissed', 'dismissing',
	'refute', 'refutes', 'refuted', 'refuting', 'dispute', 'disputes', 'disputed', 'disputing', 'contest', 'contests', 'contested', 'contesting',
	'contradicted', 'contradicting', 'countered', 'countering',
];

/** Reporting verbs' "-s" forms that are also nouns of what is alleged ("claims", "charges", "reports"). */
export const CHARGE_NOUNS: readonly string[] = ['claims', 'charges', 'reports'];

/** Passive verbs whose agent carried someone's words, not said them: "was quoted by Kell television as saying". */
export const CARRIER_PASSIVES: readonly string[] = ['quoted', 'cited', 'interviewed', 'asked', 'reported', 'told'];
