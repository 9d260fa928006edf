/** Number words, multipliers, qualifiers and units: data for reading amounts written in digits or words. */

/** Cardinal words and their values ("twenty-six" is read as twenty + six). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
	zero: 0,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19,
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60,
	seventy: 70,
	eighty: 80,
	ninety: 90,
};

/** Words that multiply the number before them ("1.5 million", "three dozen", "a hundred"). */
export const MULTIPLIERS: Readonly<Record<string, number>> = {
	dozen: 12,
	hundred: 100,
	thousand: 1_000,
	million: 1_000_000,
	billion: 1_000_000_000,
	trillion: 1_000_000_000_000,
	crore: 10_000_000,
	lakh: 100_000,
	bn: 1_000_000_000,
	bln: 1_000_000_000,
	mln: 1_000_000,
	tn: 1_000_000_000_000,
	mn: 1_000_000,
	m: 1_000_000,
	k: 1_000,
};

/** Counts that name an order of magnitude but no number: the figure's value is null, the word is kept. */
export const VAGUE_COUNTS: readonly string[] = [
	'tens of thousands',
	'hundreds of thousands',
	// sums: "cost traders tens of millions", "hundreds of millions of dollars"
	'tens of millions',
	'hundreds of millions',
	'tens of billions',
	'hundreds of billions',
	'billions',
	'dozens',
	'scores',
	'hundreds',
	'thousands',
	'millions',
	'several dozen',
	'several hundred',
	'several thousand',
	// "a few hundred", "thought to number a few thousand fighters": as vague as "hundreds"
	'a few dozen',
	'a few hundred',
	'a few thousand',
];

/** Verbs whose particle "over" is no bound on the number after it: "handed over 20 people" gives exactly 20. */
export const HANDOVER_VERBS: readonly string[] = ['hand', 'hands', 'handed', 'handing', 'turn', 'turns', 'turned', 'turning', 'sign', 'signs', 'signed', 'signing'];

/** Words before a number that soften or bound it; kept as the figure's qualifier. Longest first. */
export const QUALIFIERS: readonly string[] = [
	'a little more than',
	'slightly more than',
	'a little over',
	'well over',
	'well above',
	'well under',
	'no more than',
	'not more than',
	'a maximum of',
	'a minimum of',
	'upward of',
	'a reported',
	'at least',
	'at most',
	'no fewer than',
	'no less than',
	'more than',
	'fewer than',
	'less than',
	'as many as',
	'as few as',
	'up to',
	'closer to',
	'close to',
	'upwards of',
	'in excess of',
	'just over',
	'just under',
	'an estimated',
	'approximately',
	'roughly',
	'nearly',
	'almost',
	'about',
	'around',
	'some',
	'over',
	'under',
	'estimated',
];

/** Qualifiers that put the true number above the one written ("more than 200"): not the same claim as one below it. */
export const QUALIFIERS_ABOVE: readonly string[] = ['a little more than', 'slightly more than', 'a little over', 'well over', 'well above', 'a minimum of', 'upward of', 'upwards of', 'at least', 'no fewer than', 'no less than', 'more than', 'in excess of', 'just over', 'over'];
/** Qualifiers that put the true number below the one written ("nearly 200", "up to 200"). */
export const QUALIFIERS_BELOW: readonly string[] = ['well under', 'no more than', 'not more than', 'a maximum of', 'at most', 'fewer than', 'less than', 'up to', 'just under', 'nearly', 'almost', 'under', 'close to', 'closer to', 'as many as'];

/** Currency signs and codes and what they are called. */
export const CURRENCY_SIGNS: Readonly<Record<string, string>> = {
	$: 'USD',
	'US$': 'USD',
	'€': 'EUR',
	'£': 'GBP',
	'¥': 'JPY',
	'₹': 'INR',
	'₽': 'RUB',
	'₴': 'UAH',
	Rs: 'INR',
	'Rs.': 'INR',
	INR: 'INR',
	USD: 'USD',
	EUR: 'EUR',
	GBP: 'GBP',
	CNY: 'CNY',
	RMB: 'CNY',
};

/** Currency names written after an amount ("5 billion euros"). */
export const CURRENCY_WORDS: readonly string[] = [
	'dollars',
	'euros',
	'pounds',
	'yuan',
	'renminbi',
	'yen',
	'rupees',
	'roubles',
	'rubles',
	'hryvnias',
	'francs',
	'riyals',
	'dirhams',
	'won',
	'pesos',
	'euro',
	'crowns',
	'kronor',
	'kroner',
	'shekels',
	'lira',
	'rand',
	'baht',
	'ringgit',
	'rupiah',
	'naira',
	'shillings',
	'dinars',
	'zlotys',
	'forints',
	'reais',
];

/**
 * Nouns of a sum paid or owed: the word after "a payment of 1,800 <word>" names the story's currency even when
 * it is no currency this lexicon knows (a small country's, or one a story invents).
 */
export const SUM_NOUNS: readonly string[] = ['payment', 'payments', 'bonus', 'bonuses', 'bill', 'cost', 'costs', 'budget', 'fine', 'fines', 'compensation', 'grant', 'loan', 'salary', 'salaries', 'wage', 'wages', 'pension', 'allowance', 'subsidy', 'subsidies', 'fee', 'fees', 'levy', 'ransom', 'bail', 'donation', 'investment', 'debt', 'deficit', 'surplus', 'revenue', 'revenues', 'profit', 'profits', 'payout', 'settlement sum', 'tax', 'fund', 'funds', 'contribution',
	// sums owed: "wage arrears of 4.8 billion drals", "reparations of 2 billion"
	'arrears', 'reparations', 'back pay'];

/** Words that follow a sum's number but are no currency ("a payment of 3 instalments"). */
/** Verbs of spending or paying: "has spent an estimated 1.4 million solars" names a currency after millions. */
export const SPENDING_VERBS: readonly string[] = ['spent', 'spends', 'spending', 'spend', 'paid', 'pays', 'paying', 'pay', 'cost', 'costs', 'costing', 'budgeted', 'allocated', 'allocates', 'earmarked', 'owes', 'owed', 'lent', 'lends', 'borrowed', 'raised', 'donated', 'pledged', 'pledges', 'invested', 'invests', 'contribute', 'contributes', 'contributed', 'contributing'];

/** Verbs that give a person a sum or a wage: "promised 400,000 drals to each family", "earns 62,000 drals a year". */
export const PAYING_VERBS: readonly string[] = ['promised', 'promises', 'promise', 'pays', 'paid', 'pay', 'paying', 'offered', 'offers', 'offer', 'awarded', 'awards', 'award', 'earns', 'earned', 'earn', 'earning', 'owed', 'owes'];

/** What a sum is given as, said after "in": "50,000 drals in compensation", "2.5 million drals in emergency aid". */
export const AID_SUMS: readonly string[] = ['compensation', 'aid', 'assistance', 'damages', 'reparations', 'funding', 'grants', 'loans', 'subsidies', 'ransom'];
/** The kind of aid a sum is, between "in" and its noun: "in emergency aid", "in reconstruction funding". */
export const AID_KINDS: readonly string[] = ['emergency', 'humanitarian', 'financial', 'state', 'reconstruction', 'development', 'military', 'budget', 'relief'];
/** A state's stores of money a sum is set aside from: "allocated from the national reserve". */
export const PUBLIC_PURSES: readonly string[] = ['reserve', 'reserves', 'budget', 'treasury', 'coffers', 'fund'];

export const NOT_CURRENCY: readonly string[] = ['per', 'percent', 'points', 'instalments', 'installments', 'tranches', 'months', 'years', 'weeks', 'days', 'times', 'people', 'workers', 'members', 'a', 'an', 'the', 'and', 'or', 'to', 'in', 'for', 'each', 'every', 'from', 'of', 'on', 'at', 'by', 'was', 'were', 'is', 'will', 'with'];

/** Month names and short forms: a number beside one is a date, not a figure. */
export const MONTHS: readonly string[] = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december',
	'jan',
	'feb',
	'mar',
	'apr',
	'jun',
	'jul',
	'aug',
	'sep',
	'sept',
	'oct',
	'nov',
	'dec',
];

/** Units of time: a count of them is a duration or an age, not a figure (unless it is a deal's term). */
export const TIME_UNITS: readonly string[] = [
	'second',
	'minute',
	'hour',
	'day',
	'night',
	'week',
	'month',
	'year',
	'decade',
	'century',
	'weekend',
	// abbreviated, as in "28 mins", "a 2 hr wait"
	'min',
	'hr',
	'sec',
];

/** Nouns a duration can be the term of: "a 90-day pause", "a 30-day ceasefire". */
export const TERM_NOUNS: readonly string[] = [
	'pause',
	'truce',
	'ceasefire',
	'cease-fire',
	'window',
	'period',
	'suspension',
	'moratorium',
	'deadline',
	'extension',
	'grace period',
	'reprieve',
	'freeze',
	'halt',
	'phase',
	'stage',
	// the deal itself: "the accord runs for 90 days", "the pact lasts six months"
	'deal',
	'agreement',
	'accord',
	'arrangement',
	'pact',
	// a right a deal grants for a term: "the new lease runs for 15 years", "a concession of 30 years"
	'lease',
	'concession',
	'contract',
	// a closure a deal sets: "the six-week ban", "a closure of at least twelve weeks", "a ten-week closed season"
	'ban', 'closure', 'closed season', 'embargo', 'curfew',
	// a zone or a mandate a deal sets up for a term: "the zone will run for 90 days", "the mandate is set for an initial year"
	'zone', 'mandate',
	// a relief a deal grants for a term: "will waive sanctions for 180 days", "the waiver lasts six months"
	'waiver', 'exemption',
	// a handover of power a deal sets: "a 36-month transition", "the transition will last 18 months"
	'transition', 'transitional period', 'transition period',
	// a stoppage called for a term: "a 48-hour general strike", "a two-day walkout" (read only after a verb of calling it: STOPPAGE_NOUNS)
	'strike', 'general strike', 'walkout', 'stoppage', 'shutdown', 'lockdown', 'blockade',
];

/** Stoppages whose length is a term only when called or announced ("has called a 48-hour general strike"), not one that ended ("ended the seven-week strike"). */
export const STOPPAGE_NOUNS: readonly string[] = ['strike', 'walkout', 'stoppage', 'shutdown', 'lockdown', 'blockade'];

/** Verbs that call a stoppage still to come: "called a two-day general strike", "threatens a 24-hour walkout". */
export const STOPPAGE_CALL_VERBS: readonly string[] = ['call', 'calls', 'called', 'calling', 'announce', 'announces', 'announced', 'declare', 'declares', 'declared', 'threaten', 'threatens', 'threatened', 'plan', 'plans', 'planned', 'stage', 'stages', 'staging', 'hold', 'holds', 'begin', 'begins', 'start', 'starts', 'impose', 'imposes', 'imposed', 'order', 'orders', 'ordered'];

/** Verbs that grant or buy time, whose time is a deal's term: "the charter gives the transition eighteen months", "buys them a year". */
export const TIME_GIVING_VERBS: readonly string[] = ['give', 'gives', 'gave', 'given', 'giving', 'grant', 'grants', 'granted', 'granting', 'buy', 'buys', 'bought', 'buying', 'allow', 'allows', 'allowed', 'allowing', 'afford', 'affords', 'afforded'];

/** Verbs of a side's demand or offer in a negotiation, whose time is a term proposed: "had demanded 12 months", "asking for three years". */
export const TIME_ASKING_VERBS: readonly string[] = ['demanded', 'demands', 'demand', 'demanding', 'asked for', 'asks for', 'asking for', 'ask for', 'sought', 'seeks', 'seeking', 'proposed', 'proposes', 'proposing', 'wanted', 'wants', 'offered', 'offers', 'insisted on', 'insists on', 'pressed for', 'pushed for', 'held out for'];

/** Verbs whose time limit is a deal's term: "paused for 90 days", "reduce tariffs within 90 days". */
export const TERM_VERBS: readonly string[] = [
	'pause',
	'paused',
	'suspend',
	'suspended',
	'suspends',
	'reduce',
	'reduced',
	'cut',
	'lower',
	'lowered',
	'extend',
	'extended',
	'extends',
	// a mandate or sanction renewed for a term: "the mission is renewed for 12 months"
	'renew',
	'renewed',
	'renews',
	'prolong',
	'prolonged',
	'halt',
	'halts',
	'halted',
	'freeze',
	'frozen',
	'delay',
	'delayed',
	'postpone',
	'postponed',
	// a purchase or payment spread over a term: "will buy $4 billion of gas a year for five years", "spread over eight years"
	'buy',
	'purchase',
	'import',
	'supply',
	'spread',
	'phase in',
	'phased in',
	// a subsidy or tariff removed step by step over a term: "will be phased out over 18 months"
	'phase out',
	'phased out',
	'phasing out',
	// a pull-back a deal orders: "to withdraw in two phases, over 30 days" (the base form: an obligation, not "withdrew")
	'withdraw',
	'pull back',
	// a halt a deal orders: "agreed to stop attacking energy sites for 30 days" (the base form, not "the shelling stopped")
	'stop',
	'cease',
	'refrain',
	'hold fire',
	// fees or duties a deal waives for a span: "transit fees are waived for the first 60 days"
	'waive',
	'waives',
	'waived',
];

/** Verbs of a rate that falls for a deal's term, in the present tense the deal is told in: "levies drop to 5% for 120 days". */
export const RATE_CUT_VERBS: readonly string[] = ['fall', 'falls', 'drop', 'drops', 'come down', 'comes down', 'go down', 'goes down'];

/**
 * Words of obligation and plan: a time limit in a sentence with one ("must exchange lists within 45 days",
 * "will review the controls every six months", "disputes … will go to arbitration") is a deal's term; in a
 * sentence without ("the toll doubled within 30 days") it is only a duration.
 */
export const TERM_MODALS: readonly string[] = ['promises', 'provides for', 'envisages', 'foresees', 'will', 'must', 'shall', 'is to', 'are to', 'is due to', 'are due to', 'has to', 'have to', 'agreed to', 'agree to', 'promised to', 'pledged to', 'committed to', 'undertook to', 'obliges', 'requires', 'required to', 'would', 'is due', 'are due', 'promise to', 'is promised', 'are promised', 'was promised', 'were promised',
	// "a pact that commits fighters to hand in their weapons within 60 days"
	'commits', 'committing'];

/** Verbs of a deal's review or expiry: "will be reviewed after five years", "expires in two years". */
export const REVIEW_VERBS: readonly string[] = ['review', 'reviewed', 'renew', 'renewed', 'renegotiate', 'renegotiated', 'revisit', 'revisited', 'expire', 'expires', 'lapse', 'lapses'];

/**
 * Acts a deal orders, named as nouns in a list of its terms: a time limit right after one is a term
 * ("The handover within 14 days of seized fishing crews", "withdrawal of heavy weapons within 72 hours").
 */
export const TERM_ACTIONS: readonly string[] = [
	'release', 'withdrawal', 'pullback', 'pull-back', 'handover', 'hand-over', 'exchange', 'swap', 'return', 'repatriation', 'evacuation',
	'transfer', 'reopening', 'removal', 'disarmament', 'demobilisation', 'demobilization', 'deployment', 'payment', 'reduction', 'elimination',
	'inspection', 'verification', 'restoration', 'resumption', 'lifting', 'dismantling', 'clearance', 'exchange of lists',
	// steps of a political settlement: "Elections within 24 months", "cantonment of fighters within 60 days"
	'elections', 'election', 'polls', 'referendum', 'formation', 'integration', 'cantonment', 'ratification', 'handover of power',
	// the return of the displaced a deal sets: "the resettlement of the displaced within 90 days"
	'resettlement', 'reconstruction', 'rebuilding',
];

/** Nouns of a deal's review: a time after one is when the deal is reviewed ("A joint review of the scheme after 90 days", "the 90-day review"). */
export const REVIEW_NOUNS: readonly string[] = ['review', 'reviews', 'reassessment', 'assessment', 'evaluation', 'stocktake', 'renewal', 'check-in'];

/** Spaces a deal closes or clears, whose depth or width is its term: "a belt 12 km deep", "a 5-kilometre exclusion zone". */
export const ZONE_NOUNS: readonly string[] = [
	'zone', 'zones', 'buffer', 'buffer zone', 'corridor', 'belt', 'strip', 'exclusion zone', 'no-fly zone', 'no-go zone', 'safe zone',
	'security zone', 'demilitarised zone', 'demilitarized zone', 'perimeter', 'cordon',
	// "a 20 km radius around the plant"
	'radius',
];

/** Units of electric power and tension: "a 750-kilovolt line", "5,700 megawatts", "a 330kV backup" are the grid's measures. */
export const POWER_UNITS: readonly string[] = ['kilovolts', 'kilovolt', 'kV', 'megawatts', 'megawatt', 'MW', 'gigawatts', 'gigawatt', 'GW', 'kilowatts', 'kilowatt', 'kW', 'megawatt-hours', 'MWh', 'gigawatt-hours', 'GWh'];

/** Bodies a deal sets up, whose size is a term: "a three-member arbitration panel", "a commission of eight members". */
export const BODY_NOUNS: readonly string[] = [
	'commission', 'panel', 'body', 'board', 'committee', 'council', 'team', 'mission', 'delegation', 'tribunal', 'secretariat', 'working group',
	'contact group', 'task force', 'jury', 'monitoring group', 'observer mission',
];

/** Lines whose length is a truce's or a zone's extent: "a 30-kilometre stretch of the front", "30 kilometres of front". */
export const FRONT_NOUNS: readonly string[] = ['front', 'front line', 'frontline', 'line of contact', 'contact line', 'ceasefire line', 'border', 'frontier', 'boundary', 'coast', 'coastline'];

/** Units of distance, weight and speed: a number before one is a measure, not a count. */
export const MEASURE_UNITS: readonly string[] = ['metres', 'meters', 'kilometres', 'kilometers', 'km', 'miles', 'feet', 'foot', 'inches', 'yards', 'kg', 'kilograms', 'pounds', 'tonnes', 'tons', 'degrees', 'mph', 'knots', 'millimetres', 'millimeters', 'mm', 'centimetres', 'centimeters', 'cm'];

/**
 * Measures of a thing in the story, its size, depth, speed or weight ("a runway of nearly 2,500 metres", "currents of up
 * to four knots", "mortars above 82mm"): each a figure. Not pounds (money as often) nor degrees (heat or angles).
 */
export const STORY_MEASURE_UNITS: readonly string[] = ['metres', 'meters', 'kilometres', 'kilometers', 'km', 'miles', 'nautical miles', 'feet', 'yards', 'kg', 'kilograms', 'tonnes', 'tons', 'mph', 'knots', 'millimetres', 'millimeters', 'mm', 'centimetres', 'centimeters', 'cm'];

/** The same units as the first half of a compound before a noun: "the 94-metre dam", "a 140-km border", "a 3-metre gash". */
export const COMPOUND_MEASURE_UNITS: readonly string[] = ['metre', 'meter', 'kilometre', 'kilometer', 'km', 'mile', 'foot', 'yard', 'tonne', 'ton', 'millimetre', 'millimeter', 'mm', 'centimetre', 'centimeter', 'cm'];

/** Nouns a number names a thing by, even opening a sentence: "Resolution 2291 renews the mandate", "Article 5 applies". */
export const DESIGNATION_NOUNS: readonly string[] = [
	'Resolution', 'Article', 'Articles', 'Section', 'Clause', 'Paragraph', 'Annex', 'Chapter', 'Decree', 'Directive', 'Regulation', 'Amendment',
	'Flight', 'Route', 'Highway', 'Platform', 'Gate', 'Terminal',
	// an airline's flight is named by its number in lower case too: "Varno Air flight 318"
	'flight',
];

/** Units of distance: a number before one and a place after it is how far a thing lies from that place ("40 km east of the town"). */
export const DISTANCE_UNITS: readonly string[] = ['nautical miles', 'kilometres', 'kilometers', 'km', 'miles', 'metres', 'meters', 'feet', 'yards'];

/**
 * Words after a distance that tie it to a place, so the number says where something is: "40 km east of X",
 * "three kilometres into its airspace", "400 metres from the border post", "40 km to the north".
 */
export const DISTANCE_RELATIONS: readonly string[] = [
	'north of', 'south of', 'east of', 'west of', 'north-east of', 'north-west of', 'south-east of', 'south-west of', 'northeast of', 'northwest of',
	'southeast of', 'southwest of', 'to the north', 'to the south', 'to the east', 'to the west', 'to the north-east', 'to the north-west',
	'to the south-east', 'to the south-west', 'to the northeast', 'to the northwest', 'to the southeast', 'to the southwest', 'from', 'into', 'inside',
	'outside', 'beyond', 'off', 'offshore', 'inland', 'away', 'short of', 'below', 'above', 'upstream', 'downstream', 'across',
];

/** Units of area: a number before one is an area figure. */
export const AREA_UNITS: readonly string[] = ['square kilometres', 'square kilometers', 'square miles', 'sq km', 'sq. km', 'km2', 'km²', 'hectares', 'acres'];

/** Documents whose length in points is a figure: "a 28-point plan", "the draft has 20 points". */
export const PLAN_NOUNS: readonly string[] = ['plan', 'proposal', 'framework', 'programme', 'program', 'agenda', 'blueprint', 'draft', 'deal', 'document', 'list', 'roadmap', 'road map', 'peace plan', 'settlement', 'charter', 'memorandum', 'protocol', 'accord', 'agreement', 'treaty', 'pact', 'declaration', 'communique', 'communiqué'];

/** Words that make a percentage a share of territory held: "20% of the country remains occupied". */
export const TERRITORY_WORDS: readonly string[] = ['occupied', 'occupies', 'occupy', 'occupying', 'control', 'controls', 'controlled', 'controlling', 'held', 'holds', 'hold', 'holding', 'seized', 'captured', 'annexed', 'territory'];

/** Actions on office holders that make their count news: "fired two ministers", "the ousting of two ministers". */
export const PERSONNEL_ACTIONS: readonly string[] = ['fire', 'fired', 'firing', 'sack', 'sacked', 'sacking of', 'dismiss', 'dismissed', 'dismissal of', 'oust', 'ousted', 'ousting of', 'removal of', 'removed', 'expel', 'expelled', 'expulsion of', 'suspended', 'appointed', 'replace', 'replaced', 'sanctioned', 'charged', 'indicted', 'convicted', 'sentenced', 'resignation of', 'staffed by', 'made up of', 'composed of', 'consisting of', 'will have', 'would have'];

/** Office holders counted by those actions. */
export const OFFICE_HOLDERS: readonly string[] = ['ministers', 'officials', 'diplomats', 'generals', 'officers', 'judges', 'lawmakers', 'legislators', 'members', 'staff', 'employees', 'executives', 'commanders', 'ambassadors', 'envoys', 'deputies', 'governors', 'aides', 'advisers', 'advisors'];

/** People who are counted only as the source of a report: "two officials said" is no figure. */
export const SOURCE_NOUNS: readonly string[] = ['officials', 'sources', 'diplomats', 'people familiar', 'analysts', 'experts', 'witnesses'];

/** The parties of a story: "the two countries", "both sides" count nobody newsworthy. */
export const PARTY_NOUNS: readonly string[] = ['countries', 'nations', 'sides', 'neighbours', 'neighbors', 'leaders', 'governments', 'economies', 'parties', 'delegations', 'rounds', 'times', 'ways', 'things'];

/**
 * Things an aid package or a deal counts that are news even in words ("three field hospitals", "in two
 * phases"), by the plural noun they count; other numbers in words ("two sides", "two reasons") are too common to be figures.
 */
export const COUNTED_TERMS: readonly string[] = [
	'hospitals',
	'clinics',
	'tents',
	'shelters',
	'trucks',
	'lorries',
	'convoys',
	'ambulances',
	'generators',
	'airlifts',
	'phases',
	'stages',
	'tranches',
	'instalments',
	'installments',
	// routes and crossings a deal opens: "along four waypoints", "three crossings will reopen"
	'waypoints',
	'crossings',
	'corridors',
	'checkpoints',
	// "four shared border posts", "two joint posts"
	'border posts',
	// heavy weapons a deal has handed over: "22 tanks and nine self-propelled guns"
	'guns',
	'tanks',
	'howitzers',
	// weapons fired, counted even in words: "three drones", "two missiles" (downed ones are damage, read before)
	'drones',
	'missiles',
	'rockets',
	// aircraft and warships sent up or out: "scrambled four jets", "eight aircraft", "two frigates" (downed ones are damage)
	'jets',
	'aircraft',
	'warplanes',
	'planes',
	'helicopters',
	'warships',
	'frigates',
	// seats shared out by a deal: "Twelve seats each on the council"
	'seats',
	// places a deal hands over or people gather at: "five bases handed to the army", "four cantonment sites"
	'bases',
	'sites',
	// what a demilitarisation dismantles or a demining sends: "two radar installations", "eight minesweepers"
	'installations',
	'radars',
	'minesweepers',
	'patrol boats',
	'air tankers',
	// vessels seized, held or freed: "three trawlers and 20 crew", "seized with four boats"
	'boats',
	'trawlers',
	'vessels',
	'ships',
	// ground taken and ways out: "recaptured two hilltops", "leave along two routes" (not "roads": "two roads" is as often a figure of speech)
	'hilltops',
	'routes',
	// a plant's or a grid's parts: "six reactors", "four main external power lines", "eight blackouts"
	'reactors',
	'turbines',
	'transformers',
	'blackouts',
	'power lines',
	// places a deal builds or a settlement plan starts with: "two processing centres", "two camps", "starting with six villages"
	'centres',
	'centers',
	'camps',
	'villages',
	// a mission's members: "four experts at the plant", "twelve inspectors instead of four" (not "two experts said")
	'experts',
	'inspectors',
	'monitors',
	'observers',
	// marks of shelling: "two fresh craters"
	'craters',
	// members of a bloc, and the places a count of cases or a recount covers: "a grouping of eight states", "in four regions"
	'states',
	'regions',
	'suburbs',
	// a relief effort's supplies and how they come: "two doses each", "in two batches", "six dogs" of a rescue team
	'doses',
	'batches',
	// the teams a mission fields: "We will have four teams, based in …"
	'teams',
	'dogs',
	// a mission's outposts and a plant's or a firm's working parts: "two forward posts", "halted two production lines"
	'posts',
	'production lines',
	// things rebuilt or repaired: "rebuild 14 bridges and nine schools"
	'bridges',
	'schools',
	// a cabinet's share: "the opposition holds eight portfolios"
	'portfolios',
	// warnings given and attacks fought off: "three written warnings", "pushed back two assaults"
	'warnings',
	'assaults',
	'attacks',
	// places of worship, grounds and districts a truce or a disaster names: "seven churches in three districts", "five stadiums"
	'churches',
	'mosques',
	'temples',
	'stadiums',
	'districts',
	'neighbourhoods',
	'neighborhoods',
	'cities',
	'islands',
	// air defences and the strips and ports a force holds or hands over: "four air-defence batteries", "two airstrips"
	'batteries',
	'runways',
	'airstrips',
	'airfields',
	'airports',
	'ports',
	'outposts',
	'mines',
	// the parts of a prison a siege takes: "two wings", "three cell blocks"
	'prisons',
	'jails',
	'wings',
	'cell blocks',
];

/** Units of weight and volume: "40 tonnes of medical supplies" counts goods (aid, purchases), unlike a distance. */
export const QUANTITY_UNITS: readonly string[] = ['tonnes', 'tons', 'metric tons', 'kg', 'kilograms', 'litres', 'liters', 'barrels', 'gallons', 'cubic metres', 'cubic meters', 'bushels'];

/** Words that make "age" a threshold a rule sets, not one person's years: "the retirement age stays at 55", "the voting age of 16". */
export const AGE_LIMIT_WORDS: readonly string[] = ['retirement', 'pension', 'pensionable', 'voting', 'minimum', 'maximum', 'legal', 'school-leaving', 'drinking', 'marriage', 'conscription', 'draft', 'enlistment', 'recruitment', 'criminal responsibility'];

/**
 * Plural counts and quantifiers before a noun ("the two states", "both reports", "member states"): an -s form after them
 * is a noun, not a verb agreeing with one speaker.
 */
export const PLURAL_COUNTERS: readonly string[] = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'both', 'several', 'many', 'all', 'other', 'few', 'member'];

/** Round counts in the plural that open a sentence in capitals: "Tens", "Hundreds", "Dozens" (of people, of protesters). */
export const ROUND_COUNTS: readonly string[] = ['tens', 'dozens', 'scores', 'hundreds', 'thousands', 'millions'];
