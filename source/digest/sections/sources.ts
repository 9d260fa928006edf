/** Part 7: the numbered sources the other parts cite as [1], [2], …, then the files skipped and why. */
import {paragraph, plural, type Item, type Section} from '../blocks.js';
import type {ArticleSummary} from '../../core/model.js';
import {articleLabel, dayOf, type DigestContext} from '../refs.js';
import {oneLine} from '../wrap.js';

/** "Harbour Post — “Headline” — 21 Nov 2025, via Reuters": outlet or label, headline, date, credit. */
export function sourceLine(article: ArticleSummary): string {
	const headline = article.headline ? `“${oneLine(article.headline)}”` : null;
	const published = article.published ? dayOf(article.published) : 'date unknown';
	const credit = article.credit ? `, via ${oneLine(article.credit)}` : '';
	if (article.outlet) return `${oneLine(article.outlet)} — ${headline ?? 'no headline'} — ${published}${credit}`;
	if (headline) return `${headline} (outlet unknown) — ${published}${credit}`;
	return `${articleLabel(article)} (outlet unknown, no headline) — ${published}${credit}`;
}

/** "Days named: Thursday (20 Nov 2025), Monday (date unknown)": when the article says things happened. */
function daysNamed(article: ArticleSummary): string | null {
	const days = (article.weekdays ?? []).map((day) => `${oneLine(day.text)} (${day.date ? dayOf(day.date) : 'date unknown'})`);
	return days.length ? `Days named: ${days.join(', ')}` : null;
}

function sourceItem(article: ArticleSummary): Item {
	const lines = [`${oneLine(article.id)} · ${plural(article.words, 'word')}`, article.url && oneLine(article.url), daysNamed(article)];
	return {text: sourceLine(article), items: lines.filter((line): line is string => Boolean(line)).map((text) => ({text, plain: true}))};
}

/** The section: numbered sources, then skipped files with their reasons. */
export function sourcesSection(context: DigestContext): Section {
	const {articles, corpus} = context.briefing;
	const skipped: Item[] = corpus.skipped.map((file) => ({lead: oneLine(file.file), text: `: ${oneLine(file.reason)}`}));
	return {
		heading: 'Sources',
		blocks: [
			articles.length ? {kind: 'list', style: 'ref', items: articles.map(sourceItem)} : paragraph('No articles were read.'),
			{kind: 'subheading', text: 'Skipped files'},
			skipped.length ? {kind: 'list', style: 'bullet', items: skipped} : paragraph('No files were skipped.'),
		],
	};
}
