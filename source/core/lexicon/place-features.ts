/** Words that make a capitalised name a place, not a person ("Mora Island", "Port Tallin", "Mount Pemberlin"). */

/** Geographic and built features, lower-cased, as they stand inside a place's proper name. */
export const PLACE_FEATURES: readonly string[] = [
	'island', 'islands', 'isle', 'isles', 'sea', 'bay', 'gulf', 'strait', 'straits', 'lake', 'river', 'valley', 'canyon',
	'peninsula', 'cape', 'mount', 'mountains', 'heights', 'plateau', 'plain', 'plains', 'desert', 'coast', 'shoal', 'reef',
	'province', 'district', 'governorate', 'oblast', 'county', 'region', 'harbour', 'harbor', 'port', 'airport', 'airbase',
	'crossing', 'square', 'avenue', 'bridge', 'dam', 'reservoir', 'canal', 'pass', 'ocean', 'cay', 'cays', 'atoll', 'islet', 'islets', 'sandbank', 'spit', 'headland', 'ford',
];

/** Natural features named in lower case after their name ("the Kolo forest", "the Kora hills"): part of the place's name. */
export const LOWER_CASE_FEATURES: readonly string[] = ['pass', 'forest', 'forests', 'woods', 'woodland', 'hills', 'swamp', 'swamps', 'marshes', 'wetlands', 'mountains', 'highlands', 'rangelands', 'grasslands', 'reserve', 'game reserve'];

/**
 * Parts of a plant, a dam or an airfield that fire is reported at, named by their common noun: "shells landed near the
 * plant's switchyard", "a drone dropped munitions beside the cooling pond". Lower case; the longer name first where one
 * contains another.
 */
export const FACILITY_PARTS: readonly string[] = [
	'switchyard', 'cooling pond', 'cooling ponds', 'cooling tower', 'cooling towers', 'turbine hall', 'turbine halls', 'reactor building',
	'reactor buildings', 'reactor hall', 'control room', 'spent-fuel pool', 'spent fuel pool', 'spray pools', 'transformer yard', 'spillway',
	'dam wall', 'sluice gates', 'perimeter fence', 'fuel store', 'control tower', 'hangars',
];

/**
 * Features named in the plural ("the X Shoals") that a later "the shoals" points back to in a claim. Apart from
 * PLACE_FEATURES, which the speaker rules read too.
 */
export const PLURAL_FEATURES: readonly string[] = ['shoals', 'shallows', 'sandbanks', 'reefs', 'rocks'];

/**
 * Shore and border sites named in lower case after their place's name ("the Fennoch ferry landing", "the Kell jetty"):
 * the site, not the place it is named after, is what a side holds. The longer name first where one contains another.
 */
export const SITES_AFTER_NAME: readonly string[] = [
	'ferry landing', 'landing', 'landing stage', 'jetty', 'pier', 'wharf', 'quay', 'slipway', 'boat ramp', 'ford', 'spit', 'headland',
	'border post', 'outpost', 'observation post', 'lighthouse', 'bridgehead', 'crossing point', 'ferry crossing',
	// waters and fields a standoff is over: "the Kell fishing grounds", "the Thessan gas field"
	'fishing grounds', 'fishing ground', 'oilfield', 'oil field', 'gas field', 'oilfields', 'oil fields', 'gas fields',
];

/**
 * Parts of a ground, port or camp named by a number or letter after a capitalised noun ("Gate 7", "Terminal 2",
 * "Checkpoint 300", "Block C"): a named site, held or struck like any other.
 */
export const NUMBERED_SITE_NOUNS: readonly string[] = ['Gate', 'Terminal', 'Checkpoint', 'Hangar', 'Pier', 'Berth', 'Dock', 'Platform', 'Block', 'Building', 'Wing', 'Tower', 'Post', 'Outpost', 'Camp', 'Sector', 'Stand', 'Hall'];

/** Common nouns of a stretch of ground a term names, which "that strip", "that area" points back to. Lower case. */
export const AREA_NOUNS: readonly string[] = ['strip', 'area', 'zone', 'land', 'territory', 'corridor', 'sector', 'stretch', 'belt', 'enclave', 'pocket', 'town', 'city', 'village', 'line', 'route', 'road', 'base', 'site'];

/**
 * Landforms a story names in full once and by the bare name after ("Mora Island" ... "Mora"; "the Kell Strip" ... "the
 * Strip"): the short and the full name are one place. Lower case. Not towns' districts or facilities ("X airport" is a
 * place of its own beside the town X).
 */
export const SHORTENED_FEATURES: readonly string[] = ['island', 'isle', 'islet', 'strip', 'hill', 'heights', 'ridge', 'peninsula', 'valley', 'plateau', 'glacier', 'shoal', 'reef', 'atoll', 'cay', 'spit'];

/**
 * Words a Title-case headline runs on after a place ("Strike On Velsh Clinic Kills Four, Wounds 17"): its prepositions,
 * its verbs of harm and report, its counts in words. No place's own name holds one, so a name span ends before it.
 */
export const TITLE_CASE_BREAKS: readonly string[] = [
	'On', 'In', 'At', 'After', 'As', 'For', 'From', 'To', 'Near', 'Over', 'With', 'By', 'Amid', 'Despite', 'Into',
	'Kills', 'Kill', 'Killed', 'Killing', 'Wounds', 'Wounded', 'Injures', 'Injured', 'Hits', 'Says', 'Say', 'Said', 'Rises', 'Rose',
	'Leaves', 'Left', 'Claims', 'Dies', 'Die', 'Died', 'Dead', 'Seizes', 'Seized', 'Takes', 'Captures', 'Captured', 'Retakes', 'Shells', 'Shelled',
	'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Eleven', 'Twelve', 'Dozens', 'Scores', 'Hundreds', 'Thousands',
];

/**
 * Road points named by a locality in lower case ("the X junction", "the Y checkpoint") that a side then calls by the bare
 * name ("the army holds X"): in one article, the bare name and the point are one place. Not facilities a town has beside it
 * ("X airport", "X port"), which are places of their own.
 */
export const POINT_SITES: readonly string[] = ['junction', 'crossroads', 'checkpoint', 'roundabout', 'interchange'];
