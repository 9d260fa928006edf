/** Words that name a proposal, point to it, announce its terms or mark a sentence as something other than a term. */

/** Head nouns of a proposal, deal or settlement. */
export const PROPOSAL_NOUNS = [
	'plan',
	'proposal',
	'framework',
	'deal',
	'agreement',
	'accord',
	'pact',
	'ceasefire',
	'cease-fire',
	'truce',
	'armistice',
	'understanding',
	'settlement',
	'roadmap',
	'road map',
	'blueprint',
	'initiative',
	'draft',
	'document',
	'memorandum',
	'pause',
	'arrangement',
	'consensus',
	'terms',
	'text',
] as const;

/** Nouns that only name the proposal with a determiner in front ("the draft", "this understanding"). */
export const WEAK_PROPOSAL_NOUNS = ['draft', 'document', 'understanding', 'initiative', 'pause', 'arrangement', 'consensus', 'memorandum', 'terms', 'text'] as const;

/** Verbs whose subject is the proposal and whose object lists its terms ("the plan involves …"). */
export const TERM_VERBS = [
	'involves',
	'involve',
	'includes',
	'include',
	'requires',
	'require',
	'calls for',
	'call for',
	'proposes',
	'propose',
	'envisages',
	'envisage',
	'envisions',
	'envision',
	'foresees',
	'foresee',
	'provides for',
	'provide for',
	'stipulates',
	'stipulate',
	'sets out',
	'set out',
	'contains',
	'contain',
	'covers',
	'cover',
	'gives',
	'give',
	'grants',
	'grant',
	'allows',
	'allow',
	'obliges',
	'oblige',
	'commits',
	'commit',
	'offers',
	'offer',
	'makes',
	'make',
	'foresaw',
	'included',
	'involved',
	'required',
	'proposed',
	'envisaged',
	'provided for',
	'says',
	'said',
	'states',
	'stated',
] as const;

/** Verbs after which the object is a list of separate terms ("including A, B and C"). */
export const LIST_VERBS = ['including', 'includes', 'include', 'included', 'involves', 'involve', 'involving', 'covering', 'covers', 'such as', 'calls for', 'call for'];

/** Words in a heading that announce the terms below it ("Key Provisions of the Plan", "What the deal says"). */
export const TERM_HEADING_WORDS = ['provisions', 'provision', 'terms', 'points', 'key points', 'clauses', 'conditions', 'what the', "what's in", 'what is in', 'includes', 'details', 'elements', 'highlights', 'stipulations'];

/** Openers that cite the proposal before stating a term ("Under the terms of the deal, …", "As part of the agreement, …"). */
export const CITING_OPENERS = ['according to', 'under', 'as part of', 'in line with', 'per', 'as laid out in', 'as set out in', 'in'];

/** Verbs by which parties take on a term ("both sides agreed to …", "pledged to …"). */
export const AGREEMENT_VERBS = ['agreed to', 'agreed on', 'agreed that', 'agree to', 'agreeing to', 'pledged to', 'pledging to', 'committed to', 'promised to', 'undertook to', 'consented to'];

/** Phrases of a clause that states what stays as it is under the deal. */
export const RETENTION_PHRASES = ['remains in place', 'remain in place', 'remains in force', 'remain in force', 'remains in effect', 'remain in effect', 'remain effective', 'remains effective', 'stays in place', 'stay in place'];

/** Parties taken together: a sentence with these and a modal states a mutual commitment. */
export const BOTH_SIDES = ['both sides', 'each side', 'the two sides', 'both countries', 'the two countries', 'both parties', 'the two parties', 'both governments', 'each country', 'the parties'];

/** Words that mark a sentence as a reaction, demand or judgment of a proposal rather than a term of it. */
export const NOT_TERM_MARKERS = [
	'must',
	'should',
	'demand',
	'demands',
	'demanded',
	'insist',
	'insists',
	'insisted',
	'oppose',
	'opposes',
	'opposed',
	'opposition',
	'reject',
	'rejects',
	'rejected',
	'criticised',
	'criticized',
	'welcomed',
	'praised',
	'hailed',
	'accused',
	'accuse',
	'denied',
	'violating',
	'violation',
	'violations',
	'not comment',
	'avoided commenting',
	'any agreement',
	'any deal',
	'any plan',
	'any proposal',
	'any peace',
	'would not support',
	'far from',
	'tough questions',
];

/** Determiners and pronouns that start a noun phrase: a conjunct after "and" starting with one is not a verb phrase. */
export const DETERMINERS = ['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'all', 'other', 'some', 'any', 'more', 'each', 'both', 'this', 'that', 'these', 'those', 'no', 'most', 'several'];

/** Nouns that name the kind of proposal in front of its head ("peace plan", "trade deal"). */
export const PROPOSAL_MODIFIERS = ['peace', 'trade', 'ceasefire', 'cease-fire', 'framework', 'hostage', 'hostages', 'security', 'tariff', 'nuclear', 'border', 'prisoner', 'grain', 'gas', 'energy', 'minerals', 'climate', 'coalition', 'budget', 'debt', 'draft', 'interim', 'final', 'partial'];

/**
 * Words that name the same kind of term in different words, so paraphrases of one term cluster across
 * outlets ("cede land" / "give up the region" / "territorial concessions"). Multi-word phrases first.
 */
export const TERM_CONCEPTS: Record<string, readonly string[]> = {
	cede: ['give up', 'giving up', 'gives up', 'give', 'hand over', 'handing over', 'pull out', 'cede', 'cedes', 'ceding', 'ceded', 'concession', 'concessions', 'withdraw', 'withdraws', 'withdrawing', 'withdrawal', 'relinquish', 'relinquishing', 'retreat'],
	territory: ['territory', 'territories', 'territorial', 'land', 'lands', 'region', 'regions', 'areas', 'area'],
	military: ['armed forces', 'military', 'army', 'armies', 'troops', 'forces', 'soldiers'],
	limit: ['limit', 'limits', 'limiting', 'limited', 'cap', 'caps', 'capped', 'capping', 'restriction', 'restrictions', 'restrict', 'restricting', 'downsize', 'downsizing', 'shrink', 'reduce', 'reduces', 'reducing', 'reduction', 'reductions', 'cut', 'cuts', 'cutting', 'lower', 'lowers', 'lowered', 'lowering', 'slash', 'slashes', 'slashed', 'roll back', 'cut back'],
	guarantee: ['security guarantee', 'security guarantees', 'guarantee', 'guarantees', 'assurances'],
	ceasefire: ['cease-fire', 'ceasefire', 'truce', 'cease', 'cessation', 'stoppage', 'halt', 'stop', 'firing', 'fighting', 'hostilities'],
	talks: ['talks', 'negotiations', 'dialogue', 'consultations', 'consultation', 'discussions', 'speak', 'meet', 'meeting'],
	tariff: ['tariffs', 'tariff', 'levies', 'levy', 'duties', 'duty'],
	recognise: ['recognise', 'recognised', 'recognising', 'recognize', 'recognized', 'recognizing', 'recognition', 'de facto'],
	release: ['release', 'released', 'releasing', 'free', 'freed', 'freeing', 'exchange', 'swap'],
	remove: ['remove', 'removed', 'removing', 'removal', 'cancel', 'cancelled', 'canceled', 'scrap', 'scrapped', 'eliminate', 'lift', 'lifting', 'lifted', 'suspend', 'suspended', 'suspension'],
	period: ['period', 'window', 'days', 'day', 'months', 'weeks'],
};

/** Verbs after "the plan would …" that judge the proposal or its fate rather than state a term. */
export const JUDGING_VERBS = ['be', 'become', 'hold', 'pass', 'fail', 'succeed', 'work', 'help', 'hurt', 'harm', 'benefit', 'favor', 'favour', 'reward', 'punish', 'undermine', 'damage', 'boost', 'collapse', 'need', 'take', 'come', 'face', 'go', 'get', 'have', 'lead', 'mean', 'bring', 'end', 'lose', 'win', 'survive', 'affect', 'impact', 'please', 'anger', 'satisfy', 'appease', 'embolden', 'weaken', 'strengthen', 'legitimize', 'legitimise', 'amount', 'represent', 'signal', 'mark', 'pave', 'depend', 'likely', 'not', 'never', 'only', 'probably', 'still', 'soon', 'then', 'need', 'seem', 'appear', 'prove', 'draw', 'spark', 'trigger', 'create', 'cause', 'stand', 'face', 'fall', 'put', 'serve', 'contribute', 'remain', 'continue', 'mean'];
