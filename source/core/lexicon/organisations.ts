/** Organisation words: the head nouns that make a noun phrase an organisation or a document, and seats of power. */

/** Head nouns of an organisation that speaks ("the ministry", "Pakistan's military", "the president's office"). */
export const ORGANISATION_HEADS: readonly string[] = [
	'office', 'ministry', 'government', 'administration', 'military', 'army', 'navy', 'forces', 'delegation', 'department',
	'agency', 'council', 'commission', 'committee', 'cabinet', 'parliament', 'embassy', 'mission', 'presidency',
	'secretariat', 'spokesperson\'s office', 'command', 'police', 'authority', 'authorities', 'bureau', 'service',
	'company', 'group', 'bank', 'fund', 'union', 'organization', 'organisation', 'party', 'campaign', 'court',
	'daily', 'times', 'post', 'television', 'tv', 'radio', 'news', 'agency', 'network', 'media', 'management', 'institute',
	'foundation', 'association', 'coalition', 'alliance', 'federation', 'board', 'team', 'staff', 'headquarters',
	'kremlin', 'house', 'palace', 'pentagon', 'congress', 'senate', 'assembly', 'corporation', 'inc', 'ltd', 'capital',
	'securities', 'partners', 'force', 'relations', 'operations', 'services', 'exchange', 'markets', 'index', 'holdings', 'university', 'center', 'centre', 'observatory', 'watch', 'consortium',
	'hospital', 'front', 'movement', 'forum', 'society', 'league', 'charity', 'brigades', 'brigade', 'militia', 'battalion', 'regiment', 'rally', 'operator', 'regulator', 'guard', 'community', 'directorate', 'opposition',
	'initiative', 'trust', 'collective', 'cooperative', 'syndicate', 'caucus', 'chamber', 'monitor',
	// research and relief units that publish findings: "the university's Humanitarian Research Lab", "the World Food Programme"
	'lab', 'laboratory', 'programme',
	'coastguard', 'gendarmerie', 'junta', 'firm', 'utility', 'airline', 'municipality', 'inspectorate', 'tribunal', 'legislature', 'broadcaster',
	// the last word of a company's name: "Kesto River Lines", "Vennor Shipping", "Quessan Airways"
	'lines', 'shipping', 'airlines', 'airways', 'ferries', 'logistics', 'industries', 'enterprises', 'railways',
	// "the 10th army corps said", "a popular war blog said": a formation of an army, and a blog that maps a war
	'corps', 'blog',
];

/** Organisation heads that speak even in lower case ("the ministry said", "the government said"). */
export const SPEAKING_BODY_HEADS: readonly string[] = [
	'office', 'ministry', 'government', 'administration', 'military', 'army', 'navy', 'delegation', 'department', 'agency',
	'council', 'commission', 'committee', 'cabinet', 'parliament', 'embassy', 'presidency', 'police', 'authorities',
	'company', 'court', 'campaign', 'coalition', 'alliance', 'secretariat', 'command', 'authority', 'bank',
	// "the general staff said", "the grid operator says", "the air force said", "the emergency service said", "the coast guard says"
	'staff', 'operator', 'regulator', 'force', 'service', 'guard',
	// "the health directorate said", "the opposition said"
	'directorate', 'opposition',
	// "the coastguard said", "the junta said", "the firm said", "the utility says", "the municipality said"
	'coastguard', 'gendarmerie', 'junta', 'firm', 'utility', 'airline', 'municipality', 'inspectorate', 'tribunal', 'legislature',
	// "the group said", "the rights group said", "a monitoring group said", "the monitor said": the usual toll sources
	'group', 'monitor',
	// "…, state media said.", "the state broadcaster reported": outlets that carry an official account
	'media', 'broadcaster',
	// "the corps said", "the blog said"
	'corps', 'blog',
];

/**
 * Portfolios whose ministry many states call an office ("the Foreign Office", "Dorva's foreign office"): "the ministry"
 * a sentence later is that office.
 */
export const MINISTRY_OFFICE_PORTFOLIOS: readonly string[] = ['foreign', 'home', 'war', 'interior', 'colonial', 'commonwealth', 'federal foreign'];

/** Plain words, plural or in "-ing", that stand before a body's head as part of its phrase: "the rights group", "an advocacy group". */
export const BODY_MODIFIERS: readonly string[] = ['rights', 'advocacy', 'campaigning'];

/** Head nouns of a document that "says" something ("the plan says", "a joint statement said"). */
export const DOCUMENT_HEADS: readonly string[] = [
	'plan', 'statement', 'draft', 'proposal', 'report', 'agreement', 'document', 'declaration', 'communique', 'communiqué',
	'memo', 'letter', 'deal', 'framework', 'text', 'resolution', 'readout', 'transcript', 'release', 'notice', 'decree', 'treaty', 'accord', 'post',
	'message', 'filing', 'survey', 'study',
];

/**
 * Documents in which a body speaks in its own voice: "a police statement said" is the police speaking, "an army
 * communique" the army. (A plan, a draft or a treaty says what its terms are, and stays a document.)
 */
export const VOICE_DOCUMENT_HEADS: readonly string[] = [
	'statement', 'statements', 'communique', 'communiqué', 'release', 'readout', 'message', 'post', 'letter', 'notice', 'memo', 'filing', 'announcement', 'bulletin',
];

/** Seats of power that speak for a country by metonymy: general knowledge, not tied to any one story. */
export const SEATS_OF_POWER: Readonly<Record<string, string>> = {
	'white house': 'United States', pentagon: 'United States', 'state department': 'United States',
	'capitol hill': 'United States', kremlin: 'Russia', 'downing street': 'United Kingdom', whitehall: 'United Kingdom',
	elysee: 'France', 'élysée': 'France', 'quai d\'orsay': 'France', zhongnanhai: 'China', 'blue house': 'South Korea',
	'bankova': 'Ukraine', 'foggy bottom': 'United States', 'vatican': 'Vatican City',
};

/**
 * Words before "Bank" that make it a lender ("World Bank", "the Central Bank", "the African Development Bank"):
 * without one, "the X Bank" is a shoal or a shore ("the Dogger Bank", "the West Bank"), a place that can be held.
 */
export const LENDING_BANK_WORDS: readonly string[] = [
	'World', 'Central', 'National', 'Reserve', 'Development', 'Investment', 'Commercial', 'Savings', 'Federal', 'Islamic',
	'Merchant', 'Export', 'Import', 'Export-Import', 'Agricultural', 'Cooperative', 'Co-operative', 'Postal', 'Housing',
	'Infrastructure', 'Mortgage', 'Credit', 'Trade', 'Trading', 'Private', 'Retail', 'State', 'People\'s', 'Peoples', 'Union',
	'Standard', 'Reconstruction', 'Settlements', 'Food', 'Blood', 'Data', 'Seed', 'Gene', 'Land', 'Rural',
];

/** Bodies written as one word or as two ("coastguard", "Coast Guard"): the two-word form, read as the one word in a speaker's key. */
export const SPLIT_COMPOUNDS: readonly string[] = ['coast guard', 'border guard', 'fire brigade', 'peace keepers', 'fire fighters', 'life boat'];

/** Laws and standing rules a name may modify ("the Velshan constitution"): a text the article cites, never a speaker. */
export const LAW_NOUNS = ['constitution', 'law', 'laws', 'charter', 'statute', 'statutes', 'code', 'rules', 'regulations', 'calendar', 'census', 'tradition', 'custom'] as const;
