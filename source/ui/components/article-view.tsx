/** One whole article, wrapped to the width, with the evidence sentence highlighted and scrolled into view. */
import {Box, Text} from 'ink';
import type {ArticleSummary, Evidence} from '../../core/model.js';
import {stripControlSequences} from '../../core/sanitize.js';
import {clean, lineOf, locate, wrapBody, type BodyLine} from '../text.js';
import {useTheme} from '../theme.js';

/** Rows the article's own header takes above the body. */
export const ARTICLE_HEADER_ROWS = 3;

/** The wrap width inside a view of `width` columns (one column spare so no line fills the row). */
const textWidth = (width: number) => Math.max(10, width - 1);

/** How many lines an article takes in a view of `width` columns. */
export const articleLineCount = (article: ArticleSummary, width: number): number => articleLines(article, textWidth(width)).length;

const bodyCache = new WeakMap<ArticleSummary, Map<number, BodyLine[]>>();

/** The article's body wrapped for a text width (memoised per article and width). */
export function articleLines(article: ArticleSummary, width: number): BodyLine[] {
	const byWidth = bodyCache.get(article) ?? new Map<number, BodyLine[]>();
	bodyCache.set(article, byWidth);
	if (!byWidth.has(width)) byWidth.set(width, wrapBody(article.body.replace(/\t/g, ' '), width));
	return byWidth.get(width)!;
}

/** The first line to show so the sentence sits a third of the way down the view. */
export function scrollToSentence(article: ArticleSummary, evidence: Evidence, width: number, height: number): number {
	const lines = articleLines(article, textWidth(width));
	const range = locate(article.body, evidence.text, evidence.offset);
	if (!range) return 0;
	const visible = height - ARTICLE_HEADER_ROWS;
	return Math.max(0, Math.min(lineOf(lines, range.start) - Math.floor(visible / 3), lines.length - visible));
}

function Line({line, range}: {line: BodyLine; range: {start: number; end: number} | null}) {
	const theme = useTheme();
	const end = line.start + line.text.length;
	if (!range || range.end <= line.start || range.start >= end) return <Text wrap="truncate">{stripControlSequences(line.text) || ' '}</Text>;
	const from = Math.max(0, range.start - line.start);
	const to = Math.min(line.text.length, range.end - line.start);
	return (
		<Text wrap="truncate">
			{stripControlSequences(line.text.slice(0, from))}
			<Text inverse color={theme.highlight}>
				{stripControlSequences(line.text.slice(from, to))}
			</Text>
			{stripControlSequences(line.text.slice(to))}
		</Text>
	);
}

export interface ArticleViewProps {
	article: ArticleSummary;
	evidence: Evidence;
	scroll: number;
	width: number;
	height: number;
}

/** The article header (headline, outlet, date, rule) and the visible lines of its body. */
export function ArticleView({article, evidence, scroll, width, height}: ArticleViewProps) {
	const theme = useTheme();
	const lines = articleLines(article, textWidth(width));
	const visible = Math.max(1, height - ARTICLE_HEADER_ROWS);
	const range = locate(article.body, evidence.text, evidence.offset);
	const first = Math.max(0, Math.min(scroll, lines.length - visible));
	return (
		<Box flexDirection="column" width={width} height={height} overflowY="hidden">
			<Text bold color={theme.accent} wrap="truncate">
				{clean(article.headline) || clean(article.id)}
			</Text>
			<Text color={theme.muted} wrap="truncate">
				{clean(article.outlet) || 'unknown outlet'}
				{article.published ? ` · ${article.published}` : ''} · {clean(article.id)} · {article.words} words · lines {first + 1}-{Math.min(lines.length, first + visible)} of {lines.length}
			</Text>
			<Text color={theme.muted} wrap="truncate">
				{range ? `highlighted: the source sentence (rule ${clean(evidence.rule) || 'unknown'})` : 'the source sentence is not in this body'}
			</Text>
			{lines.slice(first, first + visible).map((line, index) => (
				<Line key={first + index} line={line} range={range} />
			))}
		</Box>
	);
}
