/** Publication dates and weekday mentions, with date-fns. Pure: "now" is never consulted. */
// Per-function imports: the package index pulls in some 300 modules, a tenth of a second at start-up.
import {format} from 'date-fns/format';
import {getDay} from 'date-fns/getDay';
import {isValid} from 'date-fns/isValid';
import {parse} from 'date-fns/parse';
import {parseISO} from 'date-fns/parseISO';
import {previousDay} from 'date-fns/previousDay';
import {nextDay} from 'date-fns/nextDay';
import type {Day} from 'date-fns';

import {EVENT_PARTICIPLE, FUTURE_MARKERS, LAST_BEFORE_WEEKDAY, NEXT_BEFORE_WEEKDAY, PAST_MARKERS} from './lexicon/time-words.js';

const FORMATS = [
	'yyyy-MM-dd',
	'dd-MM-yyyy',
	'd MMMM yyyy',
	'd MMM yyyy',
	'MMMM d, yyyy',
	'MMM d, yyyy',
	'MMM. d, yyyy',
	'yyyy/MM/dd',
	'dd/MM/yyyy',
	'd.M.yyyy',
];

const REFERENCE = new Date(2000, 0, 1);

/** An ISO date (YYYY-MM-DD) from a metadata value, or null when it cannot be read. */
export function parsePublished(value: string | null | undefined): string | null {
	if (!value) return null;
	const trimmed = value.trim();
	// the shape first: parseISO builds a pattern on every call, and a value not of this shape is read by FORMATS anyway
	if (/^\d{4}-\d{2}-\d{2}/.test(trimmed) && isValid(parseISO(trimmed))) return trimmed.slice(0, 10);
	for (const pattern of FORMATS) {
		const date = parse(trimmed, pattern, REFERENCE);
		if (isValid(date) && date.getFullYear() > 1900 && date.getFullYear() < 2200) return format(date, 'yyyy-MM-dd');
	}
	return null;
}

const DATE_IN_TEXT =
	/\b(?:(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.? \d{1,2}(?:st|nd|rd|th)?, \d{4}|\d{1,2}(?:st|nd|rd|th)?[ -](?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?: |-|, )\d{4}|\d{4}-\d{2}-\d{2}|\d{2}-\d{2}-\d{4}|\d{1,2}\.\d{1,2}\.\d{4})\b/;

/**
 * A full date stated in a dateline or byline line ("May 14, 2025", "Express Tribune11-05-2025", "25.11.2026, 21:47",
 * "Thu 6-February-2025", "04 June, 2021", "Sat 23rd November 2019").
 */
export function dateInLine(line: string): string | null {
	const match = DATE_IN_TEXT.exec(line.replace(/([A-Za-z])(\d)/g, '$1 $2'));
	return match ? parsePublished(match[0].replace(/\.(?= )/, '').replace(/(\d)(?:st|nd|rd|th)\b/, '$1').replace(/^(\d{1,2})[ -]([A-Za-z]+)(?:-|, )(\d{4})$/, '$1 $2 $3')) : null;
}

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export interface WeekdayMention {
	text: string;
	/** The date it names: on or before publication for what happened, on or after it for what is to come; null when the publication date is unknown. */
	date: string | null;
}

type Direction = 'past' | 'future';

// Articles of one story share a few publication dates: each weekday is resolved against each date once.
const RESOLVED = new Map<string, Map<string, string | null>>();

/** Resolves "Thursday" against the publication date: the latest such day on or before it, or for what is to come, the first on or after it. */
export function resolveWeekday(weekday: string, published: string | null, direction: Direction = 'past'): string | null {
	if (!published) return null;
	let byWeekday = RESOLVED.get(published);
	if (!byWeekday) {
		if (RESOLVED.size >= 5000) RESOLVED.clear();
		RESOLVED.set(published, (byWeekday = new Map()));
	}
	const key = `${direction} ${weekday}`;
	let date = byWeekday.get(key);
	if (date === undefined) byWeekday.set(key, (date = weekdayFrom(weekday, published, direction)));
	return date;
}

function weekdayFrom(weekday: string, published: string, direction: Direction): string | null {
	const index = WEEKDAYS.indexOf(weekday.toLowerCase());
	if (index < 0 || !published) return null;
	const base = parseISO(published);
	if (!isValid(base)) return null;
	const step = direction === 'past' ? previousDay : nextDay;
	const date = getDay(base) === index ? base : step(base, index as Day);
	return format(date, 'yyyy-MM-dd');
}

/**
 * Whether the clause that names a weekday speaks of what is to come ("will take effect from midnight on Tuesday").
 * Only the clause up to the weekday counts: a comma, dash or sentence end before it starts another clause, so "the truce,
 * which will hold, was signed on Monday" stays in the past.
 */
export function weekdayDirection(text: string, at: number): Direction {
	const before = text.slice(Math.max(0, at - 120), at);
	if (NEXT_BEFORE_WEEKDAY.test(before)) return 'future';
	if (LAST_BEFORE_WEEKDAY.test(before)) return 'past';
	// A comma, semicolon, colon, dash or sentence end before the weekday starts another clause.
	const breaks = [...before.matchAll(/[,;:\n]|\s[-–—]\s|[.!?]\s/g)];
	const clause = breaks.length ? before.slice((breaks.at(-1)?.index ?? 0) + breaks.at(-1)![0].length) : before;
	const future = FUTURE_MARKERS.exec(clause);
	if (!future) return 'past';
	const rest = clause.slice(future.index + future[0].length);
	return PAST_MARKERS.test(rest) || EVENT_PARTICIPLE.test(rest) ? 'past' : 'future';
}

/** Every weekday named in a text, each resolved against the publication date when it is known (a day named in the past and again as to come is listed twice). */
export function weekdayMentions(text: string, published: string | null): WeekdayMention[] {
	const seen = new Map<string, WeekdayMention>();
	for (const match of text.matchAll(/\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g)) {
		const date = resolveWeekday(match[1], published, weekdayDirection(text, match.index ?? 0));
		const key = `${match[1]} ${date}`;
		if (!seen.has(key)) seen.set(key, {text: match[1], date});
	}
	return [...seen.values()];
}
