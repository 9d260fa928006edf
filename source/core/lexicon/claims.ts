/** Battlefield claim words: taking ground, striking places, extent, denial and doubt. */

/** Verbs of taking ground, each with the form a claim prints. */
export const TAKE_VERBS: Readonly<Record<string, string>> = {
	seized: 'seized',
	seize: 'seized',
	seizing: 'seizing',
	taken: 'taken',
	took: 'taken',
	captured: 'captured',
	capture: 'captured',
	capturing: 'capturing',
	encircled: 'encircled',
	encircle: 'encircled',
	encircling: 'encircling',
	surrounded: 'surrounded',
	entered: 'entered',
	liberated: 'liberated',
	overran: 'overran',
	overrun: 'overrun',
	retook: 'retaken',
	retaken: 'retaken',
	recaptured: 'recaptured',
	regained: 'regained',
	reclaimed: 'reclaimed',
	'took back': 'taken back',
	'taken back': 'taken back',
	'won back': 'taken back',
	secured: 'secured',
	stormed: 'stormed',
	'advanced into': 'advanced into',
	'advanced to': 'advanced to',
	reached: 'reached',
	'pushed into': 'pushed into',
	'moved into': 'moved into',
	breached: 'breached',
	cleared: 'cleared',
	// a force put ashore on an island or a reef: "its coast guard landed on X" (only after a force noun; a shell that landed is a strike)
	'landed on': 'landed on',
	// ground held and built on: "has fortified X with a gun emplacement", "occupied the islet"
	occupied: 'occupied',
	fortified: 'fortified',
	militarised: 'militarised',
	militarized: 'militarized',
};

/** Verbs of striking a place, each with the form a claim prints. */
export const STRIKE_VERBS: Readonly<Record<string, string>> = {
	struck: 'struck',
	striking: 'struck',
	hit: 'hit',
	hitting: 'hit',
	targeted: 'targeted',
	targeting: 'targeted',
	targetting: 'targeted',
	attacked: 'attacked',
	shelled: 'shelled',
	bombed: 'bombed',
	bombarded: 'bombarded',
	pounded: 'pounded',
	'fired missiles at': 'fired missiles at',
	'fired at': 'fired at',
	'fired on': 'fired on',
	'taken out': 'taken out',
	'knocked out': 'knocked out',
	destroyed: 'destroyed',
	sank: 'sank',
	sunk: 'sunk',
	// at sea: "rammed the trawler off the reef"
	rammed: 'rammed',
	// a village burned by an armed group: "gunmen burned Kasso", "militiamen torched the settlement of Y"
	burned: 'burned',
	burnt: 'burned',
	torched: 'torched',
	razed: 'razed',
	// aid stores and towns plundered by an armed side: "fighters looted the aid warehouse in X"
	looted: 'looted',
	ransacked: 'ransacked',
	plundered: 'plundered',
	// a building levelled by a strike: "a missile flattened an apartment block"
	flattened: 'flattened',
};

/** Objects that make a strike verb no strike: "struck a deal", "hit a record". */
export const NOT_STRUCK: readonly string[] = ['deal', 'deals', 'agreement', 'accord', 'bargain', 'compromise', 'note', 'tone', 'chord', 'balance', 'record', 'high', 'low', 'peak', 'target', 'targets', 'milestone', 'snag', 'nerve', 'pose', 'back'];

/** Nouns of strikes that name their target after a preposition: "an attack on X", "strikes inside X". */
export const STRIKE_NOUNS: readonly string[] = [
	'attack',
	'attacks',
	'strike',
	'strikes',
	'airstrike',
	'airstrikes',
	'air strikes',
	'shelling',
	'bombardment',
	'barrage',
	// "a missile salvo on X"
	'salvo',
	'salvos',
	'salvoes',
	'raid',
	'raids',
	'air raid',
	'offensive',
	'assault',
	'missile attacks',
	// fire reported at a place: "small-arms fire in X", "a mortar round near Y"
	'gunfire',
	'small-arms fire',
	'sniper fire',
	'mortar fire',
	'artillery fire',
	'mortar round',
	'mortar rounds',
];

/** Prepositions that put a strike's target after its noun. */
export const TARGET_PREPOSITIONS: readonly string[] = ['on', 'against', 'inside', 'into', 'in', 'at', 'along', 'across', 'targeting', 'around'];

/** Words that bound how much of a place is claimed; kept in the claim. Longest first. */
export const EXTENT_WORDS: readonly string[] = [
	'the outskirts of',
	'the centre of',
	'the center of',
	'large parts of',
	'most of',
	'much of',
	'parts of',
	'part of',
	'half of',
	'all of',
	'swathes of',
	'the rest of',
	'the edge of',
	'the edges of',
	// "the full crest of X", "the approaches to Y": how much of a feature is held
	'the full crest of',
	'the crest of',
	'the summit of',
	'the top of',
	'the approaches to',
	// a road a side holds into a town: "held the road into X since Sunday" (the town's claim, bounded; "the road to X" may run anywhere near it)
	'the road into',
	'the gates of',
	// a side of a town: "the northern half of X", "the eastern districts of Y"
	...['northern', 'southern', 'eastern', 'western', 'north-eastern', 'north-western', 'south-eastern', 'south-western'].flatMap((side) =>
		['half', 'part', 'parts', 'districts', 'quarter', 'quarters', 'edge', 'outskirts', 'suburbs', 'end', 'shoulder', 'slopes', 'flank', 'bank', 'side', 'approaches', 'wing', 'entrance'].map((part) => `the ${side} ${part} of`),
	),
	// "the east wing of X Prison", "the north gate of Y", "the north shed of the Z Terminal": a part of a site by its compass point
	...['north', 'south', 'east', 'west'].flatMap((side) => ['wing', 'end', 'side', 'gate', 'bank', 'entrance', 'block', 'shed', 'sheds', 'yard', 'quay', 'pier', 'dock', 'docks', 'hall', 'building', 'tower', 'stand', 'car park'].map((part) => `the ${side} ${part} of`)),
	'the main gate of',
];

/** Nouns of ground taken, before "of" and the place: "completed the liberation of X", "announced the capture of X". */
export const TAKE_NOUNS: Readonly<Record<string, string>> = {
	liberation: 'liberated',
	capture: 'captured',
	seizure: 'seized',
	fall: 'fallen',
	encirclement: 'encircled',
	// "the rebels claimed control of X", "announced full control over Y"
	control: 'controls',
};

/** Participles that describe a place as held in a ring: "the encircled town of X", "besieged X". */
export const SIEGE_WORDS: Readonly<Record<string, string>> = {
	encircled: 'encircled',
	besieged: 'besieged',
	surrounded: 'surrounded',
	blockaded: 'blockaded',
};

/** Last words of a name that make it a whole region ("the X Coast", "the Y Strip"): a war's setting, not a locality claimed. */
export const REGION_HEADS: readonly string[] = ['Coast', 'Strip', 'Peninsula', 'Region', 'Basin', 'Delta', 'Highlands', 'Lowlands', 'Territory', 'Territories', 'Corridor', 'Plateau'];

/** Kinds of place a relative clause or a siege word can name: "X, a village that Y says it has captured". */
export const PLACE_KINDS: readonly string[] = ['city', 'town', 'village', 'hamlet', 'settlement', 'locality', 'port', 'enclave', 'district', 'region', 'province', 'ridge', 'hill', 'airport', 'base', 'suburb', 'outpost', 'crossing'];

/** Gerunds of military acts one side accuses another of: "accuses X's troops of crossing the border at Y". */
export const ACCUSED_ACTS: readonly string[] = ['crossing', 'landing', 'deploying', 'attacking', 'shelling', 'bombing', 'bombarding', 'striking', 'firing on', 'firing at', 'raiding', 'storming', 'seizing', 'occupying', 'invading', 'entering', 'targeting', 'launching', 'sending', 'killing', 'massacring', 'executing',
	// villages burned, boats towed back at sea: "accuses the militia of burning the settlement of X", "of towing the boat back towards Y"
	'burning', 'torching', 'razing', 'towing', 'pushing back', 'straying into',
	// sea mines: "accuses X of laying 40 mines in the strait"
	'laying', 'mining', 'planting',
	// aid held up or plundered: "accuse the army of blocking aid to X"
	'blocking', 'looting', 'firing',
	// a truce broken at a place: "each side accused the other of violating the truce near X"
	'violating', 'breaching', 'breaking'];

/** Nouns that report one side's version as a claim: "Morlandi accusations that …", "Kyrin's claims that …". */
export const CLAIM_NOUNS: readonly string[] = ['claim', 'claims', 'report', 'reports', 'accusation', 'accusations', 'allegation', 'allegations', 'assertion', 'assertions', 'statement', 'statements', 'suggestion', 'suggestions', 'propaganda'];

/** Words that call a claim untrue: "the claims are false", "a claim the army called a lie". */
export const FALSE_WORDS: readonly string[] = ['false', 'untrue', 'baseless', 'groundless', 'fabricated', 'fake', 'lies', 'a lie', 'propaganda', 'nonsense', 'fiction', 'incorrect', 'a fabrication', 'staged', 'a staged provocation', 'a false flag', 'a hoax', 'disinformation', 'invented', 'invention', 'made up', 'a fantasy', 'fantasy', 'a fairy tale', 'a myth', 'a provocation',
	// a rival's hold dismissed as hope: "the union's claims were 'wishful thinking'"
	'wishful thinking'];

/** Phrases before a take verb that say the taking is near, not done: kept in the claim. */
export const NEAR_WORDS: readonly string[] = ['close to', 'near to', 'on the verge of', 'poised to', 'about to', 'closing in on'];

/** Verbs by which a side denies or disputes what another claims. */
export const DENIAL_VERBS: readonly string[] = ['denied', 'denies', 'deny', 'rejected', 'rejects', 'reject', 'disputed', 'disputes', 'dispute', 'dismissed', 'dismisses', 'refuted', 'refutes'];

/** Acts a side denies doing, after its denial verb: "denied launching any", "denies having fired on the town". */
export const DENIED_ACTS: readonly string[] = ['launching', 'launched', 'firing', 'fired', 'sending', 'sent', 'carrying out', 'carried out', 'attacking', 'attacked', 'striking', 'struck', 'shelling', 'shelled', 'targeting', 'targeted', 'bombing', 'bombed', 'losing', 'having lost'];

/** What a denial's object must be for it to deny a claim (not "denied involvement"). */
export const DENIED_OBJECTS: readonly string[] = ['claim', 'claims', 'report', 'reports', 'assertion', 'assertions', 'account', 'accusation', 'accusations', 'allegation', 'allegations', 'charge', 'charges', 'story', 'version', 'incident', 'shooting', 'violation', 'violations', 'it', 'this', 'that', 'them',
	// the incident itself by its noun: "denies any pushback", "denied the attack"
	'pushback', 'pushbacks', 'attack', 'attacks', 'raid', 'incursion', 'incursions', 'ramming', 'tow'];

/** Phrases that leave a claim unverified. */
export const UNVERIFIED_PHRASES: readonly string[] = [
	'independently verified',
	'independently confirmed',
	'be verified',
	'be confirmed',
	'not confirmed',
	'not been confirmed',
	'could not verify',
	'could not confirm',
	'could not independently verify',
	'could not independently confirm',
	'cannot independently verify',
	'cannot verify',
	'unable to verify',
	'unverified',
	'no independent confirmation',
	'no independent verification',
	'not independently verified',
];

/** Attack nouns with these before them are not a side's claim but an attack by unnamed assailants. */
export const NON_STATE_ATTACK: readonly string[] = ['terror', 'terrorist', 'militant', 'suicide', 'gun', 'knife'];

/**
 * Built things and high ground a side takes or strikes, named by the place after them: "the water tower on X",
 * "two tanks near the village of Y", "the Z-2 thermal power plant". Lower case, as they stand before the place.
 */
export const INSTALLATION_NOUNS: readonly string[] = [
	'tower', 'water tower', 'television tower', 'mast', 'station', 'central station', 'railway station', 'train station', 'bus station',
	'pumping station', 'compressor station', 'power station', 'substation', 'plant', 'power plant', 'hydroelectric plant', 'thermal power plant',
	'water plant', 'treatment plant', 'reactor', 'dam', 'bridge', 'tunnel', 'junction', 'crossing', 'checkpoint', 'airport', 'airstrip',
	'runway', 'lighthouse', 'air base', 'base', 'barracks', 'depot', 'arms depot', 'fuel depot', 'terminal', 'refinery', 'pipeline', 'factory', 'mine',
	'port', 'harbour', 'harbor', 'jetty', 'pier', 'hospital', 'school', 'market', 'monastery', 'fortress', 'citadel', 'castle', 'hill',
	'ridge', 'heights', 'high ground', 'summit', 'rail yards', 'yards', 'warehouse', 'silo', 'silos', 'grain terminal', 'oil terminal',
	'command post', 'headquarters', 'police station', 'town hall', 'city hall', 'stadium', 'hilltop', 'hilltops', 'outpost', 'outposts', 'position', 'positions',
];

/** Lines that run across country, named before their noun ("on the X pipeline"): a target along one is at no named place. */
export const LINE_FEATURES: readonly string[] = ['pipeline', 'gas pipeline', 'oil pipeline', 'road', 'highway', 'motorway', 'railway', 'rail line', 'line', 'power line', 'canal', 'river', 'corridor', 'route', 'cable', 'interconnector', 'front'];

/** People whose killing by a force at a place is a claim against that force: "soldiers killed 40 villagers in X". */
export const KILLED_PEOPLE: readonly string[] = ['civilians', 'villagers', 'people', 'residents', 'farmers', 'men', 'women', 'children', 'protesters', 'worshippers', 'fishermen', 'workers', 'refugees', 'prisoners', 'detainees'];

/**
 * Words of a labour dispute or a business page: a sentence with one of these and no word of ARMED_WORDS tells of a strike by workers
 * ("the strike at the X mine", "dockers' strikes in Y"), not a military strike on a place.
 */
export const LABOUR_WORDS: readonly string[] = [
	'workers', 'worker', 'miners', 'dockers', 'union', 'unions', 'unionists', 'wage', 'wages', 'pay', 'walkout', 'walkouts', 'picket', 'pickets',
	'picket line', 'strikers', 'employees', 'staff', 'labour', 'labor', 'shifts', 'management', 'bosses', 'employer', 'employers',
	'industrial action', 'on strike', 'general strike', 'hunger strike', 'wildcat strike', 'teachers', 'nurses', 'drivers', 'stoppage',
	// a business page's strike is a stoppage: "the strike hit production at the X mine, the company said"
	'company', 'production', 'output', 'shareholders',
];

/** Words of armed force: with one of them a sentence's strike may be military even among LABOUR_WORDS. */
export const ARMED_WORDS: readonly string[] = [
	'drone', 'drones', 'missile', 'missiles', 'rocket', 'rockets', 'shell', 'shells', 'shelling', 'artillery', 'airstrike', 'airstrikes',
	'air strike', 'air strikes', 'air raid', 'jets', 'aircraft', 'warplanes', 'bomb', 'bombs', 'bombing', 'mortar', 'mortars', 'troops',
	'forces', 'army', 'military', 'navy', 'soldiers', 'fighters', 'rebels', 'militia', 'militias', 'gunfire', 'snipers', 'sniper',
];

/** Take verbs that mean force when one side says a named other did them ("X says Y has fortified the rock"); "taken over" does not. */
export const FORCIBLE_TAKE_VERBS: readonly string[] = ['fortified', 'occupied', 'seized', 'captured', 'annexed', 'militarised', 'militarized', 'overrun', 'stormed'];

/**
 * Verbs of an incident on the ground or at sea told by one side: a shooting, a downing, a ramming. The place follows
 * the object ("opened fire on a patrol near X", "shot down a drone over the village of Y"). Each with the form a claim prints.
 */
export const INCIDENT_VERBS: Readonly<Record<string, string>> = {
	'opened fire on': 'opened fire on',
	'opened fire at': 'opened fire on',
	'opened fire': 'opened fire',
	'fired on': 'fired on',
	'fired at': 'fired on',
	'fired first on': 'fired on',
	'shot at': 'shot at',
	'shot down': 'shot down',
	'brought down': 'shot down',
	downed: 'shot down',
	rammed: 'rammed',
	'exchanged fire': 'exchanged fire',
	'traded fire': 'exchanged fire',
	ambushed: 'ambushed',
	'fired warning shots at': 'fired warning shots at',
	'fired shots at': 'fired on',
	'turned water cannon on': 'used water cannon on',
	'fired water cannon at': 'used water cannon on',
	'used water cannon against': 'used water cannon on',
	'violated the ceasefire': 'violated the ceasefire',
	'violated the truce': 'violated the ceasefire',
	'broke the ceasefire': 'violated the ceasefire',
	intercepted: 'intercepted',
	// a munition's own verbs, with the munition before them: "two rockets landed near X", "a shell exploded in Y"
	landed: 'struck',
	exploded: 'struck',
	'rained down': 'struck',
	'collided with': 'collided with',
	// a boat towed or pushed back at sea: "the patrol boat towed it back towards the X Shoals"
	towed: 'towed',
	towing: 'towed',
	'pushed back': 'pushed back',
	'pushing back': 'pushed back',
	// a convoy stopped on its way: "militia fighters blocked a convoy of aid trucks at the X crossing" (only a convoy or aid)
	blocked: 'blocked',
	'turned back': 'turned back',
};

/** Nouns of an incident, placed by the phrase after them: "an exchange of fire at the X crossing". */
export const INCIDENT_NOUNS: readonly string[] = ['exchange of fire', 'exchanges of fire', 'firefight', 'gunfight', 'gun battle', 'shootout', 'shooting', 'clash', 'clashes', 'skirmish', 'skirmishes', 'ambush', 'collision', 'ramming', 'ceasefire violation', 'ceasefire violations', 'violation of the ceasefire', 'violations of the ceasefire'];

/** Units of distance that place an incident from a named place: "three kilometres inside X", "nine nautical miles off Y". */
export const DISTANCE_UNITS: readonly string[] = ['kilometres', 'kilometers', 'km', 'miles', 'nautical miles', 'metres', 'meters'];

/** Vessels, aircraft and air defences that act in an incident: "the cutter rammed the trawler", "air defences shot down a drone". */
export const INCIDENT_ACTORS: readonly string[] = [
	'coast guard', 'coastguard', 'cutter', 'cutters', 'patrol boat', 'patrol boats', 'patrol vessel', 'vessel', 'vessels', 'warship', 'warships',
	'frigate', 'destroyer', 'gunboat', 'gunboats', 'ship', 'ships', 'air defences', 'air defenses', 'air defence', 'air defense', 'border guards', 'border guard',
	'guards', 'patrol', 'patrols', 'snipers', 'gunners', 'marines',
];

/** What one side says of an incident the other reports: who fired first, whose ground it was, what was downed. */
export const COUNTER_VERSION_WORDS: readonly string[] = ['unarmed', 'fired first', 'shot first', 'opened fire first', 'attacked first', 'rammed first', 'struck first', 'was shot at first', 'were shot at first', 'did not start it', 'responded to fire', 'returned fire', 'in self-defence', 'in self-defense', 'lost contact', 'strayed', 'malfunctioned', 'crashed', 'an accident', 'accidental', 'by accident', 'technical fault', 'technical failure', 'illegally',
	// the waters a boat was seized in are its own side's: "waters its boats have fished for generations"
	'for generations', 'always shared', 'always fished', 'traditionally fished', 'traditional fishing grounds',
	// a collision told the other way round: "the trawler turned across the cutter's bow"
	'turned across', 'cut across', 'turned into', 'veered into', 'swung across'];

/** Weapons named between "fired" and its target: "fired artillery at a post", "fired two rockets into the town". */
export const FIRED_WEAPONS: readonly string[] = ['shot', 'shots', 'round', 'rounds', 'rocket', 'rockets', 'missile', 'missiles', 'shell', 'shells', 'mortar', 'mortars', 'artillery', 'drone', 'drones', 'grenade', 'grenades', 'bullets', 'volley', 'volleys', 'flares', 'tear gas'];

/** What a downing brings down: "shot down a drone", "intercepted two missiles" (a boat intercepted at sea is no downing). */
export const AIRBORNE_NOUNS: readonly string[] = ['drone', 'drones', 'missile', 'missiles', 'rocket', 'rockets', 'aircraft', 'helicopter', 'helicopters', 'jet', 'jets', 'plane', 'planes', 'projectile', 'projectiles', 'shell', 'shells', 'UAV', 'UAVs', 'balloon', 'balloons', 'fighter', 'fighters', 'bomber', 'bombers'];

/** Munitions that land or explode at a place ("two rockets landed near X"); a plane that lands is no strike. */
export const MUNITION_NOUNS: readonly string[] = ['rocket', 'rockets', 'missile', 'missiles', 'shell', 'shells', 'mortar', 'mortars', 'round', 'rounds', 'bomb', 'bombs', 'drone', 'drones', 'projectile', 'projectiles', 'grenade', 'grenades', 'munitions'];

/** A protest movement's people, who may say they hold streets or a square: "its supporters still held the streets of X". */
export const MOVEMENT_NOUNS: readonly string[] = ['protesters', 'protestors', 'demonstrators', 'supporters', 'activists', 'marchers', 'crowds', 'followers', 'loyalists', 'partisans'];

/** Verbs of seizing a boat or its crew at sea, each with the form a claim prints: "the coast guard seized two trawlers off X". */
export const VESSEL_SEIZE_VERBS: Readonly<Record<string, string>> = {
	seized: 'seized',
	seizing: 'seized',
	detained: 'detained',
	detaining: 'detained',
	arrested: 'arrested',
	arresting: 'arrested',
	impounded: 'impounded',
	impounding: 'impounded',
	boarded: 'boarded',
	boarding: 'boarded',
	captured: 'captured',
	capturing: 'captured',
};

/** Boats and crews a side seizes at sea: "three Solvian trawlers and 26 crew". */
export const SEIZED_VESSELS: readonly string[] = ['boat', 'boats', 'fishing boat', 'fishing boats', 'trawler', 'trawlers', 'vessel', 'vessels', 'ship', 'ships', 'tanker', 'tankers', 'dhow', 'dhows', 'skiff', 'skiffs', 'trawlermen', 'fishermen', 'crew', 'crews', 'sailors', 'seamen'];

/**
 * Armed groups that are no state's forces but take, hold and burn ground all the same: "gunmen overran X",
 * "vigilantes drove bandits out of Y", "armed herders still occupy Z". Lower case, as they stand in a sentence.
 */
export const NON_STATE_FORCES: readonly string[] = [
	'gunmen', 'bandits', 'vigilantes', 'vigilante group', 'vigilante groups', 'militiamen', 'armed men', 'armed groups', 'armed group', 'armed gangs',
	'armed herders', 'armed herdsmen', 'armed youths', 'armed villagers', 'self-defence groups', 'self-defense groups', 'gangs', 'warlords',
	// "Islamic extremists have seized X"
	'extremists', 'Islamists',
];

/** Forces that hold ground or waters for a side, after "its", "their" or a nationality: "says its navy controls X". */
export const HOLDING_FORCE_NOUNS: readonly string[] = ['brigade', 'brigades', 'troops', 'forces', 'units', 'soldiers', 'fighters', 'army', 'armies', 'navy', 'military', 'coastguard', 'coast guard', 'marines', 'ships', 'warships', 'vessels', 'cutters', 'patrol boats', 'patrols', 'militia', 'militias', 'rebels', 'police', 'policemen', 'officers', 'mutineers',
	// border and garrison forces: "its border guards still hold X", "the garrison controls Y"
	'guards', 'border guards', 'guardsmen', 'garrison', 'garrisons', 'personnel', 'sentries', 'gendarmes', 'rangers', 'battalion', 'battalions', 'regiment', 'regiments', 'detachment', 'detachments', 'paratroopers', 'commandos'];

/**
 * People who are no force but hold a square, a campus or a wing all the same: "students say they still occupy X",
 * "the inmates said they controlled Y". Only with a verb of holding: "students are in X" is no claim.
 */
export const HOLDING_GROUP_NOUNS: readonly string[] = ['protesters', 'protestors', 'demonstrators', 'students', 'inmates', 'prisoners', 'strikers', 'occupiers', 'members', 'supporters', 'activists', 'stewards', 'workers'];

/** Who says "both": "Both armies say they hold X", "a ridge both governments claim": rival sides named together. */
export const RIVAL_SIDES_NOUNS: readonly string[] = ['sides', 'side', 'parties', 'camps', 'armies', 'governments', 'countries', 'capitals', 'forces', 'militaries', 'factions', 'groups'];

/**
 * Sites and features whose capitalised name a later "the glacier", "the campus" points back to, and that make a name
 * a site ("the X Barracks"), read by the claim rules only. A name of another head may stand for it: a campus is
 * a university's or a college's.
 */
export const SITE_FEATURES: Readonly<Record<string, readonly string[]>> = {
	glacier: [], ridge: [], hill: [], barracks: [], campus: ['university', 'college'], university: [], college: [], prison: [], jail: [],
	station: [], stadium: [], hospital: [], refinery: [], compound: [], park: [], hall: [], market: [],
	// sites a strike or a protest occupies, and police clear: "the X Terminal" … "the terminal"
	terminal: [], square: [], shipyard: [], dockyard: [], mine: [],
};

/** Verbs that report one side's account of what happened: "X said", "Y claims", "Z blames the levee at W". */
export const REPORTING_VERBS: readonly string[] = ['said', 'says', 'say', 'told', 'tells', 'claimed', 'claims', 'claim', 'insisted', 'insists', 'insist', 'maintained', 'maintains', 'alleged', 'alleges', 'blamed', 'blames', 'blame', 'called', 'repeated his claim', 'repeated her claim', 'repeated its claim'];

/** Verbs by which a side answers another's account: "which police deny", "Organisers dispute that account". */
export const DISPUTE_VERBS: readonly string[] = ['denied', 'denies', 'deny', 'disputed', 'disputes', 'dispute', 'rejected', 'rejects', 'reject', 'dismissed', 'dismisses', 'dismiss', 'contested', 'contests', 'contest', 'contradicted', 'contradicts'];

/** Built sites a disaster, a protest or a standoff is told at, named by the place before them: "the X levee", "the Y mine". */
export const ACCOUNT_SITE_NOUNS: readonly string[] = ['levee', 'levees', 'dyke', 'dike', 'embankment', 'spillway', 'sirens', 'siren', 'compound', 'premises', 'courtyard', 'gate', 'gates', 'lobby', 'offices', 'building', 'shelter', 'camp', 'prison', 'jail', 'clinic', 'quay', 'ferry', 'road', 'roundabout', 'square'];

/** Vehicles that travel a road, whose ambush is placed on the road they were on: "ambushed a convoy of tankers on the N4 highway". */
export const ROAD_VEHICLES: readonly string[] = ['convoy', 'convoys', 'column', 'columns', 'tanker', 'tankers', 'truck', 'trucks', 'lorry', 'lorries', 'bus', 'buses', 'coach', 'coaches', 'vehicle', 'vehicles', 'car', 'cars', 'minibus', 'minibuses', 'pick-up', 'pick-ups', 'patrol', 'patrols'];

/** Common nouns of a numbered or named road, after its name: "the N4 highway", "the Kessa road". */
export const ROAD_NOUNS: readonly string[] = ['highway', 'road', 'motorway', 'expressway', 'freeway', 'route', 'trunk road', 'national road'];

/** Weapons in place that a strike knocks out at a named place, singular forms the military lexicon leaves out: "a battery near X". */
export const STRUCK_EMPLACEMENTS: readonly string[] = ['battery', 'batteries', 'radar', 'launcher', 'emplacement', 'emplacements', 'bunker', 'trench', 'trenches', 'gun position', 'gun positions'];

/** Feasts and seasons named like places, that date a strike rather than place it: "attacks around Christmas", "shelling during Ramadan". */
export const FEAST_NAMES: readonly string[] = ['Christmas', 'Easter', 'Ramadan', 'Eid', 'Passover', 'Hanukkah', 'Diwali', 'Nowruz', 'Thanksgiving', 'Lent', 'Advent', 'New Year', 'Orthodox Christmas', 'Yom Kippur', 'Ashura'];

/** Verbs of an attack beaten off, before the attack's noun: "repelled an attack on X" is no strike on X. */
export const REPELLING_VERBS: readonly string[] = ['repelled', 'repelling', 'repulsed', 'repulsing', 'beat back', 'beaten back', 'beating back', 'pushed back', 'pushing back', 'fought off', 'fighting off', 'fended off', 'fending off', 'warded off', 'foiled', 'thwarted', 'repel', 'repulse'];

/** People a force clears from a place, which makes it the force's: "cleared the criminal elements from X", "police cleared dockers from the Y Terminal". */
export const CLEARED_PEOPLE: readonly string[] = ['elements', 'criminals', 'criminal elements', 'bandits', 'gangs', 'gang members', 'gunmen', 'insurgents', 'terrorists', 'remnants', 'militants', 'protesters', 'protestors', 'demonstrators', 'dockers', 'strikers', 'occupiers', 'squatters', 'crowds', 'blockaders', 'rioters', 'fighters', 'rebels'];
