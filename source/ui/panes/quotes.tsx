/** Pane 3: speakers on one side; the selected speaker's quotes, with the outlets carrying each, on the other. */
import {Box, Text} from 'ink';
import type {Briefing, Evidence, Quote, Speaker} from '../../core/model.js';
import {Empty, Split, Title} from '../components/section.js';
import {VirtualList} from '../components/virtual-list.js';
import {lookup} from '../lookup.js';
import {cap, clean, listFit, wrapped} from '../text.js';
import {useTheme} from '../theme.js';
import type {PaneBodyProps, PaneDefinition} from './pane.js';

/** A speaker (or the unattributed quotes) with their quotes. */
export interface SpeakerEntry {
	speaker: Speaker | null;
	name: string;
	quotes: Quote[];
	outlets: string[];
}

const entriesCache = new WeakMap<Briefing, SpeakerEntry[]>();

/** Speakers with their quotes, most quoted first; unattributed quotes last. Memoised per briefing. */
export function speakerEntries(briefing: Briefing): SpeakerEntry[] {
	const cached = entriesCache.get(briefing);
	if (cached) return cached;
	const bySpeaker = new Map<string | null, Quote[]>();
	for (const quote of briefing.quotes) {
		const list = bySpeaker.get(quote.speaker);
		if (list) list.push(quote);
		else bySpeaker.set(quote.speaker, [quote]);
	}
	const find = lookup(briefing);
	const entry = (speaker: Speaker | null, quotes: Quote[]): SpeakerEntry => ({
		speaker,
		name: speaker ? speaker.name : 'Unattributed',
		quotes,
		outlets: find.outletsOf(quotes.flatMap((quote) => quote.articles)),
	});
	const named = briefing.speakers.map((speaker) => entry(speaker, bySpeaker.get(speaker.id) ?? [])).sort((a, b) => b.quotes.length - a.quotes.length);
	const unattributed = bySpeaker.get(null);
	const entries = unattributed?.length ? [...named, entry(null, unattributed)] : named;
	entriesCache.set(briefing, entries);
	return entries;
}

const evidenceCache = new WeakMap<SpeakerEntry, Evidence[]>();

/** Every sentence behind a speaker's quotes, gathered once: the selection asks on every key press, and a speaker may have thousands. */
function entryEvidence(entry: SpeakerEntry): Evidence[] {
	let evidence = evidenceCache.get(entry);
	if (!evidence) evidenceCache.set(entry, (evidence = entry.quotes.flatMap((quote) => quote.evidence)));
	return evidence;
}

/** How a quote reads in a list: direct and partial quotes in quote marks, reported speech marked as such. */
export function quoteText(quote: Quote): string {
	return quote.kind === 'reported' ? `(reported) ${clean(quote.text)}` : `“${clean(quote.text)}”`;
}

/** The speaker's role when it says more than the name ("Estonian diplomat" is often both). */
const roleOf = (entry: SpeakerEntry) => (entry.speaker?.role && entry.speaker.role !== entry.name ? clean(entry.speaker.role) : '');

function speakerRow(entry: SpeakerEntry): string {
	const role = roleOf(entry) ? `, ${roleOf(entry)}` : '';
	return `${clean(entry.name)}${role} · ${entry.quotes.length} · ${entry.outlets.length} outlets`;
}

function SpeakerQuotes({briefing, entry, focused, cursor, width, height}: {briefing: Briefing; entry: SpeakerEntry | undefined; focused: boolean; cursor: number; width: number; height: number}) {
	const theme = useTheme();
	if (!entry) return null;
	const selected = entry.quotes[cursor];
	return (
		<Box flexDirection="column" width={width} flexShrink={0}>
			<Title>
				{clean(entry.name)}
				{roleOf(entry) ? ` — ${roleOf(entry)}` : ''}
			</Title>
			<Text color={theme.muted} wrap="truncate">
				{focused ? '' : 'Enter to browse · '}
				{entry.quotes.length} quotes in {listFit(entry.outlets, width - 40) || 'no outlet'}
			</Text>
			{entry.quotes.length ? (
				<VirtualList items={entry.quotes} cursor={cursor} focused={focused} height={Math.max(1, height - 5)} width={width} row={quoteText} />
			) : (
				<Empty>No quotes attributed to this speaker</Empty>
			)}
			{selected && focused ? (
				<Box flexDirection="column" height={3} overflowY="hidden">
					<Text color={theme.muted} wrap="truncate">
						{selected.kind} quote · carried by {listFit(lookup(briefing).outletsOf(selected.articles), width - 30)}
					</Text>
					<Text wrap="wrap">{wrapped(cap(quoteText(selected), width, 2), width)}</Text>
				</Box>
			) : null}
		</Box>
	);
}

function QuotesBody({briefing, items, cursor, inner, innerCursor, layout, filter}: PaneBodyProps<SpeakerEntry>) {
	if (!items.length) return <Empty>{filter ? 'No speakers match the filter' : quotes.empty}</Empty>;
	return (
		<Split
			layout={layout}
			rows={items.length}
			list={<VirtualList items={items} cursor={cursor} focused={!inner} height={layout.listHeight} width={layout.listWidth} row={speakerRow} />}
			detail={<SpeakerQuotes briefing={briefing} entry={items[cursor]} focused={inner} cursor={innerCursor} width={layout.detailWidth - 1} height={layout.detailHeight} />}
		/>
	);
}

export const quotes: PaneDefinition<SpeakerEntry, Quote> = {
	id: 'quotes',
	title: 'Quotes',
	items: speakerEntries,
	searchText: (entry) => [entry.name, entry.speaker?.role ?? '', ...(entry.speaker?.aliases ?? []), ...entry.quotes.map((quote) => quote.text)].join(' '),
	label: (entry) => clean(entry.name),
	evidence: entryEvidence,
	inner: (entry) => entry.quotes,
	innerLabel: (quote, briefing) => `${clean(lookup(briefing).speaker(quote.speaker)?.name ?? 'Unattributed')}: ${quoteText(quote)}`,
	innerEvidence: (quote) => quote.evidence,
	empty: 'No quotes found in this corpus',
	Body: QuotesBody,
};
