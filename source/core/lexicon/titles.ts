/** Titles and roles that stand before or after a name ("Foreign Minister", "spokesperson", "a senior official"). */

/** Title words (lower-cased), one word each; multi-word titles are sequences of these. */
export const TITLE_WORDS: readonly string[] = [
	'president', 'vice', 'prime', 'minister', 'ministers', 'premier', 'chancellor', 'secretary', 'secretaries', 'general',
	'foreign', 'defence', 'defense', 'interior', 'finance', 'trade', 'commerce', 'economy', 'planning', 'information',
	'justice', 'energy', 'health', 'education', 'home', 'external', 'affairs', 'treasury', 'state', 'deputy', 'chief',
	'head', 'spokesperson', 'spokespersons', 'spokesman', 'spokeswoman', 'spokesmen', 'press', 'envoy', 'special',
	'ambassador', 'official', 'officials', 'diplomat', 'diplomats', 'representative', 'negotiator', 'adviser', 'advisor',
	'director', 'director-general', 'commander', 'commanders', 'lt', 'lt.', 'gen', 'gen.', 'col', 'col.', 'maj', 'capt',
	// titles written as one hyphenated word: "UN Secretary-General A B", "Attorney-General A B"
	'secretary-general', 'attorney-general', 'governor-general', 'solicitor-general', 'inspector-general', 'auditor-general',
	'lieutenant-general', 'lieutenant-colonel', 'commander-in-chief', 'vice-president', 'under-secretary',
	// a deputy's office written as one word: "Vice-Minister for Commerce A B", "the vice-governor"
	'vice-minister', 'vice-ministers', 'deputy-minister', 'vice-premier', 'vice-governor', 'vice-chairman', 'vice-chair', 'vice-mayor',
	'general', 'admiral', 'marshal', 'colonel', 'major', 'captain', 'lieutenant', 'sergeant', 'army', 'military',
	'senator', 'sen', 'sen.', 'rep', 'rep.', 'gov', 'gov.', 'congressman', 'congresswoman', 'lawmaker', 'lawmakers', 'mp', 'mla', 'mep',
	// a local council's members: "Councillor Jane Roe", "Alderman A B", "the councilwoman"
	'councillor', 'councillors', 'councilor', 'councilors', 'councilman', 'councilwoman', 'alderman', 'assemblyman', 'assemblywoman',
	// a county's or a town's law officers: "Quedlin County Sheriff A B", "Police Chief A B", "the fire chief"
	'sheriff', 'sheriffs', 'constable',
	'governor', 'mayor', 'king', 'queen', 'prince', 'emir', 'sheikh', 'sultan', 'leader', 'leaders', 'chairman', 'chairwoman',
	'chair', 'ceo', 'executive', 'officer', 'economist', 'strategist', 'analyst', 'analysts', 'senior', 'top', 'former',
	'acting', 'high-ranking', 'unnamed', 'anonymous', 'intelligence', 'security', 'national', 'policy', 'mr', 'mr.', 'mrs',
	'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.', 'pope', 'cardinal', 'bishop', 'archbishop', 'patriarch', 'imam', 'rabbi', 'judge', 'justice', 'attorney',
	'counsel', 'coordinator', 'commissioner', 'administrator', 'source', 'sources', 'expert', 'experts', 'professor',
	'researcher', 'founder', 'partner', 'investor', 'dg', 'lt-gen', 'major-general', 'brigadier', 'air', 'naval',
	// hyphenated ranks, written out or cut short: "Lieutenant-Colonel", "Lt-Col", "Maj-Gen"
	'lt-col', 'maj-gen', 'brig-gen', 'brigadier-general', 'rear-admiral', 'vice-admiral', 'lieutenant-commander', 'lt-cdr',
	'top', 'mediator', 'negotiators', 'delegate', 'delegates', 'aide', 'aides', 'staff', 'of', 'and', 'party',
	'farmer', 'resident', 'residents', 'teacher', 'doctor', 'nurse', 'student', 'worker', 'survivor', 'witness', 'villager',
	'shopkeeper', 'driver', 'engineer', 'lawyer', 'activist', 'journalist', 'reporter', 'editor', 'author', 'historian',
	'scientist', 'seismologist', 'economist', 'trader', 'owner', 'manager', 'volunteer', 'rescuer', 'soldier', 'pilot',
	// trades that speak as a group in business and shipping news: "Freight brokers say …", "Shipping agents said …"
	'agent', 'agents', 'broker', 'brokers', 'dealer', 'dealers', 'banker', 'bankers', 'shipper', 'shippers', 'exporter',
	'exporters', 'importer', 'importers', 'insurer', 'insurers', 'merchant', 'merchants', 'dockworker', 'dockworkers',
	'miner', 'miners', 'fisherman', 'fishermen',
	// people who speak as a side or a group in conflict and disaster news: "The rebels said …", "Rights campaigners say …"
	'rebel', 'rebels', 'insurgent', 'insurgents', 'militant', 'militants', 'campaigner', 'campaigners', 'protester',
	'protesters', 'demonstrator', 'demonstrators', 'exile', 'exiles', 'refugee', 'refugees', 'critic', 'critics',
	'opponent', 'opponents', 'supporter', 'supporters', 'relative', 'relatives', 'families', 'people', 'organiser', 'organisers',
	// "his family told local radio", "the government's defenders say", "the deal's backers argue"
	'family', 'defender', 'defenders', 'backer', 'backers',
	'organizer', 'organizers', 'striker', 'strikers', 'marcher', 'marchers',
	// a crowd speaks in the words it chants: '"Stop the ban," the crowds chanted'
	'crowd', 'crowds',
	// people freed, held or uprooted, who speak for themselves: "Freed captives said …", "Migrants told us …"
	'abductee', 'abductees', 'captive', 'captives', 'hostage', 'hostages', 'detainee', 'detainees', 'evacuee', 'evacuees',
	'migrant', 'migrants', 'woman', 'man', 'girl', 'boy', 'mother', 'father', 'widow', 'widower', 'teenager', 'elder',
	'grandmother', 'grandfather',
	// who speaks after a wreck, a fire or a quake: "Coast guard divers say …", "Passengers told us …"
	'diver', 'divers', 'passenger', 'passengers', 'sailor', 'sailors', 'ferryman', 'boatman', 'firefighter', 'firefighters',
	'paramedic', 'paramedics', 'medic', 'medics', 'haulier', 'hauliers',
	// the press's own voices: "the network's business correspondent says …"
	'correspondent', 'correspondents', 'columnist', 'commentator', 'commentators',
	// the people of a street or a market who speak in a vox pop: "said a pensioner outside the ministry"
	'pensioner', 'pensioners', 'retiree', 'retirees', 'shopper', 'shoppers', 'vendor', 'vendors', 'stallholder', 'labourer',
	'labourers', 'laborer', 'laborers', 'mechanic', 'baker', 'tailor', 'butcher', 'carpenter', 'herder', 'herders', 'herdsman',
	'herdsmen', 'commuter', 'commuters', 'schoolteacher', 'surgeon', 'midwife', 'pharmacist', 'priest', 'voter', 'voters',
	'neighbour', 'neighbours', 'neighbor', 'neighbors', 'tenant', 'tenants', 'grocer',
];

/**
 * Head nouns of a title: the word that says what the person is. A role-only mention ("the foreign minister") is
 * resolved to a person whose role shares its head and side.
 */
export const TITLE_HEADS: readonly string[] = [
	'president', 'minister', 'premier', 'chancellor', 'secretary', 'spokesperson', 'spokesman', 'spokeswoman',
	'envoy', 'ambassador', 'official', 'diplomat', 'representative', 'negotiator', 'adviser', 'advisor', 'director',
	'director-general', 'secretary-general', 'attorney-general', 'governor-general', 'commander', 'general', 'admiral', 'senator', 'lawmaker', 'mp', 'mla', 'mep', 'governor',
	'councillor', 'councilor', 'councilman', 'councilwoman', 'alderman', 'assemblyman', 'assemblywoman', 'congressman', 'congresswoman',
	'sheriff', 'mayor', 'king', 'queen', 'prince', 'emir', 'leader', 'chairman', 'chairwoman', 'chair', 'ceo', 'officer',
	'economist', 'strategist', 'analyst', 'source', 'expert', 'professor', 'researcher', 'founder', 'mediator',
	'coordinator', 'commissioner', 'administrator', 'aide', 'head', 'chief', 'deputy', 'judge', 'attorney', 'delegate', 'colonel',
	'captain', 'lieutenant', 'farmer', 'resident', 'teacher', 'doctor', 'nurse', 'student', 'worker', 'survivor',
	'witness', 'villager', 'shopkeeper', 'driver', 'engineer', 'lawyer', 'activist', 'journalist', 'reporter', 'editor',
	'author', 'historian', 'scientist', 'seismologist', 'trader', 'owner', 'manager', 'volunteer', 'rescuer', 'soldier', 'pilot',
	'agent', 'broker', 'dealer', 'banker', 'shipper', 'exporter', 'importer', 'insurer', 'merchant', 'dockworker', 'miner', 'fisherman',
	// clergy who mediate: "Archbishop Jan Roe … the archbishop said"
	'pope', 'cardinal', 'bishop', 'archbishop', 'patriarch', 'imam', 'rabbi',
	'rebel', 'insurgent', 'militant', 'campaigner', 'protester', 'demonstrator', 'exile', 'refugee', 'critic', 'opponent',
	'supporter', 'relative', 'families', 'family', 'defender', 'backer', 'people', 'correspondent', 'columnist', 'commentator', 'executive',
	'abductee', 'captive', 'hostage', 'detainee', 'evacuee', 'migrant', 'organiser', 'organizer', 'striker', 'marcher', 'crowd',
	// an unnamed person told apart by who they are: "said a woman from the village", "a 17-year-old girl told us"
	'woman', 'man', 'girl', 'boy', 'mother', 'father', 'widow', 'widower', 'teenager', 'elder', 'grandmother', 'grandfather',
	'diver', 'passenger', 'sailor', 'ferryman', 'boatman', 'firefighter', 'paramedic', 'medic', 'haulier',
	'pensioner', 'retiree', 'shopper', 'vendor', 'stallholder', 'labourer', 'laborer', 'mechanic', 'baker', 'tailor', 'butcher',
	'carpenter', 'herder', 'herdsman', 'commuter', 'schoolteacher', 'surgeon', 'midwife', 'pharmacist', 'priest', 'voter',
	'neighbour', 'neighbor', 'tenant', 'grocer',
	// "family members said", "said A, a council member"
	'member',
];

/** Heads that are plural without a final "s" of their own: "people familiar with the talks", "families of the missing" are groups. */
export const PLURAL_HEADS: readonly string[] = ['people', 'families'];

/** Bodies in the plural that speak as one unnamed group without an article: "…, rights groups say", "aid agencies said". */
export const COLLECTIVE_BODIES: readonly string[] = ['groups', 'organisations', 'organizations', 'charities', 'agencies', 'unions', 'ngos'];

/**
 * Plural nouns for the parties to a dispute that speak together after "both" or "the two": "Both sides say they won",
 * "both capitals say it is theirs" ("Both say …" alone at a clause's start is the same pair).
 */
export const PARTY_PLURALS: readonly string[] = ['sides', 'parties', 'capitals', 'countries', 'camps', 'neighbours', 'neighbors', 'rivals', 'foes', 'states', 'nations'];

/** Heads that mean "the leader of a country": "the Estonian leader" may refer to its president or prime minister. */
export const LEADER_HEADS: readonly string[] = ['leader', 'president', 'premier', 'prime minister', 'chancellor', 'king', 'queen', 'emir'];

/** Courtesy and military prefixes dropped from a personal name ("Lt Gen", "Mr"). */
export const NAME_PREFIXES: readonly string[] = [
	'mr', 'mrs', 'ms', 'dr', 'prof', 'lt', 'gen', 'col', 'maj', 'capt', 'sgt', 'adm', 'sen', 'rep', 'gov', 'sir', 'dame',
	'lord', 'lady', 'sheikh', 'hon', 'madame', 'mme', 'monsieur', 'mister', 'miss',
	// honorifics and police ranks written before a name: "Alhaji X", "Pastor Y", "Superintendent Z"
	'alhaji', 'alhaja', 'hajia', 'pastor', 'reverend', 'rev', 'superintendent', 'inspector', 'constable', 'corporal',
	// honours styled before a name in Malay copy: "Datuk Seri A", "Dato' A"
	'datuk', 'dato', 'datin', 'seri',
	// the style of a head of state or envoy in official copy: "His Excellency Jane Roe"
	'excellency',
	// an Arabic honorific of descent styled before a minister's name in Gulf copy: "Sayyid A bin B C"
	'sayyid', 'sayyida', 'sayed',
];

/**
 * Courtesy titles that belong to the name they stand before, not to an office before them: "Health Minister Dr Jane Roe" is
 * a health minister, "Prime Minister Sheikh A B" a prime minister. Lower case.
 */
export const COURTESY_TITLES: readonly string[] = [
	'mr', 'mrs', 'ms', 'miss', 'dr', 'sheikh', 'sheikha', 'sir', 'dame', 'hon', 'excellency', 'madame', 'mme', 'monsieur',
	'mister', 'alhaji', 'alhaja', 'hajia', 'sayyid', 'sayyida', 'sayed',
];

/** Courtesy titles that tell a woman or a man, as written before a name ("Mrs", "Sheikh"). */
export const FEMININE_COURTESY_TITLES: readonly string[] = ['Mrs', 'Ms', 'Miss', 'Madame', 'Mme', 'Dame', 'Sheikha', 'Hajia', 'Alhaja', 'Sayyida'];
export const MASCULINE_COURTESY_TITLES: readonly string[] = ['Mr', 'Sir', 'Sheikh', 'Monsieur', 'Alhaji', 'Sayyid'];

/** Words that make a title-only mention anonymous ("a senior official", "two officials"). */
/**
 * People who speak only as one unnamed person after "one", "a" or "another" ("said one fighter"): after a possessive
 * ("his fighters would observe …") they are a body's members, not a speaker.
 */
export const DETERMINED_PERSON_NOUNS: readonly string[] = ['fighter', 'combatant', 'guerrilla', 'militiaman', 'gunman'];

export const ANONYMOUS_MARKERS: readonly string[] = ['a', 'an', 'one', 'two', 'three', 'several', 'some', 'another', 'unnamed', 'anonymous'];

/** Common first-name short forms: "Dan" and "Daniel" may be one person. */
export const NAME_SHORT_FORMS: Readonly<Record<string, string>> = {
	dan: 'daniel', dave: 'david', mike: 'michael', bob: 'robert', rob: 'robert', bill: 'william', will: 'william',
	jim: 'james', jimmy: 'james', joe: 'joseph', tom: 'thomas', tony: 'anthony', chris: 'christopher', alex: 'alexander',
	nick: 'nicholas', sam: 'samuel', ben: 'benjamin', matt: 'matthew', steve: 'steven', andy: 'andrew', pete: 'peter',
	liz: 'elizabeth', beth: 'elizabeth', kate: 'katherine', kathy: 'katherine', sasha: 'alexander', dima: 'dmitry',
	jeff: 'jeffrey', greg: 'gregory', ed: 'edward', ted: 'edward', rick: 'richard', dick: 'richard',
	larry: 'lawrence', jerry: 'gerald', don: 'donald', ron: 'ronald', ken: 'kenneth', fred: 'frederick', sue: 'susan',
};

/**
 * Ranks and courtesy titles written before a name ("Colonel", "Staff Sergeant", "Dr"): a role of these words alone says
 * no office, so an office set off after the name ("Colonel Ana Roe, the army spokesman,") is added to it. Lower case.
 */
export const RANK_WORDS: readonly string[] = [
	'colonel', 'col', 'lieutenant', 'lt', 'major', 'maj', 'captain', 'capt', 'general', 'gen', 'brigadier', 'sergeant', 'sgt',
	'staff', 'corporal', 'cpl', 'private', 'admiral', 'adm', 'commodore', 'warrant', 'officer', 'marshal', 'first', 'second',
	'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'hon', 'rev', 'reverend',
	'lt-col', 'lieutenant-colonel', 'lt-gen', 'lieutenant-general', 'maj-gen', 'major-general', 'brig-gen', 'brigadier-general',
	'rear-admiral', 'vice-admiral', 'lieutenant-commander', 'lt-cdr',
	// the first words of ranks in two: "Field Marshal", "Air Marshal", "Vice Admiral", "Rear Admiral", "Fleet Admiral", "Flight Lieutenant"
	'field', 'air', 'vice', 'rear', 'fleet', 'flight',
];

/** Ranks an outlet may give an unnamed source or leave out: "a senior Kell diplomat" is the "Kell diplomat" of another outlet. */
export const SOURCE_RANKS: readonly string[] = ['senior', 'top', 'high-ranking', 'high-level', 'veteran'];
