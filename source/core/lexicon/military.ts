/** Forces, equipment and targets: the nouns that make a number a force size or a damage count. */

/** Nouns that count forces: "250,000 troops", "an army of 200,000 soldiers". */
export const TROOP_NOUNS: readonly string[] = ['troops', 'soldiers', 'servicemen', 'servicemembers', 'service members', 'personnel', 'reservists', 'conscripts', 'recruits', 'peacekeepers', 'marines', 'paratroopers',
	// soldiers sent to train or advise another army: "up to 600 military trainers", "200 instructors"
	'trainers', 'instructors', 'military advisers', 'military advisors'];

/** Police counted as a force where they are sent somewhere: "600 police officers will be deployed to the camps". */
export const POLICE_NOUNS: readonly string[] = ['police officers', 'policemen', 'policewomen', 'police', 'gendarmes', 'riot police', 'officers', 'riot cops', 'cops'];

/** Verbs that send a force somewhere: with one, a count of police is troops. */
export const DEPLOYMENT_VERBS: readonly string[] = ['deploy', 'deploys', 'deployed', 'deploying', 'deployment', 'station', 'stationed', 'stationing', 'send', 'sends', 'sent', 'sending', 'dispatch', 'dispatched'];

/** Aircraft, vehicles and vessels that can be downed or destroyed. */
export const EQUIPMENT_NOUNS: readonly string[] = [
	'aircraft',
	'jets',
	'jet',
	'fighter jets',
	'fighters',
	'planes',
	'plane',
	'warplanes',
	'warplane',
	'bombers',
	'helicopters',
	'helicopter',
	'drones',
	'drone',
	'uavs',
	'tanks',
	'tank',
	'vehicles',
	'armoured vehicles',
	'armored vehicles',
	'ships',
	'ship',
	'vessels',
	'vessel',
	'warships',
	'warship',
	'boats',
	'boat',
	'frigates',
	'frigate',
	'corvettes',
	'corvette',
	'gunboats',
	'missiles',
	'missile',
	'rockets',
	'launchers',
	'artillery pieces',
	'air defence systems',
	'air defense systems',
	'radars',
	'transports',
	'transport planes',
	'gunships',
	'howitzers',
	'armoured personnel carriers',
];

/** Places and structures that can be struck: "four sites", "two airfields", "12 military installations". */
export const TARGET_NOUNS: readonly string[] = [
	'sites',
	'site',
	'locations',
	'targets',
	'facilities',
	'facility',
	'installations',
	'installation',
	'camps',
	'camp',
	'bases',
	'base',
	'air bases',
	'airbases',
	'airbase',
	'airfields',
	'airfield',
	'airports',
	'positions',
	'posts',
	'depots',
	'warehouses',
	'bridges',
	'buildings',
	'houses',
	'homes',
	'schools',
	'hospitals',
	'power plants',
	'power stations',
	'substations',
	'refineries',
	'refinery',
	'depot',
	'airport',
	'power plant',
	'port',
	'oil depot',
	'ports',
	'headquarters',
	'launch pads',
	'hideouts',
	'regions',
	'provinces',
	'districts',
	'cities',
	'towns',
	'villages',
	'hamlets',
	'settlements',
	'posts',
	'checkpoints',
	'outposts',
	'outpost',
	'police post',
	'border post',
	'army post',
	'military post',
	'checkpoint',
	'police station',
	'barracks',
	'bunkers',
	'launch sites',
	// a grid's parts: "damaging two transformers"
	'transformers',
	'transformer',
	'power lines',
];

/** Verbs and nouns of destruction and strikes: with one of them in the sentence, a count of equipment or targets is damage. */
export const DAMAGE_WORDS: readonly string[] = [
	'shot down',
	'shooting down',
	'shoot down',
	'downed',
	'downing',
	'brought down',
	'bringing down',
	'taken down',
	'destroyed',
	'destroying',
	'damaged',
	'damaging',
	'struck',
	'striking',
	'hit',
	'hitting',
	'targeted',
	'targeting',
	'targetting',
	'attacked',
	'attacking',
	'bombed',
	'bombing',
	'shelled',
	'shelling',
	'intercepted',
	'lost',
	'losses',
	'fired',
	'fired at',
	'attacks',
	'attack',
	'strikes',
	'strike',
	'raids',
	'barrage',
	'taken out',
	'knocked out',
	'wiped out',
	'razed',
	// vessels are sunk as aircraft are downed
	'sank',
	'sunk',
	'sinking',
	'torpedoed',
];

/** Verbs by which a thing is downed or destroyed: with one, a model name counted ("two Mi-8") is damage. */
export const DOWNING_WORDS: readonly string[] = ['shot down', 'shooting down', 'downed', 'downing', 'brought down', 'bringing down', 'destroyed', 'struck', 'hit', 'lost', 'intercepted', 'taken out', 'sank', 'sunk', 'torpedoed'];

/** Verbs of destruction: with one, a count of homes, buildings or towns is damage. */
export const DESTRUCTION_WORDS: readonly string[] = ['destroyed', 'destroying', 'damaged', 'damaging', 'razed', 'flattened', 'levelled', 'leveled', 'collapsed', 'burned', 'burnt', 'gutted', 'struck', 'hit', 'shelled', 'bombed', 'shot down', 'downed', 'swept away', 'washed away', 'wiped out', 'submerged', 'flooded', 'flooding', 'inundated', 'inundating', 'burned down', 'burnt down', 'torched', 'set ablaze', 'set alight', 'set on fire',
	// "landslides buried at least 14 villages"
	'buried'];

/** Verbs that shoot or launch weapons: with them a weapon count is how much was fired, not damage. */
export const LAUNCH_WORDS: readonly string[] = ['launched', 'launching', 'fired', 'firing', 'used'];

/** One spelling for target nouns written several ways, so places merge ("airbases" = "air bases"). */
export const TARGET_SPELLINGS: Readonly<Record<string, string>> = {
	airbases: 'air bases',
	airbase: 'air base',
	'air-bases': 'air bases',
	'air-base': 'air base',
	airfields: 'airfields',
};

/**
 * What a grid or supply outage counts: "left 80,000 homes without heating", "outages affected 310,000 customers".
 * Homes cut off are the measure of the damage done to the grid, so such a count is damage, not a bare count.
 */
export const OUTAGE = {
	/** Who or what is left without the service. */
	served: ['households', 'homes', 'houses', 'customers', 'consumers', 'subscribers', 'properties', 'premises', 'dwellings', 'apartments', 'flats', 'families', 'people', 'residents', 'businesses', 'buildings'],
	/** The services a strike or storm cuts: energy, not (say) water in a drought. */
	services: ['power', 'electricity', 'electric power', 'heat', 'heating', 'gas', 'light', 'lights', 'power supply', 'electricity supply'],
	/** Nouns of an outage, with a verb of reach ("affected", "hit") before the count. */
	nouns: ['outages', 'outage', 'blackouts', 'blackout', 'power cuts', 'power cut', 'power failures', 'power failure', 'load-shedding', 'load shedding'],
} as const;
