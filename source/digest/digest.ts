/**
 * The digest: a Briefing as plain text or markdown, in seven parts. Pure: width, colour and
 * --explain come in as options; nothing reads the clock, the environment or the terminal.
 */
import type {Briefing} from '../core/model.js';
import type {Block, Section} from './blocks.js';
import {digestContext} from './refs.js';
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
}

/** The sections after the header, in the digest's order. */
export const SECTIONS = [provisionsSection, quotesSection, figuresSection, framingSection, discrepanciesSection, sourcesSection];

/** The digest as blocks: the header, then each section under its heading. */
export function digestBlocks(briefing: Briefing, explain = false): Block[] {
	const context = digestContext(briefing, explain);
	const sections: Section[] = SECTIONS.map((section) => section(context));
	return [...headerBlocks(context), ...sections.flatMap((section) => [{kind: 'heading' as const, text: section.heading}, ...section.blocks])];
}

/** Renders the briefing as a digest: the same briefing and options always give the same string. */
export function renderDigest(briefing: Briefing, options: DigestOptions = {}): string {
	const {format = 'text', width = 80, color = false, explain = false} = options;
	const blocks = digestBlocks(briefing, explain);
	return format === 'markdown' ? renderMarkdown(blocks, width) : renderText(blocks, width, color);
}
