/** Part 5: framing by outlet: headline and lede, distinctive terms, voices quoted, provisions left out. */
import {listWords, paragraph, plural, type Item, type Section} from '../blocks.js';
import type {CountedPhrase, OutletFraming} from '../../core/model.js';
import {bounded, LIMITS, refs, type DigestContext} from '../refs.js';
import {oneLine} from '../wrap.js';
import {provisionNumbers} from './provisions.js';

function voices(context: DigestContext, outlet: OutletFraming): string {
	const names = new Map(context.briefing.speakers.map((speaker) => [speaker.id, oneLine(speaker.name)]));
	const {shown, more} = bounded(context, outlet.voices, LIMITS.voices);
	const list = shown.map((voice) => {
		const name = names.get(voice.speaker) ?? oneLine(voice.speaker);
		return `${name} (${voice.quotes}${voice.side ? `; ${oneLine(voice.side)}` : ''})`;
	});
	return list.length ? `${list.join(', ')}${more ? ` and ${more} more` : ''}` : 'none';
}

/** "2 and 5", by the numbers the provisions carry in this digest; ids the list lacks stay as ids. */
function provisionList(ids: string[], numbers: Map<string, number>): string {
	const numbered = ids.map((id) => numbers.get(id)).filter((n): n is number => n !== undefined).sort((a, b) => a - b);
	return listWords([...numbered.map(String), ...ids.filter((id) => !numbers.has(id)).map(oneLine)]);
}

function coverage(context: DigestContext, outlet: OutletFraming): string {
	const numbers = provisionNumbers(context);
	const total = context.briefing.provisions.length;
	const reports = outlet.covered.length ? `reports ${provisionList(outlet.covered, numbers)}` : 'reports none';
	const omits = outlet.omitted.length ? `omits ${provisionList(outlet.omitted, numbers)}` : 'omits none';
	return `Provisions (of ${total}): ${reports}; ${omits}`;
}

const phrases = (counted: CountedPhrase[]) => counted.map((entry) => `“${oneLine(entry.phrase)}” (${entry.count})`).join(', ');

function outletItem(context: DigestContext, outlet: OutletFraming): Item {
	const details: string[] = [
		`Headline: ${outlet.headline ? `“${oneLine(outlet.headline)}”` : 'none'}`,
		...(outlet.lede ? [`Opens: ${oneLine(outlet.lede)}`] : []),
		`Distinctive terms: ${outlet.terms.length ? outlet.terms.map((term) => oneLine(term.term)).join(', ') : 'none found'}`,
		`Voices quoted: ${voices(context, outlet)}`,
		...(context.briefing.provisions.length || outlet.covered.length || outlet.omitted.length ? [coverage(context, outlet)] : []),
		...(outlet.hedges?.length ? [`Hedges: ${phrases(outlet.hedges)}`] : []),
		...(outlet.loaded?.length ? [`Loaded words: ${phrases(outlet.loaded)}`] : []),
		...(outlet.figures !== undefined || outlet.claims !== undefined
			? [`Carries ${plural(outlet.figures ?? 0, 'figure')} and ${plural(outlet.claims ?? 0, 'claim')} on the ground`]
			: []),
	];
	// A group named after a headline (no article names its outlet) is quoted, as in the other parts.
	const unnamed = outlet.articles.every((id) => context.articles.has(id) && !context.articles.get(id)!.outlet);
	const name = unnamed ? `“${oneLine(outlet.name)}”` : oneLine(outlet.name);
	return {lead: name, text: ` ${refs(context, outlet.articles)}`, items: details.map((text) => ({text, plain: true}))};
}

/** The section: one entry per outlet, in the briefing's order. */
export function framingSection(context: DigestContext): Section {
	const {outlets} = context.briefing;
	return {
		heading: 'Framing by outlet',
		blocks: outlets.length
			? [{kind: 'list', style: 'bullet', spaced: true, items: outlets.map((outlet) => outletItem(context, outlet))}]
			: [paragraph('No outlet framing was found in the articles.')],
	};
}
