/**
 * The digest: a Briefing as plain text or markdown, in seven parts. Pure: width, colour and
 * --explain come in as options; nothing reads the clock, the environment or the terminal.
 */
import type {Briefing} from '../core/model.js';
import type {Block, Section} from './blocks.js';
import {digestContext, type DigestContext} from './refs.js';
import {renderMarkdown} from './render-markdown.js';
import {renderText} from './render-text.js';
import {discrepanciesSection} from './sections/discrepancies.js';
import {figuresSection} from './sections/figures.js';
import {framingSection} from './sections/framing.js';
import {headerBlocks} from './sections/header.js';
import {provisionsSection} from './sections/provisions.js';
import {quotesSection} from './sections/quotes.js';
import {sourcesSection} from './sections/sources.js';

/** The formats the digest renders itself; `json` is the briefing, printed by the shell. */
export const DIGEST_FORMATS = ['text', 'markdown'] as const;

/** text or markdown. */
export type DigestFormat = (typeof DIGEST_FORMATS)[number];

/** How to lay the digest out; the renderer reads nothing else. */
export interface DigestOptions {
	/** @default 'text' */
	format?: DigestFormat;
	/** Columns to wrap at. @default 80 */
	width?: number;
	/** ANSI bold headings (text only). @default false */
	color?: boolean;
	/** Follow each item with the ids of the rules that found it. @default false */
	explain?: boolean;
	/** Every entry of every list; otherwise a long list stops at its limit with a "… and N more" line. @default false */
	all?: boolean;
}

/** The sections after the header, in the digest's order. */
export const SECTIONS = [provisionsSection, quotesSection, figuresSection, framingSection, discrepanciesSection, sourcesSection];

/** The digest as blocks: the header, then each section under its heading. */
export function digestBlocks(briefing: Briefing, explain = false, all = false): Block[] {
	return partBlocks(digestContext(briefing, explain, all), 0, SECTIONS.length);
}

/** The header when `from` is 0, then each of SECTIONS[from..to) under its heading. */
function partBlocks(context: DigestContext, from: number, to: number): Block[] {
	const sections: Section[] = SECTIONS.slice(from, to).map((section) => section(context));
	return [...(from === 0 ? headerBlocks(context) : []), ...sections.flatMap((section) => [{kind: 'heading' as const, text: section.heading}, ...section.blocks])];
}

/** Renders the briefing as a digest: the same briefing and options always give the same string. */
export function renderDigest(briefing: Briefing, options: DigestOptions = {}): string {
	return renderDigestPart(briefing, options, 0, SECTIONS.length);
}

/**
 * Part of the digest: the header when `from` is 0, then SECTIONS[from] up to (not including) SECTIONS[to].
 * Two parts that meet, joined by a newline, read exactly as renderDigest of the whole (a blank line between blocks).
 */
export function renderDigestPart(briefing: Briefing, options: DigestOptions, from: number, to: number): string {
	const {format = 'text', width = 80, color = false, explain = false, all = false} = options;
	const blocks = partBlocks(digestContext(briefing, explain, all), from, to);
	return format === 'markdown' ? renderMarkdown(blocks, width) : renderText(blocks, width, color);
}
