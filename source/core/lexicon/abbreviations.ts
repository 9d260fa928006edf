/** Words that end in a full stop without ending a sentence (lower-cased, without the stop). */
export const ABBREVIATIONS: readonly string[] = [
	'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft',
	'gen', 'lt', 'col', 'maj', 'capt', 'cpl', 'sgt', 'adm', 'brig', 'cmdr', 'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'amb', 'insp',
	'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
	'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
	'no', 'nos', 'vol', 'vs', 'v', 'etc', 'approx', 'est', 'inc', 'corp', 'co', 'ltd', 'plc', 'bros', 'dept', 'univ', 'assn',
	'e.g', 'i.e', 'cf', 'al', 'fig', 'p', 'pp', 'ca', 'op', 'ed',
];

/** Words that usually start a sentence: after an abbreviation such as "U.S." they tell the sentence ended. */
export const SENTENCE_STARTERS: readonly string[] = [
	'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there',
	'but', 'and', 'however', 'meanwhile', 'in', 'on', 'at', 'as', 'after', 'before', 'while', 'when', 'his', 'her',
	'their', 'its', 'our', 'some', 'many', 'officials', 'both', 'neither', 'earlier', 'later', 'yet', 'still',
];
