/** Words that tell a deal's follow-on term (a sentence after the one citing the deal) from comment and news around it. */

/**
 * How a sentence binds someone without naming the deal again: a future or modal, a ban, a commitment
 * ("There can be no escort …", "It is forbidden for …", "They undertake to cease …"). Not "would": a plan's
 * hypothetical mood, which restates in a writer's words terms the story's other sentences state already.
 */
export const FOLLOW_ON_OBLIGATIONS = [
	'will',
	'shall',
	'must',
	'should',
	'cannot',
	"can't",
	'can',
	'is to',
	'are to',
	'is forbidden',
	'are forbidden',
	'is banned',
	'are banned',
	'is prohibited',
	'are prohibited',
	'is barred',
	'are barred',
	'is not allowed',
	'are not allowed',
	'is not permitted',
	'are not permitted',
	'is planned',
	'are planned',
	'is guaranteed',
	'are guaranteed',
	'is committed to',
	'are committed to',
	'is obliged to',
	'are obliged to',
	'is required to',
	'are required to',
	'undertake to',
	'undertakes to',
	'promise to',
	'promises to',
	'commit to',
	'commits to',
] as const;

/**
 * Verbs after a modal by which a writer judges or forecasts rather than states a term ("the truce will hold",
 * "exports would rise", "it would prevent a crisis").
 */
export const FOLLOW_ON_VERDICT_VERBS = [
	'hold',
	'pass',
	'fail',
	'succeed',
	'work',
	'help',
	'hurt',
	'harm',
	'benefit',
	'boost',
	'undermine',
	'damage',
	'collapse',
	'survive',
	'mean',
	'matter',
	'prevent',
	'avert',
	'ease',
	'relieve',
	'transform',
	'reshape',
	'cost',
	'save',
	'spur',
	'fuel',
	'trigger',
	'spark',
	'deepen',
	'worsen',
	'improve',
	'strengthen',
	'weaken',
	'mark',
	'signal',
	'pave',
	'usher',
	'rise',
	'fall',
	'drop',
	'climb',
	'soar',
	'plunge',
	'slump',
	'grow',
	'shrink',
	'struggle',
	'depend',
	'need',
	'face',
	'happen',
	'change',
	'like',
	'want',
	'hope',
	'try',
	'seem',
	'appear',
	'look',
	'probably',
	'likely',
	'certainly',
	'never',
	'have',
	'stand',
	'support',
	'back',
	'welcome',
] as const;

/**
 * States a term may put its subject in after "will be" / "is said to be" ("will be valid for six months", "will be
 * responsible for schedules"); any other adjective after "be" is a verdict ("will be difficult").
 */
export const FOLLOW_ON_STATES = [
	'valid',
	'in force',
	'in effect',
	'in place',
	'responsible',
	'open',
	'closed',
	'allowed',
	'permitted',
	'free',
	'subject',
	'limited',
	'capped',
	'off-limits',
	'exempt',
	'eligible',
	'entitled',
	'based',
	'located',
	'staffed',
	'composed',
	'made up',
	'no',
	'in charge',
] as const;

/**
 * Words that turn the window's voice away from the deal: a casualty count, a reaction, a forecast, a commentator.
 * A sentence holding one ends the run of follow-on terms.
 */
export const FOLLOW_ON_STOPS = [
	'killed',
	'died',
	'dead',
	'deaths',
	'death toll',
	'wounded',
	'injured',
	'casualties',
	'welcomed',
	'welcomes',
	'hailed',
	'hails',
	'praised',
	'praises',
	'criticised',
	'criticized',
	'condemned',
	'condemns',
	'denounced',
	'rejected',
	'expected',
	'expects',
	'likely',
	'unlikely',
	'analysts',
	'analyst',
	'experts',
	'economists',
	'observers',
	'critics',
	'sceptics',
	'skeptics',
	'fears',
	'feared',
	'warned',
	'warns',
	'hopes',
	'hoped',
	'believes',
	'believed',
	'doubts',
] as const;

/** Verbs by which someone other than the deal speaks ("…, officials said"): that sentence is their account, not the text. */
export const FOLLOW_ON_SAY_VERBS = ['made clear', 'makes clear', 'insists', 'demanded', 'demands', 'wants', 'said', 'says', 'say', 'told', 'added', 'adds', 'stated', 'announced', 'insisted', 'noted', 'explained', 'confirmed', 'claimed', 'argued', 'tweeted', 'wrote'] as const;

/** How a sentence opens on the deal as "it" and lists more of its terms ("It also provides for safe passage."). */
export const FOLLOW_ON_DEAL_VERBS = ['provides for', 'includes', 'foresees', 'envisages', 'envisions', 'calls for', 'requires', 'sets up', 'creates', 'establishes'] as const;

/** Participles by which a sentence judges the deal rather than binds anyone ("can be seen as a win", "would be considered"). */
export const FOLLOW_ON_VIEW_PARTICIPLES = ['seen', 'considered', 'regarded', 'described', 'viewed', 'called', 'counted', 'trusted', 'blamed', 'credited', 'judged', 'remembered', 'tested', 'welcomed', 'criticised', 'criticized', 'hailed', 'felt', 'known'] as const;

/** What a list's lead-in ending in a colon announces when it names no deal ("Some of the measures negotiated:"). */
export const FOLLOW_ON_LEAD_NOUNS = ['measures', 'terms', 'provisions', 'points', 'conditions', 'details', 'clauses', 'commitments', 'elements', 'stipulations'] as const;

/** What happens to the deal itself, not a term of it ("The agreement is to be signed this afternoon"). */
export const FOLLOW_ON_PROCESS_VERBS = ['sign', 'signed', 'ratify', 'ratified', 'approve', 'approved', 'announce', 'announced', 'present', 'presented', 'discuss', 'discussed', 'debate', 'debated', 'publish', 'published', 'unveil', 'unveiled', 'finalise', 'finalised', 'finalize', 'finalized', 'conclude', 'concluded', 'vote', 'voted', 'negotiate', 'negotiated', 'submit', 'submitted', 'put', 'tabled', 'endorse', 'endorsed', 'reviewed', 'studied', 'examined', 'released', 'deposited', 'registered', 'translated', 'archived', 'filed'] as const;
