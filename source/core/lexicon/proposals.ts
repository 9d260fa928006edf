/** Words that name a proposal, point to it, announce its terms or mark a sentence as something other than a term. */

/**
 * Aid, investment and sanctions packages (what donors and partners put on the table) and the parts of a
 * phased deal ("during the first phase", "phase two"): proposal nouns that need a determiner in front.
 */
const PACKAGE_NOUNS = ['pledge', 'compact', 'programme', 'program', 'commitments', 'aid', 'assistance', 'funding', 'funds', 'money', 'loan', 'phase', 'stage'] as const;

/** Head nouns of a proposal, deal or settlement. */
export const PROPOSAL_NOUNS = [
	'plan',
	'proposal',
	'framework',
	'deal',
	'agreement',
	'accord',
	'treaty',
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
	'protocol',
	'declaration',
	// a council's or assembly's resolution sets out terms as a deal does ("the resolution extends the embargo")
	'resolution',
	'communique',
	'communiqué',
	// "the transition charter", "the charter lifts the decree": a founding text that sets out terms
	'charter',
	'pause',
	'arrangement',
	'consensus',
	'terms',
	'text',
	'clause',
	'package',
	...PACKAGE_NOUNS,
] as const;

/** Words before "programme" that make it what a deal is about ("its nuclear programme"), not the deal. */
export const PROGRAMME_SUBJECTS = ['nuclear', 'missile', 'missiles', 'weapons', 'weapon', 'arms', 'enrichment', 'space', 'drone', 'military', 'atomic', 'chemical', 'ballistic'] as const;

/** What happened to a deal as news ("under an accord signed on Friday", "under a plan drawn up by the mediators"). */
export const DEAL_EVENT_PARTICIPLES = ['signed', 'agreed', 'reached', 'struck', 'brokered', 'mediated', 'negotiated', 'approved', 'endorsed', 'concluded', 'announced', 'unveiled', 'presented', 'imposed', 'drawn up'] as const;

/** Nouns that only name the proposal with a determiner in front ("the draft", "this understanding"). */
export const WEAK_PROPOSAL_NOUNS = [
	'declaration',
	'charter',
	'draft',
	'document',
	'understanding',
	'initiative',
	'pause',
	'arrangement',
	'consensus',
	'memorandum',
	'terms',
	'text',
	'clause',
	...PACKAGE_NOUNS,
] as const;

/** Nouns that point to the proposal or a part of it but never name the story's proposal ("the money", "phase two"). */
export const PROPOSAL_PART_NOUNS = ['terms', 'text', 'clause', 'phase', 'stage', 'aid', 'assistance', 'funding', 'funds', 'money', 'loan'] as const;

/** Words before a weak proposal noun that make it a reference: "the first phase", "the next stage". */
export const PROPOSAL_ORDINALS = ['first', 'second', 'third', 'final', 'next', 'initial', 'opening', 'later', 'last'] as const;

/** Verbs whose subject is the proposal and whose object lists its terms ("the plan involves …"). */
export const TERM_VERBS = [
	'involves',
	'involve',
	'mandates',
	'mandate',
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
	'notes',
	'says',
	'said',
	'states',
	'stated',
] as const;

/** Present-tense verbs by which a deal itself acts ("the deal cuts tariffs on cars to 15%", "the pact lets firms bid"). */
export const ACTION_TERM_VERBS = ['lets', 'drops', 'abolishes', 'raises', 'doubles', 'limits', 'restricts', 'creates', 'introduces', 'bars', 'prohibits', 'forbids', 'protects', 'reinstates', 'opens', 'reopens', 'lifts', 'removes', 'cuts', 'lowers', 'reduces', 'suspends', 'waives', 'eliminates', 'caps', 'extends', 'scraps', 'eases', 'relaxes', 'bans', 'freezes', 'phases out', 'sets up', 'establishes', 'guarantees', 'restores', 'resumes', 'imposes', 'levies'] as const;

/** Further present-tense verbs that carry on a series a deal's own verb opened ("creates a no-trawl belt, sets up a joint patrol and puts inspectors in every port"). */
export const SERIES_TERM_VERBS = ['puts', 'places', 'sends', 'deploys', 'provides', 'requires', 'allows', 'gives', 'commits', 'obliges', 'sets', 'makes', 'halts', 'ends', 'stops', 'frees', 'releases', 'returns', 'names', 'appoints'] as const;

/** Objects of such a verb that comment on the deal instead of stating a term ("opens the door to talks"). */
export const COMMENT_OBJECTS = ['the door', 'the way', 'the path', 'the prospect', 'the possibility', 'a new chapter', 'questions', 'fears', 'hopes', 'concerns', 'uncertainty', 'doubts', 'the risk', 'pressure'] as const;

/** Verbs of keeping the deal itself ("will respect every line of this text", "abide by the accord"): a pledge that states no term. */
export const KEEPING_VERBS = ['respect', 'respects', 'honour', 'honours', 'honor', 'honors', 'abide by', 'abides by', 'uphold', 'upholds', 'observe', 'observes', 'keep to', 'stick to', 'comply with', 'complies with', 'fulfil', 'fulfils', 'fulfill', 'fulfills', 'adhere to', 'adheres to', 'stand by', 'stands by'] as const;

/** What a speaker says a deal restores ("restores the authority of the state"): its aim, not a term. */
export const RESTORED_STATES = ['authority', 'sovereignty', 'peace', 'stability', 'order', 'calm', 'normality', 'normalcy', 'dignity', 'unity', 'rule of law', 'territorial integrity', 'trust', 'confidence'] as const;

/** A deal's verbs whose object is the party they bind ("obliges X to …", "commits Y to …"): after "and", they open a term. */
export const OBLIGING_VERBS = ['obliges', 'commits', 'requires', 'forces', 'binds', 'allows', 'permits', 'lets', 'bars', 'forbids', 'prohibits'] as const;

/** Verbs after which the object is a list of separate terms ("including A, B and C"). */
export const LIST_VERBS = ['including', 'includes', 'include', 'included', 'involves', 'involve', 'involving', 'covering', 'covers', 'such as', 'calls for', 'call for'];

/** Words in a heading that announce the terms below it ("Key Provisions of the Plan", "What the deal says"). */
export const TERM_HEADING_WORDS = ['provisions', 'provision', 'terms', 'points', 'key points', 'clauses', 'conditions', 'what the', "what's in", 'what is in', 'includes', 'details', 'elements', 'highlights', 'stipulations', 'measures', 'commitments', 'pledges', 'at a glance', 'breakdown', 'who gives what'];

/** Verbs of a list's lead-in by which a party rejects or demands ("firmly rejects the following elements:"): its items are a position, not terms. */
export const OBJECTION_LEAD_VERBS = ['rejects', 'rejected', 'objects to', 'objected to', 'opposes', 'opposed', 'demands', 'demanded', 'denounces', 'denounced', 'condemns', 'condemned'];

/** Openers that cite the proposal before stating a term ("Under the terms of the deal, …", "As part of the agreement, …"). */
export const CITING_OPENERS = ['according to', 'under', 'as part of', 'in line with', 'per', 'as laid out in', 'as set out in', 'in', 'during'];

/** Verbs by which parties take on a term ("both sides agreed to …", "pledged to …"). */
export const AGREEMENT_VERBS = ['agreed to', 'agreed on', 'agreed that', 'agree to', 'agreeing to', 'pledged to', 'pledging to', 'committed to', 'promised to', 'undertook to', 'consented to'];

/** Phrases of a clause that states what stays as it is under the deal. */
export const RETENTION_PHRASES = ['remains in place', 'remain in place', 'remains in force', 'remain in force', 'remains in effect', 'remain in effect', 'remain effective', 'remains effective', 'stays in place', 'stay in place'];

/**
 * What a deal leaves out or keeps under the old rules (carve-outs): "the newest tools remain subject to
 * licences", "rice is exempt from the cut", "military goods are excluded from the deal".
 */
export const EXCLUSION_PHRASES = [
	'remain subject to', 'remains subject to', 'will remain subject to', 'would remain subject to', 'stay subject to', 'stays subject to',
	'remain covered by', 'remains covered by', 'are still covered by', 'is still covered by', 'are still subject to', 'is still subject to',
	'is exempt from', 'are exempt from', 'will be exempt from', 'would be exempt from', 'is exempted from', 'are exempted from', 'will be exempted from',
	'is excluded from', 'are excluded from', 'will be excluded from', 'would be excluded from', 'remain excluded from', 'remains excluded from',
	'remain outside', 'remains outside',
	'is left out of', 'are left out of', 'will be left out of', 'would be left out of',
	'remain off-limits', 'remains off-limits', 'remain banned', 'remains banned', 'remain restricted', 'remains restricted',
] as const;

/** Papers a carved-out good still needs ("the newest tools still need a licence"): "families still need shelter" is no carve-out. */
export const PERMIT_NOUNS = ['licence', 'licences', 'license', 'licenses', 'permit', 'permits', 'permission', 'approval', 'authorisation', 'authorization', 'clearance', 'visa', 'visas', 'waiver', 'waivers', 'certificate', 'certificates'] as const;

/** Objects that make "remain subject to …" battlefield or disaster news rather than a carve-out. */
export const HARM_OBJECTS = ['attack', 'attacks', 'shelling', 'bombardment', 'shellfire', 'fire', 'air strikes', 'airstrikes', 'raids', 'looting', 'flooding', 'aftershocks', 'landslides', 'abuse', 'harassment'] as const;

/** A sanction or tariff that returns by itself when a party breaks the deal ("tariffs would snap back"). */
export const SNAP_BACK_PHRASES = ['snap back', 'snap-back', 'be reimposed', 'be re-imposed', 'be reinstated', 'be restored', 'be reintroduced', 'be re-introduced', 'automatically return', 'revert'] as const;

/**
 * Participles of what a deal does to a thing, in the future passive ("sanctions will be lifted", "disputes
 * will be referred to a panel", "a humanitarian corridor will be opened", "imports will be capped at …").
 */
export const DEAL_PASSIVE_VERBS = [
	'lifted', 'eased', 'relaxed', 'removed', 'scrapped', 'reduced', 'cut', 'lowered', 'capped', 'limited', 'frozen', 'suspended', 'waived',
	'opened', 'reopened', 'set up', 'established', 'created', 'dismantled', 'demilitarised', 'demilitarized', 'referred', 'settled', 'resolved',
	'phased in', 'phased out', 'extended', 'renewed', 'granted', 'guaranteed', 'exempted', 'screened', 'monitored', 'verified', 'inspected',
	'unfrozen', 'returned', 'rebuilt', 'disbursed', 'channelled', 'channeled', 'allocated', 'paid', 'restored', 'resumed', 'allowed', 'permitted',
	'withdrawn', 'pulled back', 'moved back', 'repatriated', 'released', 'freed', 'swapped', 'exchanged', 'handed over', 'shared',
	'raised', 'increased', 'halved', 'doubled', 'destroyed', 'decommissioned', 'deployed', 'stationed', 'posted',
] as const;

/** Things a deal acts on: the subject of its future passive must name one ("sanctions will be lifted"; "schools will be reopened" is recovery news). */
export const DEAL_OBJECTS = [
	'sanctions', 'tariffs', 'tariff', 'duties', 'duty', 'levies', 'levy', 'quotas', 'quota', 'curbs', 'controls', 'restrictions', 'limits', 'caps', 'blockade',
	'embargo', 'ban', 'bans', 'crossing', 'crossings', 'corridor', 'corridors', 'checkpoint', 'checkpoints', 'border', 'borders', 'airport', 'port', 'ports',
	'airspace', 'routes', 'prisoners', 'hostages', 'detainees', 'captives', 'bodies', 'remains', 'assets', 'funds', 'reserves', 'payments', 'disputes',
	'complaints', 'grievances', 'imports', 'exports', 'shipments', 'licences', 'licenses', 'permits', 'visas', 'exemptions', 'zone', 'zones', 'refugees',
	'aid', 'supplies', 'fuel', 'convoys', 'trucks', 'flights', 'fees', 'fines', 'debt', 'debts', 'loans', 'subsidies', 'wages', 'pay', 'salaries', 'pensions',
	'emissions', 'output', 'production', 'enrichment', 'stockpile', 'stockpiles', 'inspections', 'inspectors', 'observers', 'monitors', 'peacekeepers',
	'weapons', 'arms', 'mines', 'troops', 'forces', 'fighters', 'ceasefire', 'truce', 'fighting', 'hostilities', 'flows', 'water', 'access',
	'violations', 'breaches', 'team', 'mission',
] as const;

/** What a proposal as subject carves out by a clause of its own: "the accord excludes arms sales", "the pact exempts small boats". */
export const PROPOSAL_EXCLUDES = ['excludes', 'exempts', 'carves out'] as const;

/**
 * What a deal is silent on, said as a negation of its reach ("the pact does not apply to the islands", "fishermen
 * detained at sea are not covered by the release", "the accord says nothing about refugees"): what the deal leaves out
 * is no clause of it, unlike a rule it keeps ("remain subject to a permit") or an exemption listed among its terms.
 */
export const SILENCE_PHRASES = [
	'does not cover', 'do not cover', 'will not cover', 'would not cover', 'does not include', 'do not include', 'will not include', 'would not include',
	'does not apply to', 'do not apply to', 'will not apply to', 'would not apply to', 'does not extend to', 'will not extend to', 'would not extend to',
	'is not covered by', 'are not covered by', 'will not be covered by', 'would not be covered by', 'is not included in', 'are not included in',
	'says nothing about', 'say nothing about', 'said nothing about', 'says nothing on', 'is silent on', 'are silent on', 'was silent on', 'makes no mention of',
	'leaves out', 'leave out', 'stops short of', 'falls short of',
	'does not mention', 'do not mention', 'did not mention', 'does not address', 'do not address',
] as const;

/** Appositive comments after a term (", a key demand of the union", ", a concession to farmers"): cut from the term. */
export const COMMENT_APPOSITIVES = ['demand', 'concession', 'win', 'victory', 'blow', 'setback', 'priority', 'sticking point', 'reversal', 'climbdown', 'u-turn', 'breakthrough', 'gesture', 'sweetener', 'red line', 'goal', 'aim', 'first', 'milestone'] as const;

/** Bodies a deal sets up to watch over it ("a joint committee", "a monitoring mission", "observers from the Union"). */
export const OVERSIGHT_BODIES = ['committee', 'commission', 'mission', 'panel', 'observers', 'monitors', 'mechanism', 'working group', 'task force', 'inspectors', 'peacekeepers', 'tribunal', 'secretariat', 'board', 'council', 'team', 'body', 'arbitrators', 'arbitration', 'auditors'] as const;

/** What such a body does under a deal ("will review the controls every six months", "will verify the pull-back"). */
export const OVERSIGHT_VERBS = ['review', 'monitor', 'verify', 'interview', 'have access to', 'confirm the identity', 'visit', 'oversee', 'inspect', 'supervise', 'audit', 'police', 'certify', 'patrol', 'settle', 'arbitrate', 'rule on', 'restore', 'reinstate', 'reimpose', 'check', 'track', 'assess', 'report on', 'meet', 'convene'] as const;

/** Of those, verbs that name a duty only with a schedule ("will meet every month"): "the council will meet on Friday" is news. */
export const SCHEDULED_OVERSIGHT_VERBS = ['meet', 'convene', 'assess', 'check', 'track', 'visit'] as const;

/** Words of a schedule that make a meeting part of a deal's machinery. */
export const SCHEDULE_WORDS = ['every', 'each', 'regularly', 'monthly', 'weekly', 'quarterly', 'annually', 'yearly', 'twice', 'once a', 'at least once'] as const;

/** Verbs by which a deal or one of its terms starts, runs or ends ("takes effect on 1 July", "expires unless renewed"). */
export const EFFECT_PHRASES = [
	'take effect', 'takes effect', 'come into force', 'comes into force', 'enter into force', 'enters into force', 'go into effect', 'goes into effect',
	'come into effect', 'comes into effect', 'apply from', 'applies from', 'expire', 'expires', 'lapse', 'lapses', 'run out', 'runs out',
	'last for', 'lasts for', 'run for', 'runs for', 'run until', 'runs until', 'hold for', 'remain in force for', 'remain in force until', 'be renewed', 'be extended',
	'be phased in', 'phase in', 'be reviewed', 'be renegotiated',
	// "The agreement is said to be initially valid for four months": how long it holds
	'valid for', 'valid until',
] as const;

/** The works a deal sets going, whose start and end dates are its timetable ("construction will begin next year"). */
export const WORKS_NOUNS = ['construction', 'production', 'work', 'works', 'deliveries', 'shipments', 'payments', 'disbursements', 'withdrawal', 'pullback', 'pull-back', 'handover', 'handovers', 'exchange', 'exchanges', 'swap', 'swaps', 'releases', 'reconstruction', 'rebuilding', 'repairs', 'purchases', 'imports', 'exports', 'flights', 'inspections', 'demining', 'disarmament', 'demobilisation', 'demobilization', 'evacuation', 'evacuations', 'implementation', 'operations'] as const;

/** Steps of a deal carried out in turn: "a second exchange is planned for June", "the next tranche is due in May". */
export const STEP_NOUNS = ['exchange', 'swap', 'round', 'phase', 'stage', 'release', 'handover', 'tranche', 'payment', 'instalment', 'installment', 'delivery', 'shipment', 'transfer', 'withdrawal', 'pullback', 'review'] as const;

/** Facilities a deal pays for, which "start production" on a date ("the plant will start production in 2029"). */
export const FACILITY_NOUNS = ['plant', 'factory', 'fab', 'mine', 'pipeline', 'refinery', 'terminal', 'facility', 'project', 'line', 'site', 'port', 'hospital', 'school', 'bridge'] as const;

/** Words before a deal or term that make it another one than the story's ("the old agreement expires in March"). */
export const OTHER_PROPOSAL_WORDS = ['previous', 'old', 'earlier', 'former', 'existing', 'current', 'last', 'next', 'another', 'future', 'original'] as const;

/** Nouns of negotiations still to come ("talks on services", "a further round of negotiations"). */
export const TALKS_NOUNS = ['talks', 'negotiations', 'discussions', 'consultations', 'round of talks', 'rounds of talks', 'round of negotiations', 'rounds of negotiations', 'round', 'rounds'] as const;

/** Verbs by which such talks are set to start ("talks … are to begin in the autumn"). */
export const TALKS_START_VERBS = ['begin', 'start', 'open', 'follow', 'take place', 'get under way', 'be held'] as const;

/** Verbs of a forecast or a fear: "analysts expect tariffs will be cut" is their view, not a term. */
export const FORECAST_VERBS = ['expect', 'expects', 'expected', 'fear', 'fears', 'feared', 'hope', 'hopes', 'hoped', 'predict', 'predicts', 'predicted', 'believe', 'believes', 'think', 'thinks', 'doubt', 'doubts', 'worry', 'worries', 'warn', 'warns', 'warned', 'forecast', 'forecasts', 'bet', 'bets', 'suspect', 'suspects', 'assume', 'assumes', 'speculate', 'speculated', 'wonder', 'wonders'] as const;

/** People who comment on a deal from outside it: a future they describe is their forecast, not a term. */
export const COMMENTATOR_WORDS = ['analysts', 'analyst', 'economists', 'economist', 'experts', 'expert', 'observers', 'commentators', 'traders', 'investors', 'markets', 'diplomats'] as const;

/** Who speaks against a deal: what they say it does or leaves out is their criticism, not its text. */
export const CRITIC_WORDS = ['opposition', 'critics', 'critic', 'opponents', 'sceptics', 'skeptics', 'detractors', 'hardliners'] as const;

/**
 * What has happened under a deal already: "the first crews have reached the plant", "aid convoys have arrived". News
 * of its first steps, not a term of it (participles after "has"/"have").
 */
export const FIRST_STEP_VERBS = ['reached', 'arrived', 'begun', 'started', 'crossed', 'entered', 'landed', 'docked', 'departed', 'left', 'visited', 'returned home', 'got through', 'gone through'] as const;

/** Parties taken together: a sentence with these and a modal states a mutual commitment. */
export const BOTH_SIDES = ['both sides', 'each side', 'the two sides', 'both countries', 'the two countries', 'both parties', 'the two parties', 'both governments', 'each country', 'the parties', 'both nations', 'the two nations', 'the two governments', 'each party'];

/** Words of a breach: an accusation outside a deal's terms, but the trigger of its oversight and snap-back clauses. */
export const BREACH_MARKERS = ['violating', 'violation', 'violations'] as const;

/** Words that mark a sentence as a reaction, demand or judgment of a proposal rather than a term of it. */
export const NOT_TERM_MARKERS = [
	...BREACH_MARKERS,
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
	'reject',
	'rejects',
	'rejected',
	'criticised',
	'criticized',
	'welcomed',
	'welcome',
	'welcomes',
	'praised',
	'hailed',
	'accused',
	'accuse',
	'denied',
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
	'with concern',
	'expressed concern',
	'voiced concern',
	// "the rebels are not required to leave the hills": what the deal leaves a party free not to do binds no one ("visas will
	// not be required" has no "to", and is a term)
	'not required to',
	'not be required to',
	'not obliged to',
	'not be obliged to',
	'under no obligation to',
];

/** Determiners and pronouns that start a noun phrase: a conjunct after "and" starting with one is not a verb phrase. */
export const DETERMINERS = ['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'all', 'other', 'some', 'any', 'more', 'each', 'every', 'both', 'this', 'that', 'these', 'those', 'no', 'most', 'several'];

/** Nouns that name the kind of proposal in front of its head ("peace plan", "trade deal"). */
export const PROPOSAL_MODIFIERS = ['peace', 'trade', 'joint', 'ceasefire', 'cease-fire', 'framework', 'hostage', 'hostages', 'security', 'tariff', 'nuclear', 'border', 'prisoner', 'grain', 'gas', 'energy', 'minerals', 'climate', 'coalition', 'budget', 'debt', 'draft', 'interim', 'final', 'partial', 'aid', 'relief', 'rescue', 'investment', 'sanctions', 'bailout', 'reconstruction', 'recovery', 'stimulus', 'export', 'humanitarian', 'financial'];

/**
 * Words that name the same kind of term in different words, so paraphrases of one term cluster across
 * outlets ("cede land" / "give up the region" / "territorial concessions"). Multi-word phrases first.
 */
export const TERM_CONCEPTS: Record<string, readonly string[]> = {
	cede: ['give up', 'giving up', 'gives up', 'give', 'hand over', 'hands over', 'handed over', 'handing over', 'handover', 'handovers', 'hand-over', 'pull out', 'pull back', 'pulls back', 'pulled back', 'pulling back', 'pull-back', 'pull-backs', 'pullback', 'pullbacks', 'fall back', 'falls back', 'falling back', 'fell back', 'cede', 'cedes', 'ceding', 'ceded', 'concession', 'concessions', 'withdraw', 'withdraws', 'withdrawing', 'withdrawal', 'relinquish', 'relinquishing', 'retreat', 'surrender', 'surrenders', 'surrendered', 'surrendering'],
	territory: ['territory', 'territories', 'territorial', 'land', 'lands', 'region', 'regions', 'areas', 'area'],
	military: ['armed forces', 'armed formations', 'formations', 'military', 'army', 'armies', 'troops', 'forces', 'soldiers', 'soldier'],
	limit: ['limit', 'limits', 'limiting', 'limited', 'cap', 'caps', 'capped', 'capping', 'restriction', 'restrictions', 'restrict', 'restricting', 'downsize', 'downsizing', 'shrink', 'reduce', 'reduces', 'reducing', 'reduction', 'reductions', 'cut', 'cuts', 'cutting', 'lower', 'lowers', 'lowered', 'lowering', 'slash', 'slashes', 'slashed', 'roll back', 'cut back'],
	guarantee: ['security guarantee', 'security guarantees', 'guarantee', 'guarantees', 'assurances'],
	ceasefire: ['hold their fire', 'fall silent', 'falls silent', 'fell silent', 'hold its fire', 'hold fire', 'cease-fire', 'ceasefire', 'truce', 'cease', 'cessation', 'stoppage', 'halt', 'stop', 'firing', 'fighting', 'hostilities', 'pause', 'pauses', 'moratorium'],
	// "an independent audit" / "will send auditors to go through the books": one check of the accounts
	audit: ['audit', 'audits', 'audited', 'auditing', 'auditor', 'auditors'],
	talks: ['talks', 'negotiations', 'dialogue', 'consultations', 'consultation', 'discussions', 'discuss', 'speak', 'meet', 'meeting'],
	tariff: ['tariffs', 'tariff', 'levies', 'levy', 'duties', 'duty'],
	recognise: ['recognise', 'recognised', 'recognising', 'recognize', 'recognized', 'recognizing', 'recognition', 'de facto'],
	// "clemency for persons detained during the disorder": a state outlet's word for freeing the detainees
	release: ['release', 'releases', 'released', 'releasing', 'free', 'frees', 'freed', 'freeing', 'exchange', 'swap', 'go home', 'walk free', 'set free', 'clemency'],
	// "talks on autonomy" / "discuss a wide self-government": the status a region is offered
	autonomy: ['autonomy', 'autonomous', 'self-government', 'self-governing', 'self-rule', 'home rule', 'devolution'],
	remove: ['remove', 'removed', 'removing', 'removal', 'cancel', 'cancelled', 'canceled', 'scrap', 'scrapped', 'eliminate', 'lift', 'lifting', 'lifted', 'suspend', 'suspended', 'suspension'],
	period: ['period', 'window', 'days', 'day', 'months', 'weeks'],
	// "36 abducted citizens" in one side's word is the hostages of the other's
	hostage: ['hostages', 'hostage', 'captives', 'captive', 'abductees', 'abducted', 'kidnapped'],
	ease: ['ease', 'eases', 'eased', 'easing', 'relax', 'relaxes', 'relaxed', 'relaxing', 'loosen', 'loosens', 'loosened', 'loosening'],
	remaining: ['remaining', 'remainder', 'the rest'],
	prisoner: ['prisoners', 'prisoner', 'detainees', 'detainee', 'inmates', 'detained'],
	// the dead handed back: "the remains of 212 soldiers", "369 bodies"
	remains: ['remains of', 'bodies', 'body of', 'bodies of'],
	// an export control is a licence requirement: "eases export controls" / "drops licence requirements"
	border: ['border', 'borders', 'frontier', 'frontiers', 'boundary', 'boundaries'],
	monitor: ['monitors', 'monitor', 'observers', 'observer', 'monitoring mission', 'monitoring team', 'ceasefire monitors'],
	// "will deploy monitors" / "puts monitors on the ground" / "stations observers"
	deploy: ['deploy', 'deploys', 'deployed', 'deploying', 'deployment', 'on the ground', 'stationed', 'stationing'],
	// "raids on power stations" / "attacks on energy infrastructure" / "hitting the grid"
	energy: ['energy infrastructure', 'energy facilities', 'energy sites', 'power plants', 'power plant', 'power stations', 'power station', 'substations', 'substation', 'power grid', 'grid'],
	// "no one will be driven from the coast" / "no resident will be forced to leave": the term against displacing people
	displace: ['driven from', 'driven out', 'forced to leave', 'forced out', 'forcibly', 'expel', 'expelled', 'expulsion', 'expulsions', 'displacement', 'deport', 'deported', 'deportation', 'deportations'],
	// "fighters who disarm" / "militants who lay down their arms"
	disarm: ['lay down their arms', 'lay down its arms', 'lay down arms', 'lays down', 'surrender their arms', 'surrender its arms', 'surrender their weapons', 'surrender its weapons', 'hand in their weapons', 'hand in their arms', 'laid down', 'disarm', 'disarms', 'disarmed', 'disarming', 'disarmament', 'demobilise', 'demobilize', 'demobilisation', 'demobilization'],
	// who a disarmament or amnesty term is about, however an outlet names them
	fighter: ['fighters', 'fighter', 'militants', 'militant', 'rebels', 'rebel', 'combatants', 'combatant', 'guerrillas', 'insurgents', 'militiamen', 'terrorists'],
	// "reinstated" / "take back the dismissed" / "their jobs back": workers returned to their posts; "readmit" / "take back
	// its nationals": people returned to a country, the same taking back in a returns deal's word
	reinstate: ['reinstate', 'reinstated', 'reinstates', 'reinstatement', 'take back', 'takes back', 'taken back', 'rehire', 'rehired', 'jobs back', 'readmit', 'readmits', 'readmitted', 'readmitting', 'readmission'],
	// "an independent inquiry", "a judicial investigation", "a probe into the deaths"
	inquiry: ['inquiry', 'inquiries', 'investigation', 'investigations', 'probe'],
	// "warships", "naval ships", "coast guard vessels": the same ships in each outlet's word
	vessel: ['ship', 'ships', 'shipping', 'vessel', 'vessels', 'warship', 'warships'],
	// "a humanitarian corridor", "safe passage for civilians": a route the deal opens
	corridor: ['corridor', 'corridors', 'safe passage', 'humanitarian route', 'safe route', 'protected road', 'protected roads', 'protected route', 'protected routes', 'safe road', 'safe roads', 'safe routes', 'humanitarian road', 'humanitarian routes'],
	// "lift the ban on its oil" / "oil sanctions are lifted" / "the embargo ends": a penalty one side keeps on the other
	sanction: ['sanctions', 'sanction', 'ban', 'bans', 'embargo', 'embargoes'],
	// "would freeze the front lines" / "lines which would be frozen": one freeze in the verb's forms, which no stem joins
	freeze: ['freeze', 'freezes', 'freezing', 'froze', 'frozen'],
	// "a hotline", "a hot line", "a direct telephone line between the commands": one line of contact between the sides
	hotline: ['hotline', 'hotlines', 'hot line', 'hot lines'],
	// "freezes the front line" / "freezes positions as they were" / "along the line of contact": where the forces stand
	frontline: ['front line', 'front lines', 'frontline', 'frontlines', 'line of contact', 'contact line', 'positions'],
	// "after the elections" / "after the vote" / "once the polls are held": the same ballot in each outlet's word
	election: ['election', 'elections', 'vote', 'polls'],
	// "barred from standing" / "cannot run in the elections" / "ineligible": who may not be a candidate
	ineligible: ['ineligible', 'barred from standing', 'barred from running', 'banned from standing', 'banned from running', 'cannot run', 'cannot stand', 'may not run', 'may not stand', 'will not stand', 'will not run', 'not be a candidate', 'not be candidates'],
	// "without prejudice to either side's claims" / "the claims are unaffected" / "does not affect their positions": a
	// deal's saving clause, said in each outlet's words
	prejudice: ['without prejudice', 'unaffected', 'does not affect', 'do not affect', 'will not affect', 'not affect', 'no bearing on', 'not prejudge', 'does not prejudge'],
	sovereignty: ['sovereignty', 'territorial claims', 'claims to', 'claims of', 'legal positions'],
	// "health workers" / "doctors and nurses" / "medical staff": the same people in each outlet's word
	medic: ['health workers', 'health worker', 'healthcare workers', 'medical staff', 'medical workers', 'doctors', 'nurses', 'medics', 'paramedics'],
	// "aid convoys of 30 trucks", "lorries carrying food", "200 aid lorries": the vehicles that carry the aid in each outlet's word
	convoy: ['convoy', 'convoys', 'truck', 'trucks', 'lorry', 'lorries', 'truckloads'],
	// "no new construction in the zone" / "no fortifications may be built there" / "no new building": one ban on building
	construct: ['construction', 'construct', 'constructing', 'build', 'builds', 'built', 'building', 'fortification', 'fortifications', 'fortify', 'fortified'],
	// "the buffer zone between them" / "the strip between them" / "a demilitarised belt": the ground kept between the forces
	// ("buffer zone" keeps its "zone", which the two outlets' wordings of one zone share)
	buffer: ['buffer', 'demilitarised', 'demilitarized', 'strip', 'belt'],
	// "a reconstruction fund" / "a fund for rebuilding homes" / "to rebuild 14 bridges": one rebuilding in noun or verb
	rebuild: ['reconstruction', 'reconstruct', 'reconstructing', 'rebuilding', 'rebuild', 'rebuilds', 'rebuilt'],
	// "a $2bn loan" / "will lend $2bn" / "would borrow $2bn": one credit in the lender's or the borrower's word
	loan: ['loan', 'loans', 'lend', 'lends', 'lending', 'borrow', 'borrows', 'borrowing', 'credit line'],
	control: ['export controls', 'export control', 'controls', 'curbs', 'licence requirements', 'license requirements', 'licence', 'licences', 'license', 'licenses', 'licensing', 'permits'],
};

/**
 * Concepts a deal holds one term of (one inquiry, one monitoring mission): a passing mention of one joins the only term
 * that names it, however few other words they share.
 */
/** TERM_CONCEPTS that name what a term does (hand over, free, pull back), not what it is about. */
export const ACTION_CONCEPTS = ['cede', 'release', 'remove', 'ease', 'deploy', 'disarm', 'reinstate'] as const;

export const SINGULAR_TERM_CONCEPTS = ['inquiry', 'reinstate', 'monitor', 'guarantee', 'recognise', 'prejudice', 'hotline', 'corridor'] as const;

/**
 * SINGULAR_TERM_CONCEPTS a deal never sets up twice, whose terms are one however many clusters name them: one hotline,
 * one body of monitors ("40 unarmed monitors" / "45 observers" / "the monitors will report daily"), one set of corridors
 * ("two safe corridors" / "two humanitarian corridors, checked by the police" / "two protected corridors").
 */
export const HELD_ONCE_CONCEPTS = ['hotline', 'monitor', 'corridor'] as const;

/**
 * Verbs by which a party of a deal takes on a deliverable ("the Union will send …", "the bank is ready to
 * lend …", "Tokyo will invest …", "Washington will ease export controls …"). Base forms.
 */
export const COMMITMENT_VERBS = [
	'send', 'provide', 'deliver', 'deploy', 'fund', 'finance', 'lend', 'loan', 'donate', 'contribute', 'allocate', 'disburse',
	'supply', 'dispatch', 'airlift', 'host', 'release', 'free', 'invest', 'buy', 'purchase', 'import', 'build', 'rebuild',
	'grant', 'channel', 'pay', 'cover', 'forgive', 'write off', 'restructure', 'match', 'double', 'open', 'reopen', 'lift',
	'ease', 'relax', 'loosen', 'cut', 'lower', 'reduce', 'remove', 'scrap', 'suspend', 'waive', 'extend', 'resume', 'establish',
	'set up', 'create', 'train', 'equip', 'offer', 'guarantee', 'ban', 'freeze', 'impose', 'phase out', 'withdraw', 'pull back',
	'hand over', 'exchange', 'return', 'allow', 'feed', 'shelter', 'resettle', 'vaccinate', 'train',
	// compliance a party takes on: screening, checks, sharing data, enforcing rules
	'screen', 'tighten', 'share', 'enforce', 'monitor', 'verify', 'inspect', 'swap', 'repatriate', 'evacuate', 'dismantle',
] as const;

/** What parties may fall out over: where a deal sends them is its dispute clause ("any dispute will go to an arbitrator"). */
export const DISPUTE_NOUNS = ['dispute', 'disputes', 'disagreement', 'disagreements', 'complaint', 'complaints', 'grievance', 'grievances', 'claims'] as const;

/** Verbs after which a deal's signing names its aim: "signed a pact to share the river's water". */
export const SIGNING_VERBS = ['signed', 'sealed', 'struck', 'reached', 'clinched', 'concluded', 'finalised', 'finalized', 'signs', 'seals', 'strikes', 'reaches'] as const;

/** Proposals that bind their parties once made (deals, truces, packages): under these a party's "will send …" is a term; under a mere plan or draft it is not. */
export const BINDING_PROPOSALS = ['deal', 'agreement', 'accord', 'treaty', 'pact', 'protocol', 'ceasefire', 'cease-fire', 'truce', 'armistice', 'settlement', 'package', 'pledge', 'compact', 'commitments', 'aid', 'assistance', 'funding', 'funds', 'loan', 'memorandum', 'understanding', 'arrangement', 'programme', 'phase', 'stage'] as const;

/** Objects that make a party's delivery war materiel, which is battlefield news rather than a deal's term. */
export const WEAPON_OBJECTS = ['weapons', 'arms', 'ammunition', 'munitions', 'missiles', 'missile', 'shells', 'tanks', 'artillery', 'rockets', 'fighter jets', 'warplanes', 'air defence', 'air defense', 'drones', 'howitzers'] as const;

/** Verbs of a delivery already made under the package ("the UN has released $8 million"): counted only with money, after has/have. */
export const DELIVERED_VERBS = ['released', 'pledged', 'committed', 'allocated', 'approved', 'donated', 'earmarked', 'disbursed', 'provided', 'promised', 'offered', 'granted', 'contributed', 'set aside'] as const;

/** Of those, the ones that make a pledge in the simple past too ("Japan pledged $120 million"); "provided $60 billion" is history. */
export const PLEDGED_VERBS = ['pledged', 'committed', 'promised', 'donated', 'earmarked', 'allocated', 'approved', 'released'] as const;

/** Heads of a party named without a capital ("the government will …", "the bank is ready to …"). */
export const PARTY_HEADS = ['government', 'administration', 'commission', 'bank', 'fund', 'union', 'regime', 'ministry', 'authorities', 'alliance', 'bloc', 'agency', 'council', 'donors', 'lenders', 'side', 'sides', 'country', 'countries', 'parties', 'governments', 'rebels', 'group', 'movement', 'front', 'company', 'companies', 'forces', 'troops', 'army', 'military', 'militia', 'fighters'] as const;

/** Capitalised words that open a sentence without naming a party ("Officials will …", "Residents will return"). */
export const NOT_PARTY_WORDS = ['Officials', 'Critics', 'Analysts', 'Diplomats', 'Experts', 'Residents', 'Observers', 'Sources', 'Many', 'Some', 'Others', 'Both', 'Each', 'This', 'That', 'These', 'Those', 'There', 'Here', 'Now', 'Then', 'Still', 'Also', 'But', 'And', 'Yet', 'So'] as const;

/** Nouns after "aid"/"funding"/"charter" that make it a modifier naming no package ("aid workers", "funding cuts", "charter flights"). */
export const NOT_PACKAGE_AFTER = ['worker', 'workers', 'truck', 'trucks', 'convoy', 'convoys', 'agency', 'agencies', 'group', 'groups', 'organisation', 'organisations', 'organization', 'organizations', 'flight', 'flights', 'official', 'officials', 'shipment', 'shipments', 'corridor', 'corridors', 'delivery', 'deliveries', 'cut', 'cuts', 'freeze', 'level', 'levels', 'plane', 'planes', 'jet', 'jets', 'boat', 'boats', 'airline', 'airlines', 'school', 'schools'] as const;

/** Subject words that make a commitment battlefield news rather than a deal's term ("the army will send more troops"). */
export const MILITARY_SUBJECTS = ['army', 'military', 'forces', 'troops', 'soldiers', 'militia', 'militants', 'rebels', 'insurgents', 'fighters', 'navy', 'air force', 'police', 'brigade', 'battalion', 'commanders'] as const;

/** Of the commitment verbs, those a force takes on under a truce ("troops will pull back …"): for these a military subject is a party. */
export const STAND_DOWN_VERBS = ['withdraw', 'pull back', 'return', 'release', 'free', 'hand over', 'exchange', 'open', 'reopen', 'allow', 'suspend', 'lift'] as const;

/** People and remains handed over under a deal: their future passive is a term ("the hostages will be handed to …"). */
export const EXCHANGED_NOUNS = ['hostages', 'prisoners', 'detainees', 'captives', 'bodies', 'remains', 'abductees', 'inmates'] as const;

/** Words a term's object can be alone without naming anything delivered ("ready to send help"). */
export const VAGUE_OBJECTS = ['help', 'aid', 'support', 'assistance', 'more', 'it', 'them', 'this', 'that', 'what', 'whatever', 'everything', 'anything', 'something', 'all', 'more help', 'more aid', 'further help', 'further aid', 'further support'] as const;

/** Labels of a part of a phased deal in a list's sub-heading ("Phase one (42 days)", "Stage two"). */
export const PHASE_WORDS = ['phase', 'stage', 'step', 'tranche', 'round', 'part'] as const;


/** Verbs after "the plan would …" that judge the proposal or its fate rather than state a term. */
export const JUDGING_VERBS = ['be', 'become', 'hold', 'pass', 'fail', 'succeed', 'work', 'help', 'hurt', 'harm', 'benefit', 'favor', 'favour', 'reward', 'punish', 'undermine', 'damage', 'boost', 'collapse', 'need', 'take', 'come', 'face', 'go', 'get', 'have', 'lead', 'mean', 'bring', 'end', 'lose', 'win', 'survive', 'affect', 'impact', 'please', 'anger', 'satisfy', 'appease', 'embolden', 'weaken', 'strengthen', 'legitimize', 'legitimise', 'amount', 'represent', 'signal', 'mark', 'pave', 'depend', 'likely', 'not', 'never', 'only', 'probably', 'still', 'soon', 'then', 'need', 'seem', 'appear', 'prove', 'draw', 'spark', 'trigger', 'create', 'cause', 'stand', 'face', 'fall', 'put', 'serve', 'contribute', 'remain', 'continue', 'mean', 'cost', 'save', 'drag', 'weigh'];

/** Verbs by which someone reckons a deal's effect ("He estimated that the deal lowers debt service by …"): what follows is no term. */
export const ESTIMATE_VERBS = ['estimated', 'estimates', 'estimate', 'calculated', 'calculates', 'reckons', 'reckoned', 'predicted', 'predicts', 'forecast', 'forecasts', 'projected', 'projects', 'expects', 'expected'] as const;

/** Verbs that make a commentator's sentence a view ("Prices will rise, economists warned"), not a term. */
export const COMMENTING_VERBS = ['said', 'say', 'says', 'warn', 'warns', 'warned', 'expect', 'expects', 'expected', 'predict', 'predicts', 'predicted', 'forecast', 'forecasts', 'fear', 'fears', 'feared', 'believe', 'believes', 'think', 'thinks', 'argue', 'argues', 'argued', 'note', 'notes', 'noted', 'caution', 'cautions', 'cautioned', 'estimate', 'estimates', 'estimated', 'reckon', 'reckons', 'reckoned', 'bet', 'bets', 'worry', 'worries', 'worried', 'doubt', 'doubts', 'doubted'] as const;

/** Kinds of inhabited place an apposition may call a named place ("Velma, a hill town shelled for a month"). */
export const SETTLEMENT_NOUNS = ['town', 'city', 'village', 'enclave', 'suburb', 'quarter', 'neighbourhood', 'neighborhood', 'settlement', 'camp', 'capital', 'stronghold', 'outpost'] as const;

/** Verbs by which a party answers the press about the deal ("Neither party would disclose the figures"): no term. */
export const DISCLOSURE_VERBS = ['confirm', 'comment on', 'disclose', 'deny', 'reveal', 'discuss', 'elaborate on', 'give details of'] as const;

/** What such a verb answers about: the report, not a term ("the details", "those figures", "the draft"). */
export const DISCLOSED_OBJECTS = ['details', 'detail', 'report', 'reports', 'draft', 'text', 'contents', 'content', 'figure', 'figures', 'terms', 'timetable', 'it', 'this', 'that', 'them'] as const;

/** Words said that a speaker takes back ("will withdraw the remark that …"): their object is no term of a deal. */
export const SPEECH_NOUNS = ['suggestion', 'remark', 'remarks', 'comment', 'comments', 'claim', 'claims', 'allegation', 'allegations', 'accusation', 'accusations', 'statement', 'words', 'insinuation', 'threat', 'threats'] as const;

/** What comes after a term and narrows it ("…, excluding nurses and pilots", "…, provided they disband"). */
export const NARROWING_OPENERS = ['excluding', 'except', 'except for', 'with the exception of', 'other than', 'save for', 'apart from', 'but not', 'provided', 'providing', 'as long as', 'so long as', 'on condition that', 'on condition', 'subject to', 'taking into account', 'taking account of', 'bearing in mind'] as const;

/**
 * Participles that close a relative carve-out ("a pardon from which murder, torture and arson are
 * excluded"): the list before them names what a term leaves out, not terms of its own.
 */
export const CARVE_OUT_PARTICIPLES = ['excluded', 'exempt', 'exempted', 'omitted', 'left out', 'carved out'] as const;

/** How a party or group takes a deal ("Fishermen's unions condemn the treaty"): a key point told so is its reception, not a term. */
export const DEAL_RECEPTION_VERBS = ['denounce', 'denounces', 'denounced', 'condemn', 'condemns', 'condemned', 'reject', 'rejects', 'rejected', 'welcome', 'welcomes', 'welcomed', 'hail', 'hails', 'hailed', 'praise', 'praises', 'praised', 'criticise', 'criticises', 'criticised', 'criticize', 'criticizes', 'criticized', 'slam', 'slams', 'slammed', 'oppose', 'opposes', 'opposed', 'decry', 'decries', 'decried', 'protest', 'protests', 'protested', 'blast', 'blasts', 'blasted', 'back', 'backs', 'backed', 'endorse', 'endorses', 'endorsed', 'celebrate', 'celebrates', 'celebrated', 'question', 'questions', 'questioned'] as const;

/** How parties make a deal ("A and B sign a … treaty", "A and B agree a pause"): a key point told so is the signing, not a term. */
export const DEAL_SEALING_VERBS = ['sign', 'signs', 'signed', 'ink', 'inks', 'inked', 'agree', 'agrees', 'agreed', 'seal', 'seals', 'sealed', 'strike', 'strikes', 'struck', 'reach', 'reaches', 'reached', 'clinch', 'clinches', 'clinched', 'conclude', 'concludes', 'concluded', 'announce', 'announces', 'announced', 'accept', 'accepts', 'accepted'] as const;

/** Where a deal goes to be approved ("Treaty goes to a national vote"): its passage, not a term. */
export const DEAL_PASSAGE_BODIES = ['referendum', 'vote', 'ballot', 'plebiscite', 'parliament', 'assembly', 'congress', 'senate', 'voters'] as const;

/** Adverbs a headline puts between a subject and its verb ("Both sides still hold the ridge"). */
export const HEADLINE_ADVERBS = ['still', 'now', 'also', 'again', 'both', 'each', 'all', 'already', 'jointly', 'formally', 'finally'] as const;

/** Verbs by which a party asks another to act ("also called on its allies to raise spending"): a demand, not a term of the deal. */
export const DEMAND_VERBS = ['called on', 'calls on', 'calling on', 'called upon', 'calls upon', 'urged', 'urges', 'urging', 'appealed to', 'appeals to', 'pressed', 'presses'] as const;

/** Verbs of a writer's gloss on what came before ("This positions the port as …", "That marks a shift"): commentary, not a term. */
export const GLOSS_VERBS = ['positions', 'puts', 'places', 'makes', 'marks', 'means', 'signals', 'represents', 'reflects', 'underscores', 'underlines', 'highlights', 'shows', 'suggests', 'cements', 'leaves'] as const;

/** Verbs that need their object: "to implement and monitor the truce" gives both verbs the one object, one term. */
export const SHARED_OBJECT_VERBS = ['implement', 'monitor', 'verify', 'oversee', 'enforce', 'supervise', 'guarantee', 'observe', 'respect', 'uphold', 'police', 'coordinate', 'negotiate', 'draft', 'sign', 'ratify'] as const;

/** Past participles that take no "-ed", "-en" or "-wn": "has cut 1,800 jobs", "were held", "have fled". */
export const IRREGULAR_PARTICIPLES = ['cut', 'put', 'set', 'hit', 'shut', 'held', 'kept', 'left', 'lost', 'made', 'paid', 'sent', 'spent', 'told', 'won', 'fled', 'built', 'brought', 'bought', 'caught', 'fought', 'sold', 'struck', 'begun', 'done', 'gone', 'seen', 'met', 'led', 'shot', 'found', 'laid'] as const;

/** Words that open a clause inside a term, where a past or perfect verb may stand: "lifted once inspectors confirm the stockpile has gone". */
export const SUBORDINATE_OPENERS = ['who', 'whom', 'whose', 'which', 'that', 'where', 'when', 'once', 'after', 'until', 'till', 'unless', 'if', 'since', 'before', 'because', 'as soon as'] as const;

/** What a count of people still is, told as news among a live page's key points: "More than 200 people are missing". */
export const PLIGHT_WORDS = ['missing', 'sheltering', 'stranded', 'trapped', 'displaced', 'homeless', 'camped', 'camping', 'sleeping'] as const;
