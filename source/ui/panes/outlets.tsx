/** Pane 5: each outlet's headline and lede, distinctive terms and voices as bars, coverage, hedges and loaded words. */
import {Box, Text} from 'ink';
import type {Briefing, CountedPhrase, Evidence, OutletFraming} from '../../core/model.js';
import {BarRow} from '../components/bar.js';
import {Empty, Split, Title} from '../components/section.js';
import {VirtualList} from '../components/virtual-list.js';
import {lookup} from '../lookup.js';
import {cap, clean, listFit, truncate, wrapped} from '../text.js';
import {useTheme} from '../theme.js';
import type {PaneBodyProps, PaneDefinition} from './pane.js';

const phrases = (list: CountedPhrase[] | undefined, width: number) => listFit((list ?? []).map((entry) => `${entry.phrase} (${entry.count})`), width);

function Bars({title, rows, width}: {title: string; rows: Array<{label: string; value: number; note?: string}>; width: number}) {
	const theme = useTheme();
	const max = Math.max(0, ...rows.map((row) => row.value));
	const labelWidth = Math.min(24, Math.max(8, width - 20));
	return (
		<Box flexDirection="column">
			<Text bold>{title}</Text>
			{rows.length ? (
				rows.slice(0, 4).map((row) => <BarRow key={row.label} label={row.label} labelWidth={labelWidth} value={row.value} max={max} width={8} note={row.note} />)
			) : (
				<Text color={theme.muted}>none found</Text>
			)}
		</Box>
	);
}

function Detail({briefing, outlet, width}: {briefing: Briefing; outlet: OutletFraming | undefined; width: number}) {
	const theme = useTheme();
	if (!outlet) return null;
	const summary = (ids: string[]) => listFit(ids.map((id) => truncate(clean(lookup(briefing).provision(id)?.summary ?? id), 48)), width - 8, '; ') || 'none';
	return (
		<Box flexDirection="column" width={width} flexShrink={0}>
			<Title>{clean(outlet.name)}</Title>
			<Text wrap="truncate" bold>
				{clean(outlet.headline) || '(no headline)'}
			</Text>
			<Box height={2} overflowY="hidden">
				<Text wrap="wrap" color={theme.muted}>
					{wrapped(cap(clean(outlet.lede), width, 2), width)}
				</Text>
			</Box>
			<Bars title="Distinctive terms" width={width} rows={outlet.terms.map((term) => ({label: clean(term.term), value: term.score, note: term.score.toFixed(1)}))} />
			<Bars title="Voices" width={width} rows={outlet.voices.map((voice) => ({label: clean(lookup(briefing).speaker(voice.speaker)?.name ?? voice.speaker), value: voice.quotes}))} />
			<Text wrap="truncate">
				<Text bold>Covers: </Text>
				{summary(outlet.covered)}
			</Text>
			<Text wrap="truncate">
				<Text bold>Omits: </Text>
				{summary(outlet.omitted)}
			</Text>
			<Text wrap="truncate">
				<Text bold>Hedges: </Text>
				{phrases(outlet.hedges, width - 8) || 'none'}
			</Text>
			<Text wrap="truncate">
				<Text bold>Loaded words: </Text>
				{phrases(outlet.loaded, width - 14) || 'none'}
			</Text>
		</Box>
	);
}

/** An outlet's evidence: the lede of each of its articles, located in the body so `o` can show it. */
function ledes(outlet: OutletFraming, briefing: Briefing): Evidence[] {
	return outlet.articles.flatMap((id) => {
		const article = lookup(briefing).article(id);
		if (!article?.lede) return [];
		const offset = article.body.indexOf(article.lede);
		return [{article: id, text: article.lede, rule: 'article.lede', ...(offset >= 0 ? {offset} : {})}];
	});
}

function OutletsBody({briefing, items, cursor, layout, filter}: PaneBodyProps<OutletFraming>) {
	if (!items.length) return <Empty>{filter ? 'No outlets match the filter' : outlets.empty}</Empty>;
	return (
		<Split
			layout={layout}
			rows={items.length}
			list={<VirtualList items={items} cursor={cursor} height={layout.listHeight} width={layout.listWidth} row={(item) => `${clean(item.name)} · ${item.articles.length} articles`} />}
			detail={<Detail briefing={briefing} outlet={items[cursor]} width={layout.detailWidth - 1} />}
		/>
	);
}

export const outlets: PaneDefinition<OutletFraming> = {
	id: 'outlets',
	title: 'Outlets',
	items: (briefing) => briefing.outlets,
	searchText: (item) => `${item.name} ${item.headline ?? ''} ${item.terms.map((term) => term.term).join(' ')}`,
	label: (item) => clean(item.name),
	evidence: ledes,
	empty: 'No outlets in this corpus',
	Body: OutletsBody,
};
