/** Part 3: quotes by speaker, most-quoted first; direct quotes in full, reported speech marked. */
import {paragraph, plural, type Block, type Item, type Section} from '../blocks.js';
import type {Quote, QuoteKind, Speaker} from '../../core/model.js';
import {bounded, carriedBy, hedges, LIMITS, moreLine, rules, type DigestContext} from '../refs.js';
import {oneLine} from '../wrap.js';

const KIND_ORDER: QuoteKind[] = ['direct', 'partial', 'reported'];

const TYPE_NOTES: Record<string, string> = {anonymous: 'anonymous source', organisation: 'organisation', document: 'document'};

interface SpeakerQuotes {
	/** Null for quotes nobody is named for. */
	speaker: Speaker | null;
	quotes: Quote[];
}

/** Quotes grouped by speaker, speakers by number of quotes; a quote naming an unknown id keeps that id as its name. */
export function quotesBySpeaker(context: DigestContext): SpeakerQuotes[] {
	const {speakers, quotes} = context.briefing;
	const known = new Map(speakers.map((speaker) => [speaker.id, speaker]));
	const groups = new Map<string | null, SpeakerQuotes>(speakers.map((speaker) => [speaker.id, {speaker, quotes: []}]));
	for (const quote of quotes) {
		const id = quote.speaker;
		if (!groups.has(id)) groups.set(id, {speaker: id === null ? null : (known.get(id) ?? {id, name: id, aliases: [], role: null}), quotes: []});
		groups.get(id)!.quotes.push(quote);
	}
	// How many articles carry a group's quotes: worked out once per group, not on every comparison of the sort.
	const spreads = new Map<SpeakerQuotes, number>();
	const spread = (group: SpeakerQuotes) => {
		let size = spreads.get(group);
		if (size === undefined) spreads.set(group, (size = new Set(group.quotes.flatMap((quote) => quote.articles)).size));
		return size;
	};
	return [...groups.values()]
		.map((group, index) => ({group, index, unattributed: group.speaker === null ? 1 : 0}))
		.filter(({group}) => group.quotes.length)
		.sort((a, b) => a.unattributed - b.unattributed || b.group.quotes.length - a.group.quotes.length || spread(b.group) - spread(a.group) || a.index - b.index)
		.map(({group}) => ({...group, quotes: sortByKind(group.quotes)}));
}

function sortByKind(quotes: Quote[]): Quote[] {
	return quotes
		.map((quote, index) => ({quote, index}))
		.sort((a, b) => KIND_ORDER.indexOf(a.quote.kind) - KIND_ORDER.indexOf(b.quote.kind) || a.index - b.index)
		.map(({quote}) => quote);
}

/** ", Kremlin spokesperson (anonymous source, Russia)": what the digest says about who a speaker is. */
export function speakerDescription(speaker: Speaker): string {
	const notes = [speaker.type && TYPE_NOTES[speaker.type], speaker.side && oneLine(speaker.side)].filter(Boolean);
	const role = speaker.role ? oneLine(speaker.role) : '';
	// An anonymous source is often named by its role ("Estonian diplomat"): say it once.
	const said = role && role.toLowerCase() !== oneLine(speaker.name).toLowerCase() ? `, ${role}` : '';
	return `${said}${notes.length ? ` (${notes.join(', ')})` : ''}`;
}

function quoteWording(quote: Quote): string {
	const text = oneLine(quote.text);
	if (quote.kind === 'reported') return `(reported) ${text}`;
	return quote.kind === 'partial' ? `“${text}” (partial quote)` : `“${text}”`;
}

function quoteItem(context: DigestContext, quote: Quote): Item {
	return {text: `${quoteWording(quote)} — ${carriedBy(context, quote.articles)}${hedges(quote.evidence, context)}${rules(context, quote.evidence)}`};
}

function aliasesOf(speaker: Speaker): string[] {
	const name = oneLine(speaker.name);
	return [...new Set(speaker.aliases.map(oneLine))].filter((alias) => alias && alias !== name);
}

function speakerItem(context: DigestContext, group: SpeakerQuotes): Item {
	const {speaker, quotes} = group;
	const aliases = speaker ? aliasesOf(speaker) : [];
	const {shown, more} = bounded(context, quotes, LIMITS.quotesPerSpeaker);
	return {
		lead: speaker ? oneLine(speaker.name) : 'Unattributed',
		text: `${speaker ? speakerDescription(speaker) : ''}: ${plural(quotes.length, 'quote')}`,
		items: [
			...(aliases.length ? [{text: `Also called: ${aliases.join(', ')}`, plain: true}] : []),
			...shown.map((quote) => quoteItem(context, quote)),
			...(more ? [{text: moreLine(more, 'quotes'), plain: true}] : []),
		],
	};
}

/** Speakers the briefing names who have no quote: named once, so no speaker is lost. */
function unquoted(context: DigestContext): Block[] {
	const quoted = new Set(context.briefing.quotes.map((quote) => quote.speaker));
	const names = context.briefing.speakers
		.filter((speaker) => !quoted.has(speaker.id))
		.map((speaker) => {
			const aliases = aliasesOf(speaker);
			return `${oneLine(speaker.name)}${speakerDescription(speaker)}${aliases.length ? ` (also called ${aliases.join(', ')})` : ''}`;
		});
	const {shown, more} = bounded(context, names, LIMITS.unquoted);
	return names.length ? [paragraph(`Named but not quoted: ${shown.join('; ')}${more ? `; and ${more} more` : ''}.`)] : [];
}

/** The section: speakers with their quotes, then speakers named but not quoted. */
export function quotesSection(context: DigestContext): Section {
	const groups = quotesBySpeaker(context);
	const {shown, more} = bounded(context, groups, LIMITS.speakers);
	return {
		heading: 'Quotes by speaker',
		blocks: [
			groups.length
				? {kind: 'list', style: 'bullet', spaced: true, items: shown.map((group) => speakerItem(context, group))}
				: paragraph('No quotes were found in the articles.'),
			...(more ? [paragraph(moreLine(more, 'speakers, each quoted less often'))] : []),
			...unquoted(context),
		],
	};
}
