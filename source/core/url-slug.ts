/**
 * The words of a page's address that name its story ("…/2022/08/07/ceasefire-agreed-after-weekend-of-fighting/"): most
 * news sites print their headline there, so a line that says the same is the headline, whatever chrome stands above it.
 */
import {STOP_WORDS} from './lexicon/stopwords.js';
import {plainWords} from './text-scan.js';

const STOP = new Set(STOP_WORDS);

/** Letters without their accents: an address spells "Déby" as "deby". */
const folded = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/** A word of a story's name: not a function word, not a page's number (ids run to five digits or more). */
const isNameWord = (word: string) => word.length > 0 && !STOP.has(word) && !/^\d{5,}$/.test(word) && !/^(?:html?|php|aspx?|cms|amp|story|article|news)$/.test(word);

/** The content words of the address's slug: its path's segment with the most hyphenated words, when it has three or more. */
export function slugWords(url: string | null | undefined): Set<string> | null {
	if (!url) return null;
	const path = url.trim().replace(/^[a-z]+:\/\/[^/]*/i, '').replace(/[?#].*$/, '');
	let best: string[] = [];
	for (const segment of path.split('/')) {
		const words = folded(decoded(segment)).toLowerCase().replace(/\.[a-z]{2,5}$/, '').split(/[-_+]+/);
		if (words.length < 3) continue; // a slug is hyphenated; an id or a section is one word
		const kept = words.filter(isNameWord);
		if (kept.length > best.length) best = kept;
	}
	return best.length >= 3 ? new Set(best) : null;
}

/** A segment as it reads; one with a stray "%" as it is. */
function decoded(segment: string): string {
	try {
		return decodeURIComponent(segment);
	} catch {
		return segment;
	}
}

/** Whether a line says what the slug says: most of the slug's words in it, and most of its words in the slug. */
export function matchesSlug(line: string, slug: Set<string>): boolean {
	const words = new Set(folded(plainWords(line)).split(' ').filter(isNameWord));
	if (words.size < 3) return false;
	let shared = 0;
	for (const word of words) if (slug.has(word)) shared++;
	return shared >= 3 && shared >= 0.7 * slug.size && shared >= 0.5 * words.size;
}
