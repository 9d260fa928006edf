/** Casualty words by figure kind: the verbs, participles and nouns that make a number a toll. */
import type {FigureKind} from '../model.js';

export type CasualtyKind = Extract<FigureKind, 'killed' | 'injured' | 'missing' | 'displaced' | 'hostages' | 'prisoners'>;

/** Injuries a count of people may be treated for or suffer: "treated for frostbite", "suffered burns" (not illnesses: cholera cases are counted apart). */
export const INJURY_NOUNS: readonly string[] = ['frostbite', 'burns', 'wounds', 'injuries', 'serious injuries', 'minor injuries', 'light injuries', 'severe injuries', 'critical injuries', 'serious wounds', 'light wounds', 'severe burns', 'serious burns', 'gunshot wounds', 'bullet wounds', 'shrapnel wounds', 'stab wounds', 'head injuries', 'fractures', 'broken bones', 'smoke inhalation', 'tear gas inhalation', 'hypothermia', 'cuts and bruises'];

/** Each verb of being hurt with each injury after it: "treated for burns", "suffered fractures". */
function injuredBy(verbs: readonly string[]): string[] {
	return verbs.flatMap((verb) => INJURY_NOUNS.map((injury) => `${verb} ${injury}`));
}

/**
 * Words that, near a number, say what the number counts. Verbs before the number ("killed 26"),
 * participles and adjectives after it ("26 people were killed", "46 wounded"), nouns after it ("eight deaths").
 */
export const CASUALTY_WORDS: Readonly<Record<CasualtyKind, {before: readonly string[]; after: readonly string[]}>> = {
	killed: {
		// murder, massacre and execution are killing too, whichever side's paper prints the verb ("murdered 40 pilgrims")
		before: ['killed', 'killing', 'kills', 'kill', 'left dead', 'leaving dead', 'claimed the lives of', 'claiming the lives of', 'death toll', 'death toll rose to', 'toll rose to', 'toll', 'executed', 'executing', 'massacred', 'massacring', 'slaughtered', 'slaughtering', 'murdered', 'murdering', 'murders', 'shot dead', 'gunned down', 'assassinated',
			// a death said as a noun before whom it befell: "an inquiry into the deaths of four men"
			'deaths of', 'death of', 'killing of', 'killings of',
			// military euphemisms before whom they befell, read only before people the lexicon names ("eliminating 31 terrorists", not "eliminated 30 tariffs")
			'eliminating', 'eliminated', 'neutralising', 'neutralised', 'neutralizing', 'neutralized', 'liquidating', 'liquidated',
			// bodies or remains counted or found are the dead (handed back, they are read first, as remains): "counted the bodies of
			// 34 attackers", "teams had found the remains of 178 people"
			'bodies of', 'remains of'],
		// coffins are carried for the dead: "mourners carried 12 coffins"
		// "documented 163 killings": each killing a death
		after: ['killed', 'dead', 'died', 'deaths', 'death', 'killings', 'fatalities', 'fatality', 'lives', 'bodies', 'coffins', 'perished', 'slain', 'martyred', 'martyrs', 'people dead', 'were killed', 'have been killed', 'had been killed', 'are dead', 'have fallen', 'had fallen', 'lost their lives', 'executed', 'murdered', 'massacred', 'slaughtered', 'shot dead', 'gunned down', 'assassinated',
			// military euphemisms, read only after people the lexicon names ("600 fighters had been eliminated")
			'had been eliminated', 'have been eliminated', 'were eliminated', 'was eliminated', 'had been neutralised', 'have been neutralised', 'were neutralised', 'had been neutralized', 'have been neutralized', 'were neutralized',
			'had been liquidated', 'have been liquidated', 'were liquidated', 'was liquidated',
			// … and bare, as state-media headlines give them: "over 300 terrorists eliminated"
			'eliminated', 'neutralised', 'neutralized', 'liquidated',
			// "one, a sergeant, was burned to death"
			'burned to death', 'burnt to death', 'beaten to death', 'stabbed to death',
			// (before the injured's "were burned": "two guards were burned to death")
			'was burned to death', 'were burned to death', 'had been burned to death', 'have been burned to death', 'was burnt to death', 'were burnt to death', 'had been burnt to death', 'have been burnt to death', 'burned alive', 'burnt alive', 'were burned alive', 'was burned alive',
			// deaths by drowning, crushing, cold or hunger: "at least 14 people drowned when the boat capsized"
			'drowned', 'have drowned', 'had drowned', 'were drowned', 'crushed to death', 'were crushed to death', 'trampled to death', 'froze to death', 'starved to death', 'suffocated', 'were electrocuted', 'succumbed to their injuries', 'succumbed to their wounds', 'died of their injuries', 'died of their wounds',
			// "17 soldiers had been buried in the town" (people buried under rubble are read apart: they may be alive)
			'had been buried', 'have been buried', 'were buried', 'was buried',
			// soldiers who fell in a fight died there, as state media say of their own dead ("17 heroic soldiers fell as martyrs");
			// "fell" alone is a fall in numbers or ill health
			'fell in battle', 'fell in the battle', 'fell in combat', 'fell in action', 'fell in the fighting', 'fell on the battlefield', 'fell as martyrs', 'fell as heroes',
			// "1,140 soldiers and police officers who fell defending the nation", "the 12 workers who fell in Thursday's attack"
			// ("who fell ill" is no death)
			'who fell in', 'who fell on', 'who fell at', 'who fell during', 'fell defending', 'fell fighting',
			// "up to 240 enemy servicemen were destroyed": a military euphemism, read only after people the lexicon names (as above)
			'were destroyed', 'have been destroyed', 'had been destroyed'],
	},
	injured: {
		before: ['injured', 'injuring', 'injures', 'wounded', 'wounding', 'wounds', 'hurt', 'hurting', 'injury toll', 'treated', 'treating'],
		after: ['injured', 'wounded', 'hurt', 'injuries', 'injury', 'casualties', 'treated in hospital', 'treated in hospitals', 'treated at hospital', 'treated at hospitals', 'hospitalised', 'hospitalized', 'taken to hospital', 'admitted to hospital',
			// "23 soldiers are being treated for frostbite", "17 more came down with frostbite": an injury named after its verb
			// ("six firefighters sustained burns", "four servicemen received wounds")
			...injuredBy(['treated for', 'suffered', 'suffering from', 'suffered from', 'came down with', 'admitted with', 'taken to hospital with', 'sustained', 'received', 'have sustained', 'had sustained', 'have received',
				// "nine had gunshot wounds", "40 people with burns"
				'had', 'have', 'with']),
			// "three are in hospital", "two other guards are still in hospital": in hospital after a copula is hurt
			// "two officers had been burned that night" (read only after people the lexicon names: houses are burned too)
			'were burned', 'was burned', 'had been burned', 'have been burned', 'were burnt', 'was burnt', 'had been burnt', 'have been burnt',
			'are in hospital', 'were in hospital', 'is in hospital', 'was in hospital', 'still in hospital', 'remain in hospital', 'remains in hospital', 'remained in hospital',
			'are in hospitals', 'were in hospitals', 'still in hospitals', 'remain in hospitals',
			// "three are in intensive care", "two in a critical condition"
			'in intensive care', 'in critical condition', 'in a critical condition', 'in serious condition', 'in a serious condition'],
	},
	missing: {
		// "puts its own missing at 2,450": the count a side gives for its missing
		before: ['leaving missing', 'left missing', 'missing at'],
		after: ['missing', 'unaccounted for', 'still missing', 'remain missing', 'remained missing', 'remains missing',
			// "two sailors went into the water and have not been found"
			'have not been found', 'had not been found', 'has not been found', 'were never found', 'feared drowned', 'lost at sea',
			// "about 40 mutineers had slipped out and were being sought": people gone and sought are missing
			'slipped out', 'had slipped out', 'have slipped out', 'on the run', 'at large', 'still at large',
			// "22 people remained trapped under the school", "60 were buried under rubble": not found yet, maybe alive (civilians trapped in a besieged town are no toll)
			'trapped under', 'trapped beneath', 'trapped underneath', 'buried underneath', 'trapped in the rubble', 'trapped in rubble', 'buried under', 'buried beneath', 'buried in the rubble', 'buried in rubble', 'buried in the debris',
			// "4,800 people remained buried in X": still under the ruins, not laid to rest (the dead are "buried", not "still buried")
			'remained buried', 'remain buried', 'remains buried', 'still buried'],
	},
	displaced: {
		before: ['displaced', 'displacing', 'displaces', 'evacuated', 'evacuating', 'forced from their homes', 'uprooted', 'uprooting', 'relocated', 'relocating'],
		after: ['displaced', 'evacuated', 'homeless', 'refugees', 'evacuees', 'fled', 'have fled', 'had fled', 'to flee', 'to leave their homes', 'forced from their homes', 'uprooted', 'internally displaced', 'left homeless', 'left their homes', 'left homes', 'abandoned their homes', 'lost their homes', 'left without shelter', 'out of their homes', 'sought refuge', 'sought shelter', 'took refuge', 'taken refuge',
			// "90,000 have been driven from their homes", "forced to flee", "living in camps"; "350,000 have been moved to safety"
			'moved to safety', 'relocated to safety', 'driven from their homes', 'driven out of their homes', 'driven from their land', 'forced out of their homes', 'forced to flee', 'forced to leave their homes', 'chased from their homes', 'living in camps', 'in displacement camps', 'in refugee camps', 'in camps for the displaced', 'sheltering in camps',
			// "6,000 families are sleeping outdoors"
			'sleeping outdoors', 'sleeping in the open', 'sleeping rough', 'sleeping in tents', 'living in tents', 'living in the open',
			// "11,000 people were sleeping in schools and mosques": people sheltered in public buildings have lost their homes
			'sleeping in schools', 'sleeping in mosques', 'sleeping in churches', 'sleeping in public buildings', 'sheltering in schools', 'sheltering in mosques', 'sheltering in churches', 'sheltering in public buildings',
			// "40,000 people are in evacuation centres", "8,000 families have been made homeless"
			'are in evacuation centres', 'are in evacuation centers', 'were in evacuation centres', 'were in evacuation centers', 'in evacuation centres', 'in evacuation centers', 'in evacuation shelters', 'in emergency shelters', 'in temporary shelters', 'in shelters', 'in relief camps', 'forced to abandon their homes', 'were forced to abandon their homes', 'huddled in evacuation centres', 'huddled in crowded evacuation centres', 'made homeless', 'been made homeless', 'have been made homeless', 'were made homeless', 'rendered homeless',
			// "31,000 residents have been temporarily relocated", "4,000 people were moved out", "9,000 are sheltering in schools";
			// read only after people the lexicon names (factories are relocated too)
			'relocated', 'moved out', 'sheltering',
			// "some 11,000 more registered as refugees": people a host country counts as refugees fled
			'registered as refugees', 'registered as displaced', 'registered as asylum seekers', 'registered as refugees and asylum seekers',
			// "some 6,000 villagers have crossed the border since the fighting began" (troops who cross are read apart)
			'crossed the border', 'have crossed the border', 'had crossed the border', 'fled across the border', 'crossed into neighbouring', 'crossed into neighboring',
			// "About 42,000 people have crossed into X" (troops who cross are read apart, as above)
			'crossed into', 'have crossed into', 'had crossed into',
			// "About 18,000 people have crossed from the flooded delta into X"
			'crossed from', 'have crossed from', 'had crossed from',
			// "Some 190,000 citizens have been temporarily sheltered by the State" (read only after an auxiliary: "12 people
			// sheltered in the mosque died" are described, not counted)
			'sheltered'],
	},
	hostages: {
		// "the gunmen seized 141 people" (seized counts people only: things seized are read apart)
		before: ['abducted', 'abducting', 'kidnapped', 'kidnapping', 'holding', 'held', 'seized', 'seizing'],
		// "58 abductions" counts the people taken; "27 people were still captive" the people held
		after: ['hostages', 'hostage', 'captives', 'abductees', 'abducted', 'kidnapped', 'held captive', 'held hostage', 'taken hostage', 'taken captive', 'were taken hostage', 'abductions', 'kidnappings', 'captive', 'in captivity',
			// "17 staff of the charity were seized at a checkpoint" (read only after people the lexicon names: goods are seized too)
			'were seized', 'was seized', 'had been seized', 'have been seized'],
	},
	prisoners: {
		before: ['detained', 'detaining', 'arrested', 'arresting', 'jailed', 'imprisoned', 'locked up', 'locking up', 'rounded up', 'rounding up'],
		// "a figure of 1,210 arrests", "made 300 arrests": each arrest is a person taken
		after: ['prisoners', 'prisoner', 'detainees', 'inmates', 'pows', 'prisoners of war', 'detained', 'arrested', 'jailed', 'imprisoned', 'in custody', 'in detention', 'locked up', 'rounded up', 'arrests', 'detentions', 'under arrest', 'behind bars',
			// "Twenty-two still face charges": people charged were held first
			'face charges', 'facing charges', 'were charged', 'have been charged', 'had been charged',
			// "1,350 soldiers had surrendered": fighters who gave themselves up are held (read only of armed people, not of weapons handed in)
			'surrendered', 'had surrendered', 'have surrendered', 'has surrendered', 'laid down their arms and surrendered', 'laid down their weapons and surrendered',
			// "240 fighters had been killed and 316 captured": a bare participle after a count (not "12 captured tanks", read apart)
			'captured',
			// "about 1,400 people would be eligible for release": people a deal or an amnesty may free are held
			'eligible for release', 'are eligible for release', 'were eligible for release', 'would be eligible for release', 'will be eligible for release', 'due for release'],
	},
};

/** People who live somewhere, whose leaving it after a clash or a disaster is flight: "1,200 residents left after the shooting". */
export const RESIDENT_NOUNS: readonly string[] = ['people', 'residents', 'villagers', 'inhabitants', 'civilians', 'families', 'households', 'locals', 'townspeople', 'islanders', 'dwellers'];

/** Places people leave when they flee: "left the village", "have left the streets around the barracks". */
export const LEFT_PLACES: readonly string[] = ['village', 'villages', 'town', 'towns', 'city', 'district', 'districts', 'area', 'areas', 'streets', 'region', 'valley', 'island', 'zone', 'neighbourhood', 'neighborhood', 'quarter', 'suburb', 'suburbs', 'settlement', 'hamlet', 'hamlets', 'coast', 'border area', 'province', 'enclave', 'homes', 'houses'];

/** Nouns for the people a toll counts: "26 people", "10 persons including two women", "25 tourists". */
export const PEOPLE_NOUNS: readonly string[] = [
	'people',
	'persons',
	'person',
	'civilians',
	'civilian',
	'residents',
	'resident',
	'tourists',
	'children',
	'child',
	'women',
	'woman',
	'men',
	'man',
	'soldiers',
	'soldier',
	'troops',
	'servicemen',
	'officers',
	'policemen',
	'police officers',
	'militants',
	'fighters',
	'workers',
	'passengers',
	'villagers',
	'students',
	'pilgrims',
	'worshippers',
	'journalists',
	'members',
	'patients',
	'migrants',
	'refugees',
	'protesters',
	'others',
	'individuals',
	'family members',
	'victims',
	'families',
	'guides',
	'drivers',
	'volunteers',
	'suspects',
	'activists',
	'demonstrators',
	'supporters',
	'crew',
	'staff',
	'households',
	'pilgrims',
	'sailors',
	'crew members',
	'nationals',
	'citizens',
	'personnel',
	'peacekeepers',
	'guards',
	'medics',
	'doctors',
	'nurses',
	'rescuers',
	'firefighters',
	'officials',
	'employees',
	'contractors',
	'hostages',
	// seafarers and trades: "31 seafarers killed", "12 dock workers injured"
	'seafarers',
	'seamen',
	'crewmen',
	'fishermen',
	'dockworkers',
	'miners',
	'engineers',
	// who else a toll counts: "nine schoolchildren died", "14 bystanders were wounded"
	'schoolchildren',
	'pupils',
	'teachers',
	'infants',
	'babies',
	'girls',
	'boys',
	'teenagers',
	'youths',
	'farmers',
	'herders',
	'shepherds',
	'nomads',
	'inhabitants',
	'locals',
	'bystanders',
	'shoppers',
	'commuters',
	'traders',
	'mourners',
	'spectators',
	'labourers',
	'laborers',
	// people on strike or in a union: "police rounded up 300 strikers"
	'strikers',
	'unionists',
	'picketers',
	// people named by whom they served or lived beside: "seven of their shipmates were injured"
	'colleagues',
	'comrades',
	'shipmates',
	'crewmates',
	'teammates',
	'relatives',
	'neighbours',
	'neighbors',
	'guardsmen',
	'coastguardsmen',
	// people of an institution a toll or a siege counts: "two inmates died", "six cadets were hurt", "300 of my constituents fled"
	'inmates',
	'cadets',
	'recruits',
	'conscripts',
	'reservists',
	'marines',
	'airmen',
	'gendarmes',
	'wardens',
	'dockers',
	'rioters',
	'constituents',
	'parishioners',
	'congregants',
	// kin: "one of our own sons was killed"
	'sons',
	'daughters',
	'brothers',
	'sisters',
	'fathers',
	'mothers',
	'husbands',
	'wives',
	// people of a mission or a press corps, and whoever carried out an attack: "two diplomats were among the dead", "nine of the attackers were killed"
	'diplomats',
	'envoys',
	'reporters',
	'paramedics',
	'attackers',
	'assailants',
	'raiders',
];

/** Plurals that a toll after a number never counts as people: livestock dead in a flood are not a death toll. */
export const NOT_PEOPLE_PLURALS: readonly string[] = ['animals', 'cows', 'goats', 'sheep', 'camels', 'horses', 'donkeys', 'dogs', 'cats', 'chickens', 'birds', 'pigs', 'cattle', 'livestock', 'fish', 'trees', 'crops', 'vehicles', 'cars', 'trucks', 'ships', 'boats', 'vessels', 'aircraft', 'planes', 'drones', 'buildings', 'homes', 'houses'];

/**
 * Armed people who are not a regular army's: counted outside a casualty or captivity ("about 6,000 militia fighters are
 * to be demobilised", "a splinter group of a few thousand fighters") they are a force's size, as troops are. "Fighters"
 * are also aircraft: a sentence about downing reads them as damage before this list is asked.
 */
export const ARMED_NOUNS: readonly string[] = ['fighters', 'combatants', 'militants', 'insurgents', 'rebels', 'guerrillas', 'guerillas', 'militiamen', 'paramilitaries', 'irregulars', 'gunmen', 'ex-combatants', 'ex-fighters',
	// soldiers in revolt or gone from their units: "40 mutineers slipped out", "37 deserters"
	'mutineers', 'deserters',
	// armed men hired by a side: "some 1,500 mercenaries remain in the country"
	'mercenaries',
	// what a side calls the armed men it fights: "more than 400 terrorists were eliminated"
	'terrorists', 'extremists', 'jihadists', 'bandits'];

/** People a side "lost" in fighting, who are its dead: "has lost 1,300 men", "lost 40 soldiers" (not "lost 300 workers" to rivals). */
export const LOST_PEOPLE_NOUNS: readonly string[] = ['people', 'civilians', 'villagers', 'men', 'soldiers', 'troops', 'servicemen', 'service members', 'fighters', 'sailors', 'airmen', 'pilots', 'marines', 'officers', 'conscripts', 'reservists', 'guardsmen', 'guards', 'policemen', 'police officers', 'combatants', 'militiamen',
	// a town's or a family's own dead: "the town lost 61 residents in the raid", "she lost three children"
	'residents', 'inhabitants', 'children', 'sons', 'relatives', 'family members',
	// a country's own dead in a disaster abroad: "Belmark lost 134 of its citizens"
	'citizens', 'nationals', 'compatriots'];

/** Words naming a force whose size is given as "N strong": "the navy is about 12,000 strong", "a 4,000-strong force". */
export const FORCE_NOUNS: readonly string[] = ['army', 'armed forces', 'force', 'forces', 'militia', 'military', 'troops', 'contingent', 'brigade', 'division', 'battalion', 'regiment', 'garrison', 'unit', 'units', 'guard', 'navy', 'air force', 'police force', 'mission', 'deployment', 'rebel army', 'insurgency'];

/** Places the displaced live in: people a camp houses are displaced ("the Harlo camp, which houses some 35,000 people"). */
export const CAMP_NOUNS: readonly string[] = ['camp', 'camps', 'shelter', 'shelters', 'tent city', 'tent cities', 'collective centre', 'collective centres', 'reception centre', 'reception centres'];

/** Buildings that become shelters when people flee: "3,200 people are sleeping in four schools", "housed in the town's sports hall". */
export const SHELTER_PLACES: readonly string[] = ['camp', 'camps', 'shelter', 'shelters', 'centre', 'centres', 'center', 'centers', 'school', 'schools', 'classroom', 'classrooms', 'sports hall', 'sports halls', 'gym', 'gyms', 'gymnasium', 'gymnasiums', 'community hall', 'community halls', 'church', 'churches', 'mosque', 'mosques', 'tent', 'tents', 'public buildings'];

/** People besides residents whom a shelter or camp takes in: "170 unaccompanied children reached the camp". */
export const SHELTERED_GROUPS: readonly string[] = ['children', 'women', 'men', 'elderly', 'orphans', 'minors', 'girls', 'boys', 'refugees', 'migrants', 'survivors', 'evacuees'];

/** Verbs by which a camp holds people. */
export const HOUSING_VERBS: readonly string[] = ['houses', 'housed', 'housing', 'hosts', 'hosted', 'hosting', 'shelters', 'sheltered', 'sheltering', 'is home to', 'are home to', 'accommodates', 'accommodated', 'holds', 'now holds',
	// "the camps have about 46,000 people", "the shelter now has 900"
	'have', 'has', 'now have', 'now has',
	// "the school that has become a shelter for 800 people"
	'for'];

/** Camps that hold no displaced people: "a detention camp that holds 3,000 people" holds prisoners. */
export const NOT_DISPLACEMENT_CAMPS: readonly string[] = ['prison', 'detention', 'internment', 'labour', 'labor', 'military', 'army', 'training', 'base', 'summer', 'holiday', 'boot', 'transit', 'militia', 'rebel', 'insurgent', 'gunmen', 'bandit', 'terrorist'];

/** Adjectives that can sit between a number and the people it counts ("26 innocent civilians", "two other Druze"). */
export const PEOPLE_MODIFIERS: readonly string[] = [
	'innocent', 'other', 'more', 'unarmed', 'local', 'foreign', 'young', 'elderly', 'civilian', 'community', 'new', 'additional', 'further',
	// who they work or fight for: "19 aid workers", "five police officers", "30 rebel fighters"
	'aid', 'health', 'medical', 'humanitarian', 'rescue', 'relief', 'emergency', 'security', 'police', 'border', 'army', 'military', 'rebel', 'government', 'pro-government', 'opposition', 'militia', 'media',
	// where they work: "five factory workers", "two dock workers", "four oil engineers"
	'port', 'dock', 'shipyard', 'factory', 'farm', 'oil', 'construction', 'hospital', 'mine',
];

/** One person named by "a"/"an": "a local resident was killed" is a toll of one. */
export const PERSON_NOUNS: readonly string[] = ['person', 'man', 'woman', 'child', 'boy', 'girl', 'baby', 'teenager', 'soldier', 'civilian', 'resident', 'journalist', 'reporter', 'photographer', 'police officer', 'policeman', 'officer', 'worker', 'aid worker', 'tourist', 'student', 'pilot', 'passenger', 'farmer', 'villager', 'fisherman', 'guard', 'doctor', 'nurse', 'paramedic', 'firefighter', 'pilgrim', 'guide', 'driver', 'shepherd', 'monk', 'priest', 'volunteer',
	// one of a force: "One guardsman was killed", "one serviceman died"
	'guardsman', 'coastguardsman', 'serviceman', 'militiaman', 'sailor', 'gendarme', 'sergeant', 'corporal', 'conscript'];

/** Who "treated N ..." counts as injured: "treated more than 600 patients" (not "treated 40 cholera cases"). */
export const TREATED_NOUNS: readonly string[] = ['patients', 'people', 'casualties', 'survivors', 'victims', 'injured', 'wounded', 'injured people', 'wounded people'];

/**
 * Verbs of holding, freeing and exchanging people: right before a count of people ("will release 390 nationals",
 * "holds about 1,500 servicemen", "in exchange for 300 civilians") they make it a count of prisoners, not of troops.
 */
export const CAPTIVITY_BEFORE: readonly string[] = [
	'release', 'releases', 'released', 'releasing', 'free', 'frees', 'freed', 'freeing', 'exchange', 'exchanges', 'exchanged', 'exchanging',
	// the noun of a release: "has demanded the release of 40 of its fighters"
	'release of', 'freeing of', 'handover of', 'repatriation of',
	'swap', 'swaps', 'swapped', 'swapping', 'hand over', 'hands over', 'handed over', 'handing over', 'repatriate', 'repatriates', 'repatriated',
	'repatriating', 'hold', 'holds', 'holding', 'held', 'in exchange for', 'in return for', 'exchanged for', 'swapped for', 'traded for',
	'capture', 'captures', 'captured', 'capturing', 'detain', 'detains', 'detained', 'detaining', 'is holding', 'are holding',
	// "a prisoner swap involving almost 300 people", "an exchange of 120 detainees", "turned over 55 prisoners"
	'swap involving', 'exchange involving', 'swap of', 'exchange of', 'turn over', 'turns over', 'turned over', 'turning over',
];

/** Participles that make the people counted after a number captives: "60 captured sailors", "the 40 detained crew members". */
export const CAPTIVE_PARTICIPLES: readonly string[] = ['captured', 'detained', 'held', 'imprisoned', 'jailed', 'interned', 'arrested'];

/**
 * Verbs of a clause that says who took or holds the people counted before it: "the 60 marines X says it took at Y",
 * "the 14 sailors the navy detained". "took" and "taken" count only with a place or time after them.
 */
export const CAPTOR_VERBS: readonly string[] = ['took', 'taken', 'captured', 'captures', 'holds', 'held', 'is holding', 'are holding', 'has held', 'have held', 'detained', 'detains', 'seized', 'arrested', 'imprisoned', 'jailed'];

/** Words after a count of people that say they are held or to be freed: "390 nationals held by X", "the 410 servicemen to be released". */
export const CAPTIVITY_AFTER: readonly string[] = ['held', 'held by', 'held in', 'held at', 'held since', 'held for', 'held without trial', 'held without charge', 'in detention', 'in custody', 'in government custody', 'in police custody', 'in state custody', 'in military custody', 'in army custody', 'behind bars', 'in captivity', 'released', 'freed', 'exchanged', 'swapped', 'handed over', 'repatriated', 'set free', 'captured', 'detained', 'taken prisoner', 'taken captive',
	// "the last 14 guards walked free"
	'walked free', 'walk free', 'walks free'];

/** People a captivity verb counts as prisoners: soldiers and civilians alike, not patients discharged or staff let go. */
export const CAPTIVE_NOUNS: readonly string[] = [
	'people', 'persons', 'civilians', 'soldiers', 'servicemen', 'servicemembers', 'service members', 'troops', 'personnel', 'fighters', 'militants',
	'combatants', 'insurgents', 'rebels', 'militiamen', 'guerrillas', 'paramilitaries', 'mercenaries', 'terrorists', 'extremists', 'jihadists', 'officers', 'guards', 'nationals', 'citizens', 'men', 'women', 'children', 'sailors', 'fishermen', 'crew',
	'crew members', 'seamen', 'marines', 'conscripts', 'reservists', 'pilots', 'journalists', 'activists', 'protesters', 'POWs',
	// people named by their trade or role: "nine gunboat crew members", "four oil engineers", "nine aid workers"
	'operators', 'crews', 'aircrew', 'crewmen', 'airmen', 'navigators', 'engineers', 'technicians', 'workers', 'aid workers', 'reporters',
	'photographers', 'diplomats', 'officials', 'tourists', 'passengers', 'students', 'villagers', 'residents', 'farmers', 'contractors',
	'employees', 'volunteers', 'doctors', 'nurses', 'seafarers', 'medics', 'monks', 'priests', 'missionaries', 'scientists', 'researchers', 'truckers',
	'drivers', 'miners', 'dockworkers', 'dockers', 'dock workers', 'port workers', 'traders', 'businessmen', 'peacekeepers', 'observers', 'monitors', 'commandos', 'paratroopers', 'guardsmen',
	'policemen', 'police officers', 'gendarmes', 'border guards',
	// staff of a mission and people out on a trip: "gunmen holding 23 embassy staff", "eight hikers held at the border"
	'staff', 'staff members', 'staffers', 'inspectors', 'teachers', 'pupils', 'schoolchildren', 'pilgrims', 'worshippers', 'hikers', 'climbers', 'athletes',
	// people held for what they did: "the 21 poachers the coast guard arrested"
	'poachers', 'smugglers', 'suspects', 'migrants', 'strikers', 'demonstrators', 'trawlermen',
	// a deposed government's people, held after a coup or a crackdown: "the 11 former ministers detained since the coup"
	'ministers', 'politicians', 'lawmakers', 'dissidents', 'opposition leaders',
];

/** People a deal or a mission sends, never the people a toll counts: "150 unarmed observers", "40 inspectors". */
export const DEPLOYED_ROLES: readonly string[] = ['observers', 'monitors', 'inspectors', 'peacekeepers', 'auditors', 'mediators', 'verifiers', 'experts', 'advisers', 'advisors', 'trainers'];

/** Remains counted: "the remains of 212 soldiers", "369 bodies in all". */
export const REMAINS_NOUNS: readonly string[] = ['remains', 'bodies', 'corpses', 'coffins'];

/**
 * Verbs by which remains change hands: remains returned, handed over or exchanged are not a death toll of the
 * event reported (they count the dead of a whole war, given back), unlike bodies found or recovered.
 */
export const RETURN_WORDS: readonly string[] = [
	'return', 'returns', 'returned', 'returning', 'hand over', 'hands over', 'handed over', 'handing over', 'handover', 'handed back', 'hand back',
	'repatriate', 'repatriates', 'repatriated', 'repatriating', 'repatriation', 'exchange', 'exchanges', 'exchanged', 'exchanging', 'swap', 'swaps',
	'swapped', 'swapping', 'transfer', 'transfers', 'transferred', 'transferring', 'send back', 'sent back', 'give back', 'gave back', 'given back',
];

/** Verbs by which bodies are found: a count of them is a toll even in a sentence about returning ("returned to the site and found 17 bodies"). */
export const FOUND_WORDS: readonly string[] = ['found', 'recovered', 'retrieved', 'pulled', 'discovered', 'unearthed', 'exhumed', 'dug out', 'identified', 'counted'];

/**
 * Fates of people counted beside a toll that are no casualty: "54 dead, 146 rescued and 38 missing" counts the rescued
 * apart from the dead. Lower case, as they follow the count's noun.
 */
export const SPARED_FATES: readonly string[] = ['rescued', 'saved', 'evacuated', 'freed', 'released', 'discharged', 'unharmed', 'alive', 'accounted for', 'survived', 'pulled out alive', 'found alive', 'brought ashore'];

/**
 * Captors who are no state: people they hold are hostages ("12 guards held by the inmates", "the gang is holding nine aid
 * workers"), while people a state or an army holds are prisoners.
 */
/** Children held: no state's lawful prisoners, so held or freed with no state in the sentence they are hostages ("the talks that freed 118 pupils"). */
export const CHILD_CAPTIVE_NOUNS: readonly string[] = ['pupils', 'schoolchildren', 'schoolgirls', 'schoolboys', 'children', 'girls', 'boys'];

export const HOSTAGE_TAKERS: readonly string[] = ['mutineers', 'inmates', 'prisoners', 'rioters', 'kidnappers', 'abductors', 'captors', 'hijackers', 'hostage-takers', 'hostage takers', 'attackers', 'assailants', 'protesters', 'demonstrators', 'occupiers', 'pirates', 'gunmen', 'gang', 'gangs', 'cartel', 'militants', 'jihadists', 'terrorists', 'bandits', 'insurgents', 'guerrillas', 'rebels', 'militia', 'militias', 'militiamen', 'front', 'fighters'];
