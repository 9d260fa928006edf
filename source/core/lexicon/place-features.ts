/** Words that make a capitalised name a place, not a person ("Mora Island", "Port Tallin", "Mount Vela"). */

/** Geographic and built features, lower-cased, as they stand inside a place's proper name. */
export const PLACE_FEATURES: readonly string[] = [
	'island', 'islands', 'isle', 'isles', 'sea', 'bay', 'gulf', 'strait', 'straits', 'lake', 'river', 'valley', 'canyon',
	'peninsula', 'cape', 'mount', 'mountains', 'heights', 'plateau', 'plain', 'plains', 'desert', 'coast', 'shoal', 'reef',
	'province', 'district', 'governorate', 'oblast', 'county', 'region', 'harbour', 'harbor', 'port', 'airport', 'airbase',
	'crossing', 'square', 'avenue', 'bridge', 'dam', 'reservoir', 'canal', 'pass', 'ocean', 'cay', 'cays', 'atoll', 'islet', 'islets', 'sandbank',
];
