/** Part 1: the story, how many articles from how many outlets, and when they were published. */
import {paragraph, plural, type Block} from '../blocks.js';
import {dateRange, type DigestContext} from '../refs.js';
import {oneLine} from '../wrap.js';
import {storyTitle} from '../../core/story-title.js';

/** "5 articles from 3 outlets (2 articles name no outlet)". */
export function corpusSize(context: DigestContext): string {
	const {articles} = context.briefing;
	const outlets = new Set(articles.map((article) => article.outlet && oneLine(article.outlet)).filter(Boolean));
	const unnamed = articles.filter((article) => !article.outlet).length;
	const rest = unnamed ? ` (${unnamed === 1 ? '1 article names' : `${unnamed} articles name`} no outlet)` : '';
	return `${plural(articles.length, 'article')} from ${plural(outlets.size, 'outlet')}${rest}`;
}

/** "21 Nov 2025 (1 of 5 articles dated)", or "dates unknown". */
export function publicationDates(context: DigestContext): string {
	const {story, articles} = context.briefing;
	const range = dateRange(story.from, story.to);
	const dated = articles.filter((article) => article.published).length;
	return dated && dated < articles.length ? `${range} (${dated} of ${plural(articles.length, 'article')} dated)` : range;
}

function inventory(context: DigestContext): string {
	const {provisions, quotes, speakers, figures, claims, discrepancies} = context.briefing;
	return [
		plural(provisions.length, 'plan provision'),
		`${plural(quotes.length, 'quote')} from ${plural(speakers.length, 'speaker')}`,
		plural(figures.length, 'figure'),
		plural(claims.length, 'claim on the ground', 'claims on the ground'),
		plural(discrepancies.length, 'disagreement'),
	].join(', ');
}

/** The header: title, corpus size and dates, what was found, where it was read from. */
export function headerBlocks(context: DigestContext): Block[] {
	const {story, corpus} = context.briefing;
	const skipped = corpus.skipped.length ? ` (${plural(corpus.skipped.length, 'file')} skipped, listed at the end)` : '';
	return [
		{kind: 'title', text: `Briefing: ${oneLine(storyTitle(story) ?? 'no proposal named')}`},
		paragraph(`${corpusSize(context)}, ${publicationDates(context)}.`),
		paragraph(`Found: ${inventory(context)}.`),
		// No full stop after the path: it would read as part of it.
		paragraph(`Corpus: ${oneLine(corpus.root)}${skipped}`),
	];
}
